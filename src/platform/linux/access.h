// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/error.h"
#include "core/model/processinfo.h"

#include <sys/types.h>

namespace procglass {

// Why the kernel would refuse (or did refuse) us ptrace access to pid, and what would fix it.
// Empty when nothing visible stands in the way. Considers: other user, setuid/setgid or
// non-dumpable target, Yama ptrace_scope, an existing tracer (TracerPid), CAP_SYS_PTRACE.
[[nodiscard]] QString diagnoseAccess(pid_t pid, bool attaching);

// A Permission error for a refused operation: "<what>: <diagnosis>".
[[nodiscard]] Error permissionError(pid_t pid, int errnum, const QString& what, bool attaching = false);

// Empty when we may read the process's memory, otherwise the reason and the fix. Asks the kernel
// itself (opening /proc/PID/mem runs the ptrace access check) and diagnoses only a refusal; a
// kernel thread (known from the listing, not read again) has no memory to read.
[[nodiscard]] QString readAccessProblem(const ProcessInfo& process);

// The Yama ptrace_scope value, or -1 when Yama is not active.
[[nodiscard]] int ptraceScope();
[[nodiscard]] bool haveCapSysPtrace();

} // namespace procglass
