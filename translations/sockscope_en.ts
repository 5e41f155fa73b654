<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HexDump</name>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… %n more byte</numerusform>
            <numerusform>… %n more bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonSchemaValidator</name>
    <message numerus="yes">
        <source>%1 needs at least %n character(s)</source>
        <translation>
            <numerusform>%1 needs at least %n character</numerusform>
            <numerusform>%1 needs at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n character(s)</source>
        <translation>
            <numerusform>%1 takes at most %n character</numerusform>
            <numerusform>%1 takes at most %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n item(s)</source>
        <translation>
            <numerusform>%1 needs at least %n item</numerusform>
            <numerusform>%1 needs at least %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n item(s)</source>
        <translation>
            <numerusform>%1 takes at most %n item</numerusform>
            <numerusform>%1 takes at most %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n item(s) that match the schema under &quot;contains&quot; (it has %3)</source>
        <translation>
            <numerusform>%1 needs at least %n item that match the schema under &quot;contains&quot; (it has %3)</numerusform>
            <numerusform>%1 needs at least %n items that match the schema under &quot;contains&quot; (it has %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n item(s) that match the schema under &quot;contains&quot; (it has %3)</source>
        <translation>
            <numerusform>%1 takes at most %n item that match the schema under &quot;contains&quot; (it has %3)</numerusform>
            <numerusform>%1 takes at most %n items that match the schema under &quot;contains&quot; (it has %3)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs at least %n member(s)</source>
        <translation>
            <numerusform>%1 needs at least %n member</numerusform>
            <numerusform>%1 needs at least %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 takes at most %n member(s)</source>
        <translation>
            <numerusform>%1 takes at most %n member</numerusform>
            <numerusform>%1 takes at most %n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeBuilder</name>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionRecovery</name>
    <message numerus="yes">
        <source>Recovered %n event(s) from the interrupted recording of %1.</source>
        <translation>
            <numerusform>Recovered %n event from the interrupted recording of %1.</numerusform>
            <numerusform>Recovered %n events from the interrupted recording of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::BulkSender</name>
    <message numerus="yes">
        <source>Sent %1: %2 line(s) in %3.</source>
        <translation>
            <numerusform>Sent %1: %2 line in %3.</numerusform>
            <numerusform>Sent %1: %2 lines in %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 message(s) in %2.</source>
        <translation>
            <numerusform>Sent %1 message in %2.</numerusform>
            <numerusform>Sent %1 messages in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::Composer</name>
    <message numerus="yes">
        <source>%n byte(s). Ctrl+Enter sends; Ctrl+Up/Down: history.</source>
        <translation>
            <numerusform>%n byte. Ctrl+Enter sends; Ctrl+Up/Down: history.</numerusform>
            <numerusform>%n bytes. Ctrl+Enter sends; Ctrl+Up/Down: history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::ConnectionDocument</name>
    <message numerus="yes">
        <source>Recorded %n event(s) to %1.</source>
        <translation>
            <numerusform>Recorded %n event to %1.</numerusform>
            <numerusform>Recorded %n events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recording to %1: %n event(s) so far. Click to finish the file.</source>
        <translation>
            <numerusform>Recording to %1: %n event so far. Click to finish the file.</numerusform>
            <numerusform>Recording to %1: %n events so far. Click to finish the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::DetailPane</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the batch</source>
        <translation>
            <numerusform>%n message in the batch</numerusform>
            <numerusform>%n messages in the batch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::FramesModel</name>
    <message numerus="yes">
        <source>batch of %n</source>
        <translation>
            <numerusform>batch of %n</numerusform>
            <numerusform>batch of %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::FramesPanel</name>
    <message numerus="yes">
        <source>Exported %n frame(s) to %1.</source>
        <translation>
            <numerusform>Exported %n frame to %1.</numerusform>
            <numerusform>Exported %n frames to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln frame(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln frame shown</numerusform>
            <numerusform>%1 of %Ln frames shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln frame(s)</source>
        <translation>
            <numerusform>%Ln frame</numerusform>
            <numerusform>%Ln frames</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::MainWindow</name>
    <message numerus="yes">
        <source>↓ %1  ↑ %2  ·  %n open</source>
        <translation>
            <numerusform>↓ %1  ↑ %2  ·  %n open</numerusform>
            <numerusform>↓ %1  ↑ %2  ·  %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n event(s).</source>
        <translation>
            <numerusform>Opened %1: %n event.</numerusform>
            <numerusform>Opened %1: %n events.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1.</source>
        <translation>
            <numerusform>Saved %n event to %1.</numerusform>
            <numerusform>Saved %n events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) had been dropped from the frames and are not in the file.</source>
        <translation>
            <numerusform>%n older event had been dropped from the frames and is not in the file.</numerusform>
            <numerusform>%n older events had been dropped from the frames and are not in the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::McpCatalogView</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::McpNotificationList</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::McpServerInfoView</name>
    <message numerus="yes">
        <source>(initialised %n time(s))</source>
        <translation>
            <numerusform>(initialised once)</numerusform>
            <numerusform>(initialised %n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::McpToolsPage</name>
    <message numerus="yes">
        <source>%n tool(s) (more pages than allowed)</source>
        <translation>
            <numerusform>%n tool (more pages than allowed)</numerusform>
            <numerusform>%n tools (more pages than allowed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::MockConfigPanel</name>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n tool</numerusform>
            <numerusform>%n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource template(s)</source>
        <translation>
            <numerusform>%n resource template</numerusform>
            <numerusform>%n resource templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s)</source>
        <translation>
            <numerusform>%n prompt</numerusform>
            <numerusform>%n prompts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled notification(s)</source>
        <translation>
            <numerusform>%n scheduled notification</numerusform>
            <numerusform>%n scheduled notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::MockFaultsPanel</name>
    <message numerus="yes">
        <source>close after %n message(s) with %1</source>
        <translation>
            <numerusform>close after %n message with %1</numerusform>
            <numerusform>close after %n messages with %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::PeersJobSink</name>
    <message numerus="yes">
        <source>Peer(s) %1 closed during the job.</source>
        <translation>
            <numerusform>Peer %1 closed during the job.</numerusform>
            <numerusform>Peers %1 closed during the job.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::PeersPanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;Peers&lt;/b&gt;: %n open</source>
        <translation>
            <numerusform>&lt;b&gt;Peers&lt;/b&gt;: %n open</numerusform>
            <numerusform>&lt;b&gt;Peers&lt;/b&gt;: %n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayDialog</name>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the replay settings and %n assertion(s) to %1.</source>
        <translation>
            <numerusform>Saved the replay settings and %n assertion to %1.</numerusform>
            <numerusform>Saved the replay settings and %n assertions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayOptionsWidget</name>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file&apos;s %n capture(s) apply too: %1.</source>
        <translation>
            <numerusform>The file&apos;s %n capture applies too: %1.</numerusform>
            <numerusform>The file&apos;s %n captures apply too: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::ReplayStepDetail</name>
    <message numerus="yes">
        <source>… and %n more line(s)</source>
        <translation>
            <numerusform>… and %n more line</numerusform>
            <numerusform>… and %n more lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Long messages are cut after %n line(s).</source>
        <translation>
            <numerusform>Long messages are cut after %n line.</numerusform>
            <numerusform>Long messages are cut after %n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::SeriesChart</name>
    <message numerus="yes">
        <source>max scale %1 · %n sample(s)</source>
        <translation>
            <numerusform>max scale %1 · %n sample</numerusform>
            <numerusform>max scale %1 · %n samples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::ServerDocumentBase</name>
    <message numerus="yes">
        <source>Sent %1 to %n peer(s).</source>
        <translation>
            <numerusform>Sent %1 to %n peer.</numerusform>
            <numerusform>Sent %1 to %n peers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to %n peer(s) of group %2.</source>
        <translation>
            <numerusform>Sent %1 to %n peer of group %2.</numerusform>
            <numerusform>Sent %1 to %n peers of group %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::SessionFileDocument</name>
    <message numerus="yes">
        <source>Read-only session %1: %n event(s) of %2, recorded %3 by %4.</source>
        <translation>
            <numerusform>Read-only session %1: %n event of %2, recorded %3 by %4.</numerusform>
            <numerusform>Read-only session %1: %n events of %2, recorded %3 by %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sockscope::StatsPanel</name>
    <message numerus="yes">
        <source>%n open peer(s)</source>
        <translation>
            <numerusform>%n open peer</numerusform>
            <numerusform>%n open peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Round trip: last %1, min %2, avg %3, max %4 (%n sample(s))</source>
        <translation>
            <numerusform>Round trip: last %1, min %2, avg %3, max %4 (%n sample)</numerusform>
            <numerusform>Round trip: last %1, min %2, avg %3, max %4 (%n samples)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pause(s) for the socket</source>
        <translation>
            <numerusform>%n pause for the socket</numerusform>
            <numerusform>%n pauses for the socket</numerusform>
        </translation>
    </message>
</context>
</TS>
