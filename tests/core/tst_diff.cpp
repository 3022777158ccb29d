// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// diffSources: what changed between two memory sources -- in memory, and between snapshots.
#include "core/io/bundlesource.h"
#include "core/snapshot/diff.h"
#include "core/snapshot/snapshot.h"
#include "fakememorysource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace procglass;

namespace {
constexpr Address kHeap = 0x7f0000000000;
constexpr Address kStack = 0x7ff000000000;
constexpr Address kLib = 0x7f4000000000;
constexpr quint64 kSize = 8 * kSnapshotChunk;

Region region(Address start, quint64 size, RegionKind kind)
{
    Region r;
    r.range = { start, start + size };
    r.perms = { true, true, false, false };
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

struct Pair
{
    FakeMemorySource before;
    FakeMemorySource after;
};

// The same heap, library and stack on both sides.
void fill(Pair& p, quint64 afterHeap = kSize)
{
    const QByteArray heap = noise(qsizetype(kSize), 1);
    p.before.addSegment(region(kHeap, kSize, RegionKind::Heap), heap);
    p.after.addSegment(region(kHeap, afterHeap, RegionKind::Heap), heap + noise(qsizetype(afterHeap - kSize), 9));
    const QByteArray lib = noise(0x10000, 2);
    p.before.addSegment(region(kLib, 0x10000, RegionKind::Anonymous), lib);
    p.after.addSegment(region(kLib, 0x10000, RegionKind::Anonymous), lib);
    const QByteArray stack = noise(0x20000, 3);
    p.before.addSegment(region(kStack, 0x20000, RegionKind::MainStack), stack);
    p.after.addSegment(region(kStack, 0x20000, RegionKind::MainStack), stack);
}

const MappingDiff* mappingAt(const DiffReport& r, Address start)
{
    for (const MappingDiff& m : r.mappings) {
        if ((m.after && m.after->range.start == start) || (m.before && m.before->range.start == start))
            return &m;
    }
    return nullptr;
}

Result<SnapshotReport> snapshot(MemorySource& source, const QString& path, const QString& base = {})
{
    return writeSnapshot(source, *source.regions(), BundleInfo(), path, { base, false }, {});
}
} // namespace

class TestDiff : public QObject
{
    Q_OBJECT

private slots:
    // Two bytes on either side of a chunk edge (the last of one chunk, the first of the next) are
    // one changed range of two bytes -- in memory and between two snapshots (which share all other
    // chunks) alike, with one thread or several.
    void findsAChangeAtAChunkEdge()
    {
        Pair p;
        fill(p);
        const Address edge = kHeap + 3 * kSnapshotChunk;
        QByteArray two(2, '\0');
        std::vector<std::byte> was(2);
        (void)p.before.read(edge - 1, was);
        two[0] = char(std::to_integer<int>(was[0]) ^ 0xff);
        two[1] = char(std::to_integer<int>(was[1]) ^ 0x01);
        p.after.setBytes(edge - 1, two);
        QTemporaryDir dir;
        QVERIFY(snapshot(p.before, dir.filePath(QStringLiteral("a"))));
        auto second = snapshot(p.after, dir.filePath(QStringLiteral("b")), dir.filePath(QStringLiteral("a")));
        QVERIFY(second);
        QCOMPARE(second->storedChunks, quint64(2)); // the two chunks around the edge
        auto a = BundleSource::open(dir.filePath(QStringLiteral("a")));
        auto b = BundleSource::open(dir.filePath(QStringLiteral("b")));
        QVERIFY(a && b);
        for (int threads : { 1, 3 }) {
            for (bool snapshots : { false, true }) {
                MemorySource& x = snapshots ? static_cast<MemorySource&>(**a) : p.before;
                MemorySource& y = snapshots ? static_cast<MemorySource&>(**b) : p.after;
                DiffOptions options;
                options.threads = threads;
                auto report = diffSources(x, y, options);
                QVERIFY2(report, report ? "" : qPrintable(report.error().message));
                QCOMPARE(report->changedBytes, quint64(2));
                QCOMPARE(report->changedRanges, quint64(1));
                QCOMPARE(report->comparedBytes, kSize + 0x10000 + 0x20000);
                const MappingDiff* heap = mappingAt(*report, kHeap);
                QVERIFY(heap);
                QCOMPARE(heap->change, MappingDiff::Change::Changed);
                QCOMPARE(heap->changed.size(), size_t(1));
                QCOMPARE(heap->changed[0], (AddressRange { edge - 1, edge + 1 }));
                QCOMPARE(mappingAt(*report, kStack)->change, MappingDiff::Change::Same);
                QCOMPARE(mappingAt(*report, kStack)->heat(), 0.0);
            }
        }
    }

