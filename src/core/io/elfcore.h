// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/host/host.h"
#include "core/io/dump.h"
#include "core/model/region.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace procglass {

// What a core says of its process besides the memory and the threads' registers (NT_PRPSINFO,
// NT_AUXV): read from the target before the core is written (core/host/rundump.h).
struct CoreProcess
{
    pid_t pid = 0;
    pid_t ppid = 0;
    uid_t uid = 0;
    QString name; // comm
    QByteArray commandLine; // /proc/PID/cmdline: the arguments, each ended by a NUL
    QByteArray auxv; // /proc/PID/auxv
    bool elf32 = false; // a 32-bit program (its executable's ELF class)
};

// An ELF core of a held process, as gcore writes it but without gdb: a PT_LOAD per mapping
// (bytes for the readable ones; [vvar] and [vsyscall] left out), and a PT_NOTE with NT_PRSTATUS
// and NT_PRFPREG for every thread (their registers, as the hold gave them, main thread first),
// NT_PRPSINFO, NT_AUXV and NT_FILE. `gdb EXE core` shows the process's bytes and threads. The file
// is 0600, written under a temporary name and renamed when complete; unreadable bytes are zeros
// and listed in the report. memory is any source: a process of this computer or an agent's.
[[nodiscard]] Result<DumpReport> writeElfCore(MemorySource& memory, const CoreProcess& process,
    const std::vector<ThreadRegisters>& threads, const std::vector<Region>& regions, const QString& path,
    const DumpControl& control);

} // namespace procglass
