// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "mappedfiles.h"

#include "core/model/tr.h"
#include "core/parse/mapsparser.h"

#include "core/io/uniquefd.h"
#include "target.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace procglass {

namespace {

// Opens an O_PATH fd that was proven to be the region's file, for reading.
Result<std::unique_ptr<ImageFile>> reopenChecked(const UniqueFd& pathFd, const Region& region)
{
    struct stat st
    {
    };
    if (fstat(pathFd.get(), &st) != 0 || !isFileOfRegion(pathFd.get(), st, region))
        return makeError(ErrorKind::Unreadable, tr("%1 is not the file the process mapped.").arg(region.path));
    char self[64];
    std::snprintf(self, sizeof self, "/proc/self/fd/%d", pathFd.get());
    return ImageFile::adopt(::open(self, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC), region);
}

// path below dirfd, O_PATH, never following a symlink; inRoot: dirfd is the process's root.
UniqueFd openPathBeneath(int dirfd, const QByteArray& path, bool inRoot)
{
    open_how how {};
    how.flags = O_PATH | O_NOFOLLOW | O_CLOEXEC;
    how.resolve = RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS | (inRoot ? RESOLVE_IN_ROOT : 0);
    const long fd = syscall(SYS_openat2, dirfd, path.constData(), &how, sizeof how);
    if (fd >= 0 || (errno != ENOSYS && errno != EPERM))
        return UniqueFd(int(fd));
    // No openat2 (before Linux 5.6, or a seccomp filter): the last component is still not followed,
    // and whatever the path leads to must be the region's file.
    const bool relative = dirfd != AT_FDCWD && path.startsWith('/'); // below dirfd, not from our root
    return UniqueFd(::openat(dirfd, path.constData() + (relative ? 1 : 0), O_PATH | O_NOFOLLOW | O_CLOEXEC));
}

} // namespace

Result<std::unique_ptr<ImageFile>> openMappedFile(pid_t pid, const Region& region, MappedFileRoute route)
{
    if (!region.isFileBacked())
        return makeError(ErrorKind::InvalidArgument, tr("This mapping is not a file."));
    char name[96];
    if (route == MappedFileRoute::Any) {
        std::snprintf(name, sizeof name, "/proc/%d/map_files/%llx-%llx", int(pid),
            static_cast<unsigned long long>(region.range.start), static_cast<unsigned long long>(region.range.end));
        UniqueFd fd(::open(name, O_PATH | O_CLOEXEC));
        if (fd.valid())
            return reopenChecked(fd, region);
    }
    const QByteArray path = QFile::encodeName(region.path);
    if (region.deleted || !path.startsWith('/') || path.contains('\0'))
        return makeError(ErrorKind::Unreadable,
            tr("%1 cannot be opened by its name (deleted, or not a path), and the kernel refused its "
               "/proc/PID/map_files entry (that needs CAP_SYS_ADMIN).")
                .arg(region.path));
    // The path is the maps' text: a name printed with \ooo escapes is either that text itself or
    // the bytes it stands for; the device and inode tell which one is the mapped file.
    QList<QByteArray> candidates { path };
    const QByteArray decoded = unescapePath(region.path);
    if (decoded != path && !decoded.contains('\0'))
        candidates << decoded;
    std::snprintf(name, sizeof name, "/proc/%d/root", int(pid));
    const UniqueFd root(::open(name, O_PATH | O_DIRECTORY | O_CLOEXEC));
    for (const int dirfd : { root.get(), int(AT_FDCWD) }) {
        if (dirfd < 0)
            continue;
        for (const QByteArray& candidate : candidates) {
            const UniqueFd fd = dirfd == AT_FDCWD ? openPathBeneath(AT_FDCWD, candidate, false)
                                                  : openPathBeneath(dirfd, candidate, true);
            if (!fd.valid())
                continue;
            if (auto file = reopenChecked(fd, region))
                return file;
        }
    }
    return makeError(ErrorKind::Unreadable,
        tr("%1 is not the file the process mapped (not a regular file, or another device or inode), "
           "and the kernel refused its /proc/PID/map_files entry (that needs CAP_SYS_ADMIN).")
            .arg(region.path));
}

SymbolIndex buildSymbolIndex(LinuxTarget& target, const std::vector<Region>& regions)
{
    const pid_t pid = target.pid();
    return SymbolIndex::build(target, regions, [pid](const Region& region) -> std::unique_ptr<ImageBytes> {
        auto file = openMappedFile(pid, region);
        return file ? std::move(file.value()) : nullptr;
    });
}

} // namespace procglass
