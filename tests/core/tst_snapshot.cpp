// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Snapshots (format 2 bundles): written in chunks, shared with a base, compressed, opened again.
// The contract runs over a compressed snapshot of the live fixture built on a base, so every read
// goes through chunks of two packs; the other tests use an in-memory source.
#include "core/io/bundlesource.h"
#include "core/snapshot/snapshot.h"
#include "fakememorysource.h"
#include "fixture.h"
#include "memorysourcecontract.h"
#include "platform/linux/procfs.h"
#include "platform/linux/target.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace procglass;
using namespace procglass::test;

namespace {
constexpr Address kHeap = 0x7f0000000000;
constexpr Address kZeros = 0x7f0000200000;
constexpr Address kText = 0x7f0000400000;
constexpr Address kNone = 0x7f0000500000;
constexpr quint64 kHeapSize = 5 * kSnapshotChunk + 0x3000; // ends inside a chunk

Region region(Address start, quint64 size, RegionKind kind, bool readable = true)
{
    Region r;
    r.range = { start, start + size };
    r.perms = { readable, readable, false, false };
    r.kind = kind;
    return r;
}

QByteArray noise(qsizetype size, quint32 seed)
{
    QByteArray b(size, Qt::Uninitialized);
    QRandomGenerator g(seed);
    g.fillRange(reinterpret_cast<quint32*>(b.data()), size / 4);
    return b;
}

// Text-like bytes: compressible, as most of a real heap is.
QByteArray words(qsizetype size)
{
    QByteArray b;
    while (b.size() < size)
        b += "procglass snapshot chunk " + QByteArray::number(b.size() % 977) + ' ';
    return b.left(size);
}

quint64 folderBytes(const QString& path)
{
    quint64 n = 0;
    for (const QFileInfo& f : QDir(path).entryInfoList(QDir::Files | QDir::Hidden))
        n += quint64(f.size());
    return n;
}

QByteArray readAll(MemorySource& s, AddressRange r, ReadResult* result = nullptr)
{
    QByteArray out(qsizetype(r.size()), '\0');
    ReadResult rr = s.read(r.start, std::span(reinterpret_cast<std::byte*>(out.data()), size_t(out.size())));
    if (result)
        *result = rr;
    return rr.error ? QByteArray() : out;
}

void flipByte(const QString& path, qint64 at)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(at));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(at));
    QVERIFY(f.putChar(char(c ^ 0x55)));
}
} // namespace

class TestSnapshot : public MemorySourceContract
{
    Q_OBJECT
    Fixture m_fixture;
    QTemporaryDir m_dir;
    std::shared_ptr<BundleSource> m_snapshot;
    QByteArray m_heap = words(qsizetype(kHeapSize));
    QByteArray m_text = noise(0x20000, 3);

    // heap (compressible, an unreadable page, ends mid-chunk), two chunks of zeros, noise, and a
    // mapping nobody can read.
    std::unique_ptr<FakeMemorySource> fake()
    {
        auto f = std::make_unique<FakeMemorySource>();
        f->addSegment(region(kHeap, kHeapSize, RegionKind::Heap), m_heap);
        f->addSegment(region(kZeros, 2 * kSnapshotChunk, RegionKind::Anonymous), QByteArray(2 * kSnapshotChunk, '\0'));
        f->addSegment(region(kText, 0x20000, RegionKind::Anonymous), m_text);
        f->addSegment(region(kNone, 0x1000, RegionKind::Anonymous, false), QByteArray(0x1000, 'x'));
        f->addUnreadable({ kHeap + 0x11000, kHeap + 0x12000 });
        return f;
    }

