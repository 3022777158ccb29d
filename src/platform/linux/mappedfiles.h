// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/code/elfsymbols.h"
#include "core/io/imagefile.h"
#include "core/model/error.h"
#include "core/model/region.h"

#include <sys/types.h>

#include <memory>

namespace procglass {

class LinuxTarget;

enum class MappedFileRoute {
    Any, // /proc/PID/map_files when the kernel lets us, else by name
    ByName, // only /proc/PID/root/PATH and PATH (for tests: what a user without CAP_SYS_ADMIN gets)
};

// The file that region of process pid maps, opened for reading -- only if it is that very file: a
// regular file whose device and inode are the maps line's. Nothing named by a path the process
// controls is followed or opened before that is proven, so a FIFO, a device or a symlink planted
// under the mapped name is never opened.
//  1. /proc/PID/map_files/START-END: the mapped file itself, also when deleted or renamed. Opening
//     it needs CAP_SYS_ADMIN (or CAP_CHECKPOINT_RESTORE), even for one's own processes: root gets
//     it, a user gets EPERM. These are magic links, which O_NOFOLLOW would refuse: they are
//     opened O_PATH (no I/O, no device open), checked with fstat, then reopened for reading
//     through /proc/self/fd/N, which names the inode just checked.
//  2. The path the maps print, below /proc/PID/root (openat2 RESOLVE_IN_ROOT|RESOLVE_NO_SYMLINKS:
//     maps paths are resolved already, a symlink in one is someone's plant) and then below our own
//     root (the kernel prints the path as the reader sees it), O_PATH|O_NOFOLLOW, checked, reopened.
//     A name with a newline is tried with "\012" too: the kernel prints both the same way.
// The reopen is O_RDONLY|O_NONBLOCK|O_NOCTTY|O_CLOEXEC; fstat checks the result once more.
[[nodiscard]] Result<std::unique_ptr<ImageFile>> openMappedFile(
    pid_t pid, const Region& region, MappedFileRoute route = MappedFileRoute::Any);

// The symbols of a live process: its mapped files through openMappedFile, [vdso] from its memory.
// Reads files: never while the target is held.
[[nodiscard]] SymbolIndex buildSymbolIndex(LinuxTarget& target, const std::vector<Region>& regions);

} // namespace procglass
