#pragma once

#include "core/io/dump.h"
#include "core/io/dumpjob.h"
#include "core/model/error.h"
#include "platform/linux/procfs.h"

namespace procglass {

class Hold;
class LinuxTarget;

// Running an export on a live process, shared by the window's session thread and
// `procglass-cli dump`, in two steps around stopping the target:
// 1. with the target running: what a bundle records of the process as it runs (its status);
[[nodiscard]] BundleInfo dumpInfoBeforeStop(const LinuxTarget& target, const DumpJob& job);
// 2. with every thread stopped by `hold` (one consistent picture), or running if hold is null
//    (the user asked for it; a core cannot: it needs the threads' registers): writes the files,
//    checks job.progress->cancel between chunks and reports progress into it.
[[nodiscard]] Result<DumpReport> runDumpJob(
    LinuxTarget& target, const Hold* hold, const DumpJob& job, const BundleInfo& info);

} // namespace procglass