    static Result<SnapshotReport> write(MemorySource& source, const QString& path, SnapshotOptions options = {})
    {
        auto regions = source.regions();
        if (!regions)
            return regions.error();
        return writeSnapshot(source, *regions, BundleInfo(), path, options, {});
    }

private slots:
    // A snapshot reads back byte for byte, zero chunks as zeros, unreadable bytes as unreadable;
    // reads span chunks, mappings and holes.
    void readsBackWhatWasWritten()
    {
        auto f = fake();
        const QString path = m_dir.filePath(QStringLiteral("plain"));
        auto report = write(*f, path);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->chunks, quint64(6 + 2 + 2));
        QCOMPARE(report->zeroChunks, quint64(2));
        QCOMPARE(report->storedChunks, quint64(8));
        QCOMPARE(report->dump.chunks.total, report->chunks);
        QCOMPARE(report->bytesOnDisk, folderBytes(path));
        auto snap = BundleSource::open(path);
        QVERIFY2(snap, snap ? "" : qPrintable(snap.error().message));
        QCOMPARE((*snap)->formatVersion(), 2);
        QCOMPARE((*snap)->regions()->size(), size_t(4));
        ReadResult rr;
        QByteArray heap = readAll(**snap, { kHeap, kHeap + kHeapSize }, &rr);
        QByteArray expected = m_heap;
        expected.replace(0x11000, 0x1000, QByteArray(0x1000, '\0'));
        QCOMPARE(heap, expected);
        QCOMPARE(rr.unreadable.size(), size_t(1));
        QCOMPARE(rr.unreadable[0], (AddressRange { kHeap + 0x11000, kHeap + 0x12000 }));
        QCOMPARE(readAll(**snap, { kZeros, kZeros + 2 * kSnapshotChunk }), QByteArray(2 * kSnapshotChunk, '\0'));
        QCOMPARE(readAll(**snap, { kText, kText + 0x20000 }), m_text);
        // Across a chunk edge, and from the heap's end across the hole into the zeros.
        QCOMPARE(readAll(**snap, { kHeap + kSnapshotChunk - 7, kHeap + kSnapshotChunk + 9 }),
            m_heap.mid(qsizetype(kSnapshotChunk) - 7, 16));
        const QByteArray across = readAll(**snap, { kHeap + kHeapSize - 16, kZeros + 16 }, &rr);
        QCOMPARE(across.left(16), m_heap.right(16));
        QCOMPARE(rr.unreadable.size(), size_t(1));
        QCOMPARE(rr.unreadable[0], (AddressRange { kHeap + kHeapSize, kZeros }));
        // The mapping nobody could read stays unreadable.
        readAll(**snap, { kNone, kNone + 0x1000 }, &rr);
        QCOMPARE(rr.bytesRead, quint64(0));
        QCOMPARE(rr.unreadable.size(), size_t(1));
    }

    // zstd per chunk, only where it makes the chunk smaller: text shrinks, noise is stored raw.
    void compressesWhereItHelps()
    {
        auto f = fake();
        const QString plain = m_dir.filePath(QStringLiteral("c-plain"));
        const QString packed = m_dir.filePath(QStringLiteral("c-packed"));
        QVERIFY(write(*f, plain));
        auto report = write(*f, packed, { QString(), true });
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QVERIFY2(folderBytes(packed) < folderBytes(plain) - quint64(m_heap.size()) / 2,
            qPrintable(QStringLiteral("%1 vs %2").arg(folderBytes(packed)).arg(folderBytes(plain))));
        auto snap = BundleSource::open(packed);
        QVERIFY(snap);
        int zstd = 0;
        int raw = 0;
        for (const SnapshotChunk& c : (*snap)->chunks()) {
            zstd += c.kind == ChunkKind::Zstd;
            raw += c.kind == ChunkKind::Raw;
        }
        QCOMPARE(raw, 2); // the noise
        QCOMPARE(zstd, 6);
        QByteArray expected = m_heap;
        expected.replace(0x11000, 0x1000, QByteArray(0x1000, '\0'));
        QCOMPARE(readAll(**snap, { kHeap, kHeap + kHeapSize }), expected);
        QCOMPARE(readAll(**snap, { kText, kText + 0x20000 }), m_text);
    }

    // A second snapshot of unchanged memory stores nothing again: a small fraction of the first.
    // A third one after a change stores the changed chunk and points at the first's pack (the
    // file that holds the bytes), not at the second.
    void sharesChunksWithItsBase()
    {
        auto f = fake();
        const QString s1 = m_dir.filePath(QStringLiteral("s1"));
        const QString s2 = m_dir.filePath(QStringLiteral("s2"));
        const QString s3 = m_dir.filePath(QStringLiteral("s3"));
        QVERIFY(write(*f, s1));
        auto second = write(*f, s2, { s1, false });
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QCOMPARE(second->sharedChunks, quint64(8));
        QCOMPARE(second->storedChunks, quint64(0));
        QVERIFY2(folderBytes(s2) * 20 < folderBytes(s1),
            qPrintable(QStringLiteral("%1 vs %2").arg(folderBytes(s2)).arg(folderBytes(s1))));
        f->setBytes(kText + kSnapshotChunk + 5, QByteArray("changed"));
        auto third = write(*f, s3, { s2 + u'/', false });
        QVERIFY2(third, third ? "" : qPrintable(third.error().message));
        QCOMPARE(third->storedChunks, quint64(1));
        QCOMPARE(third->sharedChunks, quint64(7));
        QFile manifest(s3 + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(manifest.readAll()).object().value(QStringLiteral("packs")).toArray(),
            (QJsonArray { QString(), QStringLiteral("s1") }));
        auto snap = BundleSource::open(s3);
        QVERIFY2(snap, snap ? "" : qPrintable(snap.error().message));
        QByteArray text = m_text;
        text.replace(qsizetype(kSnapshotChunk) + 5, 7, "changed");
        QCOMPARE(readAll(**snap, { kText, kText + 0x20000 }), text);
        // s2 may go: s3 does not need it.
        QVERIFY(QDir(s2).removeRecursively());
        QCOMPARE(readAll(**BundleSource::open(s3), { kText, kText + 0x20000 }), text);
    }

    // A base is a sibling: never a snapshot being replaced, never one in another folder, never a
    // format-1 bundle.
    void refusesBasesItCannotShare()
    {
        auto f = fake();
        const QString s1 = m_dir.filePath(QStringLiteral("b1"));
        QVERIFY(write(*f, s1));
        auto self = writeSnapshot(*f, *f->regions(), BundleInfo(), s1, { s1, false }, { nullptr, {}, true });
        QVERIFY(!self);
        QVERIFY2(self.error().message.contains(QStringLiteral("own base")), qPrintable(self.error().message));
        QDir(m_dir.path()).mkdir(QStringLiteral("elsewhere"));
        auto other = write(*f, m_dir.filePath(QStringLiteral("elsewhere/b2")), { s1, false });
        QVERIFY(!other);
        QVERIFY2(other.error().message.contains(QStringLiteral("another folder")), qPrintable(other.error().message));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("elsewhere/b2"))));
        // Replacing a snapshot with --force works as for bundles (its index and pack are ours).
        QVERIFY(writeSnapshot(*f, *f->regions(), BundleInfo(), s1, {}, { nullptr, {}, true }));
    }

    // Damage is an error naming the file, never wrong bytes: a flipped byte in a pack (raw and
    // compressed), an index that lies, a missing or changed base.
    void damageIsAnErrorNamingTheFile()
    {
        auto f = fake();
        for (bool compress : { false, true }) {
            const QString path = m_dir.filePath(compress ? QStringLiteral("d-z") : QStringLiteral("d-raw"));
            QVERIFY(write(*f, path, { QString(), compress }));
            flipByte(path + QStringLiteral("/pack"), 100);
            auto snap = BundleSource::open(path);
            QVERIFY(snap);
            ReadResult rr;
            const QByteArray bytes = readAll(**snap, { kHeap, kHeap + 16 }, &rr);
            QVERIFY(rr.error);
            QVERIFY2(rr.error.message.contains(path + QStringLiteral("/pack")), qPrintable(rr.error.message));
            QVERIFY(bytes.isEmpty());
        }
        // An index entry pointing past its pack's end.
        const QString lying = m_dir.filePath(QStringLiteral("d-index"));
        QVERIFY(write(*f, lying));
        {
            QFile index(lying + QStringLiteral("/index"));
            QVERIFY(index.open(QIODevice::ReadWrite));
            QVERIFY(index.seek(snapshotformat::kHeaderBytes + 8));
            const char far[8] = { 0, 0, 0, 0, 0, 0, 0, 0x10 };
            QVERIFY(index.write(far, 8) == 8);
        }
        auto opened = BundleSource::open(lying);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(lying + QStringLiteral("/index")), qPrintable(opened.error().message));
        // A truncated index.
        QVERIFY(QFile::resize(lying + QStringLiteral("/index"), 40));
        opened = BundleSource::open(lying);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(lying + QStringLiteral("/index")), qPrintable(opened.error().message));

        // A base changed after the snapshot was made, then gone.
        const QString base = m_dir.filePath(QStringLiteral("d-base"));
        const QString top = m_dir.filePath(QStringLiteral("d-top"));
        QVERIFY(write(*f, base));
        QVERIFY(write(*f, top, { base, false }));
        flipByte(base + QStringLiteral("/pack"), 10);
        auto snap = BundleSource::open(top);
        QVERIFY(snap);
        ReadResult rr;
        QVERIFY(readAll(**snap, { kHeap, kHeap + 16 }, &rr).isEmpty());
        QVERIFY2(
            rr.error.message.contains(QDir::cleanPath(base) + QStringLiteral("/pack")), qPrintable(rr.error.message));
        QVERIFY(QDir(base).removeRecursively());
        opened = BundleSource::open(top);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(QStringLiteral("missing")), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(QDir::cleanPath(base)), qPrintable(opened.error().message));
    }

    // A base named through a symbolic link is not followed.
    void baseLinkIsNotFollowed()
    {
        auto f = fake();
        const QString base = m_dir.filePath(QStringLiteral("l-base"));
        const QString top = m_dir.filePath(QStringLiteral("l-top"));
        QVERIFY(write(*f, base));
        QVERIFY(write(*f, top, { base, false }));
        QVERIFY(QDir(m_dir.path()).rename(QStringLiteral("l-base"), QStringLiteral("l-real")));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("l-real")), base));
        auto opened = BundleSource::open(top);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(QStringLiteral("symbolic link")), qPrintable(opened.error().message));
    }

    // Cancelled: nothing is left.
    void cancelLeavesNothing()
    {
        auto f = fake();
        std::atomic<bool> cancel = true;
        const QString path = m_dir.filePath(QStringLiteral("cancelled"));
        auto report = writeSnapshot(*f, *f->regions(), BundleInfo(), path, {}, { &cancel, {}, false });
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::Cancelled);
        QVERIFY(!QFileInfo::exists(path));
    }

