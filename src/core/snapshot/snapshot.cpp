// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/snapshot/snapshot.h"
#include "core/model/tr.h"

#include "core/io/bundlesource.h"
#include "core/io/privatefile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <xxhash.h>
#include <zstd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace procglass {

namespace {

// Read from the source a MiB at a time (as fast as the kernel hands bytes over); written to the
// pack a MiB at a time.
constexpr quint64 kBlock = 16 * kSnapshotChunk;

bool isZero(const std::byte* p, size_t n)
{
    return n == 0 || (p[0] == std::byte(0) && std::memcmp(p, p + 1, n - 1) == 0);
}

struct CctxDeleter
{
    void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};

// The base a snapshot shares chunks with: a sibling of the new snapshot, opened relative to the
// folder both lie in.
Result<std::unique_ptr<BundleSource>> openBase(const QString& path, const BundleFolderWriter& writer)
{
    QString base = path;
    while (base.size() > 1 && base.endsWith(u'/'))
        base.chop(1);
    const QFileInfo info(base);
    const QString name = info.fileName();
    if (name.isEmpty() || name == QLatin1StringView(".") || name == QLatin1StringView(".."))
        return makeError(ErrorKind::InvalidArgument, tr("The base %1 does not name a snapshot's folder.").arg(path));
    if (QFile::encodeName(name) == writer.name())
        return makeError(ErrorKind::InvalidArgument,
            tr("The base %1 is the snapshot being written: a snapshot cannot replace its own base. Choose another "
               "name.")
                .arg(path));
    const QString parentPath = info.path();
    UniqueFd parent(::open(QFile::encodeName(parentPath).constData(), O_RDONLY | O_DIRECTORY | O_NONBLOCK | O_CLOEXEC));
    struct stat a
    {
    };
    struct stat b
    {
    };
    if (!parent.valid() || ::fstat(parent.get(), &a) != 0 || ::fstat(writer.parentFd(), &b) != 0) {
        const int errnum = errno;
        return makeError(ErrorKind::Io,
            tr("The base %1 cannot be opened: %2.").arg(path, QString::fromLocal8Bit(std::strerror(errnum))), errnum);
    }
    if (a.st_dev != b.st_dev || a.st_ino != b.st_ino)
        return makeError(ErrorKind::InvalidArgument,
            tr("The base %1 lies in another folder than the new snapshot (%2): a snapshot shares chunks only with "
               "snapshots in its own folder. Write the new snapshot next to its base.")
                .arg(path, writer.parentPath()));
    auto source = BundleSource::openAt(writer.parentFd(), name, base);
    if (!source)
        return source.error();
    if ((*source)->formatVersion() != 2)
        return makeError(ErrorKind::InvalidArgument,
            tr("The base %1 is a bundle, not a snapshot: only a snapshot (procglass-cli snapshot) can be a base.")
                .arg(path));
    return source;
}

} // namespace

