<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>FrameDecoder</name>
    <message>
        <source>a frame of %1 bytes (at most %2 are allowed)</source>
        <translation>ein Frame von %1 Bytes (erlaubt sind höchstens %2)</translation>
    </message>
    <message>
        <source>a frame of unknown type %1</source>
        <translation>ein Frame unbekannten Typs %1</translation>
    </message>
    <message>
        <source>a frame with unknown flags</source>
        <translation>ein Frame mit unbekannten Flags</translation>
    </message>
    <message>
        <source>a frame of another message inside a message of several frames</source>
        <translation>ein Frame einer anderen Nachricht innerhalb einer Nachricht aus mehreren Frames</translation>
    </message>
    <message>
        <source>a message longer than %1 bytes</source>
        <translation>eine Nachricht länger als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Procglass</source>
        <translation>Procglass</translation>
    </message>
    <message>
        <source>Filter by name, PID, user or command line (Ctrl+F)</source>
        <translation>Name, PID, Benutzer, Befehlszeile filtern (Strg+F)</translation>
    </message>
    <message>
        <source>No process open. Double-click one in the list.</source>
        <translation>Kein Prozess geöffnet. Doppelklicken Sie auf einen Prozess in der Liste.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the process list and the open process&apos;s mappings again (F5)</source>
        <translation>Die Prozessliste und die Speicherbereiche des geöffneten Prozesses neu einlesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Filter processes</source>
        <translation>Prozesse &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Double-click a process (or press Enter) to open it</source>
        <translation>Doppelklicken Sie auf einen Prozess (oder drücken Sie die Eingabetaste), um ihn zu öffnen</translation>
    </message>
    <message>
        <source>Filter mappings by path, kind or address</source>
        <translation>Speicherbereiche nach Pfad, Art oder Adresse filtern</translation>
    </message>
    <message>
        <source>Show only mappings of this kind</source>
        <translation>Nur Speicherbereiche dieser Art anzeigen</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>Only readable mappings</source>
        <translation>Nur lesbare Speicherbereiche</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>Only writable mappings</source>
        <translation>Nur schreibbare Speicherbereiche</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Only executable mappings</source>
        <translation>Nur ausführbare Speicherbereiche</translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation>Speicher&amp;bereiche</translation>
    </message>
    <message>
        <source>M&amp;emory</source>
        <translation>S&amp;peicher</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>mainToolBar</source>
        <translation>mainToolBar</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>A&amp;utomatisch aktualisieren</translation>
    </message>
    <message>
        <source>Process &amp;tree</source>
        <translation>Prozess&amp;baum</translation>
    </message>
    <message>
        <source>Show processes under their parents</source>
        <translation>Prozesse unterhalb ihrer Elternprozesse anzeigen</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop every thread of the open process until you release it (Ctrl+Shift+H)</source>
        <translation>Alle Threads des geöffneten Prozesses anhalten, bis Sie ihn wieder fortsetzen (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>&amp;Edit memory</source>
        <translation>Speicher &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Type hex digits (or, after Tab, characters) to overwrite bytes of the held process; Ctrl+Z undoes a write (Ctrl+E)</source>
        <translation>Hexziffern (oder, nach Tab, Zeichen) eingeben, um Bytes des angehaltenen Prozesses zu überschreiben; Strg+Z macht einen Schreibvorgang rückgängig (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Go to address…</source>
        <translation>&amp;Gehe zu Adresse…</translation>
    </message>
    <message>
        <source>Show memory at an address: 0x7f…, [heap]+0x10, libc.so.6+0x1234 (Ctrl+G)</source>
        <translation>Speicher an einer Adresse anzeigen: 0x7f…, [heap]+0x10, libc.so.6+0x1234 (Strg+G)</translation>
    </message>
    <message>
        <source>Open the &amp;demo target</source>
        <translation>&amp;Demo-Ziel öffnen</translation>
    </message>
    <message>
        <source>&amp;Close target</source>
        <translation>Ziel &amp;schließen</translation>
    </message>
    <message>
        <source>Filter &amp;mappings</source>
        <translation>&amp;Speicherbereiche filtern</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Guided &amp;tour of a process&apos;s memory</source>
        <translation>&amp;Rundgang durch den Speicher eines Prozesses</translation>
    </message>
    <message>
        <source>Walk through the demo target&apos;s memory layout, one mapping at a time</source>
        <translation>Den Speicheraufbau des Demo-Ziels durchgehen, einen Speicherbereich nach dem anderen</translation>
    </message>
    <message>
        <source>&amp;About Procglass</source>
        <translation>&amp;Über Procglass</translation>
    </message>
    <message>
        <source>Read the open process&apos;s mappings and the bytes on screen again at the interval set beside this button (the process list refreshes by itself)</source>
        <translation>Die Speicherbereiche des geöffneten Prozesses und die angezeigten Bytes im neben dieser Schaltfläche eingestellten Intervall neu lesen (die Prozessliste aktualisiert sich von selbst)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Procglass: see inside the memory of a running process.</source>
        <translation>Procglass: ein Blick in den Speicher eines laufenden Prozesses.</translation>
    </message>
    <message>
        <source>Open the process with this PID.</source>
        <translation>Den Prozess mit dieser PID öffnen.</translation>
    </message>
    <message>
        <source>Start the bundled demo target and open it.</source>
        <translation>Das mitgelieferte Demo-Ziel starten und öffnen.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the process is open, then quit.</source>
        <translation>Sobald der Prozess geöffnet ist, ein Bild des Fensters in FILE speichern und dann beenden.</translation>
    </message>
    <message>
        <source>With --pid or --demo: show memory at ADDRESS (0x7f..., [heap]+0x10, libc.so.6+0x1234).</source>
        <translation>Mit --pid oder --demo: den Speicher an ADDRESS anzeigen (0x7f..., [heap]+0x10, libc.so.6+0x1234).</translation>
    </message>
    <message>
        <source>Go to address</source>
        <translation>Gehe zu Adresse</translation>
    </message>
    <message>
        <source>Open a bundle saved by Procglass (a folder), offline and read-only.</source>
        <translation>Ein von Procglass gespeichertes Paket (einen Ordner) öffnen, offline und schreibgeschützt.</translation>
    </message>
    <message>
        <source>With --pid or --demo: search the process for TEXT once it is open.</source>
        <translation>Mit --pid oder --demo: den Prozess nach TEXT durchsuchen, sobald er geöffnet ist.</translation>
    </message>
    <message>
        <source>With --pid or --demo: show the code at ADDRESS or SYMBOL (__vdso_clock_gettime, libc.so.6!memcpy) once the process&apos;s symbols are read.</source>
        <translation>Mit --pid oder --demo: den Code an ADDRESS oder SYMBOL anzeigen (__vdso_clock_gettime, libc.so.6!memcpy), sobald die Symbole des Prozesses gelesen sind.</translation>
    </message>
    <message>
        <source>Start the guided tour on the demo target and go to step N.</source>
        <translation>Den Rundgang mit dem Demo-Ziel starten und zu Schritt N springen.</translation>
    </message>
    <message>
        <source>Read processes through procglass-agent, started by COMMAND (&apos;pkexec /usr/bin/procglass-agent&apos;, &apos;ssh HOST procglass-agent&apos;, &apos;docker exec -i CONTAINER procglass-agent&apos;...). With --pid: open that process there.</source>
        <translation>Prozesse über procglass-agent lesen, gestartet durch BEFEHL (&apos;pkexec /usr/bin/procglass-agent&apos;, &apos;ssh RECHNER procglass-agent&apos;, &apos;docker exec -i CONTAINER procglass-agent&apos; …). Mit --pid: diesen Prozess dort öffnen.</translation>
    </message>
    <message>
        <source>With --pid or --demo: hold the process (stop its threads) as soon as it is open, for one consistent picture from the start. Process &gt; Release lets it run again; so does closing Procglass.</source>
        <translation>Mit --pid oder --demo: den Prozess anhalten (seine Threads stoppen), sobald er geöffnet ist, für ein stimmiges Bild von Anfang an. Prozess &gt; Freigeben lässt ihn weiterlaufen; ebenso das Schließen von Procglass.</translation>
    </message>
    <message>
        <source>Once the process is open, take a snapshot, let it run SECONDS seconds, then compare it with the snapshot: the Diff dock, the memory view&apos;s marks (at the first change) and the heat view.</source>
        <translation>Sobald der Prozess geöffnet ist, eine Momentaufnahme machen, ihn SECONDS Sekunden laufen lassen und dann mit der Momentaufnahme vergleichen: das Unterschiede-Dock, die Markierungen der Speicheransicht (an der ersten Änderung) und das Wärmebild.</translation>
    </message>
</context>
<context>
    <name>procglass</name>
    <message>
        <source>%1 &apos;%2&apos; is not a number; write it in decimal (4096) or hexadecimal (0x1000).</source>
        <translation>%1 „%2“ ist keine Zahl; geben Sie sie dezimal (4096) oder hexadezimal (0x1000) an.</translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal address: after 0x only the digits 0-9 and a-f may follow, at most 16 of them.</source>
        <translation>„%1“ ist keine hexadezimale Adresse: Nach 0x dürfen nur die Ziffern 0-9 und a-f folgen, höchstens 16 davon.</translation>
    </message>
    <message>
        <source>No mapping is named &apos;%1&apos;. Use a hexadecimal address (0x7f...), a region such as [heap], [stack] or [vdso], or the file name of a mapped file such as libc.so.6.</source>
        <translation>Kein Speicherbereich heißt „%1“. Verwenden Sie eine hexadezimale Adresse (0x7f...), einen Bereich wie [heap], [stack] oder [vdso] oder den Dateinamen einer eingeblendeten Datei wie libc.so.6.</translation>
    </message>
    <message>
        <source>The offset runs past the end of the address space.</source>
        <translation>Der Offset reicht über das Ende des Adressraums hinaus.</translation>
    </message>
    <message>
        <source>the address range is not two hexadecimal numbers joined by &apos;-&apos;</source>
        <translation>der Adressbereich besteht nicht aus zwei durch „-“ verbundenen Hexadezimalzahlen</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>der Bereich endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>the permissions are not four letters like &apos;r-xp&apos;</source>
        <translation>die Rechte sind nicht vier Zeichen wie „r-xp“</translation>
    </message>
    <message>
        <source>the offset is not a hexadecimal number</source>
        <translation>der Offset ist keine Hexadezimalzahl</translation>
    </message>
    <message>
        <source>the device is not &apos;major:minor&apos; in hexadecimal</source>
        <translation>das Gerät ist nicht als „major:minor“ in Hexadezimal angegeben</translation>
    </message>
    <message>
        <source>the inode is not a decimal number</source>
        <translation>der Inode ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>unexpected text after the inode</source>
        <translation>unerwarteter Text nach dem Inode</translation>
    </message>
    <message>
        <source>%1 (uid %2)</source>
        <translation>%1 (uid %2)</translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation>uid %1</translation>
    </message>
    <message>
        <source>Process %1 does not exist (any more).</source>
        <translation>Prozess %1 existiert nicht (mehr).</translation>
    </message>
    <message>
        <source>Process %1 is already traced by process %2 (%3), and a process can have only one tracer. Detach that debugger or tracer (quit gdb or strace), or read without stopping the target (--no-stop).</source>
        <translation>Prozess %1 wird bereits von Prozess %2 (%3) verfolgt, und ein Prozess kann nur einen Tracer haben. Trennen Sie diesen Debugger oder Tracer (beenden Sie gdb oder strace), oder lesen Sie, ohne das Ziel anzuhalten (--no-stop).</translation>
    </message>
    <message>
        <source>Process %1 belongs to user %2, and Procglass runs as user %3: without CAP_SYS_PTRACE the kernel lets you inspect only your own processes. Run Procglass as that user, or grant procglass-cli the capability (sudo setcap cap_sys_ptrace+ep procglass-cli; it can then read any process).</source>
        <translation>Prozess %1 gehört dem Benutzer %2, Procglass läuft aber als Benutzer %3: Ohne CAP_SYS_PTRACE lässt der Kernel Sie nur Ihre eigenen Prozesse untersuchen. Führen Sie Procglass als dieser Benutzer aus, oder verleihen Sie procglass-cli die Capability (sudo setcap cap_sys_ptrace+ep procglass-cli; es kann dann jeden Prozess lesen).</translation>
    </message>
    <message>
        <source>Process %1 runs with changed user or group ids (a setuid or setgid program), so the kernel treats it as privileged: only a process with CAP_SYS_PTRACE may inspect it.</source>
        <translation>Prozess %1 läuft mit geänderten Benutzer- oder Gruppen-IDs (ein setuid- oder setgid-Programm), daher behandelt der Kernel ihn als privilegiert: Nur ein Prozess mit CAP_SYS_PTRACE darf ihn untersuchen.</translation>
    </message>
    <message>
        <source>Yama ptrace_scope is 2: only processes with CAP_SYS_PTRACE may inspect others. Run Procglass with that capability, or lower the setting with &apos;sudo sysctl kernel.yama.ptrace_scope=1&apos;.</source>
        <translation>Yama ptrace_scope ist 2: Nur Prozesse mit CAP_SYS_PTRACE dürfen andere untersuchen. Führen Sie Procglass mit dieser Capability aus, oder senken Sie die Einstellung mit &apos;sudo sysctl kernel.yama.ptrace_scope=1&apos;.</translation>
    </message>
    <message>
        <source>Yama ptrace_scope is 3: no process may inspect another until the next reboot.</source>
        <translation>Yama ptrace_scope ist 3: Bis zum nächsten Neustart darf kein Prozess einen anderen untersuchen.</translation>
    </message>
    <message>
        <source>The kernel refused (%1) for a reason Procglass cannot see, such as a security module (SELinux, AppArmor) or a container boundary.</source>
        <translation>Der Kernel hat den Zugriff verweigert (%1), aus einem Grund, den Procglass nicht erkennen kann, etwa wegen eines Sicherheitsmoduls (SELinux, AppArmor) oder einer Container-Grenze.</translation>
    </message>
    <message>
        <source>%1: permission denied. %2</source>
        <translation>%1: Zugriff verweigert. %2</translation>
    </message>
    <message>
        <source>There is no process %1 (it may have exited).</source>
        <translation>Es gibt keinen Prozess %1 (vielleicht wurde er beendet).</translation>
    </message>
    <message>
        <source>Cannot open /proc</source>
        <translation>/proc kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot list /proc</source>
        <translation>/proc kann nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not a process id.</source>
        <translation>%1 ist keine Prozess-ID.</translation>
    </message>
    <message>
        <source>%1 has an unexpected format.</source>
        <translation>%1 hat ein unerwartetes Format.</translation>
    </message>
    <message>
        <source>Cannot read the memory map of process %1</source>
        <translation>Die Speicherkarte von Prozess %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the memory statistics of process %1</source>
        <translation>Die Speicherstatistik von Prozess %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>big endian</source>
        <translation>Big-Endian</translation>
    </message>
    <message>
        <source>little endian</source>
        <translation>Little-Endian</translation>
    </message>
    <message>
        <source>byte</source>
        <translation>Byte</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>int8</source>
        <translation>int8</translation>
    </message>
    <message>
        <source>uint8</source>
        <translation>uint8</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <source>int%1</source>
        <translation>int%1</translation>
    </message>
    <message>
        <source>uint%1</source>
        <translation>uint%1</translation>
    </message>
    <message>
        <source>float</source>
        <translation>float</translation>
    </message>
    <message>
        <source>double</source>
        <translation>double</translation>
    </message>
    <message>
        <source>pointer</source>
        <translation>Zeiger</translation>
    </message>
    <message>
        <source>points into no mapping</source>
        <translation>zeigt in keinen Speicherbereich</translation>
    </message>
    <message>
        <source>not the start of a UTF-8 character</source>
        <translation>nicht der Anfang eines UTF-8-Zeichens</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-16 (little endian)</source>
        <translation>UTF-16 (Little-Endian)</translation>
    </message>
    <message>
        <source>half of a surrogate pair</source>
        <translation>Hälfte eines Surrogatpaars</translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation>UTF-8-Text</translation>
    </message>
    <message>
        <source>UTF-16 text (little endian)</source>
        <translation>UTF-16-Text (Little-Endian)</translation>
    </message>
    <message>
        <source>Anonymous memory: not backed by any file. malloc uses it for large blocks and thread arenas; it starts as zeros and lives only as long as the process.</source>
        <translation>Anonymer Speicher: Keine Datei steht dahinter. malloc nutzt ihn für große Blöcke und für Thread-Arenen; er ist anfangs mit Nullen gefüllt und existiert nur so lange wie der Prozess.</translation>
    </message>
    <message>
        <source>The heap: the area right after the program&apos;s data that grows with brk(). malloc hands out small blocks from here.</source>
        <translation>Der Heap: der Bereich direkt hinter den Daten des Programms, der mit brk() wächst. malloc vergibt kleine Blöcke von hier.</translation>
    </message>
    <message>
        <source>The main thread&apos;s stack: local variables and return addresses. It grows downwards, and the kernel placed the program&apos;s arguments and environment at its top.</source>
        <translation>Der Stack des Haupt-Threads: lokale Variablen und Rücksprungadressen. Er wächst nach unten, und der Kernel hat die Argumente und die Umgebung des Programms an seinem oberen Ende abgelegt.</translation>
    </message>
    <message>
        <source>The stack of another thread: memory the thread library mapped for it, usually with a guard page just below.</source>
        <translation>Der Stack eines anderen Threads: Speicher, den die Thread-Bibliothek für ihn eingeblendet hat, meist mit einer Schutzseite direkt darunter.</translation>
    </message>
    <message>
        <source>A part of the program&apos;s own executable file, mapped by the kernel at start-up.</source>
        <translation>Ein Teil der ausführbaren Datei des Programms selbst, vom Kernel beim Start eingeblendet.</translation>
    </message>
    <message>
        <source>A part of a shared library (or the dynamic loader), mapped from its file by the loader.</source>
        <translation>Ein Teil einer gemeinsamen Bibliothek (oder des dynamischen Laders), vom Lader aus ihrer Datei eingeblendet.</translation>
    </message>
    <message>
        <source>A file mapped into memory with mmap(): reading the memory reads the file.</source>
        <translation>Eine mit mmap() in den Speicher eingeblendete Datei: Wer den Speicher liest, liest die Datei.</translation>
    </message>
    <message>
        <source>Shared memory: the same pages can be mapped by other processes (a /dev/shm file, a memfd, System V shared memory or a MAP_SHARED mapping), so writes are seen by all of them.</source>
        <translation>Gemeinsamer Speicher: Dieselben Seiten können auch andere Prozesse einblenden (eine Datei in /dev/shm, ein memfd, System-V-Shared-Memory oder ein MAP_SHARED-Speicherbereich), daher sehen alle diese Prozesse jeden Schreibzugriff.</translation>
    </message>
    <message>
        <source>[vdso]: a small shared library the kernel maps into every process, so that calls such as clock_gettime() can run without entering the kernel.</source>
        <translation>[vdso]: eine kleine gemeinsame Bibliothek, die der Kernel in jeden Prozess einblendet, damit Aufrufe wie clock_gettime() laufen können, ohne in den Kernel zu wechseln.</translation>
    </message>
    <message>
        <source>[vvar]: data pages the kernel shares with the [vdso] code (clocks, time zone). Parts of it are not ordinary memory, which is why a reader cannot read them.</source>
        <translation>[vvar]: Datenseiten, die der Kernel mit dem Code in [vdso] teilt (Uhren, Zeitzone). Teile davon sind kein gewöhnlicher Speicher, deshalb kann ein Leser sie nicht lesen.</translation>
    </message>
    <message>
        <source>[vsyscall]: a fixed page at the top of the address space kept for very old programs; modern kernels emulate it and it cannot be read.</source>
        <translation>[vsyscall]: eine feste Seite am oberen Ende des Adressraums, die für sehr alte Programme beibehalten wird; moderne Kernel emulieren sie, und sie kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A guard page: mapped with no permissions at all, so that running over the end of a stack or buffer crashes at once instead of corrupting memory. Also used to reserve address space.</source>
        <translation>Eine Schutzseite: ganz ohne Rechte eingeblendet, damit ein Lauf über das Ende eines Stacks oder Puffers hinaus sofort abstürzt, statt Speicher zu beschädigen. Dient auch dazu, Adressraum zu reservieren.</translation>
    </message>
    <message>
        <source>This is its code (text): readable and executable, never writable.</source>
        <translation>Dies ist der Code (text): lesbar und ausführbar, niemals schreibbar.</translation>
    </message>
    <message>
        <source>This is read-only data: ELF headers, constants and string literals, or tables the loader made read-only after relocating them (RELRO).</source>
        <translation>Dies sind schreibgeschützte Daten: ELF-Header, Konstanten und Zeichenkettenliterale oder Tabellen, die der Lader nach dem Relozieren schreibgeschützt gemacht hat (RELRO).</translation>
    </message>
    <message>
        <source>This is initialised data: global and static variables with a starting value, copied from the file on first write.</source>
        <translation>Dies sind initialisierte Daten: globale und statische Variablen mit einem Anfangswert, die beim ersten Schreiben aus der Datei kopiert werden.</translation>
    </message>
    <message>
        <source>This is .bss: global and static variables that start as zero. They take no space in the file, so the loader maps anonymous memory for them.</source>
        <translation>Dies ist .bss: globale und statische Variablen, die mit null beginnen. Sie belegen keinen Platz in der Datei, daher blendet der Lader anonymen Speicher für sie ein.</translation>
    </message>
    <message>
        <source>The file was deleted (or replaced) after it was mapped; the process still holds the old contents.</source>
        <translation>Die Datei wurde nach dem Einblenden gelöscht (oder ersetzt); der Prozess hält noch den alten Inhalt.</translation>
    </message>
    <message>
        <source>The mapping is shared: writes go to the file or object, and other processes see them.</source>
        <translation>Der Speicherbereich wird gemeinsam genutzt: Schreibzugriffe gehen an die Datei bzw. das Objekt, und andere Prozesse sehen sie.</translation>
    </message>
    <message>
        <source>Yama ptrace_scope is 3: no process may inspect another until the next reboot, not even root.</source>
        <translation>Yama ptrace_scope ist 3: Bis zum nächsten Neustart darf kein Prozess einen anderen untersuchen, nicht einmal root.</translation>
    </message>
    <message>
        <source>Process %1 has exited.</source>
        <translation>Prozess %1 wurde beendet.</translation>
    </message>
    <message>
        <source>Cannot read process %1</source>
        <translation>Prozess %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address range; write it like 0x7f0000000000-0x7f0000100000.</source>
        <translation>„%1“ ist kein Adressbereich; schreiben Sie ihn etwa als 0x7f0000000000-0x7f0000100000.</translation>
    </message>
    <message>
        <source>The range %1 is empty: its end must lie after its start.</source>
        <translation>Der Bereich %1 ist leer: Sein Ende muss hinter seinem Anfang liegen.</translation>
    </message>
    <message>
        <source>C / C++ array</source>
        <translation>C-/C++-Array</translation>
    </message>
    <message>
        <source>Python bytes</source>
        <translation>Python bytes</translation>
    </message>
    <message>
        <source>Rust array</source>
        <translation>Rust-Array</translation>
    </message>
    <message>
        <source>Go byte slice</source>
        <translation>Go-Byte-Slice</translation>
    </message>
    <message>
        <source>Java byte array</source>
        <translation>Java-Byte-Array</translation>
    </message>
    <message>
        <source>JavaScript Uint8Array</source>
        <translation>JavaScript Uint8Array</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>xxd dump</source>
        <translation>xxd-Hexdump</translation>
    </message>
    <message>
        <source>%1 bytes at %2</source>
        <translation>%1 Bytes an %2</translation>
    </message>
    <message>
        <source>; unreadable bytes written as 0x00</source>
        <translation>; nicht lesbare Bytes als 0x00 geschrieben</translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it is.</source>
        <translation>%1 existiert bereits und wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>There is nothing to export: the selection is empty.</source>
        <translation>Es gibt nichts zu exportieren: Die Auswahl ist leer.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Not an ELF image.</source>
        <translation>Kein ELF-Abbild.</translation>
    </message>
    <message>
        <source>Only 64-bit little-endian ELF images are read.</source>
        <translation>Es werden nur 64-Bit-ELF-Abbilder im Little-Endian-Format gelesen.</translation>
    </message>
    <message>
        <source>it matches an empty string, which would be a hit at every byte</source>
        <translation>er passt auf eine leere Zeichenkette, was an jedem Byte einen Treffer ergäbe</translation>
    </message>
    <message>
        <source>The regular expression %1 is not valid: %2.</source>
        <translation>Der reguläre Ausdruck %1 ist ungültig: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Process %1 is a 32-bit program; Procglass writes cores of 64-bit programs only.</source>
        <translation>Prozess %1 ist ein 32-Bit-Programm; Procglass schreibt Core-Dateien nur von 64-Bit-Programmen.</translation>
    </message>
    <message>
        <source>Process %1 has %2 mappings; an ELF core of more than 65,534 is not written yet.</source>
        <translation>Prozess %1 hat %2 Speicherbereiche; einen ELF-Core mit mehr als 65.534 davon kann Procglass noch nicht schreiben.</translation>
    </message>
    <message>
        <source>code (text)</source>
        <translation>Code (text)</translation>
    </message>
    <message>
        <source>read-only data</source>
        <translation>schreibgeschützte Daten</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>.bss</source>
        <translation>.bss</translation>
    </message>
    <message>
        <source>It lies directly below the thread stack at %1. Stacks grow downwards, so a thread that overflows its stack touches this page first and is stopped with SIGSEGV instead of overwriting other memory.</source>
        <translation>Dieser Speicherbereich liegt direkt unter dem Thread-Stack bei %1. Stacks wachsen nach unten: Ein Thread, der über seinen Stack hinausläuft, berührt zuerst diese Seite und wird mit SIGSEGV gestoppt, statt anderen Speicher zu überschreiben.</translation>
    </message>
    <message>
        <source>It lies inside %1&apos;s own span, between two of its segments: the loader reserves the library&apos;s whole size at once and takes every permission away from the gaps, so a stray pointer into them crashes.</source>
        <translation>Dieser Speicherbereich liegt innerhalb des Bereichs von %1 selbst, zwischen zwei seiner Segmente: Der Lader reserviert die gesamte Größe der Bibliothek auf einmal und entzieht den Lücken alle Rechte, sodass ein verirrter Zeiger dorthin zum Absturz führt.</translation>
    </message>
    <message>
        <source>It continues the data segment of %1 right below it.</source>
        <translation>Dieser Speicherbereich setzt das direkt darunterliegende Datensegment von %1 fort.</translation>
    </message>
    <message>
        <source>It starts above the executable&apos;s last segment; the gap between them is random (address space layout randomisation).</source>
        <translation>Dieser Speicherbereich beginnt oberhalb des letzten Segments der ausführbaren Datei; die Lücke dazwischen ist zufällig (Adressraum-Randomisierung, ASLR).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>readable: the program may load from it.</source>
        <translation>lesbar: Das Programm darf Daten daraus laden.</translation>
    </message>
    <message>
        <source>not readable: the program crashes (SIGSEGV) if it loads from here.</source>
        <translation>nicht lesbar: Das Programm stürzt ab (SIGSEGV), wenn es von hier lädt.</translation>
    </message>
    <message>
        <source>writable: the program may store into it.</source>
        <translation>schreibbar: Das Programm darf Daten darin speichern.</translation>
    </message>
    <message>
        <source>not writable: a store crashes. Code and constants are protected this way.</source>
        <translation>nicht schreibbar: Ein Schreibzugriff führt zum Absturz. Auf diese Weise sind Code und Konstanten geschützt.</translation>
    </message>
    <message>
        <source>executable: the processor may run instructions from it.</source>
        <translation>ausführbar: Der Prozessor darf Befehle von hier ausführen.</translation>
    </message>
    <message>
        <source>not executable: jumping here crashes, which is what keeps code smuggled into data, a stack or the heap from running.</source>
        <translation>nicht ausführbar: Ein Sprung hierher führt zum Absturz. Das verhindert, dass Code ausgeführt wird, der in Daten, einen Stack oder den Heap eingeschleust wurde.</translation>
    </message>
    <message>
        <source>shared: writes go to the file or shared object, and every process mapping it sees them.</source>
        <translation>geteilt: Schreibzugriffe gehen an die Datei oder das geteilte Objekt, und jeder Prozess, der es eingeblendet hat, sieht sie.</translation>
    </message>
    <message>
        <source>private (copy-on-write): the first write to a page gives the process its own copy; nothing it writes reaches the file or other processes.</source>
        <translation>privat (Copy-on-Write): Beim ersten Schreiben in eine Seite erhält der Prozess eine eigene Kopie; nichts, was er schreibt, erreicht die Datei oder andere Prozesse.</translation>
    </message>
    <message>
        <source>Its bytes come from %1, starting at offset %2 of the file (bytes %2–%3). The kernel ties the mapping to the file by device %4 and inode %5, not by name: `stat -c %i` on the file prints the same inode, unless the file was replaced since.</source>
        <translation>Die Bytes stammen aus %1, ab Offset %2 der Datei (Bytes %2–%3). Der Kernel verknüpft den Speicherbereich nicht über den Namen mit der Datei, sondern über Gerät %4 und Inode %5: `stat -c %i` auf die Datei gibt denselben Inode aus, sofern die Datei nicht inzwischen ersetzt wurde.</translation>
    </message>
    <message>
        <source>The kernel marks the path “(deleted)”: no name leads to that inode any more, but the mapping keeps the old file alive until it is unmapped.</source>
        <translation>Der Kernel kennzeichnet den Pfad mit „(deleted)“: Kein Name führt mehr zu diesem Inode, aber der Speicherbereich hält die alte Datei am Leben, bis die Einblendung aufgehoben wird.</translation>
    </message>
    <message>
        <source>It is backed by an object without a file name (%1, device %2, inode %3), such as shared memory from memfd_create() or System V.</source>
        <translation>Dahinter steht ein Objekt ohne Dateinamen (%1, Gerät %2, Inode %3), etwa gemeinsamer Speicher aus memfd_create() oder System V.</translation>
    </message>
    <message>
        <source>No file backs it (device 00:00, inode 0): the file holds no bytes for zero-filled variables, so the loader maps anonymous memory that starts as zeros.</source>
        <translation>Keine Datei steht dahinter (Gerät 00:00, Inode 0): Die Datei enthält keine Bytes für mit Nullen gefüllte Variablen, daher blendet der Lader anonymen Speicher ein, der anfangs mit Nullen gefüllt ist.</translation>
    </message>
    <message>
        <source>The kernel made it and names it %1; no file backs it (device 00:00, inode 0, offset 0).</source>
        <translation>Der Kernel hat diesen Speicherbereich angelegt und nennt ihn %1; keine Datei steht dahinter (Gerät 00:00, Inode 0, Offset 0).</translation>
    </message>
    <message>
        <source>No file backs it (device 00:00, inode 0): its pages start as zeros and exist only in memory (or swap).</source>
        <translation>Keine Datei steht dahinter (Gerät 00:00, Inode 0): Die Seiten sind anfangs mit Nullen gefüllt und existieren nur im Speicher (oder in der Auslagerung).</translation>
    </message>
    <message>
        <source>Procglass cannot read it: [vvar] is not ordinary memory but kernel pages (and, for some clocks, hardware pages) mapped for the [vdso] code only; reading it through /proc/PID/mem fails with an I/O error.</source>
        <translation>Procglass kann diesen Speicherbereich nicht lesen: [vvar] ist kein gewöhnlicher Speicher, sondern Kernel-Seiten (und bei manchen Uhren Hardware-Seiten), die nur für den Code in [vdso] eingeblendet sind; ein Lesen über /proc/PID/mem schlägt mit einem E/A-Fehler fehl.</translation>
    </message>
    <message>
        <source>Procglass cannot read it: the kernel emulates [vsyscall] and has no readable page behind it; reading it through /proc/PID/mem fails.</source>
        <translation>Procglass kann diesen Speicherbereich nicht lesen: Der Kernel emuliert [vsyscall], und dahinter liegt keine lesbare Seite; ein Lesen über /proc/PID/mem schlägt fehl.</translation>
    </message>
    <message>
        <source>The program itself cannot read it. A debugger reading through /proc/PID/mem may still see its bytes: ptrace access overrides a missing r, not a missing page.</source>
        <translation>Das Programm selbst kann diesen Speicherbereich nicht lesen. Ein Debugger, der über /proc/PID/mem liest, sieht seine Bytes unter Umständen trotzdem: Der Zugriff per ptrace setzt sich über ein fehlendes r hinweg, nicht aber über eine fehlende Seite.</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Rechte:</translation>
    </message>
    <message>
        <source>running or ready to run</source>
        <translation>läuft oder ist lauffähig</translation>
    </message>
    <message>
        <source>sleeping: waiting for something (input, a timer, a lock)</source>
        <translation>schläft: wartet auf etwas (Eingabe, einen Timer, eine Sperre)</translation>
    </message>
    <message>
        <source>in uninterruptible sleep: waiting for the disk or the kernel</source>
        <translation>in nicht unterbrechbarem Schlaf: wartet auf die Festplatte oder den Kernel</translation>
    </message>
    <message>
        <source>stopped by a signal</source>
        <translation>durch ein Signal gestoppt</translation>
    </message>
    <message>
        <source>stopped by a tracer</source>
        <translation>durch einen Tracer gestoppt</translation>
    </message>
    <message>
        <source>a zombie: it has exited, its parent has not collected it yet</source>
        <translation>ein Zombie: Er wurde beendet, aber sein Elternprozess hat ihn noch nicht abgeholt</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>idle (a kernel thread)</source>
        <translation>im Leerlauf (ein Kernel-Thread)</translation>
    </message>
    <message>
        <source>0 – nobody</source>
        <translation>0 – niemand</translation>
    </message>
    <message>
        <source>%1 – Procglass (holding it)</source>
        <translation>%1 – Procglass (hält ihn an)</translation>
    </message>
    <message>
        <source>real %1, effective %2</source>
        <translation>real %1, effektiv %2</translation>
    </message>
    <message>
        <source>0 – off</source>
        <translation>0 – aus</translation>
    </message>
    <message>
        <source>1 – strict</source>
        <translation>1 – strikt</translation>
    </message>
    <message>
        <source>2 – filter</source>
        <translation>2 – Filter</translation>
    </message>
    <message>
        <source>Yama ptrace_scope is 1: a process may only inspect its own descendants, so Procglass can inspect its demo target but not programs started elsewhere. Grant CAP_SYS_PTRACE, or allow it for all of your processes with &apos;sudo sysctl kernel.yama.ptrace_scope=0&apos;.</source>
        <translation>Yama ptrace_scope ist 1: Ein Prozess darf nur seine eigenen Nachkommen untersuchen, Procglass also sein Demo-Ziel, aber keine anderswo gestarteten Programme. Verleihen Sie CAP_SYS_PTRACE, oder erlauben Sie es für alle Ihre Prozesse mit &apos;sudo sysctl kernel.yama.ptrace_scope=0&apos;.</translation>
    </message>
    <message>
        <source>Procglass has CAP_SYS_PTRACE but runs as user %1, and some files of process %2 (/proc/%2/auxv, /proc/%2/environ) may be read by their owner alone: the capability does not override file permissions. Run it as that user or with sudo to see them.</source>
        <translation>Procglass hat CAP_SYS_PTRACE, läuft aber als Benutzer %1, und manche Dateien von Prozess %2 (/proc/%2/auxv, /proc/%2/environ) darf nur ihr Eigentümer lesen: Die Capability setzt Dateirechte nicht außer Kraft. Führen Sie es als dieser Benutzer oder mit sudo aus, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The offset &apos;%1&apos; in &apos;%2&apos; is not a number, and no mapping is named &apos;%2&apos;; write the offset like +0x10 or +16.</source>
        <translation>Der Offset „%1“ in „%2“ ist keine Zahl, und kein Speicherbereich heißt „%2“; schreiben Sie den Offset etwa als +0x10 oder +16.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>The bundle&apos;s file %1 is %2, not a regular file: a bundle holds only regular files, so it is not read. Someone may have changed the bundle; ask for a fresh copy.</source>
        <translation>Die Datei %1 des Pakets ist %2, keine reguläre Datei: Ein Paket enthält nur reguläre Dateien, daher wird sie nicht gelesen. Möglicherweise hat jemand das Paket verändert; fordern Sie eine neue Kopie an.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file %1 cannot be opened: %2.</source>
        <translation>Die Datei %1 des Pakets kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file %1 is larger than any Procglass writes (%2 bytes at most): it is not read.</source>
        <translation>Die Datei %1 des Pakets ist größer als jede, die Procglass schreibt (höchstens %2 Bytes): Sie wird nicht gelesen.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file %1 cannot be read: %2.</source>
        <translation>Die Datei %1 des Pakets kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. The bundle is not opened; ask for a fresh copy.</source>
        <translation>%1 ist beschädigt: %2. Das Paket wird nicht geöffnet; fordern Sie eine neue Kopie an.</translation>
    </message>
    <message>
        <source>it is larger than any Procglass writes</source>
        <translation>es ist größer als jedes Manifest, das Procglass schreibt</translation>
    </message>
    <message>
        <source>%1 is not a Procglass bundle manifest.</source>
        <translation>%1 ist kein Manifest eines Procglass-Pakets.</translation>
    </message>
    <message>
        <source>it has no list of mappings</source>
        <translation>es enthält keine Liste der Speicherbereiche</translation>
    </message>
    <message>
        <source>mapping %1 (%2) %3</source>
        <translation>Speicherbereich %1 (%2) %3</translation>
    </message>
    <message>
        <source>has a malformed range, offset, permission or kind</source>
        <translation>hat eine fehlerhafte Angabe zu Bereich, Offset, Rechten oder Art</translation>
    </message>
    <message>
        <source>has a malformed device</source>
        <translation>hat eine fehlerhafte Geräteangabe</translation>
    </message>
    <message>
        <source>has a malformed inode</source>
        <translation>hat einen fehlerhaften Inode</translation>
    </message>
    <message>
        <source>is empty or ends before it starts</source>
        <translation>ist leer oder endet, bevor er beginnt</translation>
    </message>
    <message>
        <source>overlaps or precedes the mapping before it</source>
        <translation>überschneidet sich mit dem vorigen Speicherbereich oder liegt vor ihm</translation>
    </message>
    <message>
        <source>lies beyond the end of user space</source>
        <translation>liegt hinter dem Ende des Benutzeradressraums</translation>
    </message>
    <message>
        <source>is far larger than the kernel&apos;s [vdso], [vvar] and [vsyscall] pages ever are</source>
        <translation>ist weit größer, als die Seiten [vdso], [vvar] und [vsyscall] des Kernels je sind</translation>
    </message>
    <message>
        <source>is readable but its bytes are missing</source>
        <translation>ist lesbar, aber seine Bytes fehlen</translation>
    </message>
    <message>
        <source>has a checksum or unreadable bytes but no file</source>
        <translation>hat eine Prüfsumme oder nicht lesbare Bytes, aber keine Datei</translation>
    </message>
    <message>
        <source>has a file, but Procglass never copies such a mapping</source>
        <translation>hat eine Datei, aber Procglass kopiert einen solchen Speicherbereich nie</translation>
    </message>
    <message>
        <source>names a file that is not a plain .bin file inside the bundle</source>
        <translation>nennt eine Datei, die keine einfache .bin-Datei innerhalb des Pakets ist</translation>
    </message>
    <message>
        <source>names the file of another mapping</source>
        <translation>nennt die Datei eines anderen Speicherbereichs</translation>
    </message>
    <message>
        <source>has no valid SHA-256 checksum</source>
        <translation>hat keine gültige SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <source>has a malformed list of unreadable bytes</source>
        <translation>hat eine fehlerhafte Liste nicht lesbarer Bytes</translation>
    </message>
    <message>
        <source>has unreadable bytes that are malformed, unsorted or outside it</source>
        <translation>hat Angaben zu nicht lesbaren Bytes, die fehlerhaft oder unsortiert sind oder außerhalb des Speicherbereichs liegen</translation>
    </message>
    <message>
        <source>%1 exists and is not a Procglass bundle: %2 It is not replaced; choose another name.</source>
        <translation>%1 existiert und ist kein Procglass-Paket: %2 Es wird nicht ersetzt; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>it has no manifest.json written by Procglass.</source>
        <translation>Es enthält keine von Procglass geschriebene manifest.json.</translation>
    </message>
    <message>
        <source>it holds %1, which Procglass did not write there.</source>
        <translation>Es enthält %1, das nicht von Procglass dort geschrieben wurde.</translation>
    </message>
    <message>
        <source>Cannot read the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is not a folder.</source>
        <translation>Es ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 belongs to another user and lies in %2, a folder others can write to; Procglass never replaces another user&apos;s folder there. Choose another name or folder.</source>
        <translation>%1 gehört einem anderen Benutzer und liegt in %2, einem Ordner, in den auch andere schreiben dürfen; Procglass ersetzt dort nie den Ordner eines anderen Benutzers. Wählen Sie einen anderen Namen oder Ordner.</translation>
    </message>
    <message>
        <source>Cannot open %1 to replace it; it was left as it is.</source>
        <translation>%1 kann zum Ersetzen nicht geöffnet werden und wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The regular expression %1 has matches of different lengths.</source>
        <translation>Der reguläre Ausdruck %1 hat Übereinstimmungen unterschiedlicher Länge.</translation>
    </message>
    <message>
        <source>Cannot put %1 in place: %2. Nothing was saved; what was there is as it was.</source>
        <translation>%1 kann nicht an seinen Platz gebracht werden: %2. Es wurde nichts gespeichert; was dort war, ist unverändert.</translation>
    </message>
    <message>
        <source>%1 was created by someone else while Procglass was writing; it was left as it is and nothing was saved. Choose another name.</source>
        <translation>%1 wurde von jemand anderem angelegt, während Procglass schrieb; es blieb unverändert, und es wurde nichts gespeichert. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 was replaced by someone else while Procglass was writing; it was left as it is and nothing was saved. Choose another name.</source>
        <translation>%1 wurde von jemand anderem ersetzt, während Procglass schrieb; es blieb unverändert, und es wurde nichts gespeichert. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Procglass never writes through a link in an output path. Choose another name.</source>
        <translation>%1 ist ein symbolischer Link; Procglass schreibt nie über einen Link in einem Ausgabepfad. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Thread %1 of process %2 is already traced by process %3 (%4), and a thread can have only one tracer, so Procglass cannot stop the process. Detach that debugger or tracer (quit gdb or strace), or read without stopping the target (--no-stop).</source>
        <translation>Thread %1 von Prozess %2 wird bereits von Prozess %3 (%4) verfolgt, und ein Thread kann nur einen Tracer haben, daher kann Procglass den Prozess nicht anhalten. Trennen Sie diesen Debugger oder Tracer (beenden Sie gdb oder strace), oder lesen Sie, ohne das Ziel anzuhalten (--no-stop).</translation>
    </message>
    <message>
        <source>Process %1 is non-dumpable (setuid or prctl(PR_SET_DUMPABLE, 0)): it turned off its own dumping, as ssh-agent and password managers do, or it runs a setuid or setgid program or changed its user or group ids. The kernel lets only a process with CAP_SYS_PTRACE inspect it, even though it runs as you: use sudo, or grant procglass-cli the capability (sudo setcap cap_sys_ptrace+ep procglass-cli).</source>
        <translation>Prozess %1 ist nicht „dumpable“ (setuid oder prctl(PR_SET_DUMPABLE, 0)): Er hat das Dumpen für sich selbst abgeschaltet, wie es ssh-agent und Passwortmanager tun, oder er führt ein setuid- oder setgid-Programm aus oder hat seine Benutzer- oder Gruppen-IDs geändert. Der Kernel lässt ihn nur von einem Prozess mit CAP_SYS_PTRACE untersuchen, obwohl er unter Ihrem Benutzer läuft: Verwenden Sie sudo, oder verleihen Sie procglass-cli die Capability (sudo setcap cap_sys_ptrace+ep procglass-cli).</translation>
    </message>
    <message>
        <source>%1 is not the file the process mapped.</source>
        <translation>%1 ist nicht die Datei, die der Prozess eingeblendet hat.</translation>
    </message>
    <message>
        <source>This mapping is not a file.</source>
        <translation>Dieser Speicherbereich ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be opened by its name (deleted, or not a path), and the kernel refused its /proc/PID/map_files entry (that needs CAP_SYS_ADMIN).</source>
        <translation>%1 kann nicht über seinen Namen geöffnet werden (gelöscht oder kein Pfad), und der Kernel hat den zugehörigen Eintrag in /proc/PID/map_files verweigert (dafür ist CAP_SYS_ADMIN nötig).</translation>
    </message>
    <message>
        <source>%1 is not the file the process mapped (not a regular file, or another device or inode), and the kernel refused its /proc/PID/map_files entry (that needs CAP_SYS_ADMIN).</source>
        <translation>%1 ist nicht die Datei, die der Prozess eingeblendet hat (keine reguläre Datei oder ein anderes Gerät bzw. ein anderer Inode), und der Kernel hat den zugehörigen Eintrag in /proc/PID/map_files verweigert (dafür ist CAP_SYS_ADMIN nötig).</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Procglass reads such files only from the file itself. Give the path of the file the link points to.</source>
        <translation>%1 ist ein symbolischer Link; Procglass liest solche Dateien nur aus der Datei selbst. Geben Sie den Pfad der Datei an, auf die der Link zeigt.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a directory, device, FIFO or socket), so Procglass does not read it.</source>
        <translation>%1 ist keine reguläre Datei (sondern ein Ordner, ein Gerät, ein FIFO oder ein Socket), daher liest Procglass sie nicht.</translation>
    </message>
    <message>
        <source>%1 was replaced while it was being opened.</source>
        <translation>%1 wurde beim Öffnen ersetzt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a location in anonymous memory; write it like anon@7f0000000000+0x10 (the start of the mapping in hexadecimal, then the offset).</source>
        <translation>„%1“ ist keine Stelle in anonymem Speicher; schreiben Sie sie wie anon@7f0000000000+0x10 (der Anfang des Speicherbereichs hexadezimal, dann der Offset).</translation>
    </message>
    <message>
        <source>No mapping holds %1 now; the anon@ names last only as long as the process&apos;s mappings do.</source>
        <translation>Kein Speicherbereich enthält jetzt %1; die anon@-Namen gelten nur, solange die Speicherbereiche des Prozesses bestehen.</translation>
    </message>
    <message>
        <source>No mapping is named &apos;%1&apos;. Use a range (0x7f0000000000-0x7f0000100000), a region such as [heap] or [stack], the file name of a mapped file such as libc.so.6, or anonymous memory as anon@7f0000000000.</source>
        <translation>Kein Speicherbereich heißt „%1“. Verwenden Sie einen Adressbereich (0x7f0000000000-0x7f0000100000), einen Bereich wie [heap] oder [stack], den Dateinamen einer eingeblendeten Datei wie libc.so.6 oder anonymen Speicher als anon@7f0000000000.</translation>
    </message>
    <message>
        <source>Nor is it a symbol of a mapped file or of [vdso].</source>
        <translation>Es ist auch kein Symbol einer eingeblendeten Datei oder von [vdso].</translation>
    </message>
    <message>
        <source>That it is %1&apos;s .bss is a guess from its position right after the image&apos;s data: Procglass could not read %1&apos;s program headers (its first page is not readable here), which say how big .bss is. Anonymous memory placed right after it looks the same.</source>
        <translation>Dass dies die .bss von %1 ist, ist eine Vermutung aus der Lage direkt nach den Daten des Abbilds: Procglass konnte die Programmköpfe von %1 nicht lesen (seine erste Seite ist hier nicht lesbar), und nur sie sagen, wie groß die .bss ist. Anonymer Speicher direkt dahinter sieht genauso aus.</translation>
    </message>
    <message>
        <source>the image</source>
        <translation>das Abbild</translation>
    </message>
    <message>
        <source>%1–%2: %3&apos;s .bss (%4 of zero-initialised variables, from %5 to %6 as its program headers say; the loader rounds it up to whole pages).</source>
        <translation>%1–%2: die .bss von %3 (%4 mit null initialisierte Variablen, von %5 bis %6 laut Programmköpfen; der Lader rundet sie auf ganze Seiten auf).</translation>
    </message>
    <message>
        <source>Past %1: anonymous memory (%2) that is not %3&apos;s: the kernel merged a mapping placed right after the .bss into this one, because both are anonymous with the same permissions.</source>
        <translation>Ab %1: anonymer Speicher (%2), der nicht zu %3 gehört: Der Kernel hat einen direkt hinter der .bss angelegten Bereich mit ihr zusammengelegt, weil beide anonym sind und dieselben Rechte haben.</translation>
    </message>
    <message>
        <source>It lies right after %1&apos;s data, but it is not %1&apos;s .bss: %1&apos;s program headers give it no .bss at all. It is anonymous memory that happens to be placed next to it.</source>
        <translation>Er liegt direkt hinter den Daten von %1, ist aber nicht die .bss von %1: Laut seinen Programmköpfen hat %1 gar keine .bss. Es ist anonymer Speicher, der zufällig daneben liegt.</translation>
    </message>
    <message>
        <source>It lies right after %1&apos;s data, but it is not %1&apos;s .bss: %1&apos;s program headers give its .bss %2 bytes, from %3 to %4, which fit in the last page of the data mapping. This is anonymous memory that happens to be placed next to it (by mmap, for example for malloc&apos;s arenas or a thread stack).</source>
        <translation>Er liegt direkt hinter den Daten von %1, ist aber nicht die .bss von %1: Laut seinen Programmköpfen ist die .bss von %1 %2 Bytes groß, von %3 bis %4, und passt in die letzte Seite des Datenbereichs. Dies ist anonymer Speicher, der zufällig daneben liegt (von mmap angelegt, etwa für die Arenen von malloc oder einen Thread-Stack).</translation>
    </message>
    <message>
        <source>%1&apos;s .bss (a guess by position: its program headers could not be read)</source>
        <translation>die .bss von %1 (vermutet nach der Lage: die Programmköpfe waren nicht lesbar)</translation>
    </message>
    <message>
        <source>%1–%2: %3&apos;s .bss; past %2: anonymous memory</source>
        <translation>%1–%2: die .bss von %3; ab %2: anonymer Speicher</translation>
    </message>
    <message>
        <source>%1&apos;s .bss (%2 bytes of zero-initialised variables)</source>
        <translation>die .bss von %1 (%2 Bytes mit null initialisierte Variablen)</translation>
    </message>
    <message>
        <source>anonymous memory, not %1&apos;s .bss (that fits in the data mapping)</source>
        <translation>anonymer Speicher, nicht die .bss von %1 (die passt in den Datenbereich)</translation>
    </message>
    <message>
        <source>%1: %2 (a guess)</source>
        <translation>%1: %2 (vermutet)</translation>
    </message>
    <message>
        <source>%1: %2, then anonymous memory</source>
        <translation>%1: %2, danach anonymer Speicher</translation>
    </message>
    <message>
        <source>PID %1 (%2) is a kernel thread: it has no user address space to show.</source>
        <translation>PID %1 (%2) ist ein Kernel-Thread: Er hat keinen Benutzer-Adressraum, den man zeigen könnte.</translation>
    </message>
    <message>
        <source>A core needs the threads stopped for their registers: stop the process to save one.</source>
        <translation>Ein Core braucht die Threads angehalten, wegen ihrer Register: Halten Sie den Prozess an, um einen zu speichern.</translation>
    </message>
    <message>
        <source>a malformed reply to %1</source>
        <translation>eine fehlerhafte Antwort auf %1</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Angabe fehlt: %1.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; starts with &apos;-&apos;, which the command would read as an option: no %1 is named so.</source>
        <translation>%1 „%2“ beginnt mit „-“, was der Befehl als Option lesen würde: so kann kein Name lauten.</translation>
    </message>
    <message>
        <source>The %1 holds a control character.</source>
        <translation>%1: enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; holds a space: no %1 is named so.</source>
        <translation>%1 „%2“ enthält ein Leerzeichen: so kann kein Name lauten.</translation>
    </message>
    <message>
        <source>pkexec needs the agent&apos;s full path, not %1.</source>
        <translation>pkexec braucht den vollständigen Pfad des Agenten, nicht %1.</translation>
    </message>
    <message>
        <source>agent&apos;s path</source>
        <translation>Pfad des Agenten</translation>
    </message>
    <message>
        <source>machine</source>
        <translation>Rechner</translation>
    </message>
    <message>
        <source>The port %1 is not one: ports go from 1 to 65535.</source>
        <translation>Der Port %1 ist keiner: Ports reichen von 1 bis 65535.</translation>
    </message>
    <message>
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Enter the PID of a process in the namespaces to read.</source>
        <translation>Geben Sie die PID eines Prozesses in den zu lesenden Namensräumen ein.</translation>
    </message>
    <message>
        <source>Enter the command that starts procglass-agent.</source>
        <translation>Geben Sie den Befehl ein, der procglass-agent startet.</translation>
    </message>
    <message>
        <source>%1 is of a bundle format this Procglass does not know (version %2): open it with a newer Procglass.</source>
        <translation>%1 hat ein Paketformat, das dieses Procglass nicht kennt (Version %2): Öffnen Sie es mit einem neueren Procglass.</translation>
    </message>
    <message>
        <source>its chunk size, index or pack is not the one snapshots have</source>
        <translation>seine Blockgröße, sein Index oder sein Pack ist nicht der einer Momentaufnahme</translation>
    </message>
    <message>
        <source>its list of packs is malformed</source>
        <translation>seine Liste der Packs ist fehlerhaft</translation>
    </message>
    <message>
        <source>its list of packs names &quot;%1&quot;, which is not a plain folder name next to the snapshot (or names one twice)</source>
        <translation>seine Liste der Packs nennt &quot;%1&quot;, was kein einfacher Ordnername neben der Momentaufnahme ist (oder nennt einen zweimal)</translation>
    </message>
    <message>
        <source>has a file of its own, but a snapshot keeps its bytes in chunks</source>
        <translation>hat eine eigene Datei, aber eine Momentaufnahme hält ihre Bytes in Blöcken</translation>
    </message>
    <message>
        <source>has unreadable bytes but no bytes</source>
        <translation>hat nicht lesbare Bytes, aber keine Bytes</translation>
    </message>
    <message>
        <source>The snapshot&apos;s index %1 is damaged: %2. The snapshot is not read; ask for a fresh copy.</source>
        <translation>Der Index %1 der Momentaufnahme ist beschädigt: %2. Die Momentaufnahme wird nicht gelesen; fordern Sie eine neue Kopie an.</translation>
    </message>
    <message>
        <source>it does not start as a snapshot&apos;s index does</source>
        <translation>er beginnt nicht so wie der Index einer Momentaufnahme</translation>
    </message>
    <message>
        <source>its version or chunk size is not one Procglass writes</source>
        <translation>seine Version oder Blockgröße ist keine, die Procglass schreibt</translation>
    </message>
    <message>
        <source>it lists %1 chunks where the manifest&apos;s mappings have %2</source>
        <translation>er führt %1 Blöcke auf, wo die Speicherbereiche des Manifests %2 haben</translation>
    </message>
    <message>
        <source>its size does not match the %1 chunks it lists</source>
        <translation>seine Größe passt nicht zu den %1 Blöcken, die er aufführt</translation>
    </message>
    <message>
        <source>the manifest&apos;s packs and the packs opened differ</source>
        <translation>die Packs des Manifests und die geöffneten Packs unterscheiden sich</translation>
    </message>
    <message>
        <source>chunk %1 (at 0x%2) %3</source>
        <translation>Block %1 (bei 0x%2) %3</translation>
    </message>
    <message>
        <source>is of an unknown kind</source>
        <translation>ist von unbekannter Art</translation>
    </message>
    <message>
        <source>is zeros but says where it lies</source>
        <translation>besteht aus Nullen, gibt aber an, wo er liegt</translation>
    </message>
    <message>
        <source>has a stored length that does not fit its size</source>
        <translation>hat eine gespeicherte Länge, die nicht zu seiner Größe passt</translation>
    </message>
    <message>
        <source>lies in a pack the manifest does not name</source>
        <translation>liegt in einem Pack, das das Manifest nicht nennt</translation>
    </message>
    <message>
        <source>lies beyond the end of its pack</source>
        <translation>liegt hinter dem Ende seines Packs</translation>
    </message>
    <message>
        <source>it lists more chunks than the mappings hold</source>
        <translation>er führt mehr Blöcke auf, als die Speicherbereiche enthalten</translation>
    </message>
    <message>
        <source>The base %1 does not name a snapshot&apos;s folder.</source>
        <translation>Die Basis %1 bezeichnet keinen Ordner einer Momentaufnahme.</translation>
    </message>
    <message>
        <source>The base %1 is the snapshot being written: a snapshot cannot replace its own base. Choose another name.</source>
        <translation>Die Basis %1 ist die Momentaufnahme, die gerade geschrieben wird: Eine Momentaufnahme kann nicht ihre eigene Basis ersetzen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The base %1 cannot be opened: %2.</source>
        <translation>Die Basis %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The base %1 lies in another folder than the new snapshot (%2): a snapshot shares chunks only with snapshots in its own folder. Write the new snapshot next to its base.</source>
        <translation>Die Basis %1 liegt in einem anderen Ordner als die neue Momentaufnahme (%2): Eine Momentaufnahme teilt Blöcke nur mit Momentaufnahmen im selben Ordner. Schreiben Sie die neue Momentaufnahme neben ihre Basis.</translation>
    </message>
    <message>
        <source>The base %1 is a bundle, not a snapshot: only a snapshot (procglass-cli snapshot) can be a base.</source>
        <translation>Die Basis %1 ist ein Paket, keine Momentaufnahme: Nur eine Momentaufnahme (procglass-cli snapshot) kann eine Basis sein.</translation>
    </message>
    <message>
        <source>Not enough memory to compress the snapshot.</source>
        <translation>Nicht genug Speicher, um die Momentaufnahme zu komprimieren.</translation>
    </message>
</context>
<context>
    <name>procglass::AddressSpaceView</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Rechte:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Path:</source>
        <translation>Pfad:</translation>
    </message>
    <message>
        <source>Unmapped:</source>
        <translation>Nicht eingeblendet:</translation>
    </message>
    <message>
        <source>No memory mappings</source>
        <translation>Keine Speicherbereiche</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>Lücke %1</translation>
    </message>
    <message>
        <source>thread stack</source>
        <translation>Thread-Stack</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Enthält:</translation>
    </message>
    <message>
        <source>&amp;Heat view: what changed</source>
        <translation>&amp;Wärmebild: was sich geändert hat</translation>
    </message>
    <message>
        <source>Colour the mappings by how much of them changed since the snapshot compared with</source>
        <translation>Die Speicherbereiche danach einfärben, wie viel sich in ihnen seit der verglichenen Momentaufnahme geändert hat</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>a few bytes changed</source>
        <translation>einige Bytes geändert</translation>
    </message>
    <message>
        <source>a tenth changed</source>
        <translation>ein Zehntel geändert</translation>
    </message>
    <message>
        <source>half changed</source>
        <translation>die Hälfte geändert</translation>
    </message>
    <message>
        <source>all changed or new</source>
        <translation>alles geändert oder neu</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>Compare with a snapshot (Snapshots menu) to see what changed</source>
        <translation>Vergleichen Sie mit einer Momentaufnahme (Menü Momentaufnahmen), um zu sehen, was sich geändert hat</translation>
    </message>
    <message>
        <source>Changed:</source>
        <translation>Geändert:</translation>
    </message>
    <message>
        <source>not compared %1</source>
        <translation>nicht verglichen %1</translation>
    </message>
    <message>
        <source>new %1</source>
        <translation>neu %1</translation>
    </message>
    <message>
        <source>%1 % (%2) %3</source>
        <translation>%1 % (%2) %3</translation>
    </message>
    <message>
        <source>%1 % changed</source>
        <translation>%1 % geändert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>procglass::AgentTarget</name>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
</context>
<context>
    <name>procglass::Auxv</name>
    <message>
        <source>The end of the vector.</source>
        <translation>Das Ende des Vektors.</translation>
    </message>
    <message>
        <source>An entry to be ignored.</source>
        <translation>Ein zu ignorierender Eintrag.</translation>
    </message>
    <message>
        <source>A file descriptor open on the program, when the kernel did not map it.</source>
        <translation>Ein auf das Programm geöffneter Dateideskriptor, falls der Kernel es nicht eingeblendet hat.</translation>
    </message>
    <message>
        <source>Where the program&apos;s ELF program headers are in memory: the loader reads them to find the segments and the dynamic section.</source>
        <translation>Wo die ELF-Programm-Header des Programms im Speicher liegen: Der Lader liest sie, um die Segmente und den dynamischen Abschnitt zu finden.</translation>
    </message>
    <message>
        <source>The size of one program header.</source>
        <translation>Die Größe eines Programm-Headers.</translation>
    </message>
    <message>
        <source>How many program headers there are.</source>
        <translation>Wie viele Programm-Header es gibt.</translation>
    </message>
    <message>
        <source>The page size in bytes: every mapping starts and ends on a page boundary.</source>
        <translation>Die Seitengröße in Bytes: Jeder Speicherbereich beginnt und endet an einer Seitengrenze.</translation>
    </message>
    <message>
        <source>Where the kernel loaded the dynamic loader (ld.so), which runs before the program to map its libraries. 0 for a static program.</source>
        <translation>Wohin der Kernel den dynamischen Lader (ld.so) geladen hat, der vor dem Programm läuft und dessen Bibliotheken einblendet. 0 bei einem statischen Programm.</translation>
    </message>
    <message>
        <source>Flags for the loader (unused on Linux).</source>
        <translation>Flags für den Lader (unter Linux ungenutzt).</translation>
    </message>
    <message>
        <source>The program&apos;s entry point (_start): where the loader jumps once the libraries are ready.</source>
        <translation>Der Einsprungpunkt des Programms (_start): Dorthin springt der Lader, sobald die Bibliotheken bereit sind.</translation>
    </message>
    <message>
        <source>Set when the program is not ELF.</source>
        <translation>Gesetzt, wenn das Programm nicht im ELF-Format vorliegt.</translation>
    </message>
    <message>
        <source>The real user id.</source>
        <translation>Die reale Benutzer-ID.</translation>
    </message>
    <message>
        <source>The effective user id.</source>
        <translation>Die effektive Benutzer-ID.</translation>
    </message>
    <message>
        <source>The real group id.</source>
        <translation>Die reale Gruppen-ID.</translation>
    </message>
    <message>
        <source>The effective group id.</source>
        <translation>Die effektive Gruppen-ID.</translation>
    </message>
    <message>
        <source>The name of the processor platform, a string on the stack.</source>
        <translation>Der Name der Prozessorplattform, eine Zeichenkette auf dem Stack.</translation>
    </message>
    <message>
        <source>Processor features as bits, so that libraries can pick the fastest code the processor runs.</source>
        <translation>Prozessormerkmale als Bits, damit Bibliotheken den schnellsten Code wählen können, den der Prozessor ausführen kann.</translation>
    </message>
    <message>
        <source>Clock ticks per second, the unit of times() and /proc/PID/stat.</source>
        <translation>Clock-Ticks pro Sekunde, die Einheit von times() und /proc/PID/stat.</translation>
    </message>
    <message>
        <source>1 when the program runs with more privileges than its caller (setuid, capabilities): the loader then ignores LD_PRELOAD and similar variables.</source>
        <translation>1, wenn das Programm mit mehr Privilegien läuft als sein Aufrufer (setuid, Capabilities): Der Lader ignoriert dann LD_PRELOAD und ähnliche Variablen.</translation>
    </message>
    <message>
        <source>The real platform name, where it differs from AT_PLATFORM.</source>
        <translation>Der tatsächliche Plattformname, falls er von AT_PLATFORM abweicht.</translation>
    </message>
    <message>
        <source>16 random bytes on the stack; the C library seeds its stack protector and pointer guard from them.</source>
        <translation>16 zufällige Bytes auf dem Stack; aus ihnen gewinnt die C-Bibliothek die Startwerte für ihren Stack-Schutz und ihren Zeigerschutz.</translation>
    </message>
    <message>
        <source>More processor feature bits.</source>
        <translation>Weitere Bits für Prozessormerkmale.</translation>
    </message>
    <message>
        <source>How much of the restartable-sequences area the kernel supports.</source>
        <translation>Wie viel des Bereichs für Restartable Sequences der Kernel unterstützt.</translation>
    </message>
    <message>
        <source>The alignment the restartable-sequences area needs.</source>
        <translation>Die Ausrichtung, die der Bereich für Restartable Sequences benötigt.</translation>
    </message>
    <message>
        <source>The file name the program was started with, a string on the stack.</source>
        <translation>Der Dateiname, mit dem das Programm gestartet wurde, eine Zeichenkette auf dem Stack.</translation>
    </message>
    <message>
        <source>The system call entry point in the [vdso] (32-bit x86 only).</source>
        <translation>Der Einsprungpunkt für Systemaufrufe in [vdso] (nur 32-Bit-x86).</translation>
    </message>
    <message>
        <source>Where the kernel mapped the [vdso], a small ELF library in every process; the C library finds clock_gettime() and friends there.</source>
        <translation>Wohin der Kernel [vdso] eingeblendet hat, eine kleine ELF-Bibliothek in jedem Prozess; die C-Bibliothek findet dort clock_gettime() und ähnliche Funktionen.</translation>
    </message>
    <message>
        <source>The smallest stack a signal handler needs on this processor (it grows with the register set).</source>
        <translation>Der kleinste Stack, den ein Signal-Handler auf diesem Prozessor benötigt (er wächst mit dem Registersatz).</translation>
    </message>
    <message>
        <source>An entry this version of Procglass does not know.</source>
        <translation>Ein Eintrag, den diese Version von Procglass nicht kennt.</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>nicht eingeblendet</translation>
    </message>
</context>
<context>
    <name>procglass::BundleSource</name>
    <message>
        <source>bundle %1 (pid %2, %3)</source>
        <translation>Paket %1 (PID %2, %3)</translation>
    </message>
    <message>
        <source>%1 is not a Procglass bundle: it is not a folder.</source>
        <translation>%1 ist kein Procglass-Paket: Es ist kein Ordner.</translation>
    </message>
    <message>
        <source>The bundle %1 cannot be opened: %2.</source>
        <translation>Das Paket %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a Procglass bundle: it has no manifest.json.</source>
        <translation>%1 ist kein Procglass-Paket: Es enthält keine manifest.json.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file %1 holds %2 bytes, but its mapping %3 has %4: the bundle is damaged; ask for a fresh copy.</source>
        <translation>Die Datei %1 des Pakets enthält %2 Bytes, ihr Speicherbereich %3 aber %4: Das Paket ist beschädigt; fordern Sie eine neue Kopie an.</translation>
    </message>
    <message>
        <source>The bundle %1 claims %2 bytes of memory, more than the file system holding it can store: its files are sparse or damaged, and it is not opened.</source>
        <translation>Das Paket %1 gibt %2 Bytes Speicher an, mehr als das Dateisystem, auf dem es liegt, speichern kann: Seine Dateien sind dünn besetzt (sparse) oder beschädigt, und es wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file %1 was replaced by another file after the bundle was opened: it is not read. Open the bundle again.</source>
        <translation>Die Datei %1 des Pakets wurde nach dem Öffnen des Pakets durch eine andere Datei ersetzt: Sie wird nicht gelesen. Öffnen Sie das Paket erneut.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file %1 cannot be read: %2.</source>
        <translation>Die Datei %1 des Pakets kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file %1 is damaged: its bytes do not match the SHA-256 checksum in the manifest, so none of them are shown. Ask for a fresh copy of the bundle.</source>
        <translation>Die Datei %1 des Pakets ist beschädigt: Ihre Bytes passen nicht zur SHA-256-Prüfsumme im Manifest, daher wird keines davon angezeigt. Fordern Sie eine neue Kopie des Pakets an.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file %1 has holes (a sparse file), which Procglass never writes, so none of its bytes are shown. If you copied the bundle, copy it again without making files sparse (cp --sparse=never).</source>
        <translation>Die Datei %1 des Pakets hat Lücken (eine dünn besetzte Datei), wie Procglass sie nie schreibt, daher wird keines ihrer Bytes angezeigt. Wenn Sie das Paket kopiert haben, kopieren Sie es erneut, ohne Dateien dünn zu besetzen (cp --sparse=never).</translation>
    </message>
    <message>
        <source>%1 is not a Procglass bundle: it is not a folder (or is a symbolic link).</source>
        <translation>%1 ist kein Procglass-Paket: Es ist kein Ordner (oder ist ein symbolischer Link).</translation>
    </message>
    <message>
        <source>The snapshot&apos;s file %1 is damaged: %2. Ask for a fresh copy.</source>
        <translation>Die Datei %1 der Momentaufnahme ist beschädigt: %2. Fordern Sie eine neue Kopie an.</translation>
    </message>
    <message>
        <source>its size does not match the mappings of the manifest</source>
        <translation>ihre Größe passt nicht zu den Speicherbereichen des Manifests</translation>
    </message>
    <message>
        <source>it has holes (a sparse file), which Procglass never writes</source>
        <translation>sie hat Löcher (eine Sparse-Datei), was Procglass nie schreibt</translation>
    </message>
    <message>
        <source>The snapshot&apos;s file %1 cannot be read: %2.</source>
        <translation>Die Datei %1 der Momentaufnahme kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>it is shorter than it was a moment ago</source>
        <translation>sie ist kürzer als noch vor einem Moment</translation>
    </message>
    <message>
        <source>The snapshot %1 shares chunks with the snapshot %2, which is missing: without it this snapshot cannot be read. Put %2 back next to it (a base must not be deleted or moved alone).</source>
        <translation>Die Momentaufnahme %1 teilt Blöcke mit der Momentaufnahme %2, die fehlt: Ohne sie kann diese Momentaufnahme nicht gelesen werden. Legen Sie %2 wieder daneben (eine Basis darf nicht allein gelöscht oder verschoben werden).</translation>
    </message>
    <message>
        <source>The snapshot %1 shares chunks with %2, which is not a folder (or is a symbolic link): it is not followed.</source>
        <translation>Die Momentaufnahme %1 teilt Blöcke mit %2, das kein Ordner ist (oder ein symbolischer Link ist): Ihm wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s file %1 is damaged: %2, so none of its bytes are shown. If it is a base of this snapshot, it was changed or replaced after this snapshot was made; ask for a fresh copy.</source>
        <translation>Die Datei %1 der Momentaufnahme ist beschädigt: %2, daher wird keines ihrer Bytes angezeigt. Ist sie eine Basis dieser Momentaufnahme, wurde sie nach dem Erstellen dieser Momentaufnahme geändert oder ersetzt; fordern Sie eine neue Kopie an.</translation>
    </message>
    <message>
        <source>it is shorter than its index says</source>
        <translation>sie ist kürzer, als ihr Index angibt</translation>
    </message>
    <message>
        <source>the compressed chunk at offset %1 does not decompress</source>
        <translation>der komprimierte Block bei Offset %1 lässt sich nicht dekomprimieren</translation>
    </message>
    <message>
        <source>the chunk at offset %1 does not match its checksum in the index</source>
        <translation>der Block bei Offset %1 passt nicht zu seiner Prüfsumme im Index</translation>
    </message>
</context>
<context>
    <name>procglass::CodeDialog</name>
    <message>
        <source>Copy as code</source>
        <translation>Als Code kopieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>
… %1 more bytes are copied but not shown here.</source>
        <translation>
… %1 weitere Bytes werden kopiert, aber hier nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>procglass::CodeView</name>
    <message>
        <source>&amp;AT&amp;&amp;T syntax</source>
        <translation>AT&amp;&amp;T-S&amp;yntax</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Back to where the last followed call or jump was (Alt+Left)</source>
        <translation>Zurück zur Stelle des zuletzt verfolgten Aufrufs oder Sprungs (Alt+Links)</translation>
    </message>
    <message>
        <source>Address or symbol: 0x7f…, [vdso]+0x10, __vdso_clock_gettime, libc.so.6!memcpy</source>
        <translation>Adresse oder Symbol: 0x7f…, [vdso]+0x10, __vdso_clock_gettime, libc.so.6!memcpy</translation>
    </message>
    <message>
        <source>Mangled: %1</source>
        <translation>Kodierter Name: %1</translation>
    </message>
</context>
<context>
    <name>procglass::ConnectDialog</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Read the processes of another user, machine or container through procglass-agent, started by a program you already trust. The window itself keeps running as you.</source>
        <translation>Prozesse eines anderen Benutzers, Rechners oder Containers über procglass-agent lesen, gestartet von einem Programm, dem Sie schon vertrauen. Das Fenster selbst läuft weiter als Sie.</translation>
    </message>
    <message>
        <source>This computer, as you</source>
        <translation>Dieser Computer, als Sie</translation>
    </message>
    <message>
        <source>This computer, as administrator (pkexec)</source>
        <translation>Dieser Computer, als Administrator (pkexec)</translation>
    </message>
    <message>
        <source>Another machine (ssh)</source>
        <translation>Ein anderer Rechner (ssh)</translation>
    </message>
    <message>
        <source>A Docker container</source>
        <translation>Ein Docker-Container</translation>
    </message>
    <message>
        <source>A Podman container</source>
        <translation>Ein Podman-Container</translation>
    </message>
    <message>
        <source>A Kubernetes pod (kubectl)</source>
        <translation>Ein Kubernetes-Pod (kubectl)</translation>
    </message>
    <message>
        <source>A process&apos;s namespaces (nsenter)</source>
        <translation>Die Namensräume eines Prozesses (nsenter)</translation>
    </message>
    <message>
        <source>Any command</source>
        <translation>Beliebiger Befehl</translation>
    </message>
    <message>
        <source>&amp;Read from:</source>
        <translation>&amp;Lesen von:</translation>
    </message>
    <message>
        <source>build1 or user@build1.example.org</source>
        <translation>build1 oder benutzer@build1.example.org</translation>
    </message>
    <message>
        <source>&amp;Machine:</source>
        <translation>&amp;Rechner:</translation>
    </message>
    <message>
        <source>ssh&apos;s default</source>
        <translation>Vorgabe von ssh</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>the current one</source>
        <translation>der aktuelle</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <source>enter a PID</source>
        <translation>PID eingeben</translation>
    </message>
    <message>
        <source>P&amp;ID of a process inside:</source>
        <translation>P&amp;ID eines Prozesses darin:</translation>
    </message>
    <message>
        <source>The command that starts procglass-agent; its standard input and output carry the connection. Edit it, or pick one used before.</source>
        <translation>Der Befehl, der procglass-agent startet; seine Standardeingabe und -ausgabe tragen die Verbindung. Bearbeiten Sie ihn oder wählen Sie einen früher benutzten.</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>A password may be asked: pkexec asks in a window of its own, ssh through your askpass program (or it uses your keys).</source>
        <translation>Vielleicht wird ein Passwort abgefragt: pkexec fragt in einem eigenen Fenster, ssh über Ihr Askpass-Programm (oder es nimmt Ihre Schlüssel).</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>Could not connect with %1: %2</source>
        <translation>Keine Verbindung mit %1: %2</translation>
    </message>
    <message>
        <source>P&amp;od:</source>
        <translation>P&amp;od:</translation>
    </message>
    <message>
        <source>C&amp;ontainer:</source>
        <translation>C&amp;ontainer:</translation>
    </message>
    <message>
        <source>Connecting with %1…</source>
        <translation>Verbinde mit %1 …</translation>
    </message>
    <message>
        <source>Enter the command that starts procglass-agent.</source>
        <translation>Geben Sie den Befehl ein, der procglass-agent startet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>nsenter runs the procglass-agent found inside those namespaces, with your rights (as root: every capability, outside a container&apos;s limits). Use it only for namespaces you trust; for a container, docker, podman or kubectl exec keep its limits.</source>
        <translation>nsenter startet den procglass-agent, der in diesen Namensräumen liegt, mit Ihren Rechten (als root: mit allen Capabilities, außerhalb der Grenzen eines Containers). Nur für Namensräume, denen Sie vertrauen; für einen Container behalten docker, podman oder kubectl exec seine Grenzen bei.</translation>
    </message>
</context>
<context>
    <name>procglass::DataInspector</name>
    <message>
        <source>needs %1 readable bytes</source>
        <translation>benötigt %1 lesbare Bytes</translation>
    </message>
</context>
<context>
    <name>procglass::DataInspectorView</name>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>Double-click to follow the pointer</source>
        <translation>Doppelklicken, um dem Zeiger zu folgen</translation>
    </message>
</context>
<context>
    <name>procglass::DiffMappingModel</name>
    <message>
        <source>Mapping</source>
        <translation>Speicherbereich</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>Wärme</translation>
    </message>
</context>
<context>
    <name>procglass::DiffPane</name>
    <message>
        <source>&amp;Next change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <source>&amp;Previous change</source>
        <translation>&amp;Vorherige Änderung</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show the next changed bytes after the memory view&apos;s cursor</source>
        <translation>Die nächsten geänderten Bytes nach dem Cursor der Speicheransicht anzeigen</translation>
    </message>
    <message>
        <source>Show the changed bytes before the memory view&apos;s cursor</source>
        <translation>Die geänderten Bytes vor dem Cursor der Speicheransicht anzeigen</translation>
    </message>
    <message>
        <source>Take a snapshot (Snapshots ▸ Take snapshot), let the target run, then compare: what changed is listed here.</source>
        <translation>Machen Sie eine Momentaufnahme (Momentaufnahmen ▸ Momentaufnahme erstellen), lassen Sie das Ziel laufen und vergleichen Sie dann: Was sich geändert hat, wird hier aufgeführt.</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>Vergleiche %1 mit %2…</translation>
    </message>
    <message>
        <source>%1 and %2 could not be compared: %3</source>
        <translation>%1 und %2 konnten nicht verglichen werden: %3</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 → %2: %3 of %4 mappings changed; %5 of %6 compared differ, in %7 ranges.</source>
        <translation>%1 → %2: %3 von %4 Speicherbereichen geändert; %5 von %6 verglichenen unterscheiden sich, in %7 Abschnitten.</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Die ersten %1 werden aufgeführt.</translation>
    </message>
    <message>
        <source>%1 (.bss)</source>
        <translation>%1 (.bss)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugekommen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>grown</source>
        <translation>gewachsen</translation>
    </message>
    <message>
        <source>shrunk</source>
        <translation>geschrumpft</translation>
    </message>
</context>
<context>
    <name>procglass::DiffRangeModel</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Speicherbereich</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>procglass::Disassembler</name>
    <message>
        <source>Capstone cannot disassemble for this machine: %1</source>
        <translation>Capstone kann für diese Maschine nicht disassemblieren: %1</translation>
    </message>
</context>
<context>
    <name>procglass::DisassemblyModel</name>
    <message>
        <source>%1 bytes cannot be read</source>
        <translation>%1 Bytes können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to follow; Alt+Left goes back</source>
        <translation>Doppelklicken (oder Eingabetaste), um zu folgen; Alt+Links geht zurück</translation>
    </message>
    <message>
        <source>These bytes cannot be read: not mapped, or the kernel refuses them</source>
        <translation>Diese Bytes können nicht gelesen werden: nicht eingeblendet, oder der Kernel verweigert sie</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>%1
Mangled: %2</source>
        <translation>%1
Kodierter Name: %2</translation>
    </message>
    <message>
        <source>Mangled: %1
Double-click (or Enter) to follow; Alt+Left goes back</source>
        <translation>Kodierter Name: %1
Doppelklicken (oder Eingabetaste), um zu folgen; Alt+Links geht zurück</translation>
    </message>
</context>
<context>
    <name>procglass::DumpCopier</name>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>procglass::ElfSegments</name>
    <message>
        <source>no ELF header</source>
        <translation>kein ELF-Kopf</translation>
    </message>
    <message>
        <source>not a 64-bit little-endian ELF image</source>
        <translation>kein 64-Bit-Little-Endian-ELF-Abbild</translation>
    </message>
    <message>
        <source>the program header table is not within the image&apos;s first 64 KiB</source>
        <translation>die Programmkopf-Tabelle liegt nicht in den ersten 64 KiB des Abbilds</translation>
    </message>
    <message>
        <source>the program header table is cut off</source>
        <translation>die Programmkopf-Tabelle ist abgeschnitten</translation>
    </message>
    <message>
        <source>a PT_LOAD ends past 2^64</source>
        <translation>ein PT_LOAD endet hinter 2^64</translation>
    </message>
</context>
<context>
    <name>procglass::Error</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>procglass::Format</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 TiB</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 PiB</translation>
    </message>
    <message>
        <source>%1 EiB</source>
        <translation>%1 EiB</translation>
    </message>
</context>
<context>
    <name>procglass::GuidedTour</name>
    <message>
        <source>A process&apos;s address space</source>
        <translation>Der Adressraum eines Prozesses</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every process sees its own range of addresses, from 0 up to 128 TiB on x86-64. Only parts of it are &lt;i&gt;mapped&lt;/i&gt;: backed by memory or by a file. The kernel lists them in &lt;tt&gt;/proc/PID/maps&lt;/tt&gt;, one line per mapping, and that is the table in the middle.&lt;/p&gt;&lt;p&gt;The picture on the right draws the same list from the top of the address space down; the hatched bars are the unmapped gaps, shortened. Click a block there or a row here, and the Explain tab below says what it is.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeder Prozess sieht seinen eigenen Adressbereich, von 0 bis 128 TiB auf x86-64. Nur Teile davon sind &lt;i&gt;eingeblendet&lt;/i&gt;, also mit Speicher oder einer Datei hinterlegt. Der Kernel listet sie in &lt;tt&gt;/proc/PID/maps&lt;/tt&gt; auf, eine Zeile pro Speicherbereich, und das ist die Tabelle in der Mitte.&lt;/p&gt;&lt;p&gt;Das Bild rechts zeichnet dieselbe Liste vom oberen Ende des Adressraums abwärts; die schraffierten Balken sind die nicht eingeblendeten Lücken, verkürzt dargestellt. Klicken Sie dort auf einen Block oder hier auf eine Zeile, und der Reiter „Erklärung“ unten sagt, was es ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The program&apos;s code</source>
        <translation>Der Code des Programms</translation>
    </message>
    <message>
        <source>The program&apos;s data</source>
        <translation>Die Daten des Programms</translation>
    </message>
    <message>
        <source>&lt;p&gt;Global variables with a starting value live in the &lt;i&gt;data&lt;/i&gt; segment: &lt;b&gt;rw-p&lt;/b&gt;. The &lt;b&gt;p&lt;/b&gt; means private: the first write to a page gives the process its own copy, and the file on disk never changes.&lt;/p&gt;&lt;p&gt;Just before it, &lt;b&gt;r--p&lt;/b&gt; pieces hold constants and the tables the loader fixed up and then made read-only.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Globale Variablen mit einem Anfangswert liegen im &lt;i&gt;data&lt;/i&gt;-Segment: &lt;b&gt;rw-p&lt;/b&gt;. Das &lt;b&gt;p&lt;/b&gt; steht für privat: Beim ersten Schreiben in eine Seite erhält der Prozess eine eigene Kopie, und die Datei auf der Festplatte ändert sich nie.&lt;/p&gt;&lt;p&gt;Direkt davor enthalten &lt;b&gt;r--p&lt;/b&gt;-Teile Konstanten und die Tabellen, die der Lader reloziert und danach schreibgeschützt gemacht hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The heap</source>
        <translation>Der Heap</translation>
    </message>
    <message>
        <source>&lt;p&gt;Above the program sits &lt;tt&gt;[heap]&lt;/tt&gt;. &lt;tt&gt;malloc()&lt;/tt&gt; carves small blocks out of it and moves its end with &lt;tt&gt;brk()&lt;/tt&gt; when it needs more. The gap below it is random: address space layout randomisation moves it on every start.&lt;/p&gt;&lt;p&gt;The demo keeps a string here; Target ▸ Search memory (Ctrl+Alt+F) for &lt;tt&gt;PROCGLASS&lt;/tt&gt; finds it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Oberhalb des Programms liegt &lt;tt&gt;[heap]&lt;/tt&gt;. &lt;tt&gt;malloc()&lt;/tt&gt; schneidet kleine Blöcke daraus heraus und verschiebt sein Ende mit &lt;tt&gt;brk()&lt;/tt&gt;, wenn es mehr braucht. Die Lücke darunter ist zufällig: Die Adressraum-Randomisierung verschiebt sie bei jedem Start.&lt;/p&gt;&lt;p&gt;Das Demo-Ziel legt hier eine Zeichenkette ab; eine Suche nach &lt;tt&gt;PROCGLASS&lt;/tt&gt; mit Ziel ▸ Speicher durchsuchen (Strg+Alt+F) findet sie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Big anonymous blocks</source>
        <translation>Große anonyme Blöcke</translation>
    </message>
    <message>
        <source>Shared libraries</source>
        <translation>Gemeinsame Bibliotheken</translation>
    </message>
    <message>
        <source>&lt;p&gt;High up are the shared libraries the loader mapped before &lt;tt&gt;main()&lt;/tt&gt; ran: the C library, the C++ library, the loader itself (&lt;tt&gt;ld-linux&lt;/tt&gt;). Each is mapped like the program: code, read-only data, data, and a &lt;i&gt;.bss&lt;/i&gt; part for zero-filled variables that the file does not store.&lt;/p&gt;&lt;p&gt;All processes that use libc share the same pages of its code in RAM.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Weit oben liegen die gemeinsamen Bibliotheken, die der Lader eingeblendet hat, bevor &lt;tt&gt;main()&lt;/tt&gt; lief: die C-Bibliothek, die C++-Bibliothek und der Lader selbst (&lt;tt&gt;ld-linux&lt;/tt&gt;). Jede ist wie das Programm eingeblendet: Code, schreibgeschützte Daten, Daten und ein &lt;i&gt;.bss&lt;/i&gt;-Teil für mit Nullen gefüllte Variablen, die die Datei nicht speichert.&lt;/p&gt;&lt;p&gt;Alle Prozesse, die libc nutzen, teilen sich dieselben Seiten ihres Codes im RAM.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Thread stacks and guard pages</source>
        <translation>Thread-Stacks und Schutzseiten</translation>
    </message>
    <message>
        <source>&lt;p&gt;The demo runs three extra threads. Each got an 8 MiB stack from the thread library, and below each stack a page with no permissions at all: &lt;b&gt;---p&lt;/b&gt;, a &lt;i&gt;guard page&lt;/i&gt;. Stacks grow downwards; a thread that runs off its stack hits the guard page and crashes at once instead of silently overwriting its neighbour.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Demo-Ziel führt drei zusätzliche Threads aus. Jeder hat von der Thread-Bibliothek einen Stack von 8 MiB bekommen und unter jedem Stack eine Seite ganz ohne Rechte: &lt;b&gt;---p&lt;/b&gt;, eine &lt;i&gt;Schutzseite&lt;/i&gt;. Stacks wachsen nach unten; ein Thread, der über seinen Stack hinausläuft, trifft auf die Schutzseite und stürzt sofort ab, statt unbemerkt seinen Nachbarn zu überschreiben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The main stack</source>
        <translation>Der Haupt-Stack</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;tt&gt;[stack]&lt;/tt&gt; near the top is the main thread&apos;s stack. Before the program ran, the kernel wrote its arguments, its environment and the &lt;i&gt;auxiliary vector&lt;/i&gt; at the top of it.&lt;/p&gt;&lt;p&gt;The Start-up vector tab shows that vector: AT_EXECFN points to the program&apos;s file name on this stack, AT_RANDOM to 16 random bytes the C library seeds its stack protector with.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;tt&gt;[stack]&lt;/tt&gt; nahe dem oberen Ende ist der Stack des Haupt-Threads. Bevor das Programm lief, hat der Kernel dessen Argumente, dessen Umgebung und den &lt;i&gt;Hilfsvektor&lt;/i&gt; an das obere Ende des Stacks geschrieben.&lt;/p&gt;&lt;p&gt;Der Reiter „Startvektor“ zeigt diesen Vektor: AT_EXECFN zeigt auf den Dateinamen des Programms auf diesem Stack, AT_RANDOM auf 16 zufällige Bytes, aus denen die C-Bibliothek den Startwert für ihren Stack-Schutz gewinnt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>[vdso]: the kernel&apos;s library</source>
        <translation>[vdso]: die Bibliothek des Kernels</translation>
    </message>
    <message>
        <source>&lt;p&gt;The kernel maps a tiny shared library into every process, the &lt;tt&gt;[vdso]&lt;/tt&gt;. It holds &lt;tt&gt;clock_gettime()&lt;/tt&gt; and a few other calls that can answer without entering the kernel. AT_SYSINFO_EHDR in the start-up vector is its address: that is how the C library finds it.&lt;/p&gt;&lt;p&gt;Its first bytes are a real ELF header (&lt;tt&gt;7f 45 4c 46&lt;/tt&gt;); double-click the AT_SYSINFO_EHDR row to see them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Kernel blendet eine winzige gemeinsame Bibliothek in jeden Prozess ein, &lt;tt&gt;[vdso]&lt;/tt&gt;. Sie enthält &lt;tt&gt;clock_gettime()&lt;/tt&gt; und einige andere Aufrufe, die antworten können, ohne in den Kernel zu wechseln. AT_SYSINFO_EHDR im Startvektor ist ihre Adresse: So findet die C-Bibliothek sie.&lt;/p&gt;&lt;p&gt;Ihre ersten Bytes sind ein echter ELF-Header (&lt;tt&gt;7f 45 4c 46&lt;/tt&gt;); doppelklicken Sie auf die Zeile AT_SYSINFO_EHDR, um sie zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>[vvar]: readable, yet not readable</source>
        <translation>[vvar]: lesbar und doch nicht lesbar</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next to the [vdso] lies &lt;tt&gt;[vvar]&lt;/tt&gt;: the clock data the [vdso] code reads. Its permissions say &lt;b&gt;r&lt;/b&gt;, but it is not ordinary memory, and a debugger reading it gets an error. The memory view marks such bytes as unreadable instead of inventing them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Neben [vdso] liegt &lt;tt&gt;[vvar]&lt;/tt&gt;: die Uhrdaten, die der Code in [vdso] liest. Seine Rechte lauten &lt;b&gt;r&lt;/b&gt;, aber er ist kein gewöhnlicher Speicher, und ein Debugger, der ihn liest, bekommt einen Fehler. Die Speicheransicht kennzeichnet solche Bytes als nicht lesbar, statt sie zu erfinden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where the program starts</source>
        <translation>Wo das Programm beginnt</translation>
    </message>
    <message>
        <source>&lt;p&gt;AT_ENTRY in the start-up vector is the program&apos;s entry point, &lt;tt&gt;_start&lt;/tt&gt;: the loader jumps there once the libraries are mapped, and &lt;tt&gt;_start&lt;/tt&gt; calls &lt;tt&gt;main()&lt;/tt&gt; through the C library. This is its code, disassembled.&lt;/p&gt;</source>
        <translation>&lt;p&gt;AT_ENTRY im Startvektor ist der Einsprungpunkt des Programms, &lt;tt&gt;_start&lt;/tt&gt;: Dorthin springt der Lader, sobald die Bibliotheken eingeblendet sind, und &lt;tt&gt;_start&lt;/tt&gt; ruft über die C-Bibliothek &lt;tt&gt;main()&lt;/tt&gt; auf. Dies ist sein Code, disassembliert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How much of it is in RAM</source>
        <translation>Wie viel davon im RAM liegt</translation>
    </message>
    <message>
        <source>&lt;p&gt;The address space is much larger than the memory the process uses. The Process tab reads &lt;tt&gt;/proc/PID/status&lt;/tt&gt;: &lt;i&gt;Virtual size&lt;/i&gt; counts everything mapped, &lt;i&gt;Resident memory&lt;/i&gt; only the pages in RAM right now. Reserved stacks and untouched blocks cost address space, not memory.&lt;/p&gt;&lt;p&gt;That is the tour. Open any of your own processes from the list on the left and explore it the same way.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Adressraum ist viel größer als der Speicher, den der Prozess nutzt. Der Reiter „Prozess“ liest &lt;tt&gt;/proc/PID/status&lt;/tt&gt;: &lt;i&gt;Virtuelle Größe&lt;/i&gt; zählt alles Eingeblendete, &lt;i&gt;Residenter Speicher&lt;/i&gt; nur die Seiten, die gerade im RAM liegen. Reservierte Stacks und unberührte Blöcke kosten Adressraum, keinen Speicher.&lt;/p&gt;&lt;p&gt;Das war der Rundgang. Öffnen Sie einen beliebigen Ihrer eigenen Prozesse aus der Liste links und erkunden Sie ihn auf dieselbe Weise.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Bac&amp;k</source>
        <translation>Zu&amp;rück</translation>
    </message>
    <message>
        <source>En&amp;d tour</source>
        <translation>R&amp;undgang beenden</translation>
    </message>
    <message>
        <source>End the tour (Esc)</source>
        <translation>Den Rundgang beenden (Esc)</translation>
    </message>
    <message>
        <source>Fi&amp;nish</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&lt;p&gt;The kernel mapped the program&apos;s file, &lt;tt&gt;procglass-demo&lt;/tt&gt;, in several pieces. This one is its machine code, the &lt;i&gt;text&lt;/i&gt; segment: &lt;b&gt;r-x&lt;/b&gt;, readable and executable but never writable, so that a bug cannot overwrite the code.&lt;/p&gt;&lt;p&gt;Explain below gives its offset: the mapping shows the file from that offset on. The device and inode there name the file itself (right-click the column titles to show them in the table too).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Kernel hat die Datei des Programms, &lt;tt&gt;procglass-demo&lt;/tt&gt;, in mehreren Teilen eingeblendet. Dieser Teil enthält den Maschinencode, das &lt;i&gt;text&lt;/i&gt;-Segment: &lt;b&gt;r-x&lt;/b&gt;, lesbar und ausführbar, aber niemals schreibbar, damit ein Fehler den Code nicht überschreiben kann.&lt;/p&gt;&lt;p&gt;Die Erklärung unten nennt seinen Offset: Der Speicherbereich zeigt die Datei ab diesem Offset. Gerät und Inode dort bezeichnen die Datei selbst (ein Rechtsklick auf die Spaltenköpfe blendet sie auch in der Tabelle ein).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Large allocations do not come from the heap: &lt;tt&gt;malloc()&lt;/tt&gt; asks the kernel for a mapping of their own with &lt;tt&gt;mmap()&lt;/tt&gt;. This 64 MiB block of random bytes is one. No file is behind it (device 00:00 and inode 0, as Explain says); its pages are zeros until written.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Große Speicheranforderungen kommen nicht aus dem Heap: &lt;tt&gt;malloc()&lt;/tt&gt; fordert dafür mit &lt;tt&gt;mmap()&lt;/tt&gt; beim Kernel einen eigenen Speicherbereich an. Dieser 64 MiB große Block mit Zufallsbytes ist einer davon. Keine Datei steht dahinter (Gerät 00:00 und Inode 0, wie die Erklärung sagt); seine Seiten sind mit Nullen gefüllt, bis etwas hineingeschrieben wird.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>procglass::HexView</name>
    <message>
        <source>··· nothing mapped: %1 from %2 to %3 ···</source>
        <translation>··· nichts eingeblendet: %1 von %2 bis %3 ···</translation>
    </message>
    <message>
        <source>The byte at %1 is still being read; try again in a moment.</source>
        <translation>Das Byte an %1 wird noch gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The byte at %1 cannot be read, so it cannot be edited.</source>
        <translation>Das Byte an %1 kann nicht gelesen und daher nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Copy as &amp;hex</source>
        <translation>Als &amp;Hex kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation>Als &amp;Text kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;C array</source>
        <translation>Als &amp;C-Array kopieren</translation>
    </message>
    <message>
        <source>&amp;Bytes per row</source>
        <translation>&amp;Bytes pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Group bytes by</source>
        <translation>Bytes &amp;gruppieren nach</translation>
    </message>
    <message>
        <source>Te&amp;xt column</source>
        <translation>Te&amp;xtspalte</translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation>ASCII</translation>
    </message>
    <message>
        <source>Latin-1</source>
        <translation>Latin-1</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>&amp;Keep in memory</source>
        <translation>Im &amp;Speicher behalten</translation>
    </message>
    <message>
        <source>%1 MiB of pages</source>
        <translation>%1 MiB an Seiten</translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation>nicht eingeblendet</translation>
    </message>
    <message>
        <source>Copy as c&amp;ode…</source>
        <translation>Als C&amp;ode kopieren…</translation>
    </message>
    <message>
        <source>&amp;Export selection…</source>
        <translation>Auswahl &amp;exportieren…</translation>
    </message>
    <message>
        <source>was 0x%1 in %2</source>
        <translation>war 0x%1 in %2</translation>
    </message>
    <message>
        <source>unchanged since %1</source>
        <translation>unverändert seit %1</translation>
    </message>
    <message>
        <source>not in %1</source>
        <translation>nicht in %1</translation>
    </message>
</context>
<context>
    <name>procglass::HitSet</name>
    <message>
        <source>%1 is not a hit set saved by Procglass.</source>
        <translation>%1 ist keine von Procglass gespeicherte Treffermenge.</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Der Scan wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A value scan needs a pattern of the value&apos;s size (%1 bytes), not %2.</source>
        <translation>Ein Wertescan braucht ein Muster in der Größe des Werts (%1 Bytes), nicht %2.</translation>
    </message>
    <message>
        <source>The data</source>
        <translation>Der Inhalt</translation>
    </message>
    <message>
        <source>%1 is not a hit set saved by Procglass: it has holes (a sparse file), so its size claims hits it does not hold.</source>
        <translation>%1 ist keine von Procglass gespeicherte Treffermenge: Sie hat Lücken (eine dünn besetzte Datei), daher behauptet ihre Größe Treffer, die sie nicht enthält.</translation>
    </message>
</context>
<context>
    <name>procglass::Hold</name>
    <message>
        <source>Process %1 has exited.</source>
        <translation>Prozess %1 wurde beendet.</translation>
    </message>
    <message>
        <source>Cannot stop process %1</source>
        <translation>Prozess %1 kann nicht angehalten werden</translation>
    </message>
    <message>
        <source>Cannot stop thread %1 of process %2</source>
        <translation>Thread %1 von Prozess %2 kann nicht angehalten werden</translation>
    </message>
    <message>
        <source>Thread %1 of process %2 did not stop in time (state %3%4). Try again, or read without stopping the target.</source>
        <translation>Thread %1 von Prozess %2 hat nicht rechtzeitig angehalten (Zustand %3%4). Versuchen Sie es erneut, oder lesen Sie, ohne das Ziel anzuhalten.</translation>
    </message>
    <message>
        <source>: waiting inside the kernel, e.g. for a disk or a network file system</source>
        <translation>: wartet im Kernel, z. B. auf eine Festplatte oder ein Netzwerkdateisystem</translation>
    </message>
    <message>
        <source>Cannot release thread %1 of process %2</source>
        <translation>Thread %1 von Prozess %2 kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>Thread %1 of process %2 is still busy in the kernel; it will run again when Procglass closes the target.</source>
        <translation>Thread %1 von Prozess %2 ist noch im Kernel beschäftigt; er läuft wieder, wenn Procglass das Ziel schließt.</translation>
    </message>
    <message>
        <source>Cannot read the registers of thread %1</source>
        <translation>Die Register von Thread %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Procglass stopped waiting for process %1 to stop: the target was closed.</source>
        <translation>Procglass wartet nicht mehr darauf, dass Prozess %1 anhält: Das Ziel wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>procglass::ImageFile</name>
    <message>
        <source>%1 is not the file the process mapped (not a regular file, or another device or inode); its symbols are left out.</source>
        <translation>%1 ist nicht die Datei, die der Prozess eingeblendet hat (keine reguläre Datei oder ein anderes Gerät bzw. ein anderer Inode); ihre Symbole werden ausgelassen.</translation>
    </message>
    <message>
        <source>%1 on this computer is not the file the process mapped; its symbols are left out.</source>
        <translation>%1 auf diesem Computer ist nicht die Datei, die der Prozess eingeblendet hat; ihre Symbole werden ausgelassen.</translation>
    </message>
</context>
<context>
    <name>procglass::InfoPane</name>
    <message>
        <source>Select a mapping to see what it is.</source>
        <translation>Wählen Sie einen Speicherbereich aus, um zu sehen, worum es sich dabei handelt.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Zeigt auf</translation>
    </message>
    <message>
        <source>Double-click an address to see it in the memory view (AT_ENTRY: in the Code tab)</source>
        <translation>Auf eine Adresse doppelklicken, um sie in der Speicheransicht anzuzeigen (AT_ENTRY: im Code-Reiter)</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>Er&amp;klärung</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>Pr&amp;ozess</translation>
    </message>
    <message>
        <source>What the selected mapping is, what its permissions mean, where its bytes come from</source>
        <translation>Was der ausgewählte Speicherbereich ist, was seine Rechte bedeuten und woher seine Bytes stammen</translation>
    </message>
    <message>
        <source>/proc/PID/status in plain words: state, tracer, threads, memory use</source>
        <translation>/proc/PID/status in einfachen Worten: Zustand, Tracer, Threads, Speichernutzung</translation>
    </message>
    <message>
        <source>What the kernel told the program at start-up (/proc/PID/auxv)</source>
        <translation>Was der Kernel dem Programm beim Start mitgeteilt hat (/proc/PID/auxv)</translation>
    </message>
    <message>
        <source>Show its bytes</source>
        <translation>Bytes anzeigen</translation>
    </message>
    <message>
        <source>Show its code</source>
        <translation>Code anzeigen</translation>
    </message>
    <message>
        <source>Start-&amp;up vector (auxv)</source>
        <translation>Start&amp;vektor (auxv)</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Nicht angezeigt</translation>
    </message>
    <message>
        <source>memory, mappings, start-up vector</source>
        <translation>Speicher, Speicherbereiche, Startvektor</translation>
    </message>
</context>
<context>
    <name>procglass::LinuxTarget</name>
    <message>
        <source>Cannot open process %1</source>
        <translation>Prozess %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open the memory of process %1</source>
        <translation>Der Speicher von Prozess %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Process %1%2 has exited.</source>
        <translation>Prozess %1%2 wurde beendet.</translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <translation>Prozess %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read the memory of process %1</source>
        <translation>Der Speicher von Prozess %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot open the memory of process %1 for writing</source>
        <translation>Der Speicher von Prozess %1 kann nicht zum Schreiben geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot write %1 bytes at 0x%2 in process %3</source>
        <translation>%1 Bytes können nicht an 0x%2 in Prozess %3 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>procglass::LocalBaseline</name>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Der Scan wurde abgebrochen.</translation>
    </message>
    <message>
        <source>An unknown-value scan&apos;s next step compares with the values before: changed, unchanged, increased, decreased or by N. Search for a value with a new search.</source>
        <translation>Der nächste Schritt eines Scans mit unbekanntem Wert vergleicht mit den vorherigen Werten: geändert, unverändert, gestiegen, gesunken oder um N. Suchen Sie nach einem Wert mit einer neuen Suche.</translation>
    </message>
</context>
<context>
    <name>procglass::LocalHost</name>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
</context>
<context>
    <name>procglass::MainWindow</name>
    <message>
        <source>The demo target %1 could not be started: %2</source>
        <translation>Das Demo-Ziel %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>write of %n byte(s) at %1</source>
        <translation>
            <numerusform>(Schreiben von %n Byte an %1)</numerusform>
            <numerusform>(Schreiben von %n Bytes an %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Address now</source>
        <translation>Aktuelle Adresse</translation>
    </message>
    <message>
        <source>Bookmarks of this executable, kept between runs. Double-click to show the memory; Delete removes one.</source>
        <translation>Lesezeichen dieser ausführbaren Datei, über Programmläufe hinweg gespeichert. Doppelklick zeigt den Speicher an; Entf entfernt ein Lesezeichen.</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Lesezeichen entfernen</translation>
    </message>
    <message>
        <source>Procglass runs as %1 (uid %2)%3</source>
        <translation>Procglass läuft als %1 (uid %2)%3</translation>
    </message>
    <message>
        <source>, may read every process</source>
        <translation>, darf jeden Prozess lesen</translation>
    </message>
    <message>
        <source>Add &amp;bookmark at the cursor…</source>
        <translation>&amp;Lesezeichen an der Cursorposition hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Go to address</source>
        <translation>Gehe zu Adresse</translation>
    </message>
    <message>
        <source>Address: hexadecimal (0x7ffd1234), a region ([heap], [stack]+0x10) or a file (libc.so.6+0x1234)</source>
        <translation>Adresse: hexadezimal (0x7ffd1234), ein Bereich ([heap], [stack]+0x10) oder eine Datei (libc.so.6+0x1234)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Auto-refresh interval</source>
        <translation>Intervall für automatisches Aktualisieren</translation>
    </message>
    <message>
        <source>No process is open: nothing was written.</source>
        <translation>Kein Prozess geöffnet: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Undoing the write at %1 failed: %2</source>
        <translation>Rückgängigmachen des Schreibvorgangs an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Writing at %1 failed: %2</source>
        <translation>Schreiben an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Wrote %1 bytes at %2</source>
        <translation>%1 Bytes an %2 geschrieben</translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation>Lesezeichen hinzufügen</translation>
    </message>
    <message>
        <source>Name for %1 (kept for %2):</source>
        <translation>Name für %1 (gespeichert für %2):</translation>
    </message>
    <message>
        <source>not mapped in this run</source>
        <translation>in diesem Lauf nicht eingeblendet</translation>
    </message>
    <message>
        <source>Selected %1 bytes (%2) from %3</source>
        <translation>%1 Bytes (%2) ab %3 ausgewählt</translation>
    </message>
    <message>
        <source>%1: not mapped</source>
        <translation>%1: nicht eingeblendet</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Process %1 cannot be read</source>
        <translation>Prozess %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No process open. Double-click one in the list.</source>
        <translation>Kein Prozess geöffnet. Doppelklicken Sie auf einen Prozess in der Liste.</translation>
    </message>
    <message>
        <source>Procglass</source>
        <translation>Procglass</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the memory map could not be read and are not shown.</source>
        <translation>
            <numerusform>%n Zeile der Speicherkarte konnte nicht gelesen werden und wird nicht angezeigt.</numerusform>
            <numerusform>%n Zeilen der Speicherkarte konnten nicht gelesen werden und werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>The process has exited. Its last memory map stays on screen.</source>
        <translation>Der Prozess wurde beendet. Seine letzte Speicherkarte bleibt sichtbar.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>Open a &amp;bundle…</source>
        <translation>&amp;Paket öffnen…</translation>
    </message>
    <message>
        <source>Browse a process saved with File &gt; Export &gt; Process as a bundle, offline</source>
        <translation>Einen mit Datei &gt; Exportieren &gt; Prozess als Paket gespeicherten Prozess offline durchsehen</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Paket öffnen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Selected mappings as &amp;raw bytes…</source>
        <translation>Ausgewählte Speicherbereiche als &amp;Rohdaten…</translation>
    </message>
    <message>
        <source>Process as a &amp;bundle…</source>
        <translation>Prozess als &amp;Paket…</translation>
    </message>
    <message>
        <source>Process as an ELF &amp;core…</source>
        <translation>Prozess als ELF-&amp;Core…</translation>
    </message>
    <message>
        <source>Memory view &amp;selection as raw bytes…</source>
        <translation>&amp;Auswahl der Speicheransicht als Rohdaten…</translation>
    </message>
    <message>
        <source>Save [&amp;vdso] as an ELF file…</source>
        <translation>[&amp;vdso] als ELF-Datei speichern…</translation>
    </message>
    <message>
        <source>The kernel maps a small shared library into every process: save it, then try `file` and `objdump -T` on it</source>
        <translation>Der Kernel blendet in jeden Prozess eine kleine gemeinsame Bibliothek ein: Speichern Sie sie und probieren Sie dann `file` und `objdump -T` damit aus</translation>
    </message>
    <message>
        <source>&amp;Search memory…</source>
        <translation>Speicher &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Search the process&apos;s memory for bytes, text, numbers or a regular expression</source>
        <translation>Den Speicher des Prozesses nach Bytes, Text, Zahlen oder einem regulären Ausdruck durchsuchen</translation>
    </message>
    <message>
        <source>Show &amp;code at the cursor</source>
        <translation>&amp;Code an der Cursorposition anzeigen</translation>
    </message>
    <message>
        <source>Hold the target to change its memory: nothing was written.</source>
        <translation>Halten Sie das Ziel an, um seinen Speicher zu ändern: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Select the mappings to export in the Mappings table first.</source>
        <translation>Wählen Sie zuerst in der Tabelle „Speicherbereiche“ die zu exportierenden Speicherbereiche aus.</translation>
    </message>
    <message>
        <source>Select bytes in the Memory view first (drag, or Shift+arrows).</source>
        <translation>Wählen Sie zuerst in der Speicheransicht Bytes aus (ziehen oder Umschalt+Pfeiltasten).</translation>
    </message>
    <message>
        <source>This process has no [vdso] mapping.</source>
        <translation>Dieser Prozess hat keinen [vdso]-Speicherbereich.</translation>
    </message>
    <message>
        <source>Export a bundle (a new folder)</source>
        <translation>Paket exportieren (ein neuer Ordner)</translation>
    </message>
    <message>
        <source>Save an ELF core</source>
        <translation>ELF-Core speichern</translation>
    </message>
    <message>
        <source>Export raw bytes</source>
        <translation>Rohdaten exportieren</translation>
    </message>
    <message>
        <source>%1 exists. Replace it? Only a Procglass bundle is replaced.</source>
        <translation>%1 existiert bereits. Ersetzen? Ersetzt wird nur ein Procglass-Paket.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Writing %1
%2 of %3; the process is stopped meanwhile.</source>
        <translation>%1 wird geschrieben
%2 von %3; der Prozess ist währenddessen angehalten.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, readable by you only).</source>
        <translation>%1 geschrieben (%2, nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>&amp;Search in selected mappings…</source>
        <translation>In ausgewählten Speicherbereichen &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Export selected mappings…</source>
        <translation>Ausgewählte Speicherbereiche &amp;exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>Bundle of process %1 (%2), saved %3: %n mapping(s), read-only</source>
        <translation>
            <numerusform>Paket von Prozess %1 (%2), gespeichert am %3: %n Speicherbereich, schreibgeschützt</numerusform>
            <numerusform>Paket von Prozess %1 (%2), gespeichert am %3: %n Speicherbereiche, schreibgeschützt</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown executable</source>
        <translation>unbekannte ausführbare Datei</translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation>offline: %1</translation>
    </message>
    <message>
        <source>%1 (bundle) — Procglass</source>
        <translation>%1 (Paket) — Procglass</translation>
    </message>
    <message>
        <source>The export was cancelled: the target was closed.</source>
        <translation>Der Export wurde abgebrochen: Das Ziel wurde geschlossen.</translation>
    </message>
    <message>
        <source>About Procglass</source>
        <translation>Über Procglass</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Procglass %1&lt;/h3&gt;&lt;p&gt;See inside the memory of a running process: its mappings, its bytes, its code.&lt;/p&gt;&lt;p&gt;Qt %2; code highlighting: %3.&lt;/p&gt;&lt;p&gt;The user guide is in &lt;tt&gt;docs/user-guide.md&lt;/tt&gt; of the source tree; Help ▸ Guided tour walks through a process&apos;s memory layout.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Procglass %1&lt;/h3&gt;&lt;p&gt;Ein Blick in den Speicher eines laufenden Prozesses: seine Speicherbereiche, seine Bytes, sein Code.&lt;/p&gt;&lt;p&gt;Qt %2; Code-Hervorhebung: %3.&lt;/p&gt;&lt;p&gt;Das Benutzerhandbuch liegt im Quellbaum unter &lt;tt&gt;docs/user-guide.md&lt;/tt&gt;; Hilfe ▸ Rundgang führt durch den Speicheraufbau eines Prozesses.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Guided tour</source>
        <translation>Rundgang</translation>
    </message>
    <message>
        <source>none, code is plain text</source>
        <translation>keine, Code wird als reiner Text gezeigt</translation>
    </message>
    <message>
        <source>This bundle does not have it: it was saved by an older Procglass, or the file could not be read when it was saved.</source>
        <translation>Dieses Paket enthält es nicht: Es wurde von einem älteren Procglass gespeichert, oder die Datei war beim Speichern nicht lesbar.</translation>
    </message>
    <message>
        <source>Show &amp;Kernel Threads</source>
        <translation>&amp;Kernel-Threads anzeigen</translation>
    </message>
    <message>
        <source>List kernel threads too. They run inside the kernel and have no user address space to show.</source>
        <translation>Auch Kernel-Threads auflisten. Sie laufen im Kernel und haben keinen Benutzer-Adressraum, den man zeigen könnte.</translation>
    </message>
    <message>
        <source>%1 could not be read and are zeros; %2 lists where.</source>
        <translation>%1 konnten nicht gelesen werden und sind mit Nullen gefüllt; %2 verzeichnet, wo.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read and are written as zeros in the core, which cannot mark them: a debugger shows zeros there as if the process held them (%2).</source>
        <translation>%1 konnten nicht gelesen werden und stehen als Nullen im Core, der sie nicht kennzeichnen kann: Ein Debugger zeigt dort Nullen, als hätte der Prozess sie enthalten (%2).</translation>
    </message>
    <message>
        <source>Mangled: %1</source>
        <translation>Kodierter Name: %1</translation>
    </message>
    <message>
        <source>Procglass cannot read this process&apos;s memory, so its mappings, bytes and start-up vector are not shown. %1 What is shown here comes from /proc/PID/status, which anyone may read.</source>
        <translation>Procglass kann den Speicher dieses Prozesses nicht lesen, daher werden seine Speicherbereiche, Bytes und sein Startvektor nicht angezeigt. %1 Was hier steht, stammt aus /proc/PID/status, das jeder lesen darf.</translation>
    </message>
    <message>
        <source>Opening process %1…</source>
        <translation>Prozess %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening the bundle %1…</source>
        <translation>Paket %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Process %1 (%2): %3 mappings, %4 of address space</source>
        <translation>Prozess %1 (%2): %3 Speicherbereiche, %4 Adressraum</translation>
    </message>
    <message>
        <source>%1 (%2): held — every thread stopped</source>
        <translation>%1 (%2): angehalten — alle Threads gestoppt</translation>
    </message>
    <message>
        <source>%1 (%2): exited</source>
        <translation>%1 (%2): beendet</translation>
    </message>
    <message>
        <source>%1 (%2): running</source>
        <translation>%1 (%2): läuft</translation>
    </message>
    <message>
        <source>%1 (%2) — Procglass</source>
        <translation>%1 (%2) — Procglass</translation>
    </message>
    <message>
        <source>the process exited</source>
        <translation>der Prozess wurde beendet</translation>
    </message>
    <message>
        <source>The memory from %1 on cannot be shown: %2. What was read before stays on screen.</source>
        <translation>Der Speicher ab %1 kann nicht angezeigt werden: %2. Was vorher gelesen wurde, bleibt sichtbar.</translation>
    </message>
    <message>
        <source>Co&amp;nnect…</source>
        <translation>&amp;Verbinden …</translation>
    </message>
    <message>
        <source>Read the processes of another user, machine or container through procglass-agent</source>
        <translation>Prozesse eines anderen Benutzers, Rechners oder Containers über procglass-agent lesen</translation>
    </message>
    <message>
        <source>Disconnec&amp;t</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Close the connection to the agent and read this computer&apos;s processes again</source>
        <translation>Die Verbindung zum Agenten schließen und wieder die Prozesse dieses Computers lesen</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde …</translation>
    </message>
    <message>
        <source>Connected with %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Could not connect with %1: %2</source>
        <translation>Keine Verbindung mit %1: %2</translation>
    </message>
    <message>
        <source>Connecting with %1… (a password may be asked)</source>
        <translation>Verbinde mit %1 … (vielleicht wird ein Passwort abgefragt)</translation>
    </message>
    <message>
        <source>Disconnected: the processes of this computer again</source>
        <translation>Getrennt: wieder die Prozesse dieses Computers</translation>
    </message>
    <message>
        <source>Connection lost: %1 (%2)</source>
        <translation>Verbindung verloren: %1 (%2)</translation>
    </message>
    <message>
        <source>Reading on %1 as %2 (uid %3) through %4</source>
        <translation>Lese auf %1 als %2 (UID %3) über %4</translation>
    </message>
    <message>
        <source>the agent stopped answering</source>
        <translation>der Agent antwortet nicht mehr</translation>
    </message>
    <message>
        <source>The connection to %1 (%2) was lost: %3. What was read stays on screen; File ▸ Disconnect reads this computer again, File ▸ Connect… connects anew.</source>
        <translation>Die Verbindung zu %1 (%2) ist verloren: %3. Was gelesen wurde, bleibt sichtbar; Datei ▸ Trennen liest wieder diesen Computer, Datei ▸ Verbinden … verbindet neu.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost</source>
        <translation>Die Verbindung zu %1 ist verloren</translation>
    </message>
    <message>
        <source>Process %1 (%2) on %3, read as %4: %5 mappings, %6 of address space</source>
        <translation>Prozess %1 (%2) auf %3, gelesen als %4: %5 Mappings, %6 Adressraum</translation>
    </message>
    <message>
        <source>%1 (%2) on %3 (%4, as %5)</source>
        <translation>%1 (%2) auf %3 (%4, als %5)</translation>
    </message>
    <message>
        <source>%1: held — every thread stopped</source>
        <translation>%1: angehalten — alle Threads gestoppt</translation>
    </message>
    <message>
        <source>%1: exited</source>
        <translation>%1: beendet</translation>
    </message>
    <message>
        <source>%1: connection lost</source>
        <translation>%1: Verbindung verloren</translation>
    </message>
    <message>
        <source>%1: running</source>
        <translation>%1: läuft</translation>
    </message>
    <message>
        <source>%1 (%2) on %3 as %4 — Procglass</source>
        <translation>%1 (%2) auf %3 als %4 — Procglass</translation>
    </message>
    <message>
        <source>the connection to the agent was lost</source>
        <translation>die Verbindung zum Agenten ist verloren</translation>
    </message>
    <message>
        <source>The path on %1, where the agent writes it (absolute, such as %2). The agent refuses folders its rules forbid, and does not replace what is there.</source>
        <translation>Der Pfad auf %1, an den der Agent schreibt (absolut, etwa %2). Der Agent lehnt Ordner ab, die seine Regeln verbieten, und ersetzt nichts, was schon da ist.</translation>
    </message>
    <message>
        <source>%1 is not an absolute path. On the agent&apos;s machine, give the whole path from /, such as %2.</source>
        <translation>%1 ist kein absoluter Pfad. Geben Sie auf dem Rechner des Agenten den ganzen Pfad ab / an, etwa %2.</translation>
    </message>
    <message>
        <source>Where should the export be written?</source>
        <translation>Wohin soll der Export geschrieben werden?</translation>
    </message>
    <message>
        <source>This process is read through procglass-agent on %1. On this computer: the bytes travel over the connection and you choose a file here. On the agent&apos;s machine: the agent writes the file there, readable by its user only, and only the report travels; you type the path.</source>
        <translation>Dieser Prozess wird über procglass-agent auf %1 gelesen. Auf diesem Computer: die Bytes gehen über die Verbindung, und Sie wählen hier eine Datei. Auf dem Rechner des Agenten: der Agent schreibt die Datei dort, nur für seinen Benutzer lesbar, und nur der Bericht kommt zurück; Sie tippen den Pfad.</translation>
    </message>
    <message>
        <source>On this computer…</source>
        <translation>Auf diesem Computer …</translation>
    </message>
    <message>
        <source>On %1 (the agent&apos;s machine)…</source>
        <translation>Auf %1 (dem Rechner des Agenten) …</translation>
    </message>
    <message>
        <source>Wrote %1 on the agent&apos;s machine (%2, readable by the agent&apos;s user only).</source>
        <translation>%1 auf dem Rechner des Agenten geschrieben (%2, nur für den Benutzer des Agenten lesbar).</translation>
    </message>
    <message>
        <source>The process can no longer be written to: nothing was written.</source>
        <translation>In den Prozess kann nicht mehr geschrieben werden: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>Beobachtungsliste</translation>
    </message>
    <message>
        <source>&amp;Watch list</source>
        <translation>Beobachtungs&amp;liste</translation>
    </message>
    <message>
        <source>Save the &amp;watch list…</source>
        <translation>Beobachtungsliste spe&amp;ichern…</translation>
    </message>
    <message>
        <source>&amp;Load a watch list…</source>
        <translation>Beobachtungsliste &amp;laden…</translation>
    </message>
    <message numerus="yes">
        <source>❄ %n value(s) frozen</source>
        <translation>
            <numerusform>❄ %n Wert eingefroren</numerusform>
            <numerusform>❄ %n Werte eingefroren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Procglass writes %n value(s) into the process ten times a second (Watch list).</source>
        <translation>
            <numerusform>Procglass schreibt %n Wert zehnmal pro Sekunde in den Prozess (Beobachtungsliste).</numerusform>
            <numerusform>Procglass schreibt %n Werte zehnmal pro Sekunde in den Prozess (Beobachtungsliste).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>procglass::MemorySource</name>
    <message>
        <source>The range 0x%1 + %2 bytes runs past the end of the address space.</source>
        <translation>Der Bereich 0x%1 + %2 Bytes reicht über das Ende des Adressraums hinaus.</translation>
    </message>
</context>
<context>
    <name>procglass::OutputFolder</name>
    <message>
        <source>%1 names a folder, not a file: give the name of the file to write.</source>
        <translation>%1 bezeichnet einen Ordner, keine Datei: Geben Sie den Namen der zu schreibenden Datei an.</translation>
    </message>
    <message>
        <source>%1 is not a valid file name.</source>
        <translation>%1 ist kein gültiger Dateiname.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht erstellt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 cannot be opened: %3.</source>
        <translation>%1 kann nicht erstellt werden: Der Ordner %2 kann nicht geöffnet werden: %3.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; Procglass writes a file only where there is none or a regular file. Choose another name.</source>
        <translation>%1 ist ein Ordner; Procglass schreibt eine Datei nur dorthin, wo noch keine oder eine reguläre Datei liegt. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is a device, a named pipe or a socket, not a regular file; Procglass never writes into one or replaces it. Choose another name.</source>
        <translation>%1 ist ein Gerät, eine benannte Pipe oder ein Socket, keine reguläre Datei; Procglass schreibt nie in so etwas hinein und ersetzt es auch nicht. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 belongs to %2 and lies in %3, a folder others can write to; Procglass never replaces another user&apos;s file there (as the kernel&apos;s protected_regular rule). Choose another name or folder.</source>
        <translation>%1 gehört %2 und liegt in %3, einem Ordner, in den auch andere schreiben dürfen; Procglass ersetzt dort nie die Datei eines anderen Benutzers (wie die Kernel-Regel protected_regular). Wählen Sie einen anderen Namen oder Ordner.</translation>
    </message>
</context>
<context>
    <name>procglass::PrivateFile</name>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private (mode 0600): %2</source>
        <translation>%1 kann nicht privat gemacht werden (Modus 0600): %2</translation>
    </message>
    <message>
        <source>Could not write %1. Nothing was saved.</source>
        <translation>%1 konnte nicht geschrieben werden. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>procglass::ProcStatus</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>The command name: the program&apos;s file name, cut to 15 characters.</source>
        <translation>Der Befehlsname: der Dateiname des Programms, auf 15 Zeichen gekürzt.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>What the main thread is doing right now.</source>
        <translation>Was der Haupt-Thread gerade tut.</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elternprozess</translation>
    </message>
    <message>
        <source>The process that started it (or adopted it when its parent died).</source>
        <translation>Der Prozess, der ihn gestartet hat (oder ihn übernommen hat, als sein Elternprozess beendet wurde).</translation>
    </message>
    <message>
        <source>Tracer</source>
        <translation>Tracer</translation>
    </message>
    <message>
        <source>The process that has it under ptrace (a debugger, strace, or Procglass while it holds the target). A process has at most one tracer.</source>
        <translation>Der Prozess, der ihn per ptrace kontrolliert (ein Debugger, strace oder Procglass, während es das Ziel anhält). Ein Prozess hat höchstens einen Tracer.</translation>
    </message>
    <message>
        <source>User ids</source>
        <translation>Benutzer-IDs</translation>
    </message>
    <message>
        <source>Whose process it is. Another user&apos;s process cannot be read without CAP_SYS_PTRACE; when real and effective differ (setuid) it cannot be read either.</source>
        <translation>Wem der Prozess gehört. Der Prozess eines anderen Benutzers lässt sich ohne CAP_SYS_PTRACE nicht lesen; unterscheiden sich reale und effektive ID (setuid), ebenfalls nicht.</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Threads share the whole address space; each has a stack of its own.</source>
        <translation>Threads teilen sich den gesamten Adressraum; jeder hat einen eigenen Stack.</translation>
    </message>
    <message>
        <source>Virtual size</source>
        <translation>Virtuelle Größe</translation>
    </message>
    <message>
        <source>All the address space mapped, touched or not: reserved space counts in full.</source>
        <translation>Der gesamte eingeblendete Adressraum, ob schon darauf zugegriffen wurde oder nicht: Reservierter Platz zählt voll mit.</translation>
    </message>
    <message>
        <source>Largest virtual size</source>
        <translation>Maximale virtuelle Größe</translation>
    </message>
    <message>
        <source>The most address space it ever had mapped.</source>
        <translation>Der größte Adressraum, den der Prozess je eingeblendet hatte.</translation>
    </message>
    <message>
        <source>Resident memory</source>
        <translation>Residenter Speicher</translation>
    </message>
    <message>
        <source>What is really in RAM now: the pages it touched and that were not swapped out. Pages of shared libraries count in every process that uses them.</source>
        <translation>Was jetzt tatsächlich im RAM liegt: die Seiten, auf die er zugegriffen hat und die nicht ausgelagert wurden. Seiten gemeinsamer Bibliotheken zählen bei jedem Prozess mit, der sie nutzt.</translation>
    </message>
    <message>
        <source>Resident: anonymous</source>
        <translation>Resident: anonym</translation>
    </message>
    <message>
        <source>Heap, stacks and other memory no file backs.</source>
        <translation>Heap, Stacks und anderer Speicher, hinter dem keine Datei steht.</translation>
    </message>
    <message>
        <source>Resident: from files</source>
        <translation>Resident: aus Dateien</translation>
    </message>
    <message>
        <source>Code and data read from the program, its libraries and mapped files; the kernel can drop these and read them again.</source>
        <translation>Code und Daten, gelesen aus dem Programm, seinen Bibliotheken und eingeblendeten Dateien; der Kernel kann sie verwerfen und erneut lesen.</translation>
    </message>
    <message>
        <source>Resident: shared memory</source>
        <translation>Resident: gemeinsamer Speicher</translation>
    </message>
    <message>
        <source>Pages of shared memory (/dev/shm, memfd, MAP_SHARED anonymous).</source>
        <translation>Seiten gemeinsamen Speichers (/dev/shm, memfd, anonym mit MAP_SHARED).</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Private writable memory that is not a stack: heap, .data, .bss, anonymous mappings.</source>
        <translation>Privater schreibbarer Speicher, der kein Stack ist: Heap, .data, .bss, anonyme Speicherbereiche.</translation>
    </message>
    <message>
        <source>Main stack</source>
        <translation>Haupt-Stack</translation>
    </message>
    <message>
        <source>The size of the main thread&apos;s stack mapping.</source>
        <translation>Die Größe des Stack-Speicherbereichs des Haupt-Threads.</translation>
    </message>
    <message>
        <source>Program code</source>
        <translation>Programmcode</translation>
    </message>
    <message>
        <source>The executable&apos;s code (its text segment).</source>
        <translation>Der Code der ausführbaren Datei (ihr Textsegment).</translation>
    </message>
    <message>
        <source>Library code</source>
        <translation>Bibliothekscode</translation>
    </message>
    <message>
        <source>Code of the shared libraries and the loader.</source>
        <translation>Code der gemeinsamen Bibliotheken und des Laders.</translation>
    </message>
    <message>
        <source>Swapped out</source>
        <translation>Ausgelagert</translation>
    </message>
    <message>
        <source>Anonymous memory the kernel moved to swap.</source>
        <translation>Anonymer Speicher, den der Kernel ausgelagert hat.</translation>
    </message>
    <message>
        <source>Seccomp</source>
        <translation>Seccomp</translation>
    </message>
    <message>
        <source>Whether a system call filter confines the process (sandboxes).</source>
        <translation>Ob ein Systemaufruf-Filter den Prozess einschränkt (Sandboxes).</translation>
    </message>
    <message>
        <source>No new privileges</source>
        <translation>Keine neuen Privilegien</translation>
    </message>
    <message>
        <source>1 when exec can no longer gain privileges (setuid is ignored).</source>
        <translation>1, wenn exec keine Privilegien mehr hinzugewinnen kann (setuid wird ignoriert).</translation>
    </message>
    <message>
        <source>Voluntary switches</source>
        <translation>Freiwillige Wechsel</translation>
    </message>
    <message>
        <source>How often the main thread gave up the processor to wait.</source>
        <translation>Wie oft der Haupt-Thread den Prozessor abgegeben hat, um zu warten.</translation>
    </message>
    <message>
        <source>Forced switches</source>
        <translation>Erzwungene Wechsel</translation>
    </message>
    <message>
        <source>How often the scheduler took the processor away from it.</source>
        <translation>Wie oft der Scheduler ihm den Prozessor entzogen hat.</translation>
    </message>
</context>
<context>
    <name>procglass::ProcessModel</name>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Procglass may read the memory of this process.</source>
        <translation>Procglass darf den Speicher dieses Prozesses lesen.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Process ID</source>
        <translation>Prozess-ID</translation>
    </message>
    <message>
        <source>The owner of /proc/PID: the effective user, or root while the process is not dumpable</source>
        <translation>Der Eigentümer von /proc/PID: der effektive Benutzer oder root, solange der Prozess nicht „dumpable“ ist</translation>
    </message>
    <message>
        <source>Resident set size: memory of the process that is in RAM now</source>
        <translation>Resident Set Size: der Teil des Prozessspeichers, der gerade im RAM liegt</translation>
    </message>
    <message>
        <source>Whether Procglass may read the process&apos;s memory; the tooltip of a &quot;no&quot; says why and how to fix it</source>
        <translation>Ob Procglass den Speicher des Prozesses lesen darf; der Tooltip eines „nein“ erklärt, warum und wie sich das beheben lässt</translation>
    </message>
    <message>
        <source>Readable</source>
        <translation>Lesbar</translation>
    </message>
</context>
<context>
    <name>procglass::Region</name>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>heap</source>
        <translation>Heap</translation>
    </message>
    <message>
        <source>main stack</source>
        <translation>Haupt-Stack</translation>
    </message>
    <message>
        <source>thread stack</source>
        <translation>Thread-Stack</translation>
    </message>
    <message>
        <source>executable</source>
        <translation>ausführbare Datei</translation>
    </message>
    <message>
        <source>library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gemeinsam</translation>
    </message>
    <message>
        <source>vdso</source>
        <translation>vdso</translation>
    </message>
    <message>
        <source>vvar</source>
        <translation>vvar</translation>
    </message>
    <message>
        <source>vsyscall</source>
        <translation>vsyscall</translation>
    </message>
    <message>
        <source>guard</source>
        <translation>Schutzseite</translation>
    </message>
</context>
<context>
    <name>procglass::RegionModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Perms</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Inode</source>
        <translation>Inode</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>r: readable, w: writable, x: executable; p: private (copy on write) or s: shared</source>
        <translation>r: lesbar, w: schreibbar, x: ausführbar; p: privat (Copy-on-Write) oder s: gemeinsam</translation>
    </message>
    <message>
        <source>The first address of the mapping</source>
        <translation>Die erste Adresse des Speicherbereichs</translation>
    </message>
    <message>
        <source>The first address after the mapping</source>
        <translation>Die erste Adresse nach dem Speicherbereich</translation>
    </message>
    <message>
        <source>How much address space the mapping takes (not how much of it is in RAM: see Rss)</source>
        <translation>Wie viel Adressraum der Speicherbereich belegt (nicht, wie viel davon im RAM liegt: siehe Rss)</translation>
    </message>
    <message>
        <source>For a file mapping: where in the file the mapping starts (hexadecimal)</source>
        <translation>Bei einer eingeblendeten Datei: wo in der Datei der Speicherbereich beginnt (hexadezimal)</translation>
    </message>
    <message>
        <source>The device (major:minor, hexadecimal) holding the mapped file; 00:00 for anonymous memory</source>
        <translation>Das Gerät (major:minor, hexadezimal), auf dem die eingeblendete Datei liegt; 00:00 bei anonymem Speicher</translation>
    </message>
    <message>
        <source>The mapped file&apos;s inode on that device; 0 for anonymous memory. With the device it names the file even after it was renamed or deleted</source>
        <translation>Der Inode der eingeblendeten Datei auf diesem Gerät; 0 bei anonymem Speicher. Zusammen mit dem Gerät bezeichnet er die Datei auch dann noch, wenn sie umbenannt oder gelöscht wurde</translation>
    </message>
    <message>
        <source>What the mapping is, as Procglass reads it from the path, the permissions and the threads&apos; stack pointers</source>
        <translation>Was der Speicherbereich ist, wie Procglass es aus dem Pfad, den Rechten und den Stack-Zeigern der Threads ableitet</translation>
    </message>
    <message>
        <source>Resident: how much of the mapping is in RAM now (from /proc/PID/smaps)</source>
        <translation>Resident: wie viel des Speicherbereichs gerade im RAM liegt (aus /proc/PID/smaps)</translation>
    </message>
    <message>
        <source>Proportional share: resident memory with pages shared by N processes counted as 1/N</source>
        <translation>Proportionaler Anteil: residenter Speicher, wobei Seiten, die sich N Prozesse teilen, als 1/N zählen</translation>
    </message>
    <message>
        <source>How much of the mapping has been written out to swap</source>
        <translation>Wie viel des Speicherbereichs in den Swap ausgelagert wurde</translation>
    </message>
    <message>
        <source>The mapped file, or a name the kernel gives: [heap], [stack], [vdso], [anon:NAME]...</source>
        <translation>Die eingeblendete Datei oder ein vom Kernel vergebener Name: [heap], [stack], [vdso], [anon:NAME]...</translation>
    </message>
    <message>
        <source>Rss</source>
        <translation>Rss</translation>
    </message>
    <message>
        <source>Pss</source>
        <translation>Pss</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Swap</translation>
    </message>
</context>
<context>
    <name>procglass::ScanBaseline</name>
    <message>
        <source>This unknown-value scan&apos;s baseline is kept where the memory is (by the agent): it cannot be saved on this computer. Run procglass-cli on the agent&apos;s computer to keep a baseline in a file.</source>
        <translation>Die Ausgangsdaten dieses Scans mit unbekanntem Wert werden dort gehalten, wo der Speicher ist (vom Agent): Sie können nicht auf diesem Computer gespeichert werden. Führen Sie procglass-cli auf dem Computer des Agent aus, um Ausgangsdaten in einer Datei zu behalten.</translation>
    </message>
    <message>
        <source>%1 is not the baseline of an unknown-value scan saved by Procglass.</source>
        <translation>%1 sind keine von Procglass gespeicherten Ausgangsdaten eines Scans mit unbekanntem Wert.</translation>
    </message>
    <message>
        <source>An unknown-value scan needs memory to scan.</source>
        <translation>Ein Scan mit unbekanntem Wert braucht Speicher zum Durchsuchen.</translation>
    </message>
    <message>
        <source>An unknown-value scan follows values of 1, 2, 4 or 8 bytes, not %1.</source>
        <translation>Ein Scan mit unbekanntem Wert verfolgt Werte von 1, 2, 4 oder 8 Bytes, nicht %1.</translation>
    </message>
    <message>
        <source>The data</source>
        <translation>Der Inhalt</translation>
    </message>
    <message>
        <source>%1 is not a baseline saved by Procglass: it has holes (a sparse file), so its size claims bytes it does not hold.</source>
        <translation>%1 sind keine von Procglass gespeicherten Ausgangsdaten: Die Datei hat Löcher (eine Sparse-Datei), ihre Größe beansprucht also Bytes, die sie nicht enthält.</translation>
    </message>
</context>
<context>
    <name>procglass::ScanTest</name>
    <message>
        <source>&apos;%1&apos; is not a number for this scan.</source>
        <translation>„%1“ ist keine Zahl für diesen Scan.</translation>
    </message>
</context>
<context>
    <name>procglass::ScratchFile</name>
    <message>
        <source>A scan&apos;s results that do not fit in memory go to a private unnamed file in %1 (or /tmp), but it could not be made there (the file system must support O_TMPFILE, as ext4, xfs, btrfs and tmpfs do)</source>
        <translation>Die Ergebnisse eines Scans, die nicht in den Speicher passen, kommen in eine private unbenannte Datei in %1 (oder /tmp), aber sie konnte dort nicht angelegt werden (das Dateisystem muss O_TMPFILE unterstützen, wie ext4, xfs, btrfs und tmpfs)</translation>
    </message>
    <message>
        <source>A scan&apos;s scratch file would grow past the largest file size.</source>
        <translation>Die Auslagerungsdatei eines Scans würde über die größte Dateigröße hinaus wachsen.</translation>
    </message>
    <message>
        <source>A scan&apos;s results did not fit in memory and could not be written to its private scratch file in $TMPDIR or /tmp (free some space there, or scan fewer regions)</source>
        <translation>Die Ergebnisse eines Scans passten nicht in den Speicher und konnten nicht in seine private Auslagerungsdatei in $TMPDIR oder /tmp geschrieben werden (schaffen Sie dort Platz oder durchsuchen Sie weniger Bereiche)</translation>
    </message>
    <message>
        <source>A scan&apos;s private scratch file could not be read back</source>
        <translation>Die private Auslagerungsdatei eines Scans konnte nicht zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>procglass::SearchPanel</name>
    <message>
        <source>Hex bytes</source>
        <translation>Hex-Bytes</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <source>Double</source>
        <translation>Double</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>What kind of pattern to search for</source>
        <translation>Welche Art von Muster gesucht werden soll</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the search (Esc); the hits found so far stay</source>
        <translation>Suche beenden (Esc); die bisher gefundenen Treffer bleiben erhalten</translation>
    </message>
    <message>
        <source>Two hex digits a byte, as in 7f 45 4c 46; ?? is any byte, 4? any low nibble.</source>
        <translation>Zwei Hexziffern pro Byte, wie in 7f 45 4c 46; ?? steht für ein beliebiges Byte, 4? für ein beliebiges unteres Nibble.</translation>
    </message>
    <message>
        <source>UTF-8 / ASCII</source>
        <translation>UTF-8 / ASCII</translation>
    </message>
    <message>
        <source>UTF-16 little endian</source>
        <translation>UTF-16 Little-Endian</translation>
    </message>
    <message>
        <source>UTF-16 big endian</source>
        <translation>UTF-16 Big-Endian</translation>
    </message>
    <message>
        <source>&amp;Ignore case</source>
        <translation>Groß-/Kleinschreibung &amp;ignorieren</translation>
    </message>
    <message>
        <source>A and a match alike (ASCII letters)</source>
        <translation>A und a gelten als gleich (ASCII-Buchstaben)</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>8 bits</source>
        <translation>8 Bit</translation>
    </message>
    <message>
        <source>16 bits</source>
        <translation>16 Bit</translation>
    </message>
    <message>
        <source>32 bits</source>
        <translation>32 Bit</translation>
    </message>
    <message>
        <source>64 bits</source>
        <translation>64 Bit</translation>
    </message>
    <message>
        <source>Si&amp;gned</source>
        <translation>&amp;Mit Vorzeichen</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Breite:</translation>
    </message>
    <message>
        <source>Decimal, 0x hex, or a range like 10..20. Then narrow with next scans.</source>
        <translation>Dezimal, 0x-Hex oder ein Bereich wie 10..20. Danach mit weiteren Scans eingrenzen.</translation>
    </message>
    <message>
        <source>How far a value may be from the one searched for; 0: exactly</source>
        <translation>Wie weit ein Wert vom gesuchten abweichen darf; 0: exakt</translation>
    </message>
    <message>
        <source>Tolerance ±</source>
        <translation>Toleranz ±</translation>
    </message>
    <message>
        <source>Then narrow with next scans.</source>
        <translation>Danach mit weiteren Scans eingrenzen.</translation>
    </message>
    <message>
        <source>I&amp;gnore case</source>
        <translation>Groß-/Kleinschreibung i&amp;gnorieren</translation>
    </message>
    <message>
        <source>PCRE syntax over bytes: \x00 is a byte, . any byte. A hit is where a match starts.</source>
        <translation>PCRE-Syntax über Bytes: \x00 ist ein Byte, . ein beliebiges Byte. Ein Treffer liegt dort, wo eine Übereinstimmung beginnt.</translation>
    </message>
    <message>
        <source>This build has no regular expressions (it was built without Vectorscan).</source>
        <translation>Dieser Build unterstützt keine regulären Ausdrücke (er wurde ohne Vectorscan erstellt).</translation>
    </message>
    <message>
        <source>All readable mappings</source>
        <translation>Alle lesbaren Speicherbereiche</translation>
    </message>
    <message>
        <source>Mappings of these kinds</source>
        <translation>Speicherbereiche dieser Arten</translation>
    </message>
    <message>
        <source>Selected mappings</source>
        <translation>Ausgewählte Speicherbereiche</translation>
    </message>
    <message>
        <source>Address range</source>
        <translation>Adressbereich</translation>
    </message>
    <message>
        <source>Memory view selection</source>
        <translation>Auswahl in der Speicheransicht</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <source>0x7f0000000000-0x7f0000100000</source>
        <translation>0x7f0000000000-0x7f0000100000</translation>
    </message>
    <message>
        <source>&amp;Aligned</source>
        <translation>Aus&amp;gerichtet</translation>
    </message>
    <message>
        <source>Only at addresses that are a multiple of the value&apos;s size, where compilers put numbers: far fewer false hits</source>
        <translation>Nur an Adressen, die ein Vielfaches der Wertgröße sind, wo Compiler Zahlen ablegen: weit weniger Fehltreffer</translation>
    </message>
    <message>
        <source>The kernel lets a tracer read some mappings the process itself may not (PROT_NONE reservations, execute-only code). [vvar] never.</source>
        <translation>Der Kernel lässt einen Tracer manche Speicherbereiche lesen, die der Prozess selbst nicht lesen darf (PROT_NONE-Reservierungen, nur ausführbarer Code). [vvar] nie.</translation>
    </message>
    <message>
        <source>Stop after this many hits</source>
        <translation>Nach so vielen Treffern aufhören</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>In:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Höchstens:</translation>
    </message>
    <message>
        <source>Equal to</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Increased</source>
        <translation>Gestiegen</translation>
    </message>
    <message>
        <source>Decreased</source>
        <translation>Gesunken</translation>
    </message>
    <message>
        <source>Increased by</source>
        <translation>Gestiegen um</translation>
    </message>
    <message>
        <source>Decreased by</source>
        <translation>Gesunken um</translation>
    </message>
    <message>
        <source>Read every hit again and keep those whose value passes the test</source>
        <translation>Jeden Treffer neu lesen und die behalten, deren Wert den Test besteht</translation>
    </message>
    <message>
        <source>Keep values that:</source>
        <translation>Behalten, wenn der Wert:</translation>
    </message>
    <message>
        <source>Type a pattern and press Enter.</source>
        <translation>Geben Sie ein Muster ein und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>7f 45 4c 46 ?? 01</source>
        <translation>7f 45 4c 46 ?? 01</translation>
    </message>
    <message>
        <source>text to find</source>
        <translation>zu suchender Text</translation>
    </message>
    <message>
        <source>42, -7, 0x2a or 10..20</source>
        <translation>42, -7, 0x2a oder 10..20</translation>
    </message>
    <message>
        <source>3.14</source>
        <translation>3.14</translation>
    </message>
    <message>
        <source>2718.28125</source>
        <translation>2718.28125</translation>
    </message>
    <message>
        <source>key=[a-z0-9]+</source>
        <translation>key=[a-z0-9]+</translation>
    </message>
    <message>
        <source>Open a process to search its memory.</source>
        <translation>Öffnen Sie einen Prozess, um seinen Speicher zu durchsuchen.</translation>
    </message>
    <message>
        <source>The tolerance &apos;%1&apos; is not a number; write it like 0.001.</source>
        <translation>Die Toleranz „%1“ ist keine Zahl; schreiben Sie sie etwa als 0.001.</translation>
    </message>
    <message>
        <source>Choose at least one kind of mapping under Kinds.</source>
        <translation>Wählen Sie unter „Arten“ mindestens eine Art von Speicherbereich aus.</translation>
    </message>
    <message>
        <source>Select mappings in the Mappings table first.</source>
        <translation>Wählen Sie zuerst Speicherbereiche in der Tabelle „Speicherbereiche“ aus.</translation>
    </message>
    <message>
        <source>Select bytes in the Memory view first.</source>
        <translation>Wählen Sie zuerst Bytes in der Speicheransicht aus.</translation>
    </message>
    <message>
        <source>Nothing to search: no readable mapping lies in this scope. Mappings without read permission are searched only when asked.</source>
        <translation>Nichts zu durchsuchen: In diesem Suchbereich liegt kein lesbarer Speicherbereich. Speicherbereiche ohne Leserecht werden nur auf Wunsch durchsucht.</translation>
    </message>
    <message>
        <source>A search is running.</source>
        <translation>Eine Suche läuft.</translation>
    </message>
    <message>
        <source>Searching for %1…</source>
        <translation>Suche nach %1…</translation>
    </message>
    <message>
        <source>Next scans narrow the hits of an integer, float or double search: search for a value first.</source>
        <translation>Weitere Scans grenzen die Treffer einer Ganzzahl-, Float- oder Double-Suche ein: Suchen Sie zuerst nach einem Wert.</translation>
    </message>
    <message>
        <source>Give the value to compare with.</source>
        <translation>Geben Sie den Vergleichswert an.</translation>
    </message>
    <message numerus="yes">
        <source>Next scan (%1) of %n hit(s)…</source>
        <translation>
            <numerusform>Nächster Scan (%1) über %n Treffer…</numerusform>
            <numerusform>Nächster Scan (%1) über %n Treffer…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching for %1… %n hit(s) so far</source>
        <translation>
            <numerusform>Suche nach %1… bisher %n Treffer</numerusform>
            <numerusform>Suche nach %1… bisher %n Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next scan cancelled: the %n hit(s) are as they were.</source>
        <translation>
            <numerusform>Nächster Scan abgebrochen: %n Treffer bleibt unverändert.</numerusform>
            <numerusform>Nächster Scan abgebrochen: %n Treffer bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next scan failed: %1</source>
        <translation>Der nächste Scan ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n hit(s) kept (%3 ms).</source>
        <translation>
            <numerusform>%1: %2 von %n Treffer behalten (%3 ms).</numerusform>
            <numerusform>%1: %2 von %n Treffern behalten (%3 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search stopped: %1 %n hit(s) found before that.</source>
        <translation>
            <numerusform>Die Suche wurde beendet: %1 Bis dahin wurde %n Treffer gefunden.</numerusform>
            <numerusform>Die Suche wurde beendet: %1 Bis dahin wurden %n Treffer gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1: %n hit(s) so far.</source>
        <translation>
            <numerusform>Abgebrochen nach %1: bisher %n Treffer.</numerusform>
            <numerusform>Abgebrochen nach %1: bisher %n Treffer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n hit(s) for %1; there are more. Raise &quot;At most&quot; or narrow the scope.</source>
        <translation>
            <numerusform>Angezeigt wird nur %n Treffer für %1; es gibt weitere. Erhöhen Sie „Höchstens“ oder schränken Sie den Suchbereich ein.</numerusform>
            <numerusform>Angezeigt werden die ersten %n Treffer für %1; es gibt weitere. Erhöhen Sie „Höchstens“ oder schränken Sie den Suchbereich ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) for %1 in %2 (%3 ms).</source>
        <translation>
            <numerusform>%n Treffer für %1 in %2 (%3 ms).</numerusform>
            <numerusform>%n Treffer für %1 in %2 (%3 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read and was skipped.</source>
        <translation>%1 waren nicht lesbar und wurden übersprungen.</translation>
    </message>
    <message>
        <source>Narrow them with a next scan.</source>
        <translation>Grenzen Sie sie mit einem weiteren Scan ein.</translation>
    </message>
    <message>
        <source>Export search results</source>
        <translation>Suchergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) written to %1 (readable by you only).</source>
        <translation>
            <numerusform>%n Treffer in %1 geschrieben (nur für Sie lesbar).</numerusform>
            <numerusform>%n Treffer in %1 geschrieben (nur für Sie lesbar).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Suche&amp;n</translation>
    </message>
    <message>
        <source>B&amp;ig endian</source>
        <translation>B&amp;ig-Endian</translation>
    </message>
    <message>
        <source>Program data</source>
        <translation>Programmdaten</translation>
    </message>
    <message>
        <source>Where a program keeps its variables: the heap, the stacks, anonymous memory and the executable&apos;s own data and .bss. Not libraries, code, constants or mapped files, which hold copies of many values. The scope of a value search until you choose another.</source>
        <translation>Wo ein Programm seine Variablen hält: der Heap, die Stacks, anonymer Speicher sowie Daten und .bss der ausführbaren Datei selbst. Nicht Bibliotheken, Code, Konstanten oder eingeblendete Dateien, die Kopien vieler Werte enthalten. Der Suchbereich einer Wertsuche, bis Sie einen anderen wählen.</translation>
    </message>
    <message>
        <source>Also mappings &amp;without read permission</source>
        <translation>Auch Speicherbereiche ohne Leserech&amp;t</translation>
    </message>
    <message>
        <source>Next scan</source>
        <translation>Nächster Scan</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Search as text instead</source>
        <translation>Stattdessen als Text suchen</translation>
    </message>
    <message>
        <source>Search for what you typed as text (UTF-8 / ASCII)</source>
        <translation>Das Eingegebene als Text suchen (UTF-8 / ASCII)</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>Der Export wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Unknown initial value</source>
        <translation>Unbekannter Anfangswert</translation>
    </message>
    <message>
        <source>Do not know the value? The first scan keeps the memory of the scope instead of hits; change the value in the program, then press Changed, Increased or Decreased until few hits are left.</source>
        <translation>Sie kennen den Wert nicht? Der erste Scan behält statt Treffern den Speicher des Suchbereichs; ändern Sie den Wert im Programm und drücken Sie dann Geändert, Gestiegen oder Gesunken, bis wenige Treffer übrig sind.</translation>
    </message>
    <message>
        <source>Since the last scan:</source>
        <translation>Seit letztem Scan:</translation>
    </message>
    <message>
        <source>Undo scan</source>
        <translation>Scan rückgängig</translation>
    </message>
    <message>
        <source>Back to the hits of the scan before the last one</source>
        <translation>Zurück zu den Treffern des vorletzten Scans</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Add the selected hits (or the first 100) to the watch list</source>
        <translation>Die ausgewählten Treffer (oder die ersten 100) zur Beobachtungsliste hinzufügen</translation>
    </message>
    <message>
        <source>Add to watch list</source>
        <translation>Zur Beobachtungsliste hinzufügen</translation>
    </message>
    <message>
        <source>Show in memory view</source>
        <translation>In der Speicheransicht zeigen</translation>
    </message>
    <message>
        <source>any value: the first scan keeps the memory</source>
        <translation>beliebiger Wert: Der erste Scan behält den Speicher</translation>
    </message>
    <message>
        <source>After an unknown initial value, compare with it first: Changed, Unchanged, Increased, Decreased or by a number.</source>
        <translation>Vergleichen Sie nach einem unbekannten Anfangswert zuerst mit ihm: Geändert, Unverändert, Gestiegen, Gesunken oder um eine Zahl.</translation>
    </message>
    <message>
        <source>Next scan (%1) of %2 positions…</source>
        <translation>Nächster Scan (%1) von %2 Positionen…</translation>
    </message>
    <message>
        <source>unknown %1</source>
        <translation>unbekannt %1</translation>
    </message>
    <message>
        <source>Keeping the memory for an unknown initial value (%1)…</source>
        <translation>Speicher für einen unbekannten Anfangswert wird behalten (%1)…</translation>
    </message>
    <message>
        <source>There is no earlier scan step to go back to.</source>
        <translation>Es gibt keinen früheren Scanschritt, zu dem zurückgegangen werden kann.</translation>
    </message>
    <message>
        <source>Undid %1.</source>
        <translation>%1 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>step %1 of the scan</source>
        <translation>Schritt %1 des Scans</translation>
    </message>
    <message>
        <source>%1 (%2): %3 positions kept in %4. Change the value in the program, then press Changed, Increased or Decreased.</source>
        <translation>%1 (%2): %3 Positionen in %4 behalten. Ändern Sie den Wert im Programm und drücken Sie dann Geändert, Gestiegen oder Gesunken.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n hit(s).</source>
        <translation>
            <numerusform>%1 (%2): %n Treffer.</numerusform>
            <numerusform>%1 (%2): %n Treffer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the hits of an integer, float or double scan can be watched.</source>
        <translation>Nur die Treffer eines Scans nach Ganzzahl, Float oder Double können beobachtet werden.</translation>
    </message>
    <message>
        <source>The unknown-value scan was cancelled: nothing was kept.</source>
        <translation>Der Scan mit unbekanntem Wert wurde abgebrochen: Es wurde nichts behalten.</translation>
    </message>
    <message>
        <source>The unknown-value scan failed: %1</source>
        <translation>Der Scan mit unbekanntem Wert ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Done in %1 ms.</source>
        <translation>Fertig in %1 ms.</translation>
    </message>
    <message>
        <source>%1: no hits: Undo brings back the %2 positions of the unknown initial value.</source>
        <translation>%1: keine Treffer: Rückgängig bringt die %2 Positionen des unbekannten Anfangswerts zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%1: no hits: Undo brings back %n hit(s).</source>
        <translation>
            <numerusform>%1: keine Treffer: Rückgängig bringt %n Treffer zurück.</numerusform>
            <numerusform>%1: keine Treffer: Rückgängig bringt %n Treffer zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 positions kept (%4 ms).</source>
        <translation>%1: %2 von %3 Positionen behalten (%4 ms).</translation>
    </message>
    <message>
        <source>Next scan: keep the hits whose value changed since the last scan</source>
        <translation>Nächster Scan: die Treffer behalten, deren Wert sich seit dem letzten Scan geändert hat</translation>
    </message>
    <message>
        <source>Next scan: keep the hits whose value stayed the same since the last scan</source>
        <translation>Nächster Scan: die Treffer behalten, deren Wert seit dem letzten Scan gleich geblieben ist</translation>
    </message>
    <message>
        <source>Next scan: keep the hits whose value grew since the last scan</source>
        <translation>Nächster Scan: die Treffer behalten, deren Wert seit dem letzten Scan gestiegen ist</translation>
    </message>
    <message>
        <source>Next scan: keep the hits whose value shrank since the last scan</source>
        <translation>Nächster Scan: die Treffer behalten, deren Wert seit dem letzten Scan gesunken ist</translation>
    </message>
    <message numerus="yes">
        <source>The list shows the first %n (&quot;At most&quot;); next scans narrow all of them.</source>
        <translation>
            <numerusform>Die Liste zeigt nur den ersten Treffer („Höchstens“); nächste Scans grenzen alle ein.</numerusform>
            <numerusform>Die Liste zeigt die ersten %n („Höchstens“); nächste Scans grenzen alle ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hits for %2 in %3 (%4 ms).</source>
        <translation>%1 Treffer für %2 in %3 (%4 ms).</translation>
    </message>
</context>
<context>
    <name>procglass::SearchPattern</name>
    <message>
        <source>The hex digit at position %1 has no partner: write bytes as two digits (0a, not a).</source>
        <translation>Die Hexziffer an Position %1 hat keinen Partner: Schreiben Sie Bytes als zwei Ziffern (0a, nicht a).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a hex digit (0-9, a-f) or a ? wildcard.</source>
        <translation>„%1“ an Position %2 ist weder eine Hexziffer (0-9, a-f) noch ein ?-Platzhalter.</translation>
    </message>
    <message>
        <source>The hex pattern is empty.</source>
        <translation>Das Hex-Muster ist leer.</translation>
    </message>
    <message>
        <source>The hex pattern is all wildcards: it would match everywhere. Give at least one digit.</source>
        <translation>Das Hex-Muster besteht nur aus Platzhaltern: Es würde überall passen. Geben Sie mindestens eine Ziffer an.</translation>
    </message>
    <message>
        <source>hex %1</source>
        <translation>Hex %1</translation>
    </message>
    <message>
        <source>The text to search for is empty.</source>
        <translation>Der zu suchende Text ist leer.</translation>
    </message>
    <message>
        <source>text &quot;%1&quot; (%2%3)</source>
        <translation>Text „%1“ (%2%3)</translation>
    </message>
    <message>
        <source>, any case</source>
        <translation>, Groß-/Kleinschreibung egal</translation>
    </message>
    <message>
        <source>An integer is 8, 16, 32 or 64 bits wide, not %1.</source>
        <translation>Eine Ganzzahl ist 8, 16, 32 oder 64 Bit breit, nicht %1.</translation>
    </message>
    <message>
        <source>%1 %2-bit integer</source>
        <translation>%2-Bit-Ganzzahl %1</translation>
    </message>
    <message>
        <source>a signed</source>
        <translation>mit Vorzeichen</translation>
    </message>
    <message>
        <source>an unsigned</source>
        <translation>ohne Vorzeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer: write it in decimal (-42) or hexadecimal (0x2a).</source>
        <translation>„%1“ ist keine Ganzzahl: Geben Sie sie dezimal (-42) oder hexadezimal (0x2a) an.</translation>
    </message>
    <message>
        <source>%1 does not fit in %2 (%3 to %4).</source>
        <translation>%1 passt nicht in eine %2 (%3 bis %4).</translation>
    </message>
    <message>
        <source>%1 does not fit in %2 (0 to %3).</source>
        <translation>%1 passt nicht in eine %2 (0 bis %3).</translation>
    </message>
    <message>
        <source>The range %1 is empty: its first value is larger than its last.</source>
        <translation>Der Bereich %1 ist leer: Sein erster Wert ist größer als sein letzter.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>big endian</source>
        <translation>Big-Endian</translation>
    </message>
    <message>
        <source>little endian</source>
        <translation>Little-Endian</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: write it like 3.14 or -2.5e3.</source>
        <translation>„%1“ ist keine Zahl: Schreiben Sie sie etwa als 3.14 oder -2.5e3.</translation>
    </message>
    <message>
        <source>The tolerance must be zero or a positive number.</source>
        <translation>Die Toleranz muss null oder eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>%1 %2 ± %3</source>
        <translation>%1 %2 ± %3</translation>
    </message>
    <message>
        <source>double</source>
        <translation>double</translation>
    </message>
    <message>
        <source>float</source>
        <translation>float</translation>
    </message>
    <message>
        <source>The regular expression is empty.</source>
        <translation>Der reguläre Ausdruck ist leer.</translation>
    </message>
    <message>
        <source>regex /%1/%2</source>
        <translation>Regex /%1/%2</translation>
    </message>
    <message>
        <source>The regular expression %1 is not valid: %2.</source>
        <translation>Der reguläre Ausdruck %1 ist ungültig: %2.</translation>
    </message>
    <message>
        <source>The regular expression %1 matches only %2 bytes or more: a match may be at most %3 bytes.</source>
        <translation>Der reguläre Ausdruck %1 passt nur auf %2 oder mehr Bytes: Eine Übereinstimmung darf höchstens %3 Bytes lang sein.</translation>
    </message>
    <message>
        <source>The search pattern cannot be sent: it was not made by one of the pattern kinds.</source>
        <translation>Das Suchmuster kann nicht gesendet werden: es stammt von keiner der Musterarten.</translation>
    </message>
</context>
<context>
    <name>procglass::SearchResultModel</name>
    <message>
        <source> … (%1 bytes)</source>
        <translation> … (%1 Bytes)</translation>
    </message>
    <message numerus="yes">
        <source>The %n byte(s) matched, as the search read them</source>
        <translation>
            <numerusform>Das %n passende Byte, so wie die Suche es gelesen hat</numerusform>
            <numerusform>Die %n passenden Bytes, so wie die Suche sie gelesen hat</numerusform>
        </translation>
    </message>
    <message>
        <source>The value when it was last scanned</source>
        <translation>Der Wert beim letzten Scan</translation>
    </message>
    <message>
        <source>Double-click to show it in the memory view</source>
        <translation>Doppelklicken, um den Treffer in der Speicheransicht anzuzeigen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Region kind</source>
        <translation>Bereichsart</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>%1
Mangled: %2
Double-click to show it in the memory view</source>
        <translation>%1
Kodierter Name: %2
Doppelklicken, um den Treffer in der Speicheransicht anzuzeigen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Cannot be read now; at the scan: %1</source>
        <translation>Jetzt nicht lesbar; beim Scan: %1</translation>
    </message>
    <message>
        <source>The value now, as at the scan</source>
        <translation>Der Wert jetzt, wie beim Scan</translation>
    </message>
    <message>
        <source>The value now; at the scan: %1</source>
        <translation>Der Wert jetzt; beim Scan: %1</translation>
    </message>
</context>
<context>
    <name>procglass::SnapshotController</name>
    <message>
        <source>Diff</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Snapsh&amp;ots</source>
        <translation>Mom&amp;entaufnahmen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <source>&amp;Take snapshot</source>
        <translation>Momentaufnahme &amp;erstellen</translation>
    </message>
    <message>
        <source>Compare with a snapshot or &amp;bundle on disk…</source>
        <translation>Mit einer Momentaufnahme oder einem &amp;Paket auf dem Datenträger vergleichen…</translation>
    </message>
    <message>
        <source>&amp;Keep snapshots in a folder…</source>
        <translation>Momentaufnahmen in einem &amp;Ordner behalten…</translation>
    </message>
    <message>
        <source>Save the target&apos;s readable memory as it is now (every thread stopped briefly), to compare with later</source>
        <translation>Den lesbaren Speicher des Ziels so speichern, wie er jetzt ist (alle Threads kurz angehalten), um später damit zu vergleichen</translation>
    </message>
    <message>
        <source>Compare the open target with a snapshot or bundle saved before</source>
        <translation>Das geöffnete Ziel mit einer früher gespeicherten Momentaufnahme oder einem Paket vergleichen</translation>
    </message>
    <message>
        <source>Compare with a snapshot or bundle</source>
        <translation>Mit einer Momentaufnahme oder einem Paket vergleichen</translation>
    </message>
    <message>
        <source>Write the next snapshots into a folder of your choice, where they stay after the target is closed</source>
        <translation>Die nächsten Momentaufnahmen in einen Ordner Ihrer Wahl schreiben, wo sie nach dem Schließen des Ziels erhalten bleiben</translation>
    </message>
    <message>
        <source>Keep snapshots in a folder</source>
        <translation>Momentaufnahmen in einem Ordner behalten</translation>
    </message>
    <message>
        <source>The next snapshots are written to %1 and kept there.</source>
        <translation>Die nächsten Momentaufnahmen werden nach %1 geschrieben und dort behalten.</translation>
    </message>
    <message>
        <source>C&amp;ancel the comparison</source>
        <translation>Vergleich a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Show the &amp;diff</source>
        <translation>&amp;Unterschiede anzeigen</translation>
    </message>
    <message>
        <source>Took %1: %2 of memory. Let the target run, then compare with it (Snapshots ▸ Compare).</source>
        <translation>%1 erstellt: %2 Speicher. Lassen Sie das Ziel laufen und vergleichen Sie dann damit (Momentaufnahmen ▸ Vergleichen).</translation>
    </message>
    <message>
        <source>The snapshot was not taken: %1</source>
        <translation>Die Momentaufnahme wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Taking a snapshot…</source>
        <translation>Momentaufnahme wird erstellt…</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>this bundle</source>
        <translation>dieses Paket</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The comparison was cancelled.</source>
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
</context>
<context>
    <name>procglass::SnapshotList</name>
    <message>
        <source>The folder %1 for snapshots cannot be made: %2. Choose another folder with Snapshots ▸ Keep snapshots in a folder….</source>
        <translation>Der Ordner %1 für Momentaufnahmen kann nicht angelegt werden: %2. Wählen Sie mit Momentaufnahmen ▸ Momentaufnahmen in einem Ordner behalten… einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 is not a private folder of yours (a link, another user&apos;s, or open to others): snapshots are not written there. Remove it, or choose another folder with Snapshots ▸ Keep snapshots in a folder….</source>
        <translation>%1 ist kein privater Ordner von Ihnen (ein Link, der Ordner eines anderen Benutzers oder für andere offen): Dort werden keine Momentaufnahmen geschrieben. Entfernen Sie ihn oder wählen Sie mit Momentaufnahmen ▸ Momentaufnahmen in einem Ordner behalten… einen anderen Ordner.</translation>
    </message>
    <message>
        <source>snapshot %1 (%2)</source>
        <translation>Momentaufnahme %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is a link: snapshots are not written there. Remove it, or choose another folder with Snapshots ▸ Keep snapshots in a folder….</source>
        <translation>%1 ist ein Link: Dort werden keine Momentaufnahmen geschrieben. Entfernen Sie ihn oder wählen Sie mit Momentaufnahmen ▸ Momentaufnahmen in einem Ordner behalten… einen anderen Ordner.</translation>
    </message>
    <message>
        <source>A folder for snapshots cannot be made in %1: %2.</source>
        <translation>In %1 kann kein Ordner für Momentaufnahmen angelegt werden: %2.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>procglass::TargetDocument</name>
    <message>
        <source>This target is read-only: nothing was written.</source>
        <translation>Dieses Ziel ist schreibgeschützt: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>This target cannot be exported.</source>
        <translation>Dieses Ziel kann nicht exportiert werden.</translation>
    </message>
</context>
<context>
    <name>procglass::TargetSession</name>
    <message>
        <source>The process has exited.</source>
        <translation>Der Prozess wurde beendet.</translation>
    </message>
    <message>
        <source>Only %1 of %2 bytes could be written at 0x%3: the kernel refused the rest.</source>
        <translation>Nur %1 von %2 Bytes konnten an 0x%3 geschrieben werden: Den Rest hat der Kernel verweigert.</translation>
    </message>
    <message>
        <source>The process has exited: there is nothing to save.</source>
        <translation>Der Prozess wurde beendet: Es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <source>the process exited</source>
        <translation>der Prozess wurde beendet</translation>
    </message>
    <message>
        <source>the connection to the agent was lost</source>
        <translation>die Verbindung zum Agenten ist verloren</translation>
    </message>
</context>
<context>
    <name>procglass::WatchList</name>
    <message>
        <source>%1 is not a watch list saved by Procglass: it is %2 bytes long, and a watch list is at most %3.</source>
        <translation>%1 ist keine von Procglass gespeicherte Beobachtungsliste: Sie ist %2 Bytes lang, und eine Beobachtungsliste hat höchstens %3.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a watch list saved by Procglass: it is longer than %2 bytes.</source>
        <translation>%1 ist keine von Procglass gespeicherte Beobachtungsliste: Sie ist länger als %2 Bytes.</translation>
    </message>
    <message>
        <source>The data</source>
        <translation>Der Inhalt</translation>
    </message>
    <message>
        <source>%1 is not a watch list saved by Procglass (%2). Nothing was loaded.</source>
        <translation>%1 ist keine von Procglass gespeicherte Beobachtungsliste (%2). Es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>it is longer than %1 bytes</source>
        <translation>sie ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>its format is not &quot;%1&quot;</source>
        <translation>ihr Format ist nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>it is of version %1; this Procglass reads version %2</source>
        <translation>sie hat Version %1; dieses Procglass liest Version %2</translation>
    </message>
    <message>
        <source>it has no list of entries</source>
        <translation>sie hat keine Liste von Einträgen</translation>
    </message>
    <message>
        <source>it has %1 entries, more than the %2 a watch list may have</source>
        <translation>sie hat %1 Einträge, mehr als die %2, die eine Beobachtungsliste haben darf</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>its description is not text</source>
        <translation>seine Beschreibung ist kein Text</translation>
    </message>
    <message>
        <source>its description is longer than %1 characters</source>
        <translation>seine Beschreibung ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>its address is not a hexadecimal number like 0x7f00</source>
        <translation>seine Adresse ist keine Hexadezimalzahl wie 0x7f00</translation>
    </message>
    <message>
        <source>its type does not say whether it is signed and big endian</source>
        <translation>sein Typ gibt nicht an, ob er vorzeichenbehaftet und Big-Endian ist</translation>
    </message>
    <message>
        <source>its type is not an integer of 1, 2, 4 or 8 bytes, a float or a double</source>
        <translation>sein Typ ist keine Ganzzahl mit 1, 2, 4 oder 8 Bytes, kein Float und kein Double</translation>
    </message>
    <message>
        <source>its value would end beyond the last address</source>
        <translation>sein Wert würde hinter der letzten Adresse enden</translation>
    </message>
    <message>
        <source>its module is not the path of a file</source>
        <translation>sein Modul ist nicht der Pfad einer Datei</translation>
    </message>
    <message>
        <source>its module offset is not a hexadecimal number like 0x40</source>
        <translation>sein Modul-Offset ist keine Hexadezimalzahl wie 0x40</translation>
    </message>
    <message>
        <source>&quot;frozen&quot; is neither true nor false</source>
        <translation>&quot;frozen&quot; ist weder true noch false</translation>
    </message>
    <message>
        <source>its frozen value is not %1 bytes in hexadecimal</source>
        <translation>sein eingefrorener Wert besteht nicht aus %1 Bytes in Hexadezimal</translation>
    </message>
    <message>
        <source>Write a value: a number like 42, -7, 0x2a or 3.5.</source>
        <translation>Geben Sie einen Wert ein: eine Zahl wie 42, -7, 0x2a oder 3.5.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a range; a value is one number.</source>
        <translation>„%1“ ist ein Bereich; ein Wert ist eine einzelne Zahl.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer: write it in decimal (-42) or hexadecimal (0x2a).</source>
        <translation>„%1“ ist keine Ganzzahl: Geben Sie sie dezimal (-42) oder hexadezimal (0x2a) an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: write it like 3.14 or -2.5e3.</source>
        <translation>„%1“ ist keine Zahl: Schreiben Sie sie etwa als 3.14 oder -2.5e3.</translation>
    </message>
    <message>
        <source>%1 does not fit in a float.</source>
        <translation>%1 passt nicht in einen Float.</translation>
    </message>
</context>
<context>
    <name>procglass::WatchModel</name>
    <message>
        <source>not mapped</source>
        <translation>nicht eingeblendet</translation>
    </message>
    <message>
        <source>(by address)</source>
        <translation>(nach Adresse)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Frozen at %1: written again ten times a second while the process is open.</source>
        <translation>Bei %1 eingefroren: wird zehnmal pro Sekunde neu geschrieben, solange der Prozess geöffnet ist.</translation>
    </message>
    <message>
        <source>Tick to freeze the value: Procglass writes it again ten times a second.</source>
        <translation>Ankreuzen, um den Wert einzufrieren: Procglass schreibt ihn zehnmal pro Sekunde neu.</translation>
    </message>
    <message>
        <source>Anonymous memory (heap, stack): found again by its address only.</source>
        <translation>Anonymer Speicher (Heap, Stack): wird nur über seine Adresse wiedergefunden.</translation>
    </message>
    <message>
        <source>%1 bytes after the start of %2: found there again after a restart.</source>
        <translation>%1 Bytes nach dem Anfang von %2: wird dort auch nach einem Neustart wiedergefunden.</translation>
    </message>
    <message>
        <source>Double-click to set the value (Edit ▸ Undo takes it back).</source>
        <translation>Doppelklicken, um den Wert zu setzen (Bearbeiten ▸ Rückgängig nimmt es zurück).</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Module + offset</source>
        <translation>Modul + Offset</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>procglass::WatchPane</name>
    <message>
        <source>Add address…</source>
        <translation>Adresse hinzufügen…</translation>
    </message>
    <message>
        <source>Watch a value at an address you type (0x7ffd1234, libgame.so+0x40, [heap]+0x10)</source>
        <translation>Einen Wert an einer eingegebenen Adresse beobachten (0x7ffd1234, libgame.so+0x40, [heap]+0x10)</translation>
    </message>
    <message>
        <source>The type of values added by address</source>
        <translation>Der Typ der nach Adresse hinzugefügten Werte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Auftauen</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <source>Set value…</source>
        <translation>Wert setzen…</translation>
    </message>
    <message>
        <source>Show in memory view</source>
        <translation>In der Speicheransicht zeigen</translation>
    </message>
    <message>
        <source>Add values from the hits of a value scan (right-click them) or by address.</source>
        <translation>Fügen Sie Werte aus den Treffern eines Wert-Scans (Rechtsklick darauf) oder nach Adresse hinzu.</translation>
    </message>
    <message>
        <source>Freezing stopped: the process was closed.</source>
        <translation>Einfrieren beendet: Der Prozess wurde geschlossen.</translation>
    </message>
    <message>
        <source>Freezing stopped: the process exited.</source>
        <translation>Einfrieren beendet: Der Prozess wurde beendet.</translation>
    </message>
    <message>
        <source>Freezing stopped: the connection to the agent was lost.</source>
        <translation>Einfrieren beendet: Die Verbindung zum Agent ist abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) added to the watch list.</source>
        <translation>
            <numerusform>%n Wert zur Beobachtungsliste hinzugefügt.</numerusform>
            <numerusform>%n Werte zur Beobachtungsliste hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Watch an address</source>
        <translation>Eine Adresse beobachten</translation>
    </message>
    <message>
        <source>Address (0x7ffd1234, libgame.so+0x40, [heap]+0x10) of a %1:</source>
        <translation>Adresse (0x7ffd1234, libgame.so+0x40, [heap]+0x10) eines %1:</translation>
    </message>
    <message>
        <source>There is no such row.</source>
        <translation>Diese Zeile gibt es nicht.</translation>
    </message>
    <message>
        <source>No running process is open: nothing was written.</source>
        <translation>Es ist kein laufender Prozess geöffnet: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is not mapped in this process: nothing was written.</source>
        <translation>%1 ist in diesem Prozess nicht eingeblendet: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 written at %2.</source>
        <translation>%1 bei %2 geschrieben.</translation>
    </message>
    <message>
        <source>Open a running process to freeze a value in it.</source>
        <translation>Öffnen Sie einen laufenden Prozess, um darin einen Wert einzufrieren.</translation>
    </message>
    <message>
        <source>The process can no longer be written to.</source>
        <translation>In den Prozess kann nicht mehr geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 is not mapped in this process.</source>
        <translation>%1 ist in diesem Prozess nicht eingeblendet.</translation>
    </message>
    <message>
        <source>The value has not been read yet: wait for it to show, then freeze it.</source>
        <translation>Der Wert wurde noch nicht gelesen: Warten Sie, bis er angezeigt wird, und frieren Sie ihn dann ein.</translation>
    </message>
    <message>
        <source>Freezing the value at %1 stopped: %2</source>
        <translation>Das Einfrieren des Werts bei %1 wurde beendet: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) saved to %1 (readable by you only).</source>
        <translation>
            <numerusform>%n Wert in %1 gespeichert (nur für Sie lesbar).</numerusform>
            <numerusform>%n Werte in %1 gespeichert (nur für Sie lesbar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) loaded from %1.</source>
        <translation>
            <numerusform>%n Wert aus %1 geladen.</numerusform>
            <numerusform>%n Werte aus %1 geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) loaded from %1; %2 lie in files this process does not map.</source>
        <translation>
            <numerusform>%n Wert aus %1 geladen; %2 liegen in Dateien, die dieser Prozess nicht einblendet.</numerusform>
            <numerusform>%n Werte aus %1 geladen; %2 liegen in Dateien, die dieser Prozess nicht einblendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the watch list</source>
        <translation>Beobachtungsliste speichern</translation>
    </message>
    <message>
        <source>Watch lists (*.json)</source>
        <translation>Beobachtungslisten (*.json)</translation>
    </message>
    <message>
        <source>Load a watch list</source>
        <translation>Beobachtungsliste laden</translation>
    </message>
    <message>
        <source>Watch lists (*.json);;All files (*)</source>
        <translation>Beobachtungslisten (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>procglass::WorkFolder</name>
    <message>
        <source>Cannot create a folder in %1: %2</source>
        <translation>In %1 kann kein Ordner erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: the finished bundle could not be moved there: %2</source>
        <translation>%1 kann nicht erstellt werden: Das fertige Paket konnte nicht dorthin verschoben werden: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1: it could not be moved aside: %2</source>
        <translation>%1 kann nicht ersetzt werden: Es konnte nicht beiseitegeschoben werden: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>%1 was replaced by someone else while Procglass was writing; it was left as it is and nothing was saved. Choose another name.</source>
        <translation>%1 wurde von jemand anderem ersetzt, während Procglass schrieb; es blieb unverändert, und es wurde nichts gespeichert. Wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>procglass::agent</name>
    <message>
        <source>The agent protocol was broken: %1</source>
        <translation>Das Agenten-Protokoll wurde verletzt: %1</translation>
    </message>
    <message>
        <source>The agent has no such open process, hold or file (it was closed or released).</source>
        <translation>Der Agent hat keinen solchen offenen Prozess, Halt oder keine solche Datei (geschlossen oder freigegeben).</translation>
    </message>
    <message>
        <source>The agent writes only to absolute paths (a path on the agent&apos;s machine, such as /tmp/dump.bin); %1 is relative.</source>
        <translation>Der Agent schreibt nur an absolute Pfade (einen Pfad auf dem Rechner des Agenten, etwa /tmp/dump.bin); %1 ist relativ.</translation>
    </message>
    <message>
        <source>Cannot check the folder of %1</source>
        <translation>Der Ordner von %1 lässt sich nicht prüfen</translation>
    </message>
    <message>
        <source>The agent runs as root for user %1 and writes only into folders that user or root owns; the folder of %2 belongs to user %3. Choose a folder of your own.</source>
        <translation>Der Agent läuft als root für Benutzer %1 und schreibt nur in Ordner, die diesem Benutzer oder root gehören; der Ordner von %2 gehört Benutzer %3. Wählen Sie einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>The agent runs as root and does not write into %1: anyone may change that folder (it is writable by others and not sticky). Choose a folder of your own.</source>
        <translation>Der Agent läuft als root und schreibt nicht in %1: jeder kann diesen Ordner ändern (für andere beschreibbar und ohne Sticky-Bit). Wählen Sie einen eigenen Ordner.</translation>
    </message>
</context>
<context>
    <name>procglass::agent::Connection</name>
    <message>
        <source>The agent command is empty: give a command such as &apos;pkexec procglass-agent&apos; or &apos;ssh HOST procglass-agent&apos;.</source>
        <translation>Der Agenten-Befehl ist leer: geben Sie einen Befehl wie &apos;pkexec procglass-agent&apos; oder &apos;ssh RECHNER procglass-agent&apos; an.</translation>
    </message>
    <message>
        <source>Cannot start the agent command %1</source>
        <translation>Der Agenten-Befehl %1 lässt sich nicht starten</translation>
    </message>
    <message>
        <source>Connecting to the agent (%1) was cancelled.</source>
        <translation>Das Verbinden mit dem Agenten (%1) wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The agent command %1 did not answer within %2 s%3. Check that procglass-agent is installed where the command runs.</source>
        <translation>Der Agenten-Befehl %1 hat nicht innerhalb von %2 s geantwortet%3. Prüfen Sie, ob procglass-agent dort installiert ist, wo der Befehl läuft.</translation>
    </message>
    <message>
        <source> (it said: %1)</source>
        <translation> (Ausgabe: %1)</translation>
    </message>
    <message>
        <source>The agent (%1) speaks protocol %2.%3 and Procglass %4.%5: install the same Procglass version on both sides.</source>
        <translation>Der Agent (%1) spricht Protokoll %2.%3, Procglass %4.%5: installieren Sie auf beiden Seiten dieselbe Procglass-Version.</translation>
    </message>
    <message>
        <source>The agent command %1 ended before it greeted Procglass.</source>
        <translation>Der Agenten-Befehl %1 endete, bevor er Procglass begrüßte.</translation>
    </message>
    <message>
        <source>The agent command %1 failed: %2</source>
        <translation>Der Agenten-Befehl %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>it was closed</source>
        <translation>sie wurde geschlossen</translation>
    </message>
    <message>
        <source>The connection to the agent (%1) was lost: %2</source>
        <translation>Die Verbindung zum Agenten (%1) ist verloren: %2</translation>
    </message>
    <message>
        <source>the agent ended</source>
        <translation>der Agent hat sich beendet</translation>
    </message>
    <message>
        <source>the agent ended (it said: %1)</source>
        <translation>der Agent hat sich beendet (Ausgabe: %1)</translation>
    </message>
    <message>
        <source>a second or malformed Hello</source>
        <translation>ein zweites oder fehlerhaftes Hello</translation>
    </message>
    <message>
        <source>a malformed Error</source>
        <translation>ein fehlerhafter Error</translation>
    </message>
    <message>
        <source>an unexpected message of type %1</source>
        <translation>eine unerwartete Nachricht vom Typ %1</translation>
    </message>
    <message>
        <source>read data outside the range asked for</source>
        <translation>gelesene Daten außerhalb des erfragten Bereichs</translation>
    </message>
    <message>
        <source>a reply of type %1 to a request of type %2</source>
        <translation>eine Antwort vom Typ %1 auf eine Anfrage vom Typ %2</translation>
    </message>
</context>
<context>
    <name>procglass::agent::Server</name>
    <message>
        <source>the peer did not begin with Hello</source>
        <translation>die Gegenseite begann nicht mit Hello</translation>
    </message>
    <message>
        <source>The agent speaks protocol %1.%2 and its peer %3.%4: install the same Procglass version on both sides.</source>
        <translation>Der Agent spricht Protokoll %1.%2, seine Gegenseite %3.%4: installieren Sie auf beiden Seiten dieselbe Procglass-Version.</translation>
    </message>
    <message>
        <source>a message of type %1 is not a request: closing</source>
        <translation>eine Nachricht vom Typ %1 ist keine Anfrage: Verbindung wird geschlossen</translation>
    </message>
    <message>
        <source>a message of type %1 is not a request</source>
        <translation>eine Nachricht vom Typ %1 ist keine Anfrage</translation>
    </message>
    <message>
        <source>too many requests under way, or a request id in use: closing</source>
        <translation>zu viele Anfragen in Arbeit oder eine Anfrage-ID schon vergeben: Verbindung wird geschlossen</translation>
    </message>
    <message>
        <source>more than %1 requests under way, or a request id already in use</source>
        <translation>mehr als %1 Anfragen in Arbeit oder eine Anfrage-ID schon vergeben</translation>
    </message>
    <message>
        <source>a malformed hold request</source>
        <translation>eine fehlerhafte Halte-Anfrage</translation>
    </message>
    <message>
        <source>a malformed request of type %1</source>
        <translation>eine fehlerhafte Anfrage vom Typ %1</translation>
    </message>
    <message>
        <source>a malformed read request</source>
        <translation>eine fehlerhafte Lese-Anfrage</translation>
    </message>
    <message>
        <source>The read was cancelled.</source>
        <translation>Das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>a malformed search request</source>
        <translation>eine fehlerhafte Such-Anfrage</translation>
    </message>
    <message>
        <source>a malformed dump request</source>
        <translation>eine fehlerhafte Export-Anfrage</translation>
    </message>
    <message>
        <source>The agent runs as root for user %1, who has no entry in the user database: it writes nothing for them.</source>
        <translation>Der Agent läuft als root für Benutzer %1, der in der Benutzerdatenbank fehlt: für ihn schreibt er nichts.</translation>
    </message>
    <message>
        <source>a malformed unknown-value scan request</source>
        <translation>eine fehlerhafte Anfrage für einen Scan mit unbekanntem Wert</translation>
    </message>
    <message>
        <source>The agent keeps at most %1 unknown-value scans (%2 GiB of memory in all) for one connection; close some searches first, or scan fewer regions.</source>
        <translation>Der Agent hält höchstens %1 Scans mit unbekanntem Wert (insgesamt %2 GiB Speicher) pro Verbindung; schließen Sie zuerst einige Suchen oder durchsuchen Sie weniger Bereiche.</translation>
    </message>
    <message>
        <source>a malformed unknown-value scan step</source>
        <translation>ein fehlerhafter Schritt eines Scans mit unbekanntem Wert</translation>
    </message>
    <message>
        <source>The agent reads a snapshot&apos;s base only by an absolute path on its machine; %1 is relative.</source>
        <translation>Der Agent liest die Basis einer Momentaufnahme nur über einen absoluten Pfad auf seinem Rechner; %1 ist relativ.</translation>
    </message>
</context>
<context>
    <name>procglass::cli</name>
    <message>
        <source>Global option (before the command): --agent &apos;COMMAND&apos; reads the process through the procglass-agent that COMMAND starts (pkexec, ssh, docker exec -i...); see &apos;procglass-cli --help&apos;.</source>
        <translation>Globale Option (vor dem Befehl): --agent &apos;COMMAND&apos; liest den Prozess über den procglass-agent, den COMMAND startet (pkexec, ssh, docker exec -i...); siehe &apos;procglass-cli --help&apos;.</translation>
    </message>
    <message>
        <source>(--force replaces it)</source>
        <translation>(--force ersetzt es)</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>die Ausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>wrong number of arguments; see &apos;%1 --help&apos;</source>
        <translation>falsche Anzahl von Argumenten; siehe &apos;%1 --help&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a process id.</source>
        <translation>„%1“ ist keine Prozess-ID.</translation>
    </message>
    <message>
        <source>The process.</source>
        <translation>Der Prozess.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print the auxiliary vector the kernel gave the process at start-up (/proc/PID/auxv): name, value, where it points, meaning.</source>
        <translation>Den Hilfsvektor ausgeben, den der Kernel dem Prozess beim Start mitgegeben hat (/proc/PID/auxv): Name, Wert, worauf er zeigt, Bedeutung.</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 Byte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>1 range</source>
        <translation>1 Abschnitt</translation>
    </message>
    <message>
        <source>%1 ranges</source>
        <translation>%1 Abschnitte</translation>
    </message>
    <message>
        <source>What changed between two moments of a process: A and B are each a snapshot&apos;s or bundle&apos;s folder or the PID of a live process (live vs snapshot). Mappings are paired by their start address and listed as added, removed, grown, shrunk or changed, with the byte ranges that differ.

Exit status, as diff(1): 0 no difference, 1 differences, 2 trouble (an error, a usage error, interrupted).</source>
        <translation>Was sich zwischen zwei Zeitpunkten eines Prozesses geändert hat: A und B sind jeweils der Ordner einer Momentaufnahme oder eines Pakets oder die PID eines laufenden Prozesses (laufend gegen Momentaufnahme). Speicherbereiche werden einander über ihre Anfangsadresse zugeordnet und als hinzugekommen, entfernt, gewachsen, geschrumpft oder geändert aufgeführt, mit den Byte-Abschnitten, die sich unterscheiden.

Exit-Status wie bei diff(1): 0 kein Unterschied, 1 Unterschiede, 2 Probleme (ein Fehler, ein Aufruffehler, unterbrochen).</translation>
    </message>
    <message>
        <source>Before: a snapshot or bundle folder, or a PID.</source>
        <translation>Vorher: der Ordner einer Momentaufnahme oder eines Pakets oder eine PID.</translation>
    </message>
    <message>
        <source>After: a snapshot or bundle folder, or a PID.</source>
        <translation>Nachher: der Ordner einer Momentaufnahme oder eines Pakets oder eine PID.</translation>
    </message>
    <message>
        <source>The whole report as JSON.</source>
        <translation>Der ganze Bericht als JSON.</translation>
    </message>
    <message>
        <source>Changed ranges listed per mapping (default 10); the counts are always exact.</source>
        <translation>Geänderte Abschnitte, die pro Speicherbereich aufgeführt werden (Vorgabe 10); die Zählungen sind immer genau.</translation>
    </message>
    <message>
        <source>Changed ranges kept in all (default 1000000); the counts are always exact.</source>
        <translation>Geänderte Abschnitte, die insgesamt behalten werden (Vorgabe 1000000); die Zählungen sind immer genau.</translation>
    </message>
    <message>
        <source>List unchanged mappings too.</source>
        <translation>Auch unveränderte Speicherbereiche aufführen.</translation>
    </message>
    <message>
        <source>Do not stop a live process while it is compared (its bytes may change).</source>
        <translation>Einen laufenden Prozess während des Vergleichs nicht anhalten (seine Bytes können sich ändern).</translation>
    </message>
    <message>
        <source>--ranges takes a count: %1</source>
        <translation>--ranges erwartet eine Anzahl: %1</translation>
    </message>
    <message>
        <source>--max-ranges takes a count: %1</source>
        <translation>--max-ranges erwartet eine Anzahl: %1</translation>
    </message>
    <message>
        <source>interrupted: the comparison was not finished</source>
        <translation>unterbrochen: der Vergleich wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>(was %1-%2, %3; now %4)</source>
        <translation>(vorher %1-%2, %3; jetzt %4)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes differ in %3</source>
        <translation>%1 von %2 Bytes unterscheiden sich, verteilt auf %3</translation>
    </message>
    <message>
        <source>(%1 bytes readable on one side only)</source>
        <translation>(%1 Bytes nur auf einer Seite lesbar)</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... und %1 weitere</translation>
    </message>
    <message>
        <source>%1 of %2 bytes differ in %3; mappings: %4 changed, %5 grown, %6 shrunk, %7 added, %8 removed, %9 same</source>
        <translation>%1 von %2 Bytes unterscheiden sich, verteilt auf %3; Speicherbereiche: %4 geändert, %5 gewachsen, %6 geschrumpft, %7 hinzugekommen, %8 entfernt, %9 gleich</translation>
    </message>
    <message>
        <source>Disassemble code of a process. One instruction per line, tab-separated: address, symbol+offset, bytes in hex, instruction.</source>
        <translation>Code eines Prozesses disassemblieren. Ein Befehl pro Zeile, durch Tabulatoren getrennt: Adresse, Symbol+Offset, Bytes in Hex, Befehl.</translation>
    </message>
    <message>
        <source>An address (0x7f..., [vdso]+0x10, libc.so.6+0x1234) or a symbol (__vdso_clock_gettime, libc.so.6!memcpy).</source>
        <translation>Eine Adresse (0x7f..., [vdso]+0x10, libc.so.6+0x1234) oder ein Symbol (__vdso_clock_gettime, libc.so.6!memcpy).</translation>
    </message>
    <message>
        <source>How many instructions (default 20).</source>
        <translation>Wie viele Befehle (Vorgabe 20).</translation>
    </message>
    <message>
        <source>AT&amp;T syntax instead of Intel.</source>
        <translation>AT&amp;T-Syntax statt Intel.</translation>
    </message>
    <message>
        <source>Do not stop the target while reading.</source>
        <translation>Das Ziel beim Lesen nicht anhalten.</translation>
    </message>
    <message>
        <source>Name C++ symbols as the files hold them (mangled) instead of demangled.</source>
        <translation>C++-Symbole so benennen, wie die Dateien sie enthalten (kodiert), statt dekodiert.</translation>
    </message>
    <message>
        <source>The count</source>
        <translation>Die Anzahl</translation>
    </message>
    <message>
        <source>the count must be between 1 and 100000</source>
        <translation>die Anzahl muss zwischen 1 und 100000 liegen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an address nor a symbol of a mapped file or of [vdso]</source>
        <translation>„%1“ ist weder eine Adresse noch ein Symbol einer eingeblendeten Datei oder von [vdso]</translation>
    </message>
    <message>
        <source>%1 cannot be read: it is not mapped, or not readable</source>
        <translation>%1 kann nicht gelesen werden: nicht eingeblendet oder nicht lesbar</translation>
    </message>
    <message>
        <source>Save memory of a process to files: raw bytes, a bundle Procglass can open again, or an ELF core that gdb reads. Files are readable by you only (0600).</source>
        <translation>Speicher eines Prozesses in Dateien speichern: Rohdaten, ein Paket, das Procglass wieder öffnen kann, oder einen ELF-Core, den gdb liest. Die Dateien sind nur für Sie lesbar (0600).</translation>
    </message>
    <message>
        <source>A range (0xA-0xB) or the name of mappings ([heap], libc.so.6); repeat for more.</source>
        <translation>Ein Adressbereich (0xA-0xB) oder der Name von Speicherbereichen ([heap], libc.so.6); für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Every readable mapping.</source>
        <translation>Alle lesbaren Speicherbereiche.</translation>
    </message>
    <message>
        <source>raw, bundle or core.</source>
        <translation>raw, bundle oder core.</translation>
    </message>
    <message>
        <source>Where to write.</source>
        <translation>Wohin geschrieben wird.</translation>
    </message>
    <message>
        <source>Replace PATH if it exists.</source>
        <translation>PATH ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>Do not stop the target while saving (the bytes may change meanwhile).</source>
        <translation>Das Ziel beim Speichern nicht anhalten (die Bytes können sich währenddessen ändern).</translation>
    </message>
    <message>
        <source>With --agent: the agent writes PATH on its own machine (only the report travels), where the user it runs as may write. Without it, the bytes travel and PATH is written here.</source>
        <translation>Mit --agent: Der Agent schreibt PATH auf seinem eigenen Rechner (nur der Bericht wird übertragen), wo der Benutzer, unter dem er läuft, schreiben darf. Ohne diese Option werden die Bytes übertragen, und PATH wird hier geschrieben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a format; use raw, bundle or core</source>
        <translation>„%1“ ist kein Format; verwenden Sie raw, bundle oder core</translation>
    </message>
    <message>
        <source>say where to write with -o PATH</source>
        <translation>geben Sie mit -o PATH an, wohin geschrieben werden soll</translation>
    </message>
    <message>
        <source>a core holds the whole process: leave out --region</source>
        <translation>ein Core enthält den ganzen Prozess: lassen Sie --region weg</translation>
    </message>
    <message>
        <source>give --region SPEC (one or more) or --all</source>
        <translation>geben Sie --region SPEC (einmal oder mehrmals) oder --all an</translation>
    </message>
    <message>
        <source>--on-agent writes on the agent&apos;s machine: give --agent &apos;COMMAND&apos; before &apos;dump&apos;, or leave out --on-agent to write here</source>
        <translation>--on-agent schreibt auf dem Rechner des Agenten: geben Sie --agent &apos;COMMAND&apos; vor &apos;dump&apos; an, oder lassen Sie --on-agent weg, um hier zu schreiben</translation>
    </message>
    <message>
        <source>a core needs the threads stopped for their registers: leave out --no-stop</source>
        <translation>ein Core braucht wegen ihrer Register angehaltene Threads: lassen Sie --no-stop weg</translation>
    </message>
    <message>
        <source>wrote %1 on the agent&apos;s machine (%2 bytes of memory)</source>
        <translation>%1 auf dem Rechner des Agenten geschrieben (%2 Bytes Speicher)</translation>
    </message>
    <message>
        <source>wrote %1 (%2 bytes of memory)</source>
        <translation>%1 geschrieben (%2 Bytes Speicher)</translation>
    </message>
    <message>
        <source>%1 chunks: %2 shared, %3 zero, %4 stored; %5 on disk</source>
        <translation>%1 Blöcke: %2 geteilt, %3 nur Nullen, %4 gespeichert; %5 auf dem Datenträger</translation>
    </message>
    <message>
        <source>%1 bytes could not be read and are written as zeros in the core, which cannot mark them (a debugger shows them as the process&apos;s zeros):</source>
        <translation>%1 Bytes konnten nicht gelesen werden und stehen als Nullen im Core, der sie nicht kennzeichnen kann (ein Debugger zeigt sie als Nullen des Prozesses):</translation>
    </message>
    <message>
        <source>unreadable: %1-%2 (%3 bytes)</source>
        <translation>nicht lesbar: %1-%2 (%3 Bytes)</translation>
    </message>
    <message>
        <source>%1 bytes could not be read and are unreadable in the snapshot; %2 lists them</source>
        <translation>%1 Bytes konnten nicht gelesen werden und sind in der Momentaufnahme als nicht lesbar vermerkt; %2 führt sie auf</translation>
    </message>
    <message>
        <source>%1 bytes could not be read and are zeros; %2 lists them</source>
        <translation>%1 Bytes konnten nicht gelesen werden und sind Nullen; %2 führt sie auf</translation>
    </message>
    <message>
        <source>Explain the mapping that holds an address: what it is, its permissions, where its bytes come from.</source>
        <translation>Den Speicherbereich erklären, der eine Adresse enthält: was er ist, seine Rechte, woher seine Bytes stammen.</translation>
    </message>
    <message>
        <source>The address (0x7f..., [heap], libc.so.6+0x1000).</source>
        <translation>Die Adresse (0x7f..., [heap], libc.so.6+0x1000).</translation>
    </message>
    <message>
        <source>%1 lies in no mapping</source>
        <translation>%1 liegt in keinem Speicherbereich</translation>
    </message>
    <message>
        <source>Print the memory mappings of a process, each with its kind.</source>
        <translation>Die Speicherbereiche eines Prozesses ausgeben, jeden mit seiner Art.</translation>
    </message>
    <message>
        <source>skipped line %1 of the maps (%2): %3</source>
        <translation>Zeile %1 der Speicherkarte übersprungen (%2): %3</translation>
    </message>
    <message>
        <source>List the processes of this machine.</source>
        <translation>Die Prozesse dieses Rechners auflisten.</translation>
    </message>
    <message>
        <source>Also list kernel threads (they have no user memory to inspect; hidden by default, as in htop).</source>
        <translation>Auch Kernel-Threads auflisten (sie haben keinen Benutzerspeicher, den man untersuchen könnte; standardmäßig ausgeblendet, wie in htop).</translation>
    </message>
    <message>
        <source>Read memory of a process. ADDRESS is hexadecimal (0x7f...), a region name ([heap], [stack], [vdso]) or a file name (libc.so.6), optionally followed by +OFFSET; anonymous memory as anon@START+OFFSET; or a symbol (libc.so.6!malloc+0x10): every location the other commands print. Unreadable bytes print as ??.</source>
        <translation>Speicher eines Prozesses lesen. ADDRESS ist hexadezimal (0x7f...), ein Bereichsname ([heap], [stack], [vdso]) oder ein Dateiname (libc.so.6), optional gefolgt von +OFFSET; anonymer Speicher als anon@START+OFFSET; oder ein Symbol (libc.so.6!malloc+0x10): jede Stelle, die die anderen Befehle ausgeben. Nicht lesbare Bytes erscheinen als ??.</translation>
    </message>
    <message>
        <source>Where to start.</source>
        <translation>Wo begonnen wird.</translation>
    </message>
    <message>
        <source>How many bytes (decimal or 0x hex).</source>
        <translation>Wie viele Bytes (dezimal oder 0x-Hex).</translation>
    </message>
    <message>
        <source>Write the bytes themselves to stdout; unreadable bytes as zeros, their ranges named on stderr.</source>
        <translation>Die Bytes selbst nach stdout schreiben; nicht lesbare Bytes als Nullen, ihre Bereiche werden auf stderr genannt.</translation>
    </message>
    <message>
        <source>Do not stop the target while reading (the bytes may change as they are read).</source>
        <translation>Das Ziel beim Lesen nicht anhalten (die Bytes können sich während des Lesens ändern).</translation>
    </message>
    <message>
        <source>The length</source>
        <translation>Die Länge</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region kind; use heap, stack, thread-stack, executable, library, anonymous, file, shared, vdso, all, or program-data</source>
        <translation>„%1“ ist keine Bereichsart; verwenden Sie heap, stack, thread-stack, executable, library, anonymous, file, shared, vdso, all oder program-data</translation>
    </message>
    <message>
        <source>--unknown needs --type (int8, int16, int32, int64, uint8 ... uint64, float, double)</source>
        <translation>--unknown braucht --type (int8, int16, int32, int64, uint8 ... uint64, float, double)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value type; use int8, int16, int32, int64, uint8, uint16, uint32, uint64, float or double (--big-endian only with integers)</source>
        <translation>„%1“ ist kein Werttyp; verwenden Sie int8, int16, int32, int64, uint8, uint16, uint32, uint64, float oder double (--big-endian nur bei Ganzzahlen)</translation>
    </message>
    <message>
        <source>--unknown keeps the memory, not hits: give --save-hits FILE for the baseline, then narrow it with &apos;procglass-cli rescan PID FILE --changed&apos; (or --unchanged, --increased...)</source>
        <translation>--unknown behält den Speicher, keine Treffer: geben Sie --save-hits FILE für die Ausgangsdaten an und grenzen Sie sie dann mit &apos;procglass-cli rescan PID FILE --changed&apos; ein (oder --unchanged, --increased...)</translation>
    </message>
    <message>
        <source>%1 bytes (%2 candidate values) kept in %3 as the baseline of an unknown-value scan; next: procglass-cli rescan %4 %3 --changed (or --unchanged, --increased, --decreased, --increased-by N, --decreased-by N)</source>
        <translation>%1 Bytes (%2 mögliche Werte) in %3 als Ausgangsdaten eines Scans mit unbekanntem Wert behalten; weiter mit: procglass-cli rescan %4 %3 --changed (oder --unchanged, --increased, --decreased, --increased-by N, --decreased-by N)</translation>
    </message>
    <message>
        <source>Search the memory of a process. One hit per line: its address, its region (module+offset), the region&apos;s kind and the matched bytes in hex.</source>
        <translation>Den Speicher eines Prozesses durchsuchen. Ein Treffer pro Zeile: seine Adresse, sein Bereich (Modul+Offset), die Art des Bereichs und die gefundenen Bytes in Hex.</translation>
    </message>
    <message>
        <source>Hex bytes; ?? for any byte, ? for any nibble.</source>
        <translation>Hex-Bytes; ?? für ein beliebiges Byte, ? für ein beliebiges Nibble.</translation>
    </message>
    <message>
        <source>Text (UTF-8).</source>
        <translation>Text (UTF-8).</translation>
    </message>
    <message>
        <source>With --text: UTF-16 (little endian; with --big-endian, big endian).</source>
        <translation>Mit --text: UTF-16 (Little-Endian; mit --big-endian Big-Endian).</translation>
    </message>
    <message>
        <source>With --text or --regex: any case of ASCII letters.</source>
        <translation>Mit --text oder --regex: Groß-/Kleinschreibung von ASCII-Buchstaben ignorieren.</translation>
    </message>
    <message>
        <source>An integer (decimal or 0x hex), or a range A..B.</source>
        <translation>Eine Ganzzahl (dezimal oder 0x-Hex) oder ein Bereich A..B.</translation>
    </message>
    <message>
        <source>With --int: 8, 16, 32 or 64 bits.</source>
        <translation>Mit --int: 8, 16, 32 oder 64 Bit.</translation>
    </message>
    <message>
        <source>With --int: signed.</source>
        <translation>Mit --int: mit Vorzeichen.</translation>
    </message>
    <message>
        <source>With --int or --utf16: big endian.</source>
        <translation>Mit --int oder --utf16: Big-Endian.</translation>
    </message>
    <message>
        <source>A floating-point value.</source>
        <translation>Ein Gleitkommawert.</translation>
    </message>
    <message>
        <source>With --float: a double.</source>
        <translation>Mit --float: ein Double.</translation>
    </message>
    <message>
        <source>With --float: how far off a value may be.</source>
        <translation>Mit --float: wie weit ein Wert abweichen darf.</translation>
    </message>
    <message>
        <source>A regular expression over bytes (\x00 for a byte; . is any byte).</source>
        <translation>Ein regulärer Ausdruck über Bytes (\x00 für ein Byte; . ist ein beliebiges Byte).</translation>
    </message>
    <message>
        <source>Comma-separated region kinds (heap,stack,anonymous,...), all, or program-data: the heap, stacks, anonymous memory and the executable&apos;s data and .bss, where a program keeps its variables.</source>
        <translation>Kommagetrennte Bereichsarten (heap,stack,anonymous,...), all oder program-data: der Heap, die Stacks, anonymer Speicher sowie Daten und .bss der ausführbaren Datei, wo ein Programm seine Variablen hält.</translation>
    </message>
    <message>
        <source>Only this address range, A-B in hex.</source>
        <translation>Nur dieser Adressbereich, A-B in Hex.</translation>
    </message>
    <message>
        <source>Stop after N hits.</source>
        <translation>Nach N Treffern aufhören.</translation>
    </message>
    <message>
        <source>Also mappings without read permission that the kernel lets a tracer read.</source>
        <translation>Auch Speicherbereiche ohne Leserecht, die der Kernel einen Tracer lesen lässt.</translation>
    </message>
    <message>
        <source>Do not stop the target while searching.</source>
        <translation>Das Ziel beim Suchen nicht anhalten.</translation>
    </message>
    <message>
        <source>With --int or --float: only at addresses that are a multiple of the value&apos;s size.</source>
        <translation>Mit --int oder --float: nur an Adressen, die ein Vielfaches der Wertgröße sind.</translation>
    </message>
    <message>
        <source>With --int or --float: keep the hits and their values in FILE (0600) for &apos;rescan&apos;.</source>
        <translation>Mit --int oder --float: die Treffer und ihre Werte für &apos;rescan&apos; in FILE (0600) behalten.</translation>
    </message>
    <message>
        <source>With --save-hits: replace FILE if it exists.</source>
        <translation>Mit --save-hits: FILE ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>An unknown initial value: keep the memory (a baseline, in the file of --save-hits) instead of hits; &apos;rescan --changed&apos; and the like then turn it into hits. With --type.</source>
        <translation>Ein unbekannter Anfangswert: statt Treffern den Speicher behalten (Ausgangsdaten, in der Datei von --save-hits); &apos;rescan --changed&apos; und Ähnliches machen dann Treffer daraus. Mit --type.</translation>
    </message>
    <message>
        <source>With --unknown: int8, int16, int32, int64, uint8, uint16, uint32, uint64, float or double.</source>
        <translation>Mit --unknown: int8, int16, int32, int64, uint8, uint16, uint32, uint64, float oder double.</translation>
    </message>
    <message>
        <source>give exactly one of --hex, --text, --int, --float, --regex and --unknown</source>
        <translation>geben Sie genau eine der Optionen --hex, --text, --int, --float, --regex und --unknown an</translation>
    </message>
    <message>
        <source>--type is the value type of an --unknown scan</source>
        <translation>--type ist der Werttyp eines Scans mit --unknown</translation>
    </message>
    <message>
        <source>the tolerance &apos;%1&apos; is not a number</source>
        <translation>die Toleranz „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>--save-hits keeps the values of an --int or --float search</source>
        <translation>--save-hits behält die Werte einer Suche mit --int oder --float</translation>
    </message>
    <message>
        <source>--force replaces the file of --save-hits; give --save-hits FILE</source>
        <translation>--force ersetzt die Datei von --save-hits; geben Sie --save-hits FILE an</translation>
    </message>
    <message>
        <source>The maximum</source>
        <translation>Das Maximum</translation>
    </message>
    <message>
        <source>--aligned applies to --int, --float and --unknown searches</source>
        <translation>--aligned gilt für Suchen mit --int, --float und --unknown</translation>
    </message>
    <message>
        <source>showing the first %1 of %2 hits; %3 has them all</source>
        <translation>die ersten %1 von %2 Treffern werden angezeigt; %3 enthält alle</translation>
    </message>
    <message>
        <source>showing the first %1 hits; there are more (raise --max)</source>
        <translation>die ersten %1 Treffer werden angezeigt; es gibt weitere (--max erhöhen)</translation>
    </message>
    <message>
        <source>Read the hits saved by &apos;search --save-hits&apos; again and keep those whose value passes the test; FILE then holds what is kept. One hit per line: its address, its region, the region&apos;s kind, its value.</source>
        <translation>Die mit &apos;search --save-hits&apos; gespeicherten Treffer neu lesen und die behalten, deren Wert den Test besteht; FILE enthält danach, was behalten wurde. Ein Treffer pro Zeile: seine Adresse, sein Bereich, die Art des Bereichs, sein Wert.</translation>
    </message>
    <message>
        <source>The process the hits were found in.</source>
        <translation>Der Prozess, in dem die Treffer gefunden wurden.</translation>
    </message>
    <message>
        <source>The saved hits.</source>
        <translation>Die gespeicherten Treffer.</translation>
    </message>
    <message>
        <source>Keep values equal to N.</source>
        <translation>Werte behalten, die gleich N sind.</translation>
    </message>
    <message>
        <source>Keep values that changed.</source>
        <translation>Werte behalten, die sich geändert haben.</translation>
    </message>
    <message>
        <source>Keep values that did not change.</source>
        <translation>Werte behalten, die sich nicht geändert haben.</translation>
    </message>
    <message>
        <source>Keep values that grew.</source>
        <translation>Werte behalten, die gestiegen sind.</translation>
    </message>
    <message>
        <source>Keep values that shrank.</source>
        <translation>Werte behalten, die gesunken sind.</translation>
    </message>
    <message>
        <source>Keep values that grew by exactly N.</source>
        <translation>Werte behalten, die um genau N gestiegen sind.</translation>
    </message>
    <message>
        <source>Keep values that shrank by exactly N.</source>
        <translation>Werte behalten, die um genau N gesunken sind.</translation>
    </message>
    <message>
        <source>Keep what is kept in FILE2 (0600) instead of FILE, which stays as it was (a step to go back to).</source>
        <translation>Das Behaltene in FILE2 (0600) statt in FILE ablegen, das unverändert bleibt (ein Schritt, zu dem man zurückkehren kann).</translation>
    </message>
    <message>
        <source>With --save-hits: replace FILE2 if it exists.</source>
        <translation>Mit --save-hits: FILE2 ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>Print at most N hits (the file keeps them all).</source>
        <translation>Höchstens N Treffer ausgeben (die Datei behält alle).</translation>
    </message>
    <message>
        <source>give exactly one of --equal, --changed, --unchanged, --increased, --decreased, --increased-by and --decreased-by</source>
        <translation>geben Sie genau eine der Optionen --equal, --changed, --unchanged, --increased, --decreased, --increased-by und --decreased-by an</translation>
    </message>
    <message>
        <source>--force replaces the file of --save-hits; give --save-hits FILE2</source>
        <translation>--force ersetzt die Datei von --save-hits; geben Sie --save-hits FILE2 an</translation>
    </message>
    <message>
        <source>%1 is the baseline of an unknown-value scan: its next step compares with the values then (--changed, --unchanged, --increased, --decreased, --increased-by N, --decreased-by N); search for a value with &apos;search --int&apos; or &apos;--float&apos;</source>
        <translation>%1 sind die Ausgangsdaten eines Scans mit unbekanntem Wert: Sein nächster Schritt vergleicht mit den damaligen Werten (--changed, --unchanged, --increased, --decreased, --increased-by N, --decreased-by N); nach einem Wert suchen Sie mit &apos;search --int&apos; oder &apos;--float&apos;</translation>
    </message>
    <message>
        <source>the hits in %1 were found in process %2, which is not the process %3 is now; search again</source>
        <translation>die Treffer in %1 wurden in Prozess %2 gefunden, und das ist nicht der Prozess, der jetzt %3 ist; suchen Sie erneut</translation>
    </message>
    <message>
        <source>%1 hits of %2 candidate values kept in %3</source>
        <translation>%1 Treffer von %2 möglichen Werten in %3 behalten</translation>
    </message>
    <message>
        <source>%1 of %2 hits kept</source>
        <translation>%1 von %2 Treffern behalten</translation>
    </message>
    <message>
        <source>showing the first %1 hits; %2 has them all (--max N shows more)</source>
        <translation>die ersten %1 Treffer werden angezeigt; %2 enthält alle (--max N zeigt mehr)</translation>
    </message>
    <message>
        <source>Save a process&apos;s memory as it is at this instant (the target stopped briefly) into a snapshot: a bundle folder Procglass opens again (the window, read --bundle, diff) that stores memory in chunks of 64 KiB. Chunks of zeros are not stored; with --base, chunks equal to the base snapshot&apos;s are not stored again (the base must stay next to the new snapshot: deleting it breaks the snapshots built on it); with --compress, chunks are compressed (zstd). Files are readable by you only (0600).</source>
        <translation>Den Speicher eines Prozesses so, wie er in diesem Augenblick ist (das Ziel wird kurz angehalten), in einer Momentaufnahme speichern: einem Paketordner, den Procglass wieder öffnet (das Fenster, read --bundle, diff) und der den Speicher in Blöcken von 64 KiB ablegt. Blöcke aus Nullen werden nicht gespeichert; mit --base werden Blöcke, die denen der Basis-Momentaufnahme gleichen, nicht erneut gespeichert (die Basis muss neben der neuen Momentaufnahme bleiben: Wer sie löscht, macht die darauf aufbauenden Momentaufnahmen unlesbar); mit --compress werden Blöcke komprimiert (zstd). Die Dateien sind nur für Sie lesbar (0600).</translation>
    </message>
    <message>
        <source>The snapshot&apos;s folder.</source>
        <translation>Der Ordner der Momentaufnahme.</translation>
    </message>
    <message>
        <source>An earlier snapshot in the same folder as DIR: chunks equal to its are shared, not written twice.</source>
        <translation>Eine frühere Momentaufnahme im selben Ordner wie DIR: Blöcke, die ihren gleichen, werden geteilt statt doppelt geschrieben.</translation>
    </message>
    <message>
        <source>Compress chunks (zstd) where that helps.</source>
        <translation>Blöcke komprimieren (zstd), wo das etwas bringt.</translation>
    </message>
    <message>
        <source>A range (0xA-0xB) or the name of mappings ([heap], libc.so.6); repeat for more. Default: every readable mapping.</source>
        <translation>Ein Adressbereich (0xA-0xB) oder der Name von Speicherbereichen ([heap], libc.so.6); für mehrere wiederholen. Vorgabe: alle lesbaren Speicherbereiche.</translation>
    </message>
    <message>
        <source>Replace DIR if it is a bundle or snapshot.</source>
        <translation>DIR ersetzen, wenn es ein Paket oder eine Momentaufnahme ist.</translation>
    </message>
    <message>
        <source>With --agent: the agent writes DIR on its own machine (BASE is then a path there too; only the report travels). Without it, the bytes travel and DIR is written here.</source>
        <translation>Mit --agent: Der Agent schreibt DIR auf seinem eigenen Rechner (BASE ist dann ebenfalls ein Pfad dort; nur der Bericht wird übertragen). Ohne diese Option werden die Bytes übertragen, und DIR wird hier geschrieben.</translation>
    </message>
    <message>
        <source>say where to write with -o DIR</source>
        <translation>geben Sie mit -o DIR an, wohin geschrieben werden soll</translation>
    </message>
    <message>
        <source>--on-agent writes on the agent&apos;s machine: give --agent &apos;COMMAND&apos; before &apos;snapshot&apos;, or leave out --on-agent to write here</source>
        <translation>--on-agent schreibt auf dem Rechner des Agenten: geben Sie --agent &apos;COMMAND&apos; vor &apos;snapshot&apos; an, oder lassen Sie --on-agent weg, um hier zu schreiben</translation>
    </message>
    <message>
        <source>Summarise /proc/PID/status: state, tracer, threads, memory use.</source>
        <translation>/proc/PID/status zusammenfassen: Zustand, Tracer, Threads, Speichernutzung.</translation>
    </message>
    <message>
        <source>Name the symbol at an address: module!symbol+offset, C++ names demangled.</source>
        <translation>Das Symbol an einer Adresse nennen: Modul!Symbol+Offset, C++-Namen dekodiert.</translation>
    </message>
    <message>
        <source>The address (0x7f..., [vdso]+0x10, libc.so.6+0x1234, or a symbol: libc.so.6!malloc+0x10).</source>
        <translation>Die Adresse (0x7f..., [vdso]+0x10, libc.so.6+0x1234 oder ein Symbol: libc.so.6!malloc+0x10).</translation>
    </message>
    <message>
        <source>%1 lies in no mapped file and not in [vdso]</source>
        <translation>%1 liegt in keiner eingeblendeten Datei und nicht in [vdso]</translation>
    </message>
    <message>
        <source>Usage: procglass-cli [--agent &apos;COMMAND&apos;] COMMAND [ARGS]

Commands:
  ps [--kernel] [--json]                       list processes (--kernel: with kernel threads)
  maps PID [--json]                            list the mappings of a process
  read PID ADDRESS LENGTH [--raw] [--no-stop]  read memory
  search PID --hex H|--text S|--int N|--float X|--regex R [options]  search memory
  search PID --unknown --type T --save-hits FILE  keep memory for an unknown-value scan
  rescan PID FILE --changed|--increased|--equal N|...  narrow saved value hits
  dump PID (--region SPEC... | --all) --format raw|bundle|core -o PATH [--force] [--on-agent]
                                               save memory
  disasm PID ADDRESS|SYMBOL [COUNT] [--att]   disassemble
  symbol PID ADDRESS                          name the symbol at an address
  explain PID ADDRESS                         explain the mapping that holds an address
  auxv PID [--json]                           the auxiliary vector (AT_ENTRY, AT_SYSINFO_EHDR...)
  status PID [--json]                         state, tracer, threads, memory use
  snapshot PID -o DIR [--base DIR] [--compress] [--region SPEC...]  memory at an instant, in chunks
  diff A B [--json]                           what changed: snapshots, bundles or a live PID
                                              (exit 0 same, 1 different, 2 trouble)

Options:
  --agent &apos;COMMAND&apos;  read through the procglass-agent that COMMAND starts (its standard input
                     and output carry the agent&apos;s protocol), as the user it runs as, where it runs
  -h, --help         this help; COMMAND --help for a command&apos;s
  -v, --version      the version

Other users&apos;, remote and containerised processes, through an agent:
  procglass-cli --agent &apos;pkexec procglass-agent&apos; maps 1234      as administrator (asks for a password)
  procglass-cli --agent &apos;ssh HOST procglass-agent&apos; ps           another machine
  procglass-cli --agent &apos;docker exec -i C procglass-agent&apos; ps   a container (podman exec -i alike)
  procglass-cli --agent &apos;kubectl exec -i POD -- procglass-agent&apos; ps
  procglass-cli --agent &apos;nsenter -t PID -a procglass-agent&apos; ps  another process&apos;s namespaces
  dump ... -o PATH writes here; dump ... -o PATH --on-agent writes on the agent&apos;s machine.

Exit status: 0 success, 1 error, 2 usage, 3 some bytes were unreadable.
</source>
        <translation>Aufruf: procglass-cli [--agent &apos;COMMAND&apos;] COMMAND [ARGS]

Befehle:
  ps [--kernel] [--json]                       Prozesse auflisten (--kernel: mit Kernel-Threads)
  maps PID [--json]                            die Speicherbereiche eines Prozesses auflisten
  read PID ADDRESS LENGTH [--raw] [--no-stop]  Speicher lesen
  search PID --hex H|--text S|--int N|--float X|--regex R [options]  Speicher durchsuchen
  search PID --unknown --type T --save-hits FILE  Speicher für Scan mit unbekanntem Wert behalten
  rescan PID FILE --changed|--increased|--equal N|...  gespeicherte Werttreffer eingrenzen
  dump PID (--region SPEC... | --all) --format raw|bundle|core -o PATH [--force] [--on-agent]
                                               Speicher in Dateien speichern
  disasm PID ADDRESS|SYMBOL [COUNT] [--att]    disassemblieren
  symbol PID ADDRESS                           das Symbol an einer Adresse nennen
  explain PID ADDRESS                          den Speicherbereich an einer Adresse erklären
  auxv PID [--json]                            der Hilfsvektor (AT_ENTRY, AT_SYSINFO_EHDR...)
  status PID [--json]                          Zustand, Tracer, Threads, Speichernutzung
  snapshot PID -o DIR [--base DIR] [--compress] [--region SPEC...]
                                               Speicher zu einem Zeitpunkt, in Blöcken
  diff A B [--json]                            Änderungen: Momentaufnahmen, Pakete, laufende PID
                                               (Exit-Status 0 gleich, 1 verschieden, 2 Probleme)

Optionen:
  --agent &apos;COMMAND&apos;  über den procglass-agent lesen, den COMMAND startet (sein Protokoll läuft
                     über Standardein-/ausgabe), unter seinem Benutzer, dort, wo er läuft
  -h, --help         diese Hilfe; COMMAND --help für die Hilfe eines Befehls
  -v, --version      die Version

Prozesse anderer Benutzer, anderer Rechner und in Containern, über einen Agenten:
  procglass-cli --agent &apos;pkexec procglass-agent&apos; maps 1234      als Administrator (Passwortabfrage)
  procglass-cli --agent &apos;ssh HOST procglass-agent&apos; ps           ein anderer Rechner
  procglass-cli --agent &apos;docker exec -i C procglass-agent&apos; ps   ein Container (auch podman exec -i)
  procglass-cli --agent &apos;kubectl exec -i POD -- procglass-agent&apos; ps
  procglass-cli --agent &apos;nsenter -t PID -a procglass-agent&apos; ps  Namensräume eines anderen Prozesses
  dump ... -o PATH schreibt hier; dump ... -o PATH --on-agent schreibt auf dem Rechner des Agenten.

Exit-Status: 0 Erfolg, 1 Fehler, 2 Aufruffehler, 3 einige Bytes waren nicht lesbar.
</translation>
    </message>
    <message>
        <source>--agent needs the command that starts the agent: --agent &apos;ssh HOST procglass-agent&apos;</source>
        <translation>--agent braucht den Befehl, der den Agenten startet: --agent &apos;ssh HOST procglass-agent&apos;</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; see &apos;procglass-cli --help&apos;</source>
        <translation>unbekannte Option „%1“; siehe &apos;procglass-cli --help&apos;</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; see &apos;procglass-cli --help&apos;</source>
        <translation>unbekannter Befehl „%1“; siehe &apos;procglass-cli --help&apos;</translation>
    </message>
</context>
</TS>