    // The diff view lists each range's first bytes as they were when compared (a live side moves
    // on): a range across the edge of two pieces compared apart (four chunks each, maybe on two
    // threads) keeps the bytes of both pieces; a short range keeps its own.
    void previewsAreTheComparedBytes()
    {
        Pair p;
        fill(p);
        const Address edge = kHeap + 4 * kSnapshotChunk;
        const Address shortStart = kHeap + 0x100;
        std::vector<std::byte> was(20);
        (void)p.before.read(edge - 5, was);
        QByteArray changed(20, '\0');
        for (int k = 0; k < 20; ++k)
            changed[k] = char(std::to_integer<int>(was[size_t(k)]) ^ (k + 1));
        p.after.setBytes(edge - 5, changed);
        std::vector<std::byte> wasShort(3);
        (void)p.before.read(shortStart, wasShort);
        QByteArray three(3, '\0');
        for (int k = 0; k < 3; ++k)
            three[k] = char(std::to_integer<int>(wasShort[size_t(k)]) ^ 0x80);
        p.after.setBytes(shortStart, three);
        const QByteArray before(reinterpret_cast<const char*>(was.data()), 20);
        const QByteArray shortBefore(reinterpret_cast<const char*>(wasShort.data()), 3);
        for (int threads : { 1, 3 }) {
            DiffOptions options;
            options.threads = threads;
            options.previewBytes = 16;
            auto report = diffSources(p.before, p.after, options);
            QVERIFY(report);
            const MappingDiff* heap = mappingAt(*report, kHeap);
            QVERIFY(heap);
            QCOMPARE(heap->changed.size(), size_t(2));
            QCOMPARE(heap->previews.size(), size_t(2));
            QCOMPARE(heap->changed[1], (AddressRange { edge - 5, edge + 15 }));
            QCOMPARE(heap->previews[0].beforeBytes(), shortBefore);
            QCOMPARE(heap->previews[0].afterBytes(), three);
            QCOMPARE(heap->previews[1].beforeBytes(), before.left(16));
            QCOMPARE(heap->previews[1].afterBytes(), changed.left(16));
        }
        // Without asking, none are kept (the CLI's million ranges cost nothing more).
        auto plain = diffSources(p.before, p.after);
        QVERIFY(plain);
        QVERIFY(mappingAt(*plain, kHeap)->previews.empty());
    }

    // A heap that grew (a malloc): its first bytes compared, the grown part counted in its heat; a
    // change inside it is found; a mapping gone and one new are listed.
    void findsAGrownMappingAndItsChange()
    {
        Pair p;
        fill(p, kSize + 3 * kSnapshotChunk);
        p.after.setBytes(kHeap + 0x1234, QByteArray("xyz!"));
        p.before.addSegment(region(0x7f5000000000, 0x1000, RegionKind::Anonymous), QByteArray(0x1000, 'r'));
        p.after.addSegment(region(0x7f6000000000, 0x2000, RegionKind::Anonymous), QByteArray(0x2000, 'a'));
        auto report = diffSources(p.before, p.after);
        QVERIFY(report);
        const MappingDiff* heap = mappingAt(*report, kHeap);
        QCOMPARE(heap->change, MappingDiff::Change::Grown);
        QCOMPARE(heap->comparedBytes, kSize);
        QVERIFY(heap->changedBytes >= 1 && heap->changedBytes <= 4);
        QCOMPARE(heap->changed.size(), size_t(1));
        QVERIFY(heap->changed[0].start >= kHeap + 0x1234 && heap->changed[0].end <= kHeap + 0x1238);
        QVERIFY(heap->heat() > 0.27 && heap->heat() < 0.28); // 3 of 11 chunks grew, 4 bytes changed
        QCOMPARE(mappingAt(*report, 0x7f5000000000)->change, MappingDiff::Change::Removed);
        QCOMPARE(mappingAt(*report, 0x7f6000000000)->change, MappingDiff::Change::Added);
        QCOMPARE(mappingAt(*report, 0x7f6000000000)->heat(), 1.0);
        // By address, after's start else before's.
        for (size_t i = 1; i < report->mappings.size(); ++i) {
            auto start = [](const MappingDiff& m) { return m.after ? m.after->range.start : m.before->range.start; };
            QVERIFY(start(report->mappings[i - 1]) < start(report->mappings[i]));
        }
        const QJsonObject json = QJsonDocument::fromJson(diffToJson(*report)).object();
        QCOMPARE(json.value(QStringLiteral("changed_ranges")).toInteger(), qint64(report->changedRanges));
        bool sawGrown = false;
        for (const QJsonValue& m : json.value(QStringLiteral("mappings")).toArray())
            sawGrown
                = sawGrown || m.toObject().value(QStringLiteral("change")).toString() == QLatin1StringView("grown");
        QVERIFY(sawGrown);
    }

