<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MainWindow</name>
    <message>
        <source>Procglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, PID, user or command line (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process open. Double-click one in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the process list and the open process&apos;s mappings again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a process (or press Enter) to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter mappings by path, kind or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only mappings of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only readable mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only writable mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only executable mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;emory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mapping to see what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mainToolBar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh at the interval set beside this button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process &amp;tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show processes under their parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every thread of the open process until you release it (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type hex digits (or, after Tab, characters) to overwrite bytes of the held process; Ctrl+Z undoes a write (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show memory at an address: 0x7f…, [heap]+0x10, libc.so.6+0x1234 (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter &amp;mappings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Procglass: see inside the memory of a running process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the process with this PID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the bundled demo target and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE once the process is open, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --pid or --demo: show memory at ADDRESS (0x7f..., [heap]+0x10, libc.so.6+0x1234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle saved by Procglass (a folder), offline and read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --pid or --demo: search the process for TEXT once it is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --pid or --demo: show the code at ADDRESS or SYMBOL (__vdso_clock_gettime, libc.so.6!memcpy) once the process&apos;s symbols are read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass</name>
    <message>
        <source>%1 &apos;%2&apos; is not a number; write it in decimal (4096) or hexadecimal (0x1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal address: after 0x only the digits 0-9 and a-f may follow, at most 16 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset &apos;%1&apos; in &apos;%2&apos; is not a number; write it like +0x10 or +16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no region before the &apos;+&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping is named &apos;%1&apos;. Use a hexadecimal address (0x7f...), a region such as [heap], [stack] or [vdso], or the file name of a mapped file such as libc.so.6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset runs past the end of the address space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address range is not two hexadecimal numbers joined by &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the permissions are not four letters like &apos;r-xp&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offset is not a hexadecimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device is not &apos;major:minor&apos; in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the inode is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the inode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (uid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 is already traced by process %2 (%3), and a process can have only one tracer. Detach that debugger or tracer (quit gdb or strace), or read without stopping the target (--no-stop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 belongs to user %2, and Procglass runs as user %3: without CAP_SYS_PTRACE the kernel lets you inspect only your own processes. Run Procglass as that user, or grant procglass-cli the capability (sudo setcap cap_sys_ptrace+ep procglass-cli; it can then read any process).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 runs with changed user or group ids (a setuid or setgid program), so the kernel treats it as privileged: only a process with CAP_SYS_PTRACE may inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 is not dumpable (it called prctl(PR_SET_DUMPABLE, 0), as ssh-agent and password managers do, or it changed credentials), so only a process with CAP_SYS_PTRACE may inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yama ptrace_scope is 1: a process may only inspect its own descendants. Start the program from Procglass, grant CAP_SYS_PTRACE, or allow it for all of your processes with &apos;sudo sysctl kernel.yama.ptrace_scope=0&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yama ptrace_scope is 2: only processes with CAP_SYS_PTRACE may inspect others. Run Procglass with that capability, or lower the setting with &apos;sudo sysctl kernel.yama.ptrace_scope=1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yama ptrace_scope is 3: no process may inspect another until the next reboot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel refused (%1) for a reason Procglass cannot see, such as a security module (SELinux, AppArmor) or a container boundary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: permission denied. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no process %1 (it may have exited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open /proc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list /proc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a process id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unexpected format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the memory map of process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the memory statistics of process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>big endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>little endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uint8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>int%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uint%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points into no mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1+0x%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the start of a UTF-8 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (little endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half of a surrogate pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 text (little endian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous memory: not backed by any file. malloc uses it for large blocks and thread arenas; it starts as zeros and lives only as long as the process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heap: the area right after the program&apos;s data that grows with brk(). malloc hands out small blocks from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main thread&apos;s stack: local variables and return addresses. It grows downwards, and the kernel placed the program&apos;s arguments and environment at its top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stack of another thread: memory the thread library mapped for it, usually with a guard page just below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the program&apos;s own executable file, mapped by the kernel at start-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of a shared library (or the dynamic loader), mapped from its file by the loader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file mapped into memory with mmap(): reading the memory reads the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared memory: the same pages can be mapped by other processes (a /dev/shm file, a memfd, System V shared memory or a MAP_SHARED mapping), so writes are seen by all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[vdso]: a small shared library the kernel maps into every process, so that calls such as clock_gettime() can run without entering the kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[vvar]: data pages the kernel shares with the [vdso] code (clocks, time zone). Parts of it are not ordinary memory, which is why a reader cannot read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[vsyscall]: a fixed page at the top of the address space kept for very old programs; modern kernels emulate it and it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guard page: mapped with no permissions at all, so that running over the end of a stack or buffer crashes at once instead of corrupting memory. Also used to reserve address space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is its code (text): readable and executable, never writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is read-only data: ELF headers, constants and string literals, or tables the loader made read-only after relocating them (RELRO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is initialised data: global and static variables with a starting value, copied from the file on first write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is .bss: global and static variables that start as zero. They take no space in the file, so the loader maps anonymous memory for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was deleted (or replaced) after it was mapped; the process still holds the old contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is shared: writes go to the file or object, and other processes see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yama ptrace_scope is 3: no process may inspect another until the next reboot, not even root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 has exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address range; write it like 0x7f0000000000-0x7f0000100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range %1 is empty: its end must lie after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mapping is named &apos;%1&apos;. Use a range (0x7f0000000000-0x7f0000100000), a region such as [heap] or [stack], or the file name of a mapped file such as libc.so.6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C / C++ array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rust array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go byte slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java byte array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JavaScript Uint8Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xxd dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; unreadable bytes written as 0x00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to export: the selection is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a Procglass bundle: it is not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1: it could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the finished bundle could not be moved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an ELF image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 64-bit little-endian ELF images are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it matches an empty string, which would be a hit at every byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression %1 is not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression %1 could not be analysed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make %1 private (mode 0600): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 is a 32-bit program; Procglass writes cores of 64-bit programs only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 has %2 mappings; an ELF core of more than 65,534 is not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::AddressSpaceView</name>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmapped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No memory mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread stack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::BundleSource</name>
    <message>
        <source>%1 is not a Procglass bundle: %2 cannot be opened (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Procglass bundle manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a region&apos;s entry is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a region&apos;s file name is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s file %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s file %1 does not have the size of its region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle %1 (pid %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::CodeDialog</name>
    <message>
        <source>Copy as code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
… %1 more bytes are copied but not shown here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::CodeView</name>
    <message>
        <source>&amp;AT&amp;&amp;T syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where the last followed call or jump was (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or symbol: 0x7f…, [vdso]+0x10, __vdso_clock_gettime, libc.so.6!memcpy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nor is it a symbol of a mapped file or of [vdso].</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::DataInspector</name>
    <message>
        <source>needs %1 readable bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::DataInspectorView</name>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to follow the pointer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::Disassembler</name>
    <message>
        <source>Capstone cannot disassemble for this machine: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::DisassemblyModel</name>
    <message>
        <source>%1 bytes cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click (or Enter) to follow; Alt+Left goes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These bytes cannot be read: not mapped, or the kernel refuses them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::DumpCopier</name>
    <message>
        <source>The export was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::Error</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::FakeMemorySource</name>
    <message>
        <source>fake memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::Format</name>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 EiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::HexView</name>
    <message>
        <source>··· nothing mapped: %1 from %2 to %3 ···</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The byte at %1 is still being read; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The byte at %1 cannot be read, so it cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;C array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bytes per row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group bytes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB of pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+0x%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;ode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export selection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::HitSet</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a hit set saved by Procglass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value scan needs a pattern of the value&apos;s size (%1 bytes), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number for this scan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::Hold</name>
    <message>
        <source>Process %1 has exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot stop process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot stop thread %1 of process %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread %1 of process %2 did not stop in time (state %3%4). Try again, or read without stopping the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: waiting inside the kernel, e.g. for a disk or a network file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot release thread %1 of process %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread %1 of process %2 is still busy in the kernel; it will run again when Procglass closes the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the registers of thread %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::LinuxTarget</name>
    <message>
        <source>Cannot open process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the memory of process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1%2 has exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the memory of process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the memory of process %1 for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 bytes at 0x%2 in process %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::MainWindow</name>
    <message>
        <source>%1 (%2) — Procglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo target %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>write of %n byte(s) at %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks of this executable, kept between runs. Double-click to show the memory; Delete removes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procglass runs as %1 (uid %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, may read every process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;bookmark at the cursor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: hexadecimal (0x7ffd1234), a region ([heap], [stack]+0x10) or a file (libc.so.6+0x1234)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process is open: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the write at %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing at %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 bytes at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for %1 (kept for %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not mapped in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected %1 bytes (%2) from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2+0x%3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process open. Double-click one in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the memory map could not be read and are not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Process %1 (%2): %3 mappings, %4 of address space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): held — every thread stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process has exited. Its last memory map stays on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse a process saved with File &gt; Export &gt; Process as a bundle, offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected mappings as &amp;raw bytes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process as a &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process as an ELF &amp;core…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory view &amp;selection as raw bytes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save [&amp;vdso] as an ELF file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel maps a small shared library into every process: save it, then try `file` and `objdump -T` on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search memory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the process&apos;s memory for bytes, text, numbers or a regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;code at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the target to change its memory: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the mappings to export in the Mappings table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select bytes in the Memory view first (drag, or Shift+arrows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This process has no [vdso] mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a bundle (a new folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an ELF core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export raw bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists. Replace it? Only a Procglass bundle is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1
%2 of %3; the process is stopped meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2, readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read and are zeros; the export lists where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search in selected mappings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export selected mappings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bundle of process %1 (%2), saved %3: %n mapping(s), read-only</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (bundle) — Procglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled: the target was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::MemorySource</name>
    <message>
        <source>The range 0x%1 + %2 bytes runs past the end of the address space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::ProcessModel</name>
    <message>
        <source>PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procglass may read the memory of this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner of /proc/PID: the effective user, or root while the process is not dumpable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident set size: memory of the process that is in RAM now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether Procglass may read the process&apos;s memory; the tooltip of a &quot;no&quot; says why and how to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::Region</name>
    <message>
        <source>anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vdso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vvar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vsyscall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::RegionModel</name>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>r: readable, w: writable, x: executable; p: private (copy on write) or s: shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first address of the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first address after the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much address space the mapping takes (not how much of it is in RAM: see Rss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a file mapping: where in the file the mapping starts (hexadecimal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device (major:minor, hexadecimal) holding the mapped file; 00:00 for anonymous memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapped file&apos;s inode on that device; 0 for anonymous memory. With the device it names the file even after it was renamed or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the mapping is, as Procglass reads it from the path, the permissions and the threads&apos; stack pointers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident: how much of the mapping is in RAM now (from /proc/PID/smaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportional share: resident memory with pages shared by N processes counted as 1/N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the mapping has been written out to swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapped file, or a name the kernel gives: [heap], [stack], [vdso], [anon:NAME]...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::SearchPanel</name>
    <message>
        <source>Hex bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kind of pattern to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the search (Esc); the hits found so far stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two hex digits a byte, as in 7f 45 4c 46; ?? is any byte, 4? any low nibble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 / ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 little endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 big endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A and a match alike (ASCII letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Big endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal, 0x hex, or a range like 10..20. Then narrow with next scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far a value may be from the one searched for; 0: exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then narrow with next scans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;gnore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCRE syntax over bytes: \x00 is a byte, . any byte. A hit is where a match starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no regular expressions (it was built without Vectorscan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All readable mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings of these kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory view selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0x7f0000000000-0x7f0000100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only at addresses that are a multiple of the value&apos;s size, where compilers put numbers: far fewer false hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also mappings without &amp;read permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel lets a tracer read some mappings the process itself may not (PROT_NONE reservations, execute-only code). [vvar] never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decreased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increased by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decreased by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every hit again and keep those whose value passes the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep values that:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a pattern and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7f 45 4c 46 ?? 01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>42, -7, 0x2a or 10..20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3.14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2718.28125</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=[a-z0-9]+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a process to search its memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tolerance &apos;%1&apos; is not a number; write it like 0.001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one kind of mapping under Kinds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select mappings in the Mappings table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select bytes in the Memory view first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to search: no readable mapping lies in this scope. Mappings without read permission are searched only when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A search is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next scans narrow the hits of an integer, float or double search: search for a value first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the value to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next scan (%1) of %n hit(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching for %1… %n hit(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next scan cancelled: the %n hit(s) are as they were.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The next scan failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n hit(s) kept (%3 ms).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The search stopped: %1 %n hit(s) found before that.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1: %n hit(s) so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n hit(s) for %1; there are more. Raise &quot;At most&quot; or narrow the scope.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) for %1 in %2 (%3 ms).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be read and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow them with a next scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) written to %1 (readable by you only).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>procglass::SearchPattern</name>
    <message>
        <source>The hex digit at position %1 has no partner: write bytes as two digits (0a, not a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a hex digit (0-9, a-f) or a ? wildcard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex pattern is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hex pattern is all wildcards: it would match everywhere. Give at least one digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hex %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text to search for is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text &quot;%1&quot; (%2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, any case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An integer is 8, 16, 32 or 64 bits wide, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer: write it in decimal (-42) or hexadecimal (0x2a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit in %2 (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit in %2 (0 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range %1 is empty: its first value is larger than its last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>big endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>little endian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: write it like 3.14 or -2.5e3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tolerance must be zero or a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 ± %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The regular expression is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regex /%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build of Procglass has no regular expressions (it was built without Vectorscan); cannot search for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::SearchResultModel</name>
    <message>
        <source>not mapped now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> … (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n byte(s) matched, as the search read them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The value when it was last scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to show it in the memory view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module+offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>procglass::TargetSession</name>
    <message>
        <source>The process has exited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of %2 bytes could be written at 0x%3: the kernel refused the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process has exited: there is nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
