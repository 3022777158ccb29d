// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "rundump.h"

#include "core/model/tr.h"
#include "core/parse/procstatus.h"

#include <cstring>
#include <elf.h>

namespace procglass {

BundleInfo dumpInfoBeforeStop(Target& target, const DumpJob& job)
{
    const bool bundle = job.format == DumpJob::Format::Bundle || job.format == DumpJob::Format::Snapshot;
    return bundle ? target.bundleInfo() : BundleInfo();
}

Result<CoreProcess> readCoreProcess(Target& target, const std::vector<Region>& regions)
{
    CoreProcess process;
    process.pid = target.identity().pid;
    process.name = target.name();
    auto auxv = target.readProcFile(ProcFile::Auxv);
    if (!auxv)
        return auxv.error();
    process.auxv = std::move(*auxv);
    if (auto status = target.readProcFile(ProcFile::Status)) {
        const ProcStatus fields = parseProcStatus(*status);
        process.ppid = pid_t(fields.value(u"PPid").toInt());
        process.uid = uid_t(fields.value(u"Uid").simplified().section(u' ', 0, 0).toUInt()); // real, effective...
    }
    if (auto cmdline = target.readProcFile(ProcFile::Cmdline))
        process.commandLine = std::move(*cmdline);
    // The executable's ELF header is the start of its first mapping (offset 0).
    for (const Region& r : regions) {
        if (r.kind != RegionKind::Executable || r.offset != 0 || !r.perms.read)
            continue;
        std::byte ident[EI_NIDENT] = {};
        const ReadResult read = target.read(r.range.start, ident);
        if (!read.error && read.unreadable.empty() && std::memcmp(ident, ELFMAG, SELFMAG) == 0)
            process.elf32 = ident[EI_CLASS] == std::byte(ELFCLASS32);
        break;
    }
    return process;
}

Result<DumpReport> runDumpJob(Target& target, const TargetHold* hold, const DumpJob& job, const BundleInfo& info)
{
    DumpControl control;
    control.cancel = &job.progress->cancel;
    control.overwrite = job.overwrite;
    control.progress = [progress = job.progress](quint64 done, quint64 total) {
        progress->done = done;
        progress->total = total;
    };
    switch (job.format) {
    case DumpJob::Format::Raw:
        return dumpRaw(target, job.ranges, job.path, control);
    case DumpJob::Format::Bundle:
        return dumpBundle(target, job.regions, info, job.path, control);
    case DumpJob::Format::Snapshot: {
        auto snapshot = writeSnapshot(target, job.regions, info, job.path, job.snapshot, control);
        if (!snapshot)
            return snapshot.error();
        return std::move(snapshot->dump);
    }
    case DumpJob::Format::Core: {
        if (!hold)
            return makeError(ErrorKind::InvalidArgument,
                tr("A core needs the threads stopped for their registers: stop the process to save one."));
        auto threads = hold->threadRegisters();
        if (!threads)
            return threads.error();
        auto process = readCoreProcess(target, job.regions);
        if (!process)
            return process.error();
        return writeElfCore(target, *process, *threads, job.regions, job.path, control);
    }
    }
    return makeError(ErrorKind::InvalidArgument, QString());
}

} // namespace procglass