    // Every other byte changed: ranges are capped, counts stay exact, and ranges across the
    // threads' pieces are merged as if one thread had done it all.
    void capsRangesButCountsExactly()
    {
        Pair p;
        fill(p);
        QByteArray changed(qsizetype(kSize), '\0');
        std::vector<std::byte> was(static_cast<size_t>(kSize));
        (void)p.before.read(kHeap, was);
        quint64 expectRanges = 0;
        for (qsizetype i = 0; i < changed.size(); ++i) {
            const bool flip = (i / 3) % 2 == 0 || (i >= 0x3fff0 && i < 0x40010); // one range across a piece
            changed[i] = char(std::to_integer<int>(was[size_t(i)]) ^ (flip ? 0x80 : 0));
        }
        for (qsizetype i = 0; i < changed.size(); ++i)
            expectRanges
                += changed[i] != char(was[size_t(i)]) && (i == 0 || changed[i - 1] == char(was[size_t(i - 1)]));
        p.after.setBytes(kHeap, changed);
        DiffOptions capped;
        capped.maxRanges = 100;
        capped.threads = 4;
        auto report = diffSources(p.before, p.after, capped);
        QVERIFY(report);
        QCOMPARE(report->changedRanges, expectRanges);
        const MappingDiff* heap = mappingAt(*report, kHeap);
        QCOMPARE(heap->changed.size(), size_t(100));
        QVERIFY(heap->rangesCapped);
        QCOMPARE(heap->changed[0], (AddressRange { kHeap, kHeap + 3 }));
        DiffOptions one;
        one.threads = 1;
        one.maxRanges = 10'000'000;
        auto whole = diffSources(p.before, p.after, one);
        DiffOptions many;
        many.threads = 5;
        many.maxRanges = 10'000'000;
        auto parallel = diffSources(p.before, p.after, many);
        QVERIFY(whole && parallel);
        QCOMPARE(quint64(mappingAt(*whole, kHeap)->changed.size()), expectRanges);
        QVERIFY(!mappingAt(*whole, kHeap)->rangesCapped);
        QVERIFY(mappingAt(*whole, kHeap)->changed == mappingAt(*parallel, kHeap)->changed);
        QCOMPARE(whole->changedBytes, parallel->changedBytes);
        // The range across the piece boundary is one.
        bool across = false;
        for (const AddressRange& r : mappingAt(*whole, kHeap)->changed)
            across = across || (r.start < kHeap + 0x40000 && r.end > kHeap + 0x40000);
        QVERIFY(across);
    }

    // The main stack grows down: its start moves, its end stays. It is one mapping that grew (not
    // one removed and one added, with nothing compared), and a change in it is found -- in memory
    // and between snapshots.
    void findsAChangeInAStackThatGrewDown()
    {
        Pair p;
        const QByteArray stack = noise(0x20000, 3);
        const quint64 grown = 0x3000;
        p.before.addSegment(region(kStack, 0x20000, RegionKind::MainStack), stack);
        QByteArray after = noise(qsizetype(grown), 4) + stack;
        after[qsizetype(grown + 0x100)] = char(after[qsizetype(grown + 0x100)] ^ 0x5a);
        p.after.addSegment(region(kStack - grown, 0x20000 + grown, RegionKind::MainStack), after);
        QTemporaryDir dir;
        QVERIFY(snapshot(p.before, dir.filePath(QStringLiteral("a"))));
        QVERIFY(snapshot(p.after, dir.filePath(QStringLiteral("b")), dir.filePath(QStringLiteral("a"))));
        auto a = BundleSource::open(dir.filePath(QStringLiteral("a")));
        auto b = BundleSource::open(dir.filePath(QStringLiteral("b")));
        QVERIFY(a && b);
        for (bool snapshots : { false, true }) {
            MemorySource& x = snapshots ? static_cast<MemorySource&>(**a) : p.before;
            MemorySource& y = snapshots ? static_cast<MemorySource&>(**b) : p.after;
            auto report = diffSources(x, y);
            QVERIFY(report);
            QCOMPARE(report->mappings.size(), size_t(1));
            const MappingDiff& m = report->mappings[0];
            QCOMPARE(m.change, MappingDiff::Change::Grown);
            QCOMPARE(m.comparedBytes, quint64(0x20000));
            QCOMPARE(m.changedBytes, quint64(1));
            QCOMPARE(m.changed.size(), size_t(1));
            QCOMPARE(m.changed[0].start, kStack + 0x100);
            QVERIFY(m.heat() > 0 && m.heat() < 0.5);
            // And the other way round: it shrank from below.
            auto back = diffSources(y, x);
            QVERIFY(back);
            QCOMPARE(back->mappings.size(), size_t(1));
            QCOMPARE(back->mappings[0].change, MappingDiff::Change::Shrunk);
            QCOMPARE(back->mappings[0].changedBytes, quint64(1));
        }
    }

