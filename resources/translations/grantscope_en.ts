<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>GrantDetail</name>
        <message numerus="yes">
            <source>%Ln record(s) merged into this row</source>
            <translation>
                <numerusform>%Ln record merged into this row</numerusform>
                <numerusform>%Ln records merged into this row</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln app(s) selected</source>
            <translation>
                <numerusform>%Ln app selected</numerusform>
                <numerusform>%Ln apps selected</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%Ln app(s) or website(s)</source>
            <translation>
                <numerusform>%Ln app or website</numerusform>
                <numerusform>%Ln apps and websites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln source(s)</source>
            <translation>
                <numerusform>%Ln source</numerusform>
                <numerusform>%Ln sources</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln of your own</source>
            <translation>
                <numerusform>%Ln of your own</numerusform>
                <numerusform>%Ln of your own</numerusform>
            </translation>
        </message>
    </context>
</TS>