<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgentController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/agent_controller.py" line="223"/>
        <source>Stopped after %n step(s): the step budget was used up.</source>
        <translation>
            <numerusform>Stopped after %n step: the step budget was used up.</numerusform>
            <numerusform>Stopped after %n steps: the step budget was used up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgentStepsView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/agent_steps_view.py" line="186"/>
        <source>Agent steps (%n)</source>
        <translation>
            <numerusform>Agent steps (%n)</numerusform>
            <numerusform>Agent steps (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChatController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="145"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="314"/>
        <source>%Ln page(s) of {name} have no text (scanned?) and were not read: {pages}.</source>
        <translation>
            <numerusform>%Ln page of {name} has no text (scanned?) and was not read: {pages}.</numerusform>
            <numerusform>%Ln pages of {name} have no text (scanned?) and were not read: {pages}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="381"/>
        <source>about %Ln s left</source>
        <translation>
            <numerusform>about %Ln s left</numerusform>
            <numerusform>about %Ln s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="383"/>
        <source>about %Ln min left</source>
        <translation>
            <numerusform>about %Ln min left</numerusform>
            <numerusform>about %Ln min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="384"/>
        <source>about %Ln h left</source>
        <translation>
            <numerusform>about %Ln h left</numerusform>
            <numerusform>about %Ln h left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="196"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="555"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="558"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="569"/>
        <location filename="../../desktop_app/ui/documents_panel.py" line="584"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="581"/>
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="78"/>
        <source>%Ln file(s) of an unsupported type were skipped.</source>
        <translation>
            <numerusform>%Ln file of an unsupported type was skipped.</numerusform>
            <numerusform>%Ln files of an unsupported type were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="128"/>
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="131"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="146"/>
        <source>%Ln contents or index page(s) of {name} were left out: {pages}.</source>
        <translation>
            <numerusform>%Ln contents or index page of {name} was left out: {pages}.</numerusform>
            <numerusform>%Ln contents or index pages of {name} were left out: {pages}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="155"/>
        <source>%Ln page(s) of {name} have no text (scanned?) and cannot be searched: {pages}.</source>
        <translation>
            <numerusform>%Ln page of {name} has no text (scanned?) and cannot be searched: {pages}.</numerusform>
            <numerusform>%Ln pages of {name} have no text (scanned?) and cannot be searched: {pages}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="188"/>
        <source>%Ln document(s) are re-indexed for the new settings.</source>
        <translation>
            <numerusform>%Ln document is re-indexed for the new settings.</numerusform>
            <numerusform>%Ln documents are re-indexed for the new settings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="209"/>
        <source>%Ln file(s) unchanged; already indexed.</source>
        <translation>
            <numerusform>%Ln file unchanged; already indexed.</numerusform>
            <numerusform>%Ln files unchanged; already indexed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/models_page.py" line="398"/>
        <source>%n language(s)</source>
        <translation>
            <numerusform>%n language</numerusform>
            <numerusform>%n languages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeArea</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/notices.py" line="173"/>
        <source>Notices: %Ln new</source>
        <translation>
            <numerusform>Notices: %Ln new</numerusform>
            <numerusform>Notices: %Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/notices.py" line="185"/>
        <source>Notices, %Ln not seen yet</source>
        <translation>
            <numerusform>Notices, %Ln not seen yet</numerusform>
            <numerusform>Notices, %Ln not seen yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Repairs</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="250"/>
        <source>the document index was damaged ({detail}); it was moved to {moved_to} and %Ln file(s) will be indexed again</source>
        <translation>
            <numerusform>the document index was damaged ({detail}); it was moved to {moved_to} and %Ln file will be indexed again</numerusform>
            <numerusform>the document index was damaged ({detail}); it was moved to {moved_to} and %Ln files will be indexed again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="257"/>
        <source>the list of indexed files was damaged ({detail}); it was moved to {moved_to}, and %Ln file(s) were recovered and will be indexed again</source>
        <translation>
            <numerusform>the list of indexed files was damaged ({detail}); it was moved to {moved_to}, and %Ln file was recovered and will be indexed again</numerusform>
            <numerusform>the list of indexed files was damaged ({detail}); it was moved to {moved_to}, and %Ln files were recovered and will be indexed again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="264"/>
        <source>%Ln file(s) had lost their search data and will be indexed again</source>
        <translation>
            <numerusform>%Ln file had lost its search data and will be indexed again</numerusform>
            <numerusform>%Ln files had lost their search data and will be indexed again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="270"/>
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/messages.py" line="272"/>
        <source>{passages} of %Ln file(s) whose indexing had stopped halfway were removed</source>
        <translation>
            <numerusform>removed {passages} of %Ln file whose indexing had stopped halfway</numerusform>
            <numerusform>removed {passages} of %Ln files whose indexing had stopped halfway</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerSettingsPage</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/server_settings.py" line="416"/>
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>The server offers %n model.</numerusform>
            <numerusform>The server offers %n models.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/workflow_controller.py" line="208"/>
        <source>%n document(s) done</source>
        <translation>
            <numerusform>%n document done</numerusform>
            <numerusform>%n documents done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/workflow_controller.py" line="210"/>
        <source>%n could not be used</source>
        <translation>
            <numerusform>%n could not be used</numerusform>
            <numerusform>%n could not be used</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkflowDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/workflows_dialog.py" line="380"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
</TS>
