<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
<!-- Qt's own texts that Qt 6's qtbase_da.qm lacks (the app installs this after qtbase_da).
     Kept by hand: `python build/translations.py update` does not touch it. The contexts and
     sources are Qt's (qtbase/src/widgets/dialogs/qfiledialog.ui, qerrormessage.cpp). -->
<context>
    <name>QErrorMessage</name>
    <message>
        <source>An error occurred</source>
        <translation>Der opstod en fejl</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;typen:</translation>
    </message>
</context>
</TS>