    // Bytes unreadable on one side are counted as such, compared on neither.
    void unreadableOnOneSideIsNotCompared()
    {
        Pair p;
        fill(p);
        p.after.addUnreadable({ kLib, kLib + 0x1000 });
        p.after.setBytes(kLib + 0x10, QByteArray("hidden"));
        auto report = diffSources(p.before, p.after);
        QVERIFY(report);
        const MappingDiff* lib = mappingAt(*report, kLib);
        QCOMPARE(lib->unreadableBytes, quint64(0x1000));
        QCOMPARE(lib->comparedBytes, quint64(0xf000));
        QCOMPARE(lib->changedBytes, quint64(0));
        // A page that became unreadable is a change: listed (not "same") and warm in the heat view.
        QCOMPARE(lib->change, MappingDiff::Change::Changed);
        QCOMPARE(lib->heat(), 0x1000 / double(0x10000));
        QCOMPARE(mappingAt(*report, kHeap)->change, MappingDiff::Change::Same);
    }

    // Two snapshots sharing a chunk's bytes are equal there unread: damage the shared pack, and
    // the diff still says equal (it never read it) while a read of either says damaged.
    void sharedChunksAreNotRead()
    {
        Pair p;
        fill(p);
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        QVERIFY(snapshot(p.before, a));
        QVERIFY(snapshot(p.after, b, a));
        QFile pack(a + QStringLiteral("/pack"));
        QVERIFY(pack.open(QIODevice::ReadWrite));
        QVERIFY(pack.seek(5));
        QVERIFY(pack.putChar('!'));
        pack.close();
        auto x = BundleSource::open(a);
        auto y = BundleSource::open(b);
        QVERIFY(x && y);
        auto report = diffSources(**x, **y);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->changedBytes, quint64(0));
        QCOMPARE(report->comparedBytes, kSize + 0x10000 + 0x20000);
        // Against memory, the damaged chunk is read: an error naming the pack.
        auto mixed = diffSources(**x, p.after);
        QVERIFY(!mixed);
        QVERIFY2(mixed.error().message.contains(a + QStringLiteral("/pack")), qPrintable(mixed.error().message));
    }

    // A base replaced (snapshot -o A --force) after B was built on it: B's index names A's pack
    // at the same offsets the new A stores its own chunks at, but with the old chunks' hashes. The
    // diff must not call them equal unread (the bytes differ): it reads, and B is damaged.
    void replacedBaseIsNotEqualUnread()
    {
        Pair p;
        fill(p);
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        QVERIFY(snapshot(p.before, a));
        QVERIFY(snapshot(p.before, b, a)); // every chunk shared with a
        FakeMemorySource changed; // the same mappings, one heap byte different (never zero)
        QByteArray heap = noise(qsizetype(kSize), 1);
        heap[100] = char(~heap[100] | 1);
        changed.addSegment(region(kHeap, kSize, RegionKind::Heap), heap);
        changed.addSegment(region(kLib, 0x10000, RegionKind::Anonymous), noise(0x10000, 2));
        changed.addSegment(region(kStack, 0x20000, RegionKind::MainStack), noise(0x20000, 3));
        DumpControl replace;
        replace.overwrite = true;
        QVERIFY(writeSnapshot(changed, *changed.regions(), BundleInfo(), a, {}, replace));
        auto x = BundleSource::open(b);
        auto y = BundleSource::open(a);
        QVERIFY(x && y);
        auto report = diffSources(**x, **y);
        QVERIFY2(!report || report->changedBytes > 0, "a replaced base's chunks were called equal unread");
        if (!report)
            QVERIFY2(report.error().message.contains(a + QStringLiteral("/pack")), qPrintable(report.error().message));
    }

    void cancelAndProgress()
    {
        Pair p;
        fill(p);
        std::atomic<bool> cancel = false;
        quint64 lastDone = 0;
        quint64 lastTotal = 0;
        DiffOptions options;
        options.cancel = &cancel;
        options.progress = [&](quint64 done, quint64 total) {
            lastDone = done;
            lastTotal = total;
        };
        auto report = diffSources(p.before, p.after, options);
        QVERIFY(report && !report->cancelled);
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(lastTotal, kSize + 0x10000 + 0x20000);
        cancel = true;
        report = diffSources(p.before, p.after, options);
        QVERIFY(report && report->cancelled);
    }

    // A read error of either side (the process exited) is the result.
    void readErrorIsTheResult()
    {
        Pair p;
        fill(p);
        auto regions = p.after.regions();
        Q_UNUSED(regions);
        p.after.injectError(makeError(ErrorKind::Exited, QStringLiteral("gone")));
        auto report = diffSources(p.before, p.after);
        QVERIFY(!report);
        QCOMPARE(report.error().kind, ErrorKind::Exited);
    }
};

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
