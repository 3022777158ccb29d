// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/io/dump.h"
#include "core/io/uniquefd.h"
#include "core/snapshot/snapshot.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <vector>

namespace procglass {

// A bundle is untrusted input: someone else may have written it, or changed it since. These bound
// what reading one costs, whatever its manifest claims.
namespace bundlelimits {
inline constexpr qint64 kManifestBytes = 128 << 20; // ~280,000 mappings at ~475 bytes each
inline constexpr qint64 kMapsBytes = 64 << 20; // a maps line is ~100 bytes, 65,530 mappings by default
inline constexpr qint64 kStatusBytes = 4 << 20; // the Groups line of 65,536 groups fits
inline constexpr qint64 kAuxvBytes = 64 << 10; // the kernel keeps a few hundred bytes
// [vdso], [vvar] and [vsyscall] are a few pages wherever Linux runs.
inline constexpr quint64 kKernelPagesBytes = 4 << 20;
// User space ends at 2^57 (5-level page tables); only [vsyscall] lies above.
inline constexpr Address kUserSpaceEnd = Address(1) << 57;
} // namespace bundlelimits

// One mapping as a bundle's manifest describes it.
struct BundlePart
{
    Region region;
    QString file; // its raw bytes in the bundle's folder ("0003-7f...-heap.bin"), or empty: not copied
    QByteArray sha256; // of file, 32 bytes
    std::vector<AddressRange> unreadable; // bytes written as zeros: sorted, disjoint, inside region.range
    // Format 2 (a snapshot): the mapping's bytes are chunks firstChunk.. of the index.
    bool chunked = false;
    quint64 firstChunk = 0;
};

struct BundleManifest
{
    BundleInfo info; // maps, auxv and status stay empty: they are files of their own
    std::vector<BundlePart> parts; // sorted by address, disjoint
    int version = 1; // 2: a snapshot (core/snapshot/snapshot.h)
    QStringList packs; // format 2: "" this folder's pack, else a sibling folder's name
    quint64 chunks = 0; // format 2: chunks in the index
};

// The logical length of chunk index `chunk` of manifest (format 2): kSnapshotChunk, or less at the
// end of a mapping.
[[nodiscard]] quint32 snapshotChunkLength(const BundleManifest& manifest, quint64 chunk);

// Parses and checks a snapshot's index against its manifest (format 2) and the sizes of the packs
// it names: the header, the count, and every entry (kind, pack, stored length, offset and length
// inside the pack). Pure and bounded by the input's size: the entry point for fuzzing. name is
// the index's path in error messages.
[[nodiscard]] Result<std::vector<SnapshotChunk>> parseSnapshotIndex(QByteArrayView bytes,
    const BundleManifest& manifest, std::span<const quint64> packSizes, const QString& name = QStringLiteral("index"));

// Parses and checks a manifest.json's bytes: everything that does not need the bundle's other
// files (ranges sorted and disjoint and in user space, kernel pages small, file names plain
// names inside the folder, checksums well formed, a file for every readable mapping the writer
// copies). Pure and bounded by the input's size: the entry point for fuzzing. name is the
// manifest's path in error messages.
[[nodiscard]] Result<BundleManifest> parseBundleManifest(
    QByteArrayView json, const QString& name = QStringLiteral("manifest.json"));

// A bundle, opened again: a read-only MemorySource with the regions and bytes it holds. Bytes
// that were unreadable when it was written are unreadable again.
//
// Every file is opened relative to the bundle's folder (held open for the source's life) without
// following links, and only a regular file is read. A part's file is checked against its
// SHA-256 the first time any of its bytes is read: a read touching a damaged part fails with an
// error naming the file, and none of its bytes are shown. Files are opened on demand and only a
// few stay open, so a bundle of any number of mappings opens under a low open-files limit.
//
// A snapshot (format 2) keeps its index in memory and its packs (its own, its bases') open; each
// chunk read is checked against its hash in the index, so a damaged pack, index or base is an
// error naming the file, never wrong bytes.
class BundleSource final : public MemorySource, public ChunkedSource
{
    Q_DECLARE_TR_FUNCTIONS(procglass::BundleSource)

public:
    // directory may be a link to the bundle's folder; nothing inside it may be.
    [[nodiscard]] static Result<std::unique_ptr<BundleSource>> open(const QString& directory);
    ~BundleSource() override;

    Result<std::vector<Region>> regions() override;
    ReadResult read(Address address, std::span<std::byte> out) override;
    QString description() const override;
    [[nodiscard]] const BundleInfo& info() const { return m_info; }

    // Format 2 (a snapshot): its chunks, the packs they lie in, and a chunk's bytes, checked.
    [[nodiscard]] int formatVersion() const { return m_version; }
    [[nodiscard]] const std::vector<SnapshotChunk>& chunks() const { return m_chunks; }
    [[nodiscard]] const QStringList& packNames() const { return m_packNames; }
    // The index of the chunk starting at address in a chunked mapping (and its length), if any.
    [[nodiscard]] std::optional<quint64> chunkAt(Address address, quint32* length = nullptr) const;
    // Chunk `index`'s bytes into out (its length), checked against its hash.
    [[nodiscard]] Error readChunk(quint64 index, std::span<std::byte> out) const;
    std::optional<ChunkIdentity> chunkIdentity(Address address, quint64 length) const override;
    // Opens the bundle named name in the folder parentFd (never through a link); path for messages.
    [[nodiscard]] static Result<std::unique_ptr<BundleSource>> openAt(
        int parentFd, const QString& name, const QString& path);

    // How many of the parts' files may be open at once (besides reads under way).
    static constexpr size_t kOpenFiles = 16;

private:
    struct File; // an open part file, shared by the reads using it
    enum class Check : quint8 { Unchecked, Good, Damaged };
    struct Part
    {
        BundlePart manifest;
        quint64 device = 0; // the file as open() found it: a later open must find the same one
        quint64 inode = 0;
    };
    struct Pack
    {
        UniqueFd fd;
        QString path;
        quint64 size = 0;
        quint64 device = 0;
        quint64 inode = 0;
    };
    BundleSource() = default;
    [[nodiscard]] static Result<std::unique_ptr<BundleSource>> openFd(UniqueFd dir, const QString& directory);
    [[nodiscard]] Error openSnapshot(const BundleManifest& manifest);
    ReadResult readChunked(const Part& part, AddressRange piece, Address address, std::span<std::byte> out);
    [[nodiscard]] Result<std::shared_ptr<File>> file(size_t index);
    [[nodiscard]] Error verify(size_t index);
    [[nodiscard]] QString partPath(size_t index) const;

    QString m_directory;
    UniqueFd m_dirFd;
    BundleInfo m_info;
    std::vector<Part> m_parts; // sorted by address
    std::unique_ptr<std::atomic<Check>[]> m_check; // per part
    std::unique_ptr<std::mutex[]> m_checking; // per part: one thread checks, the others wait
    std::unique_ptr<Error[]> m_damage; // per part, set once with Check::Damaged
    std::mutex m_filesMutex;
    std::list<std::pair<size_t, std::shared_ptr<File>>> m_files; // most recently used first
    int m_version = 1;
    QStringList m_packNames;
    std::vector<Pack> m_packs;
    std::vector<SnapshotChunk> m_chunks;
    QString m_indexPath;
};

} // namespace procglass