Result<SnapshotReport> writeSnapshot(MemorySource& source, const std::vector<Region>& regions, const BundleInfo& info,
    const QString& directory, const SnapshotOptions& options, const DumpControl& control)
{
    using namespace snapshotformat;
    auto writer = BundleFolderWriter::create(directory, control);
    if (!writer)
        return writer.error();
    BundleFolderWriter& work = **writer;
    std::unique_ptr<BundleSource> base;
    QString baseName;
    if (!options.base.isEmpty()) {
        auto opened = openBase(options.base, work);
        if (!opened)
            return opened.error();
        base = std::move(*opened);
        QString b = options.base;
        while (b.size() > 1 && b.endsWith(u'/'))
            b.chop(1);
        baseName = QFileInfo(b).fileName();
    }
    const QString ownName = QFile::decodeName(work.name());

    quint64 total = 0;
    for (const Region& r : regions) {
        if (bundleCopies(r))
            total += r.range.size();
    }
    SnapshotReport report;
    QStringList packs { QString() };
    // A base's pack index -> ours (-1: not mapped yet, -2: cannot be shared).
    std::vector<int> packMap(base ? size_t(base->packNames().size()) : 0, -1);
    std::vector<SnapshotChunk> index;
    index.reserve(size_t((total + kSnapshotChunk - 1) / kSnapshotChunk));
    std::vector<std::vector<AddressRange>> unreadable(regions.size());
    std::unique_ptr<ZSTD_CCtx, CctxDeleter> cctx(options.compress ? ZSTD_createCCtx() : nullptr);
    if (options.compress && !cctx)
        return makeError(ErrorKind::Io, tr("Not enough memory to compress the snapshot."));

    auto cancelled = [&] { return control.cancel && control.cancel->load(std::memory_order_relaxed); };
    const QString packPath = work.filePath(QStringLiteral("pack"));
    Error packError = work.writeFile(QStringLiteral("pack"), [&](QIODevice& out) -> Error {
        std::vector<std::byte> block(kBlock);
        std::vector<std::byte> baseChunk(kSnapshotChunk);
        std::vector<std::byte> pending;
        pending.reserve(kBlock + ZSTD_compressBound(kSnapshotChunk));
        std::vector<std::byte> compressed(ZSTD_compressBound(kSnapshotChunk));
        quint64 offset = 0;
        quint64 done = 0;
        auto flush = [&]() -> Error {
            if (pending.empty())
                return {};
            if (out.write(reinterpret_cast<const char*>(pending.data()), qint64(pending.size()))
                != qint64(pending.size()))
                return writeError(packPath, out);
            pending.clear();
            return {};
        };
        // Chunk c of a base's pack p as ours, or -1.
        auto sharedPack = [&](quint32 p) -> int {
            if (packMap[p] == -1) {
                const QString name
                    = base->packNames().at(qsizetype(p)).isEmpty() ? baseName : base->packNames().at(qsizetype(p));
                if (name == ownName) {
                    packMap[p] = -2; // the folder being replaced
                } else if (const qsizetype at = packs.indexOf(name); at >= 0) {
                    packMap[p] = int(at);
                } else if (size_t(packs.size()) < kMaxPacks) {
                    packs << name;
                    packMap[p] = int(packs.size() - 1);
                } else {
                    packMap[p] = -2;
                }
            }
            return packMap[p];
        };
        for (size_t ri = 0; ri < regions.size(); ++ri) {
            const Region& r = regions[ri];
            if (!bundleCopies(r))
                continue;
            for (Address a = r.range.start; a < r.range.end;) {
                if (cancelled())
                    return DumpCopier::cancelledError();
                const quint64 n = std::min<quint64>(kBlock, r.range.end - a);
                const ReadResult read = source.read(a, std::span(block).first(size_t(n)));
                if (read.error)
                    return read.error;
                for (const AddressRange& u : read.unreadable) {
                    std::vector<AddressRange>& list = unreadable[ri];
                    if (!list.empty() && list.back().end == u.start)
                        list.back().end = u.end;
                    else
                        list.push_back(u);
                }
                for (quint64 at = 0; at < n; at += kSnapshotChunk) {
                    const quint64 length = std::min<quint64>(kSnapshotChunk, n - at);
                    const std::byte* bytes = block.data() + at;
                    SnapshotChunk c;
                    ++report.chunks;
                    if (isZero(bytes, size_t(length))) {
                        ++report.zeroChunks;
                        index.push_back(c);
                        continue;
                    }
                    c.hash = XXH3_64bits(bytes, size_t(length));
                    // Equal to the base's chunk at the same place: shared -- after comparing the bytes
                    // themselves, since a target could make its chunks collide with the hash.
                    if (base) {
                        quint32 baseLength = 0;
                        const auto at = base->chunkAt(a + (bytes - block.data()), &baseLength);
                        if (at && baseLength == length) {
                            const SnapshotChunk& b = base->chunks()[size_t(*at)];
                            if (b.kind != ChunkKind::Zero && b.hash == c.hash) {
                                const int pack = sharedPack(b.pack);
                                if (pack >= 0 && !base->readChunk(*at, std::span(baseChunk).first(size_t(length)))
                                    && std::memcmp(baseChunk.data(), bytes, size_t(length)) == 0) {
                                    c = b;
                                    c.pack = quint32(pack);
                                    ++report.sharedChunks;
                                    index.push_back(c);
                                    continue;
                                }
                            }
                        }
                    }
                    c.kind = ChunkKind::Raw;
                    c.length = quint32(length);
                    const std::byte* stored = bytes;
                    if (cctx) {
                        const size_t z = ZSTD_compressCCtx(
                            cctx.get(), compressed.data(), compressed.size(), bytes, size_t(length), 1);
                        if (!ZSTD_isError(z) && z < length) {
                            c.kind = ChunkKind::Zstd;
                            c.length = quint32(z);
                            stored = compressed.data();
                        }
                    }
                    c.offset = offset;
                    pending.insert(pending.end(), stored, stored + c.length);
                    offset += c.length;
                    ++report.storedChunks;
                    index.push_back(c);
                }
                if (pending.size() >= kBlock) {
                    if (Error e = flush())
                        return e;
                }
                done += n;
                if (control.progress)
                    control.progress(done, total);
                a += n;
            }
        }
        if (Error e = flush())
            return e;
        report.bytesOnDisk += offset;
        return {};
    });
    if (packError)
        return packError;

    // The index: a header, then 32 bytes a chunk.
    QByteArray indexBytes(qsizetype(kHeaderBytes + kEntryBytes * qint64(index.size())), '\0');
    {
        auto* d = reinterpret_cast<uchar*>(indexBytes.data());
        std::memcpy(d, kIndexMagic, 8);
        qToLittleEndian<quint32>(kIndexVersion, d + 8);
        qToLittleEndian<quint32>(quint32(kSnapshotChunk), d + 12);
        qToLittleEndian<quint64>(quint64(index.size()), d + 16);
        for (size_t i = 0; i < index.size(); ++i) {
            uchar* e = d + kHeaderBytes + qint64(i) * kEntryBytes;
            qToLittleEndian<quint64>(index[i].hash, e);
            qToLittleEndian<quint64>(index[i].offset, e + 8);
            qToLittleEndian<quint32>(index[i].length, e + 16);
            qToLittleEndian<quint32>(index[i].pack, e + 20);
            e[24] = uchar(index[i].kind);
        }
    }
    index = {};

    QJsonArray parts;
    for (size_t i = 0; i < regions.size(); ++i) {
        const Region& r = regions[i];
        QJsonObject part = bundleRegionEntry(r);
        if (bundleCopies(r)) {
            part.insert(QStringLiteral("unreadable"), bundleRangesJson(unreadable[i]));
            report.dump.unreadable.insert(report.dump.unreadable.end(), unreadable[i].begin(), unreadable[i].end());
        }
        parts.append(part);
    }
    QJsonArray packList;
    for (const QString& p : packs)
        packList.append(p);
    QJsonObject manifestObject = bundleManifest(info, 2, parts);
    manifestObject.insert(QStringLiteral("chunk_size"), qint64(kSnapshotChunk));
    manifestObject.insert(QStringLiteral("index"), QStringLiteral("index"));
    manifestObject.insert(QStringLiteral("pack"), QStringLiteral("pack"));
    manifestObject.insert(QStringLiteral("packs"), packList);
    const QByteArray manifest = QJsonDocument(manifestObject).toJson(QJsonDocument::Indented);
    auto writeBytes = [&](const QString& name, const QByteArray& bytes) {
        report.bytesOnDisk += quint64(bytes.size());
        return work.writeFile(name, [&](QIODevice& out) {
            return out.write(bytes) == bytes.size() ? Error() : writeError(work.filePath(name), out);
        });
    };
    if (Error e = writeBytes(QStringLiteral("index"), indexBytes))
        return e;
    indexBytes = QByteArray();
    if (Error e = writeBundleProcFiles(info, writeBytes))
        return e;
    if (Error e = writeBytes(QStringLiteral("manifest.json"), manifest))
        return e;
    if (cancelled())
        return DumpCopier::cancelledError();
    base.reset(); // its files closed before ours are put in place
    if (Error e = work.place())
        return e;
    report.dump.bytes = total;
    report.dump.files << directory;
    report.dump.chunks.total = report.chunks;
    report.dump.chunks.zero = report.zeroChunks;
    report.dump.chunks.shared = report.sharedChunks;
    report.dump.chunks.stored = report.storedChunks;
    report.dump.chunks.bytesOnDisk = report.bytesOnDisk;
    return report;
}

} // namespace procglass
