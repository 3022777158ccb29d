// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/code/elfsymbols.h"
#include "core/model/error.h"
#include "core/model/region.h"

#include <QCoreApplication>

#include <memory>

struct stat;

namespace procglass {

// A file a region maps, open for reading, proven to be that very file: a regular file with the
// device and inode the maps line names. Read with pread, piece by piece (see ImageBytes).
class ImageFile final : public ImageBytes
{
    Q_DECLARE_TR_FUNCTIONS(procglass::ImageFile)

public:
    // Takes fd (closed here, also on failure) if fstat says it is the region's file.
    [[nodiscard]] static Result<std::unique_ptr<ImageFile>> adopt(int fd, const Region& region);
    // For a bundle opened offline: the file at the region's path in this file system, only if it
    // is still the file the process mapped (same device and inode -- the same machine, unchanged).
    // The last component is not followed, a FIFO or device is never opened: opened
    // O_NOFOLLOW|O_NONBLOCK after lstat, checked again by fstat.
    [[nodiscard]] static Result<std::unique_ptr<ImageFile>> openLocal(const Region& region);
    ~ImageFile() override;
    ImageFile(const ImageFile&) = delete;
    ImageFile& operator=(const ImageFile&) = delete;

    quint64 size() const override { return m_size; }
    bool read(quint64 offset, std::span<std::byte> out) const override;

private:
    ImageFile(int fd, quint64 size)
        : m_fd(fd)
        , m_size(size)
    { }
    int m_fd = -1;
    quint64 m_size = 0;
};

// Whether st (of fd) is the file region maps: a regular file with its device and inode. On btrfs
// and overlayfs the maps name the file system's device while stat() names a subvolume's or the
// overlay's, so there the inode alone has to do.
[[nodiscard]] bool isFileOfRegion(int fd, const struct stat& st, const Region& region);

} // namespace procglass
