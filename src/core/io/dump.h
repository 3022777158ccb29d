// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/memorysource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QCryptographicHash;
class QIODevice;

namespace procglass {

// How a long write reports and stops: cancel is checked between chunks (every MiB).
struct DumpControl
{
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(quint64 done, quint64 total)> progress;
    bool overwrite = false; // replace an existing file (or bundle); otherwise it is an error
};

// Copies memory into a file for every dump format: a MiB at a time, checking for cancel between
// chunks and reporting progress over the whole dump.
class DumpCopier
{
    Q_DECLARE_TR_FUNCTIONS(procglass::DumpCopier)

public:
    DumpCopier(const DumpControl& control, quint64 total);
    [[nodiscard]] bool cancelled() const;
    [[nodiscard]] static Error cancelledError();
    // Writes range's bytes to out; unreadable bytes as zeros, their ranges appended to unreadable.
    // hash, if given, sees exactly what was written. path names out in error messages.
    [[nodiscard]] Error copy(MemorySource& source, AddressRange range, QIODevice& out, const QString& path,
        std::vector<AddressRange>& unreadable, QCryptographicHash* hash = nullptr);
    [[nodiscard]] quint64 done() const { return m_done; }

private:
    const DumpControl& m_control;
    quint64 m_total = 0;
    quint64 m_done = 0;
    std::vector<std::byte> m_buffer;
};

// What a dump wrote.
struct DumpReport
{
    quint64 bytes = 0; // bytes of memory written
    std::vector<AddressRange> unreadable; // written as zeros, and recorded
    QStringList files; // what now exists
    // A snapshot's chunks (core/snapshot/snapshot.h); all zero for other formats.
    struct Chunks
    {
        quint64 total = 0;
        quint64 zero = 0; // not stored: all zeros
        quint64 shared = 0; // not stored: equal to the base's
        quint64 stored = 0; // written to the snapshot's pack
        quint64 bytesOnDisk = 0; // the folder's files
    } chunks;
};

// Writes ranges of memory, in address order, one after another, to path (0600, created under a
// temporary name and renamed when complete; nothing is left on error or cancel). When there is
// more than one range or some bytes could not be read, path + ".json" says where each range
// lies in the file and which bytes are zeros because they could not be read.
[[nodiscard]] Result<DumpReport> dumpRaw(
    MemorySource& source, std::vector<AddressRange> ranges, const QString& path, const DumpControl& control);

// What a bundle's manifest says about the process.
struct BundleInfo
{
    qint64 pid = 0;
    QString executable;
    QStringList commandLine;
    QDateTime time;
    QByteArray maps; // /proc/PID/maps as it was, kept verbatim
    QByteArray auxv; // /proc/PID/auxv, raw (empty when it could not be read)
    QByteArray status; // /proc/PID/status
};

// What both bundle formats (dumpBundle's, and writeSnapshot's chunked one) write alike.
// Whether a bundle copies a mapping's bytes: the readable ones but [vvar] and [vsyscall], which
// are listed only.
[[nodiscard]] bool bundleCopies(const Region& r);
// A mapping's entry in manifest.json: range, permissions, offset, device, inode, path, kind (each
// format adds where its bytes are).
[[nodiscard]] QJsonObject bundleRegionEntry(const Region& r);
// Ranges as [["0x…", "0x…"], …].
[[nodiscard]] QJsonArray bundleRangesJson(const std::vector<AddressRange>& ranges);
// manifest.json's description of the process, with regions, for a bundle of format version.
[[nodiscard]] QJsonObject bundleManifest(const BundleInfo& info, int version, const QJsonArray& regions);
// Writes the process's maps, and its auxv and status where there are any, with write(name, bytes).
[[nodiscard]] Error writeBundleProcFiles(
    const BundleInfo& info, const std::function<Error(const QString&, const QByteArray&)>& write);

// A directory (0700): one raw file per region, manifest.json (the process, and per region its
// range, permissions, offset, device, inode, path, kind, file name, sha256 and unreadable
// ranges) and a copy of the maps. Written under a temporary name and renamed when complete. With
// overwrite, only an existing bundle is replaced -- never another directory.
[[nodiscard]] Result<DumpReport> dumpBundle(MemorySource& source, const std::vector<Region>& regions,
    const BundleInfo& info, const QString& directory, const DumpControl& control);

// The folder of a bundle (or snapshot) being written, as dumpBundle writes it: checked (only an
// older bundle of ours is replaced, with overwrite), created under a temporary name next to where
// it goes, and put in place by place(); removed unless placed.
class BundleFolderWriter
{
public:
    [[nodiscard]] static Result<std::unique_ptr<BundleFolderWriter>> create(
        const QString& directory, const DumpControl& control);
    ~BundleFolderWriter();
    // A new file in it, 0600, written by write and made durable.
    [[nodiscard]] Error writeFile(const QString& name, const std::function<Error(QIODevice&)>& write);
    [[nodiscard]] QString filePath(const QString& name) const;
    // The folder the bundle goes into (its fd) and the bundle's own name there.
    [[nodiscard]] int parentFd() const;
    [[nodiscard]] QByteArray name() const;
    [[nodiscard]] QString parentPath() const;
    [[nodiscard]] Error place();

private:
    struct Impl;
    explicit BundleFolderWriter(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m;
};

} // namespace procglass
