// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/io/dump.h"
#include "core/model/memorysource.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
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

// The on-disk format (format 2 of a bundle; see docs): what the reader checks.
//   manifest.json: "version": 2, "chunk_size": 65536, "index": "index", "pack": "pack",
//     "packs": ["", "NAME", ...] -- the files chunks lie in: "" this folder's pack, NAME the pack
//     of the sibling folder NAME (a base; only plain names, in the same parent folder). Mappings
//     as in format 1 without "file" and "sha256": a copied mapping's chunks follow those of the
//     copied mappings before it in the index, ceil(size / chunk) of them.
//   index: a header (8 bytes "PGSNAPIX", u32 version 1, u32 chunk size, u64 count, 8 reserved)
//     then per chunk 32 bytes, little endian: u64 XXH3-64 of its bytes, u64 offset in its pack,
//     u32 stored length, u32 pack (an index into "packs"), u8 kind (0 zeros, 1 raw, 2 zstd), 7 zero.
//   pack: the stored chunks, one after another.
namespace snapshotformat {
inline constexpr char kIndexMagic[9] = "PGSNAPIX";
inline constexpr quint32 kIndexVersion = 1;
inline constexpr qint64 kHeaderBytes = 32;
inline constexpr qint64 kEntryBytes = 32;
// A chain of snapshots references at most this many packs; beyond, chunks are stored again.
inline constexpr size_t kMaxPacks = 16;
// 8 M chunks: 512 GiB of memory in one snapshot.
inline constexpr qint64 kIndexBytes = kHeaderBytes + kEntryBytes * (qint64(8) << 20);
} // namespace snapshotformat

enum class ChunkKind : quint8 { Zero = 0, Raw = 1, Zstd = 2 };

struct SnapshotChunk
{
    quint64 hash = 0; // XXH3-64 of the chunk's bytes (0 for zeros)
    quint64 offset = 0; // in its pack
    quint32 length = 0; // stored bytes
    quint32 pack = 0; // index into the manifest's "packs"
    ChunkKind kind = ChunkKind::Zero;
};

// Where a chunk of a snapshot physically lies: two chunks with equal identities hold the same bytes
// (the same file's same bytes, or both zeros), so a diff need not read them. The hash each index
// records is part of it: a snapshot whose base was replaced names the new base's pack at offsets
// that now hold other bytes, and a read of it is an error, never "equal".
struct ChunkIdentity
{
    quint64 hash = 0; // as the snapshot's index records it
    quint64 device = 0;
    quint64 inode = 0;
    quint64 offset = 0;
    quint32 length = 0;
    ChunkKind kind = ChunkKind::Zero;
    bool operator==(const ChunkIdentity&) const = default;
};

// A memory source stored in chunks (a snapshot opened again): diffSources asks it first.
class ChunkedSource
{
public:
    virtual ~ChunkedSource() = default;
    // The identity of the chunk of `length` bytes starting at address, when address starts a whole
    // stored chunk (chunks count from their mapping's start) that has no unreadable bytes.
    [[nodiscard]] virtual std::optional<ChunkIdentity> chunkIdentity(Address address, quint64 length) const = 0;
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
