<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>procglass::DiffRangeModel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>procglass::MainWindow</name>
    <message numerus="yes">
        <source>write of %n byte(s) at %1</source>
        <translation>
            <numerusform>write of %n byte at %1</numerusform>
            <numerusform>write of %n bytes at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bundle of process %1 (%2), saved %3: %n mapping(s), read-only</source>
        <translation>
            <numerusform>Bundle of process %1 (%2), saved %3: %n mapping, read-only</numerusform>
            <numerusform>Bundle of process %1 (%2), saved %3: %n mappings, read-only</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the memory map could not be read and are not shown.</source>
        <translation>
            <numerusform>%n line of the memory map could not be read and is not shown.</numerusform>
            <numerusform>%n lines of the memory map could not be read and are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>❄ %n value(s) frozen</source>
        <translation>
            <numerusform>❄ %n value frozen</numerusform>
            <numerusform>❄ %n values frozen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Procglass writes %n value(s) into the process ten times a second (Watch list).</source>
        <translation>
            <numerusform>Procglass writes %n value into the process ten times a second (Watch list).</numerusform>
            <numerusform>Procglass writes %n values into the process ten times a second (Watch list).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>procglass::SearchPanel</name>
    <message numerus="yes">
        <source>Next scan (%1) of %n hit(s)…</source>
        <translation>
            <numerusform>Next scan (%1) of %n hit…</numerusform>
            <numerusform>Next scan (%1) of %n hits…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching for %1… %n hit(s) so far</source>
        <translation>
            <numerusform>Searching for %1… %n hit so far</numerusform>
            <numerusform>Searching for %1… %n hits so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next scan cancelled: the %n hit(s) are as they were.</source>
        <translation>
            <numerusform>Next scan cancelled: the hit is as it was.</numerusform>
            <numerusform>Next scan cancelled: the %n hits are as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n hit(s) kept (%3 ms).</source>
        <translation>
            <numerusform>%1: %2 of %n hit kept (%3 ms).</numerusform>
            <numerusform>%1: %2 of %n hits kept (%3 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search stopped: %1 %n hit(s) found before that.</source>
        <translation>
            <numerusform>The search stopped: %1 %n hit found before that.</numerusform>
            <numerusform>The search stopped: %1 %n hits found before that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1: %n hit(s) so far.</source>
        <translation>
            <numerusform>Cancelled after %1: %n hit so far.</numerusform>
            <numerusform>Cancelled after %1: %n hits so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n hit(s) for %1; there are more. Raise &quot;At most&quot; or narrow the scope.</source>
        <translation>
            <numerusform>Showing the first hit for %1; there are more. Raise &quot;At most&quot; or narrow the scope.</numerusform>
            <numerusform>Showing the first %n hits for %1; there are more. Raise &quot;At most&quot; or narrow the scope.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) for %1 in %2 (%3 ms).</source>
        <translation>
            <numerusform>%n hit for %1 in %2 (%3 ms).</numerusform>
            <numerusform>%n hits for %1 in %2 (%3 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) written to %1 (readable by you only).</source>
        <translation>
            <numerusform>%n hit written to %1 (readable by you only).</numerusform>
            <numerusform>%n hits written to %1 (readable by you only).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n hit(s).</source>
        <translation>
            <numerusform>%1 (%2): %n hit.</numerusform>
            <numerusform>%1 (%2): %n hits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: no hits: Undo brings back %n hit(s).</source>
        <translation>
            <numerusform>%1: no hits: Undo brings back %n hit.</numerusform>
            <numerusform>%1: no hits: Undo brings back %n hits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list shows the first %n (&quot;At most&quot;); next scans narrow all of them.</source>
        <translation>
            <numerusform>The list shows only the first hit (&quot;At most&quot;); next scans narrow all of them.</numerusform>
            <numerusform>The list shows the first %n (&quot;At most&quot;); next scans narrow all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>procglass::SearchResultModel</name>
    <message numerus="yes">
        <source>The %n byte(s) matched, as the search read them</source>
        <translation>
            <numerusform>The byte matched, as the search read it</numerusform>
            <numerusform>The %n bytes matched, as the search read them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>procglass::WatchPane</name>
    <message numerus="yes">
        <source>%n value(s) added to the watch list.</source>
        <translation>
            <numerusform>%n value added to the watch list.</numerusform>
            <numerusform>%n values added to the watch list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) saved to %1 (readable by you only).</source>
        <translation>
            <numerusform>%n value saved to %1 (readable by you only).</numerusform>
            <numerusform>%n values saved to %1 (readable by you only).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) loaded from %1.</source>
        <translation>
            <numerusform>%n value loaded from %1.</numerusform>
            <numerusform>%n values loaded from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) loaded from %1; %2 lie in files this process does not map.</source>
        <translation>
            <numerusform>%n value loaded from %1; %2 lie in files this process does not map.</numerusform>
            <numerusform>%n values loaded from %1; %2 lie in files this process does not map.</numerusform>
        </translation>
    </message>
</context>
</TS>
