// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/io/imagefile.h"
#include "core/io/safeopen.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace procglass {

bool isFileOfRegion(int fd, const struct stat& st, const Region& region)
{
    if (!S_ISREG(st.st_mode) || quint64(st.st_ino) != region.inode || region.inode == 0)
        return false;
    if (major(st.st_dev) == region.devMajor && minor(st.st_dev) == region.devMinor)
        return true;
    struct statfs fs
    {
    };
    return fstatfs(fd, &fs) == 0 && (fs.f_type == BTRFS_SUPER_MAGIC || fs.f_type == OVERLAYFS_SUPER_MAGIC);
}

Result<std::unique_ptr<ImageFile>> ImageFile::adopt(int fd, const Region& region)
{
    struct stat st
    {
    };
    if (fd < 0 || fstat(fd, &st) != 0 || !isFileOfRegion(fd, st, region)) {
        const int errnum = fd < 0 ? EBADF : errno;
        if (fd >= 0)
            ::close(fd);
        return makeError(ErrorKind::Unreadable,
            tr("%1 is not the file the process mapped (not a regular file, or another device or inode); "
               "its symbols are left out.")
                .arg(region.path),
            errnum);
    }
    return std::unique_ptr<ImageFile>(new ImageFile(fd, quint64(st.st_size)));
}

Result<std::unique_ptr<ImageFile>> ImageFile::openLocal(const Region& region)
{
    const QString notIt
        = tr("%1 on this computer is not the file the process mapped; its symbols are left out.").arg(region.path);
    if (region.deleted || !region.isFileBacked() || region.path.isEmpty())
        return makeError(ErrorKind::Unreadable, notIt);
    struct stat st
    {
    };
    Error error;
    const int fd = openRegularFile(region.path, &st, &error);
    if (fd < 0)
        return makeError(ErrorKind::Unreadable, notIt);
    return adopt(fd, region); // and its device and inode checked
}

ImageFile::~ImageFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool ImageFile::read(quint64 offset, std::span<std::byte> out) const
{
    if (offset > m_size || m_size - offset < out.size())
        return false;
    size_t done = 0;
    while (done < out.size()) {
        const ssize_t n = pread(m_fd, out.data() + done, out.size() - done, off_t(offset + done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false; // an error, or the file became shorter since it was opened
        done += size_t(n);
    }
    return true;
}

} // namespace procglass
