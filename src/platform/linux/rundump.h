#pragma once

#include "core/host/rundump.h"

namespace procglass {

class Hold;
class LinuxTarget;

// core/host/rundump.h for a LinuxTarget held by a Hold, as TargetSession (the window's session
// thread) holds them: the same two steps, through a LocalTarget over the same process.
[[nodiscard]] BundleInfo dumpInfoBeforeStop(const LinuxTarget& target, const DumpJob& job);
[[nodiscard]] Result<DumpReport> runDumpJob(
    LinuxTarget& target, const Hold* hold, const DumpJob& job, const BundleInfo& info);

} // namespace procglass
