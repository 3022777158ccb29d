#pragma once

#include "core/io/dump.h"
#include "core/model/memorysource.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace procglass {

// A snapshot: a process's memory at an instant (taken with the target stopped briefly), stored
// so that a multi-GiB process fits on disk and in memory.
//
// On disk a snapshot is a bundle (core/io/bundlesource.h opens it like any other: the window,
// `procglass-cli read --bundle`, diffs) whose manifest says "format": 2 and whose mappings are
// stored in chunks of kSnapshotChunk bytes instead of one raw file each:
//   - a chunk of zeros is not stored;
//   - a chunk equal, byte for byte, to the same chunk of the base snapshot is not stored again:
//     the index points at the file that already holds it (the base's, or the base's base's...);
//   - every other chunk goes to the snapshot's own pack file, zstd-compressed when compress is
//     set and that makes it smaller.
// The index (per chunk: a 64-bit hash of its bytes, where it lies, how it is stored) is a binary
// file of its own, checked like every other input (a snapshot is someone else's folder: bounded,
// fuzzed). Unreadable bytes are listed per mapping as in a bundle, and read back as unreadable.
//
// Memory use while writing or reading is bounded by a few chunks per thread plus the index
// (32 bytes a chunk: 1/2048 of the process), whatever the process's size.
inline constexpr quint64 kSnapshotChunk = 64 << 10;

struct SnapshotOptions
{
    // The previous snapshot's folder (of the same process, or any): chunks equal to its are
    // shared, not written twice. Empty: none. Deleting a base breaks the snapshots built on it.
    QString base;
    bool compress = false; // zstd (level 1) per chunk
};

// What a snapshot wrote, beyond what any dump reports.
struct SnapshotReport
{
    DumpReport dump; // bytes of memory, unreadable ranges, files
    quint64 chunks = 0; // in all
    quint64 zeroChunks = 0; // not stored: all zeros
    quint64 sharedChunks = 0; // not stored: equal to the base's
    quint64 storedChunks = 0; // written to this snapshot's pack
    quint64 bytesOnDisk = 0; // the folder's files, index and manifest included
};

// Writes regions' bytes of source to directory (0700, files 0600; created under a temporary name
// and renamed when complete; nothing is left on error or cancel; overwrite replaces only an
// existing bundle or snapshot). info as for dumpBundle. The caller stops the target (a hold or a
// brief stop: core/host/rundump.h).
[[nodiscard]] Result<SnapshotReport> writeSnapshot(MemorySource& source, const std::vector<Region>& regions,
    const BundleInfo& info, const QString& directory, const SnapshotOptions& options, const DumpControl& control);

} // namespace procglass
