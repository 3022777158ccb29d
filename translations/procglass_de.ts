<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>Procglass</source>
        <translation>Procglass</translation>
    </message>
    <message>
        <source>Filter by name, PID, user or command line (Ctrl+F)</source>
        <translation>Nach Name, PID, Benutzer oder Befehlszeile filtern (Strg+F)</translation>
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
        <source>Select a mapping to see what it is.</source>
        <translation>Wählen Sie einen Speicherbereich aus, um zu sehen, worum es sich dabei handelt.</translation>
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
        <source>Refresh at the interval set beside this button</source>
        <translation>In dem neben dieser Schaltfläche eingestellten Intervall aktualisieren</translation>
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
        <source>The offset &apos;%1&apos; in &apos;%2&apos; is not a number; write it like +0x10 or +16.</source>
        <translation>Der Offset „%1“ in „%2“ ist keine Zahl; schreiben Sie ihn etwa als +0x10 oder +16.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no region before the &apos;+&apos;.</source>
        <translation>„%1“ nennt vor dem „+“ keinen Bereich.</translation>
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
        <source>Process %1 is not dumpable (it called prctl(PR_SET_DUMPABLE, 0), as ssh-agent and password managers do, or it changed credentials), so only a process with CAP_SYS_PTRACE may inspect it.</source>
        <translation>Prozess %1 ist nicht „dumpable“ (er hat prctl(PR_SET_DUMPABLE, 0) aufgerufen, wie es ssh-agent und Passwortmanager tun, oder seine Benutzer- bzw. Gruppen-IDs gewechselt), daher darf nur ein Prozess mit CAP_SYS_PTRACE ihn untersuchen.</translation>
    </message>
    <message>
        <source>Yama ptrace_scope is 1: a process may only inspect its own descendants. Start the program from Procglass, grant CAP_SYS_PTRACE, or allow it for all of your processes with &apos;sudo sysctl kernel.yama.ptrace_scope=0&apos;.</source>
        <translation>Yama ptrace_scope ist 1: Ein Prozess darf nur seine eigenen Nachkommen untersuchen. Starten Sie das Programm aus Procglass heraus, verleihen Sie CAP_SYS_PTRACE, oder erlauben Sie es für alle Ihre Prozesse mit &apos;sudo sysctl kernel.yama.ptrace_scope=0&apos;.</translation>
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
        <source>→ %1+0x%2 (%3)</source>
        <translation>→ %1+0x%2 (%3)</translation>
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
        <source>No mapping is named &apos;%1&apos;. Use a range (0x7f0000000000-0x7f0000100000), a region such as [heap] or [stack], or the file name of a mapped file such as libc.so.6.</source>
        <translation>Kein Speicherbereich heißt „%1“. Verwenden Sie einen Adressbereich (0x7f0000000000-0x7f0000100000), einen Bereich wie [heap] oder [stack] oder den Dateinamen einer eingeblendeten Datei wie libc.so.6.</translation>
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
        <source>%1 exists and is not a Procglass bundle: it is not replaced.</source>
        <translation>%1 existiert und ist kein Procglass-Paket: Es wird nicht ersetzt.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht erstellt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create a folder in %1: %2</source>
        <translation>In %1 kann kein Ordner erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1: it could not be moved aside.</source>
        <translation>%1 kann nicht ersetzt werden: Es konnte nicht beiseitegeschoben werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: the finished bundle could not be moved there.</source>
        <translation>%1 kann nicht erstellt werden: Das fertige Paket konnte nicht dorthin verschoben werden.</translation>
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
        <source>The regular expression %1 could not be analysed.</source>
        <translation>Der reguläre Ausdruck %1 konnte nicht analysiert werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot make %1 private (mode 0600): %2</source>
        <translation>%1 kann nicht privat gemacht werden (Modus 0600): %2</translation>
    </message>
    <message>
        <source>Process %1 is a 32-bit program; Procglass writes cores of 64-bit programs only.</source>
        <translation>Prozess %1 ist ein 32-Bit-Programm; Procglass schreibt Core-Dateien nur von 64-Bit-Programmen.</translation>
    </message>
    <message>
        <source>Process %1 has %2 mappings; an ELF core of more than 65,534 is not written yet.</source>
        <translation>Prozess %1 hat %2 Speicherbereiche; einen ELF-Core mit mehr als 65.534 davon kann Procglass noch nicht schreiben.</translation>
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
</context>
<context>
    <name>procglass::BundleSource</name>
    <message>
        <source>%1 is not a Procglass bundle: %2 cannot be opened (%3).</source>
        <translation>%1 ist kein Procglass-Paket: %2 kann nicht geöffnet werden (%3).</translation>
    </message>
    <message>
        <source>%1 is not a Procglass bundle manifest.</source>
        <translation>%1 ist kein Manifest eines Procglass-Pakets.</translation>
    </message>
    <message>
        <source>%1: a region&apos;s entry is damaged.</source>
        <translation>%1: Der Eintrag eines Bereichs ist beschädigt.</translation>
    </message>
    <message>
        <source>%1: a region&apos;s file name is damaged.</source>
        <translation>%1: Der Dateiname eines Bereichs ist beschädigt.</translation>
    </message>
    <message>
        <source>The bundle&apos;s file %1 cannot be opened: %2</source>
        <translation>Die Paketdatei %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The bundle&apos;s file %1 does not have the size of its region.</source>
        <translation>Die Paketdatei %1 hat nicht die Größe ihres Bereichs.</translation>
    </message>
    <message>
        <source>bundle %1 (pid %2, %3)</source>
        <translation>Paket %1 (PID %2, %3)</translation>
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
        <translation>&amp;AT&amp;&amp;T-Syntax</translation>
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
        <source>Nor is it a symbol of a mapped file or of [vdso].</source>
        <translation>Es ist auch kein Symbol einer eingeblendeten Datei oder von [vdso].</translation>
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
</context>
<context>
    <name>procglass::DumpCopier</name>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts gespeichert.</translation>
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
    <name>procglass::FakeMemorySource</name>
    <message>
        <source>fake memory</source>
        <translation>simulierter Speicher</translation>
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
        <source>%1+0x%2 (%3)</source>
        <translation>%1+0x%2 (%3)</translation>
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
</context>
<context>
    <name>procglass::HitSet</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
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
        <source>&apos;%1&apos; is not a number for this scan.</source>
        <translation>„%1“ ist keine Zahl für diesen Scan.</translation>
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
    <name>procglass::MainWindow</name>
    <message>
        <source>%1 (%2) — Procglass</source>
        <translation>%1 (%2) — Procglass</translation>
    </message>
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
        <source>%1: %2+0x%3 (%4)</source>
        <translation>%1: %2+0x%3 (%4)</translation>
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
        <source>Process %1 (%2): %3 mappings, %4 of address space</source>
        <translation>Prozess %1 (%2): %3 Speicherbereiche, %4 Adressraum</translation>
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
        <source>%1 (%2): running</source>
        <translation>%1 (%2): läuft</translation>
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
        <source>%1 could not be read and are zeros; the export lists where.</source>
        <translation>%1 konnten nicht gelesen werden und sind mit Nullen gefüllt; der Export verzeichnet, wo.</translation>
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
</context>
<context>
    <name>procglass::MemorySource</name>
    <message>
        <source>The range 0x%1 + %2 bytes runs past the end of the address space.</source>
        <translation>Der Bereich 0x%1 + %2 Bytes reicht über das Ende des Adressraums hinaus.</translation>
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
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
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
        <translation>Mit &amp;Vorzeichen</translation>
    </message>
    <message>
        <source>&amp;Big endian</source>
        <translation>&amp;Big-Endian</translation>
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
        <translation>&amp;Ausgerichtet</translation>
    </message>
    <message>
        <source>Only at addresses that are a multiple of the value&apos;s size, where compilers put numbers: far fewer false hits</source>
        <translation>Nur an Adressen, die ein Vielfaches der Wertgröße sind, wo Compiler Zahlen ablegen: weit weniger Fehltreffer</translation>
    </message>
    <message>
        <source>Also mappings without &amp;read permission</source>
        <translation>Auch Speicherbereiche ohne Lese&amp;recht</translation>
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
        <source>&amp;Next scan</source>
        <translation>&amp;Nächster Scan</translation>
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
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
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
        <source>This build of Procglass has no regular expressions (it was built without Vectorscan); cannot search for %1.</source>
        <translation>Dieser Procglass-Build unterstützt keine regulären Ausdrücke (er wurde ohne Vectorscan erstellt); die Suche nach %1 ist nicht möglich.</translation>
    </message>
</context>
<context>
    <name>procglass::SearchResultModel</name>
    <message>
        <source>not mapped now</source>
        <translation>derzeit nicht eingeblendet</translation>
    </message>
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
        <source>Module+offset</source>
        <translation>Modul+Offset</translation>
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
</context>
</TS>
