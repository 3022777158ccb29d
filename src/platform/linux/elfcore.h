#pragma once

#include "core/io/dump.h"
#include "core/model/region.h"

namespace procglass {

class Hold;
class LinuxTarget;

// An ELF core of a held process, as gcore writes it but without gdb: a PT_LOAD per mapping
// (bytes for the readable ones; [vvar] and [vsyscall] left out), and a PT_NOTE with NT_PRSTATUS
// and NT_PRFPREG for every thread (their registers, taken through the hold), NT_PRPSINFO, NT_AUXV
// and NT_FILE. `gdb EXE core` shows the process's bytes and threads. The file is 0600, written under a
// temporary name and renamed when complete; unreadable bytes are zeros and listed in the report.
// Call from the thread that holds the target.
[[nodiscard]] Result<DumpReport> writeElfCore(LinuxTarget& target, const Hold& hold, const std::vector<Region>& regions,
    const QString& path, const DumpControl& control);

} // namespace procglass