protected:
    ContractLayout createLayout() override
    {
        if (!m_fixture.start({ QStringLiteral("--random-size"), QString::number(8 << 20) }))
            qFatal("%s", qPrintable(m_fixture.error()));
        auto target = LinuxTarget::open(m_fixture.pid());
        if (!target)
            qFatal("%s", qPrintable(target.error().message));
        auto regions = (*target)->regions();
        const BundleInfo info = readBundleInfo(m_fixture.pid());
        const QString base = m_dir.filePath(QStringLiteral("fixture-base"));
        const QString path = m_dir.filePath(QStringLiteral("fixture"));
        auto first = writeSnapshot(**target, *regions, info, base, { QString(), true }, {});
        if (!first)
            qFatal("%s", qPrintable(first.error().message));
        auto report = writeSnapshot(**target, *regions, info, path, { base, true }, {});
        if (!report)
            qFatal("%s", qPrintable(report.error().message));
        if (report->sharedChunks < 100)
            qFatal("only %llu chunks shared", report->sharedChunks);
        auto snap = BundleSource::open(path);
        if (!snap)
            qFatal("%s", qPrintable(snap.error().message));
        ContractLayout l;
        m_snapshot = std::shared_ptr<BundleSource>(std::move(snap.value()));
        l.source = m_snapshot;
        l.random = { m_fixture.address(QStringLiteral("random")),
            m_fixture.address(QStringLiteral("random")) + m_fixture.number(QStringLiteral("random_size")) };
        l.seed = m_fixture.number(QStringLiteral("seed"));
        l.guard = 0;
        l.hole = m_fixture.address(QStringLiteral("hole"));
        l.fileMap = m_fixture.address(QStringLiteral("file_map"));
        m_fixture.kill();
        return l;
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
