// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/io/dump.h"
#include "core/model/error.h"
#include "core/model/processinfo.h"
#include "core/parse/mapsparser.h"
#include "core/parse/procstatus.h"
#include "core/parse/smaps.h"

#include <optional>
#include <string>
#include <vector>

namespace procglass {

enum class FileShape {
    Any, // read until read() returns 0
    // Files the kernel produces in one piece (/proc/PID/stat, cmdline): a read that does not fill the
    // buffer got everything, which saves the final read() -- a syscall per file when listing 2,000
    // processes. Not for multi-record files such as maps, which come in page-sized reads.
    SingleRecord,
};

// Reads a whole (pseudo) file. dirfd may be AT_FDCWD. On failure returns false and sets errno.
// `out` keeps its capacity between calls, so reuse it in loops.
[[nodiscard]] bool readWholeFile(int dirfd, const char* path, std::string& out, FileShape shape = FileShape::Any);

// Every process the caller can see. Processes that exit while being listed are skipped.
[[nodiscard]] Result<std::vector<ProcessInfo>> listProcesses();
[[nodiscard]] Result<ProcessInfo> readProcess(pid_t pid);

// The login name of uid, or the number when it has none. Cached.
[[nodiscard]] QString userName(uid_t uid);

// Identity from /proc/PID/stat; NoSuchProcess when there is no such pid.
[[nodiscard]] Result<ProcessIdentity> readIdentity(pid_t pid);

// A maps file (/proc/PID/maps) parsed as it is read, through a buffer of bounded size. classify: as
// parseMaps does. nullopt with errno set when it cannot be opened or read.
[[nodiscard]] std::optional<ParsedMaps> readMapsFile(const char* path, bool classify = true);
// /proc/PID/maps parsed and classified (executable vs library, thread stacks found from the
// threads' stack pointers where the kernel shows them).
[[nodiscard]] Result<ParsedMaps> readRegions(pid_t pid);
// /proc/PID/NAME as it is ("maps", "auxv", "cmdline"...); the files of the process's memory
// (maps, smaps, auxv, environ, cmdline) through memoryDir().
[[nodiscard]] Result<QByteArray> readProcFile(pid_t pid, const char* name);
[[nodiscard]] Result<std::vector<SmapsEntry>> readSmaps(pid_t pid);
// What a bundle keeps of the process besides its memory: executable, command line, maps, auxv,
// status, now. Whatever cannot be read stays empty.
[[nodiscard]] BundleInfo readBundleInfo(pid_t pid);

// An error saying that pid is a kernel thread (PF_KTHREAD in /proc/PID/stat), which has no user
// address space: nothing to read, map or hold. Empty for any other pid (or one that is gone).
[[nodiscard]] Error kernelThreadError(pid_t pid);
// The same sentence, for a kernel thread already known as one (from a process listing).
[[nodiscard]] QString kernelThreadMessage(pid_t pid, const QString& name);

// The thread through which a process's memory is reached: pid itself, or -- when the main thread
// has ended with pthread_exit() while other threads run on -- a live thread. The kernel shows an
// exited main thread's maps, smaps, auxv, mem and exe as empty (its task has no mm any more), and
// process_vm_readv(pid) answers ESRCH, yet the process lives. Costs one read of /proc/PID/stat.
[[nodiscard]] pid_t memoryTask(pid_t pid);
// "/proc/PID", or "/proc/PID/task/TID" for that live thread.
[[nodiscard]] std::string memoryDir(pid_t pid);
// Whether a thread state letter means the thread has ended (a zombie, or dead).
[[nodiscard]] constexpr bool threadEnded(char state)
{
    return state == 0 || state == 'Z' || state == 'X';
}

// The thread ids in /proc/PID/task.
[[nodiscard]] std::vector<pid_t> listThreads(pid_t pid);
// The state letter of a thread (R, S, D, T, t, Z...), or 0 when it is gone.
[[nodiscard]] char threadState(pid_t pid, pid_t tid);

// Who a TracerPid is: the kernel names the tracing thread; this finds its process, and whether
// that is this very process (Procglass holding the target).
[[nodiscard]] TracerIdentity identifyTracer(pid_t tracerTid);

// Fields of /proc/PID/status, e.g. statusField(text, "TracerPid").
[[nodiscard]] std::string_view statusField(std::string_view status, std::string_view key);

// Stable errors for the common failures of opening /proc/PID/...: no such process, permission (diagnosed).
[[nodiscard]] Error procError(pid_t pid, int errnum, const QString& what);

} // namespace procglass
