// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/search/scanwork.h"
#include "core/model/tr.h"

#include <QByteArray>
#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

namespace procglass {

ScratchFile::~ScratchFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<std::shared_ptr<ScratchFile>> ScratchFile::create()
{
    QByteArray dir = qgetenv("TMPDIR");
    if (dir.isEmpty())
        dir = QByteArrayLiteral("/tmp");
    int fd = ::open(dir.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC | O_EXCL, 0600);
    if (fd < 0 && dir != "/tmp")
        fd = ::open("/tmp", O_TMPFILE | O_RDWR | O_CLOEXEC | O_EXCL, 0600);
    if (fd < 0)
        return errorFromErrno(errno,
            tr("A scan's results that do not fit in memory go to a private unnamed file in %1 (or /tmp), but it "
               "could not be made there (the file system must support O_TMPFILE, as ext4, xfs, btrfs and tmpfs do)")
                .arg(QFile::decodeName(dir)));
    return std::shared_ptr<ScratchFile>(new ScratchFile(fd));
}

Error ScratchFile::write(quint64 offset, const void* data, size_t size)
{
    const char* p = static_cast<const char*>(data);
    while (size > 0) {
        if (offset > quint64(std::numeric_limits<off_t>::max()))
            return makeError(ErrorKind::Io, tr("A scan's scratch file would grow past the largest file size."));
        const ssize_t n = ::pwrite(m_fd, p, size, off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return errorFromErrno(n < 0 ? errno : ENOSPC,
                tr("A scan's results did not fit in memory and could not be written to its private scratch file "
                   "in $TMPDIR or /tmp (free some space there, or scan fewer regions)"));
        p += n;
        size -= size_t(n);
        offset += quint64(n);
    }
    return {};
}

Error ScratchFile::read(quint64 offset, void* out, size_t size) const
{
    char* p = static_cast<char*>(out);
    while (size > 0) {
        const ssize_t n = ::pread(m_fd, p, size, off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return errorFromErrno(n < 0 ? errno : EIO, tr("A scan's private scratch file could not be read back"));
        p += n;
        size -= size_t(n);
        offset += quint64(n);
    }
    return {};
}

Error ScratchFile::copyTo(ScratchFile& to, quint64 offset, quint64 toOffset, quint64 size) const
{
    loff_t in = loff_t(offset), out = loff_t(toOffset);
    while (size > 0) {
        const ssize_t n = ::copy_file_range(m_fd, &in, to.m_fd, &out, size_t(std::min<quint64>(size, 1 << 30)), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            // Another file system, or none that copies: through a buffer.
            std::vector<char> buffer(size_t(std::min<quint64>(size, 1 << 20)));
            while (size > 0) {
                const size_t step = size_t(std::min<quint64>(size, buffer.size()));
                if (Error e = read(quint64(in), buffer.data(), step))
                    return e;
                if (Error e = to.write(quint64(out), buffer.data(), step))
                    return e;
                in += loff_t(step);
                out += loff_t(step);
                size -= step;
            }
            return {};
        }
        size -= quint64(n);
    }
    return {};
}

int scanThreads(int requested)
{
    return requested > 0 ? requested : int(std::max(1u, std::thread::hardware_concurrency()));
}

} // namespace procglass
