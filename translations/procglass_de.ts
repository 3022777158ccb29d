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
        <source>Double-click a process to open it</source>
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
        <source>Procglass runs as user %1 (uid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 (%2): exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process %1 (%2): %3 mappings, %4 mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the maps could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) — Procglass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo target %1 could not be started: %2</source>
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
</context>
</TS>
