<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ChatController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="141"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/chat_controller.py" line="289"/>
        <source>%n page(s) of {name} have no text (scanned?) and were not read: {pages}</source>
        <translation>
            <numerusform>%n page of {name} has no text (scanned?) and was not read: {pages}</numerusform>
            <numerusform>%n pages of {name} have no text (scanned?) and were not read: {pages}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="110"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/documents_panel.py" line="325"/>
        <source>indexed: %n page(s)</source>
        <translation>
            <numerusform>indexed: %n page</numerusform>
            <numerusform>indexed: %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="73"/>
        <source>%n file(s) of an unsupported type were skipped.</source>
        <translation>
            <numerusform>%n file of an unsupported type was skipped.</numerusform>
            <numerusform>%n files of an unsupported type were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="140"/>
        <source>%n contents or index page(s) of {name} were left out: {pages}</source>
        <translation>
            <numerusform>%n contents or index page of {name} was left out: {pages}</numerusform>
            <numerusform>%n contents or index pages of {name} were left out: {pages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="149"/>
        <source>%n page(s) of {name} have no text (scanned?) and cannot be searched: {pages}</source>
        <translation>
            <numerusform>%n page of {name} has no text (scanned?) and cannot be searched: {pages}</numerusform>
            <numerusform>%n pages of {name} have no text (scanned?) and cannot be searched: {pages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/index_controller.py" line="178"/>
        <source>%n document(s) are re-indexed for the new settings.</source>
        <translation>
            <numerusform>%n document is re-indexed for the new settings.</numerusform>
            <numerusform>%n documents are re-indexed for the new settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/models_page.py" line="392"/>
        <source>%n language(s)</source>
        <translation>
            <numerusform>%n language</numerusform>
            <numerusform>%n languages</numerusform>
        </translation>
    </message>
</context>
</TS>
