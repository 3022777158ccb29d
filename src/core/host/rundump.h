// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/host/host.h"
#include "core/io/elfcore.h"

namespace procglass {

// Running an export on a live process of any host, shared by the window, `procglass-cli dump`,
// LocalTarget::dump (which the agent runs for DumpJob::onAgent jobs) and the agent's client (for
// jobs written here: the bytes travel), in two steps around stopping the target:
// 1. with the target running: what a bundle records of the process as it runs (its status);
[[nodiscard]] BundleInfo dumpInfoBeforeStop(Target& target, const DumpJob& job);
// 2. with every thread stopped by `hold` (one consistent picture), or running if hold is null
//    (the user asked for it; a core cannot: it needs the threads' registers): writes the files on
//    this computer, reading the memory through target, checks job.progress->cancel between chunks
//    and reports progress into it.
[[nodiscard]] Result<DumpReport> runDumpJob(
    Target& target, const TargetHold* hold, const DumpJob& job, const BundleInfo& info);

// What a core records of the process besides its memory, through the target: its status, command
// line and auxv, and its executable's ELF class (from the executable's first mapping).
[[nodiscard]] Result<CoreProcess> readCoreProcess(Target& target, const std::vector<Region>& regions);

} // namespace procglass
