// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/io/safeopen.h"
#include "core/model/tr.h"

#include <QFile>
#include <QScopeGuard>

#include <cerrno>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace procglass {

// Opens path for reading if it is a regular file, never through a symbolic link in its last
// component and without ever opening anything else: a FIFO would block, /dev/zero never ends, and
// opening some devices has effects of its own (/dev/watchdog). So the file is first looked at
// through an O_PATH descriptor, which opens nothing, and reopened only once it is known to be a
// regular file -- through /proc/self/fd (our own descriptor table, not a target's /proc), which
// reaches that very inode whatever the path now names.
int openRegularFile(const QString& path, struct stat* st, Error* error)
{
    const QByteArray name = QFile::encodeName(path);
    const int pathFd = ::open(name.constData(), O_PATH | O_NOFOLLOW | O_CLOEXEC);
    if (pathFd < 0) {
        *error = errorFromErrno(errno, tr("Cannot open %1").arg(path));
        return -1;
    }
    const auto closePath = qScopeGuard([pathFd] { ::close(pathFd); });
    if (fstat(pathFd, st) != 0) {
        *error = errorFromErrno(errno, tr("Cannot open %1").arg(path));
        return -1;
    }
    if (S_ISLNK(st->st_mode)) {
        *error = makeError(ErrorKind::InvalidArgument,
            tr("%1 is a symbolic link; Procglass reads such files only from the file itself. Give the path of "
               "the file the link points to.")
                .arg(path),
            ELOOP);
        return -1;
    }
    if (!S_ISREG(st->st_mode)) {
        *error = makeError(ErrorKind::InvalidArgument,
            tr("%1 is not a regular file (it is a directory, device, FIFO or socket), so Procglass does not read it.")
                .arg(path));
        return -1;
    }
    const std::string self = "/proc/self/fd/" + std::to_string(pathFd);
    int fd = ::open(self.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT) // no /proc: the path once more, checked to be the same file below
        fd = ::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *error = errorFromErrno(errno, tr("Cannot open %1").arg(path));
        return -1;
    }
    struct stat now
    {
    };
    if (fstat(fd, &now) != 0 || now.st_dev != st->st_dev || now.st_ino != st->st_ino || !S_ISREG(now.st_mode)) {
        ::close(fd);
        *error = makeError(ErrorKind::Io, tr("%1 was replaced while it was being opened.").arg(path));
        return -1;
    }
    *st = now;
    return fd;
}

} // namespace procglass
