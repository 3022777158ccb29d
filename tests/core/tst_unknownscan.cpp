// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Unknown-initial-value scans (a baseline, then changed / unchanged / increased / decreased / by N),
// the scan history's undo, hit sets beyond the in-memory cap, and multithreaded rescans: on the
// fixture's live counters and ticks, and on the fake.
#include "core/search/scanhistory.h"
#include "core/search/unknownscan.h"
#include "core/search/valuescan.h"
#include "fakememorysource.h"
#include "fixture.h"
#include "platform/linux/localhost.h"
#include "platform/linux/procfs.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <set>

using namespace procglass;
using namespace procglass::test;

namespace {

std::vector<Address> addresses(const HitSet& hits)
{
    std::vector<Address> out;
    for (size_t i = 0; i < hits.size(); ++i)
        out.push_back(hits.address(i));
    return out;
}

bool contains(const HitSet& hits, Address a)
{
    for (size_t i = 0; i < hits.size(); ++i) {
        if (hits.address(i) == a)
            return true;
    }
    return false;
}

Region region(Address start, quint64 size)
{
    Region r;
    r.range = { start, start + size };
    r.perms = { true, true, false, false };
    return r;
}

ScanValueType int32Type()
{
    return ScanValueType {};
}

ScanValueType uint64Type()
{
    ScanValueType t;
    t.bytes = 8;
    t.isSigned = false;
    return t;
}

// Restores the caps a test lowered.
struct Caps
{
    quint64 hits = HitSet::memoryCap();
    ~Caps()
    {
        HitSet::setMemoryCap(hits);
        setBaselineMemoryCap(0);
    }
};

} // namespace

class TestUnknownScan : public QObject
{
    Q_OBJECT
    static constexpr Address kBase = 0x7f0000000000;

    std::shared_ptr<Target> openFixture(Fixture& f)
    {
        auto identity = readIdentity(f.pid());
        if (!identity)
            return nullptr;
        auto target = m_host.open(*identity);
        return target ? *target : nullptr;
    }

    // Sends SIGUSR1 and waits until the fixture's ticks moved (up grew by 5).
    bool tick(Fixture& f, MemorySource& memory)
    {
        const Address up = f.address(QStringLiteral("ticks"));
        qint32 before = 0;
        std::byte b[4];
        if (memory.read(up, b).bytesRead != 4)
            return false;
        std::memcpy(&before, b, 4);
        ::kill(f.pid(), SIGUSR1);
        for (int i = 0; i < 500; ++i) {
            qint32 now = 0;
            if (memory.read(up, b).bytesRead == 4)
                std::memcpy(&now, b, 4);
            if (now == before + 5)
                return true;
            QTest::qWait(5);
        }
        return false;
    }

    LocalHost m_host;

private slots:
    void changedFindsExactlyTheCountersThatChange()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--threads"),
                     QStringLiteral("3") }),
            qPrintable(f.error()));
        auto target = openFixture(f);
        QVERIFY(target);
        const Address counters = f.address(QStringLiteral("counters"));
        UnknownScanRequest request;
        request.ranges = { { counters, counters + 16 * 8 } }; // 16 slots, three of them counting
        request.type = uint64Type();
        request.aligned = true;
        auto baseline = target->unknownScan(request, {});
        QVERIFY2(baseline.ok(), qPrintable(baseline.ok() ? QString() : baseline.error().message));
        QCOMPARE((*baseline)->positions(), quint64(16));
        QCOMPARE((*baseline)->bytes(), quint64(128));
        QTest::qWait(100); // each counter thread ticks every 2 ms
        auto changed = (*baseline)->next(HitSet::Filter::Changed, {}, {});
        QVERIFY(changed.ok());
        QCOMPARE(addresses(*changed), (std::vector<Address> { counters, counters + 8, counters + 16 }));
        auto increased = (*baseline)->next(HitSet::Filter::Increased, {}, {});
        QCOMPARE(addresses(*increased), (std::vector<Address> { counters, counters + 8, counters + 16 }));
        auto unchanged = (*baseline)->next(HitSet::Filter::Unchanged, {}, {});
        QVERIFY(unchanged.ok());
        QCOMPARE(unchanged->size(), size_t(13));
        for (Address a : { counters, counters + 8, counters + 16 })
            QVERIFY(!contains(*unchanged, a));
        auto decreased = (*baseline)->next(HitSet::Filter::Decreased, {}, {});
        QCOMPARE(decreased->size(), size_t(0));
        // Equal is a new search, not a next step.
        QVERIFY(!(*baseline)->next(HitSet::Filter::Equal, u"5", {}).ok());
    }

    void byNAndTypesOnTheTicks()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--ticks") }),
            qPrintable(f.error()));
        auto target = openFixture(f);
        QVERIFY(target);
        const Address ticks = f.address(QStringLiteral("ticks"));
        QVERIFY(ticks != 0);
        const Address up = ticks, down = ticks + 4, still = ticks + 8, bigEndian = ticks + 12, half = ticks + 16;
        UnknownScanRequest request;
        request.ranges = { { ticks, ticks + 4096 } };
        request.type = int32Type();
        request.aligned = true;
        auto baseline = target->unknownScan(request, {});
        QVERIFY(baseline.ok());
        QCOMPARE((*baseline)->positions(), quint64(1024));
        // Unaligned: every byte a candidate.
        UnknownScanRequest anyByte = request;
        anyByte.aligned = false;
        auto everywhere = target->unknownScan(anyByte, {});
        QVERIFY(everywhere.ok());
        QCOMPARE((*everywhere)->positions(), quint64(4096 - 3));
        ScanValueType be = int32Type();
        be.bigEndian = true;
        UnknownScanRequest beRequest = request;
        beRequest.type = be;
        auto beBaseline = target->unknownScan(beRequest, {});
        ScanValueType dbl;
        dbl.kind = ScanValueType::Kind::Double;
        UnknownScanRequest dblRequest = request;
        dblRequest.type = dbl;
        auto dblBaseline = target->unknownScan(dblRequest, {});
        QVERIFY(beBaseline.ok() && dblBaseline.ok());

        QVERIFY(tick(f, *target));
        auto by5 = (*baseline)->next(HitSet::Filter::IncreasedBy, u"5", {});
        QCOMPARE(addresses(*by5), (std::vector<Address> { up }));
        QCOMPARE(by5->valueText(0), QStringLiteral("1005"));
        auto down3 = (*baseline)->next(HitSet::Filter::DecreasedBy, u"3", {});
        QCOMPARE(addresses(*down3), (std::vector<Address> { down }));
        auto decreased = (*baseline)->next(HitSet::Filter::Decreased, {}, {});
        QVERIFY(contains(*decreased, down) && !contains(*decreased, up) && !contains(*decreased, still));
        auto unchanged = (*baseline)->next(HitSet::Filter::Unchanged, {}, {});
        QVERIFY(contains(*unchanged, still) && !contains(*unchanged, up) && !contains(*unchanged, down));
        // Not aligned: the value at up + 1 changed too (its low byte is up's second byte, or not), but
        // up itself is found by exactly +5 at byte granularity as well.
        auto by5Anywhere = (*everywhere)->next(HitSet::Filter::IncreasedBy, u"5", {});
        QVERIFY(contains(*by5Anywhere, up));
        auto beBy1 = (*beBaseline)->next(HitSet::Filter::IncreasedBy, u"1", {});
        QCOMPARE(addresses(*beBy1), (std::vector<Address> { bigEndian }));
        QCOMPARE(beBy1->valueText(0), QStringLiteral("70001"));
        auto halfUp = (*dblBaseline)->next(HitSet::Filter::IncreasedBy, u"0.5", {});
        QCOMPARE(addresses(*halfUp), (std::vector<Address> { half }));

        // Then narrowed as any value scan's hits: after another tick, +5 again.
        QVERIFY(tick(f, *target));
        auto again = by5->rescan(*target, HitSet::Filter::IncreasedBy, u"5");
        QCOMPARE(addresses(*again), (std::vector<Address> { up }));
    }

    // A float health bar going 100 -> 99.9 decreased by 0.1, and 0.2 -> 0.3 increased by 0.1: the
    // values are floats (99.9f is 99.90000152...), so "by 0.1" and "= 99.9" hold within a float's
    // precision, not a double's -- in an unknown scan's next step and in a rescan of its hits.
    void floatStepsOfATenthAreFound()
    {
        constexpr Address kBase = 0x10000;
        auto fake = std::make_shared<FakeMemorySource>();
        QByteArray bytes(4096, '\0');
        const auto putFloat = [](QByteArray& b, int at, float v) { std::memcpy(b.data() + at, &v, 4); };
        putFloat(bytes, 0, 100.0f);
        putFloat(bytes, 8, 0.2f);
        putFloat(bytes, 16, 5.0f); // stays
        fake->addSegment(region(kBase, 4096), bytes);
        ScanValueType f32;
        f32.kind = ScanValueType::Kind::Float;
        UnknownScanRequest request;
        request.ranges = { { kBase, kBase + 4096 } };
        request.type = f32;
        auto baseline = captureBaseline(fake, request, {});
        QVERIFY(baseline);
        QByteArray now = bytes;
        putFloat(now, 0, 99.9f);
        putFloat(now, 8, 0.3f);
        fake->setBytes(kBase, now);
        auto down = (*baseline)->next(HitSet::Filter::DecreasedBy, u"0.1", {});
        QVERIFY(down);
        QCOMPARE(addresses(*down), (std::vector<Address> { kBase }));
        auto up = (*baseline)->next(HitSet::Filter::IncreasedBy, u"0.1", {});
        QVERIFY(up);
        QCOMPARE(addresses(*up), (std::vector<Address> { kBase + 8 }));
        auto wrongStep = (*baseline)->next(HitSet::Filter::DecreasedBy, u"0.2", {});
        QVERIFY(wrongStep && wrongStep->size() == 0);
        // The hits narrowed by value: "= 99.9" is the float 99.9f.
        auto changed = (*baseline)->next(HitSet::Filter::Changed, {}, {});
        QVERIFY(changed);
        auto equal = changed->rescan(*fake, HitSet::Filter::Equal, u"99.9");
        QVERIFY(equal);
        QCOMPARE(addresses(*equal), (std::vector<Address> { kBase }));
    }

    void undoRestoresThePreviousHits()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--ticks") }),
            qPrintable(f.error()));
        auto target = openFixture(f);
        QVERIFY(target);
        const Address ticks = f.address(QStringLiteral("ticks"));
        UnknownScanRequest request;
        request.ranges = { { ticks, ticks + 4096 } };
        request.aligned = true;
        auto baseline = target->unknownScan(request, {});
        QVERIFY(baseline.ok());
        ScanHistory history;
        history.push({ QStringLiteral("unknown int32"), nullptr, *baseline });
        QCOMPARE(history.current()->count(), quint64(1024));
        QVERIFY(tick(f, *target));
        auto changed = (*baseline)->next(HitSet::Filter::Changed, {}, {});
        QVERIFY(changed.ok());
        const std::vector<Address> changedHits = addresses(*changed);
        QVERIFY(changedHits.size() >= 2);
        history.push({ QStringLiteral("changed"), std::make_shared<const HitSet>(std::move(*changed)), nullptr });
        // A next step that keeps nothing: no tick happened, so nothing "changed" again.
        auto none = history.current()->hits->rescan(*target, HitSet::Filter::Changed);
        QVERIFY(none.ok());
        QCOMPARE(none->size(), size_t(0));
        history.push({ QStringLiteral("changed"), std::make_shared<const HitSet>(std::move(*none)), nullptr });
        QVERIFY(history.undo());
        QCOMPARE(addresses(*history.current()->hits), changedHits);
        QVERIFY(history.undo());
        QVERIFY(history.current()->baseline);
        // The baseline is as it was: its next step finds the same as before.
        auto changedAgain = history.current()->baseline->next(HitSet::Filter::Changed, {}, {});
        QCOMPARE(addresses(*changedAgain), changedHits);
        QVERIFY(!history.undo());
    }

    void zeroChunksCostNothingAndUnchangedChunksOneCompare()
    {
        // 8 MiB: 4 MiB of zeros, 4 MiB of data; a few values change, one page turns unreadable.
        auto fake = std::make_shared<FakeMemorySource>();
        QByteArray data(8 << 20, '\0');
        QRandomGenerator gen(7);
        for (qsizetype i = 4 << 20; i < data.size(); i += 4) {
            const quint32 v = gen.generate();
            std::memcpy(data.data() + i, &v, 4);
        }
        fake->addSegment(region(kBase, quint64(data.size())), data);
        UnknownScanRequest request;
        request.ranges = { { kBase, kBase + quint64(data.size()) } };
        request.aligned = true;
        auto baseline = captureBaseline(fake, request, {});
        QVERIFY(baseline.ok());
        QCOMPARE((*baseline)->memoryBytes(), quint64(4 << 20)); // the zero half is not kept
        QCOMPARE((*baseline)->positions(), quint64(2 << 20));
        auto put = [&](quint64 offset, qint32 v) {
            fake->setBytes(kBase + offset, QByteArray(reinterpret_cast<const char*>(&v), 4));
        };
        put(0x100, 7); // in the zeros
        put((4 << 20) + 0x10000, 1); // at a chunk's start
        put((8 << 20) - 4, 2); // the last position
        fake->addUnreadable({ kBase + (6 << 20), kBase + (6 << 20) + 4096 });
        auto changed = (*baseline)->next(HitSet::Filter::Changed, {}, {});
        QVERIFY(changed.ok());
        QCOMPARE(addresses(*changed),
            (std::vector<Address> { kBase + 0x100, kBase + (4 << 20) + 0x10000, kBase + (8 << 20) - 4 }));
        auto unchanged = (*baseline)->next(HitSet::Filter::Unchanged, {}, {});
        QCOMPARE(unchanged->size(), size_t((2 << 20) - 3 - 1024)); // not the changed ones, nor the unreadable page
        // One thread or two: the same hits.
        ScanControl one;
        one.threads = 1;
        auto single = (*baseline)->next(HitSet::Filter::Changed, {}, one);
        QCOMPARE(addresses(*single), addresses(*changed));
    }

    void baselineBeyondTheMemoryCapGoesToAScratchFile()
    {
        Caps caps;
        setBaselineMemoryCap(256 << 10); // 4 chunks in memory, the rest in the scratch file
        auto fake = std::make_shared<FakeMemorySource>();
        QByteArray data(4 << 20, '\0');
        QRandomGenerator gen(9);
        for (qsizetype i = 0; i < data.size(); i += 4) {
            const quint32 v = gen.generate() | 1;
            std::memcpy(data.data() + i, &v, 4);
        }
        fake->addSegment(region(kBase, quint64(data.size())), data);
        UnknownScanRequest request;
        request.ranges = { { kBase, kBase + quint64(data.size()) } };
        request.aligned = false;
        auto baseline = captureBaseline(fake, request, {});
        QVERIFY(baseline.ok());
        QCOMPARE((*baseline)->memoryBytes(), quint64(256 << 10));
        QCOMPARE((*baseline)->fileBytes(), quint64((4 << 20) - (256 << 10)));
        fake->setBytes(kBase + (3 << 20) + 1, QByteArray("\x00\x00\x00\x00", 4));
        auto changed = (*baseline)->next(HitSet::Filter::Changed, {}, {});
        QVERIFY(changed.ok());
        // Every unaligned position that covers one of the four bytes.
        std::vector<Address> expected;
        for (Address a = kBase + (3 << 20) + 1 - 3; a <= kBase + (3 << 20) + 4; ++a)
            expected.push_back(a);
        QCOMPARE(addresses(*changed), expected);
    }

    void savedBaselineIsReadAgainAndRefusesHostileFiles()
    {
        auto fake = std::make_shared<FakeMemorySource>();
        QByteArray data(300 << 10, '\0');
        for (qsizetype i = 100 << 10; i < data.size(); ++i)
            data[i] = char(i * 13);
        fake->addSegment(region(kBase, quint64(data.size())), data);
        fake->addUnreadable({ kBase + (200 << 10), kBase + (204 << 10) });
        UnknownScanRequest request;
        request.ranges = { { kBase + 8, kBase + quint64(data.size()) } };
        request.type = uint64Type();
        auto baseline = captureBaseline(fake, request, {});
        QVERIFY(baseline.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("base"));
        QVERIFY(!(*baseline)->save(path, { 1234, 99 }, false));
        QVERIFY(isBaselineFile(path));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        fake->setBytes(kBase + (150 << 10), QByteArray(8, '\x55'));
        ProcessIdentity origin;
        auto loaded = loadBaseline(path, fake, &origin);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
        QCOMPARE(origin, (ProcessIdentity { 1234, 99 }));
        QCOMPARE((*loaded)->positions(), (*baseline)->positions());
        QCOMPARE((*loaded)->bytes(), (*baseline)->bytes());
        auto a = (*baseline)->next(HitSet::Filter::Changed, {}, {});
        auto b = (*loaded)->next(HitSet::Filter::Changed, {}, {});
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->size() > 0);
        QCOMPARE(addresses(*b), addresses(*a));

        // Hostile files: cut anywhere, bytes flipped, counts raised: an error or a baseline, never a crash;
        // and a count the file does not back is refused.
        const QByteArray bytes = fileBytes(path);
        QVERIFY(!baselineFromBytes(bytes.left(40), fake, nullptr).ok());
        QVERIFY(!baselineFromBytes(bytes.left(bytes.size() - 1), fake, nullptr).ok());
        QByteArray huge = bytes;
        const quint64 many = quint64(1) << 60;
        std::memcpy(huge.data() + 48, &many, 8); // the chunks' count
        QVERIFY(!baselineFromBytes(huge, fake, nullptr).ok());
        QRandomGenerator gen(3);
        for (int i = 0; i < 2000; ++i) {
            QByteArray mutated
                = bytes.left(qsizetype(gen.bounded(qint64(std::min<qsizetype>(bytes.size(), 4096)))) + 56);
            for (int k = 0; k < 4; ++k)
                mutated[qsizetype(gen.bounded(qint64(mutated.size())))] = char(gen.generate());
            auto parsed = baselineFromBytes(mutated, fake, nullptr);
            if (parsed.ok())
                (void)(*parsed)->next(HitSet::Filter::Changed, {}, {});
        }
        // A hit set is not a baseline, and the other way round.
        QVERIFY(!HitSet::load(path, nullptr).ok());
    }

    void hitsBeyondTheCapGoToAScratchFile()
    {
        Caps caps;
        // 64 Ki int32 values of 5 among noise, searched in 4 KiB chunks by two threads (batches in no
        // order), with 1000 hits in memory: the rest goes to the scratch file, in address order.
        FakeMemorySource fake;
        QByteArray data(1 << 20, '\0');
        for (qsizetype i = 0; i < data.size(); i += 16) {
            const qint32 five = 5;
            std::memcpy(data.data() + i, &five, 4);
            std::memcpy(data.data() + i + 4, &i, 4);
        }
        fake.addSegment(region(kBase, quint64(data.size())), data);
        auto pattern = SearchPattern::integer(u"5", 32, true, false);
        SearchOptions options;
        options.chunkBytes = 4096;
        options.threads = 2;
        options.maxResults = ~quint64(0);
        HitSet::setMemoryCap(~quint64(0));
        auto inMemory = HitSet::firstScan(fake, { { kBase, kBase + quint64(data.size()) } }, *pattern, {}, options);
        HitSet::setMemoryCap(1000);
        auto spilled = HitSet::firstScan(fake, { { kBase, kBase + quint64(data.size()) } }, *pattern, {}, options);
        QVERIFY(inMemory.ok() && spilled.ok());
        QCOMPARE(spilled->inMemory(), size_t(1000));
        QVERIFY(spilled->size() >= size_t(1 << 16));
        QCOMPARE(addresses(*spilled), addresses(*inMemory));
        // Saved and loaded again (loaded beyond the cap too), rescanned on one thread or several.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hits"));
        QVERIFY(!spilled->save(path, { 42, 1 }, false));
        auto loaded = HitSet::load(path, nullptr);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->inMemory(), size_t(1000));
        QCOMPARE(addresses(*loaded), addresses(*inMemory));
        for (qsizetype i = 0; i < data.size(); i += 64)
            fake.setBytes(kBase + quint64(i), QByteArray("\x06\0\0\0", 4));
        auto one = loaded->rescan(fake, HitSet::Filter::IncreasedBy, u"1", nullptr, 1);
        auto all = loaded->rescan(fake, HitSet::Filter::IncreasedBy, u"1", nullptr, 4);
        QVERIFY(one.ok() && all.ok());
        QCOMPARE(one->size(), size_t(data.size() / 64));
        QCOMPARE(addresses(*all), addresses(*one));
        QCOMPARE(all->valueText(all->size() - 1), QStringLiteral("6"));
        // A copy that grows does not write over the original's hits.
        HitSet copy = *all;
        copy.add(kBase + quint64(data.size()) + 64, 9);
        QCOMPARE(copy.size(), all->size() + 1);
        QCOMPARE(all->address(all->size() - 1), kBase + quint64(data.size()) - 64);
        QCOMPARE(copy.raw(copy.size() - 1), quint64(9));
    }

    void aFirstScanOfZeroBeyondTheCapIsExactAndInOrder()
    {
        // A first scan of "0" (aligned int32) in 1 MiB of zeros among noise, 4 KiB chunks on four
        // threads, 1000 hits in memory: every aligned zero exactly once, in address order, all
        // but the first 1000 in the scratch file -- written in order as they came (the chunks'
        // batches are handed over in address order), loaded back the same.
        Caps caps;
        FakeMemorySource fake;
        QByteArray data(1 << 20, '\0');
        for (qsizetype i = 0; i < data.size(); i += 4096)
            data[i + 5] = 'x'; // one aligned int32 a page is not zero (and no unaligned one is a hit)
        fake.addSegment(region(kBase, quint64(data.size())), data);
        auto pattern = SearchPattern::integer(u"0", 32, true, false);
        SearchOptions options;
        options.chunkBytes = 4096;
        options.threads = 4;
        options.alignment = 4;
        options.maxResults = ~quint64(0);
        HitSet::setMemoryCap(1000);
        auto hits = HitSet::firstScan(fake, { { kBase, kBase + quint64(data.size()) } }, *pattern, {}, options);
        QVERIFY(hits.ok());
        const size_t expected = size_t(data.size() / 4 - data.size() / 4096);
        QCOMPARE(hits->size(), expected);
        QCOMPARE(hits->inMemory(), size_t(1000));
        const std::vector<Address> found = addresses(*hits);
        QVERIFY(std::adjacent_find(found.begin(), found.end(), std::greater_equal<>()) == found.end());
        QVERIFY(std::none_of(found.begin(), found.end(), [](Address a) { return a % 4 != 0 || a % 4096 == 4; }));
        QCOMPARE(hits->raw(expected - 1), quint64(0));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zeros"));
        QVERIFY(!hits->save(path, { 42, 1 }, false));
        QCOMPARE(QFileInfo(path).size(), qint64(36 + 16 * expected));
        auto loaded = HitSet::load(path, nullptr);
        QVERIFY(loaded.ok());
        QCOMPARE(addresses(*loaded), found);
    }

    void outOfOrderHitsBeyondTheCapAreMerged()
    {
        Caps caps;
        HitSet::setMemoryCap(100);
        HitSet hits;
        std::vector<Address> expected;
        // Two interleaved runs, the second out of order with the first.
        for (Address a = 0; a < 5000; ++a)
            hits.add(kBase + 2 * a, a);
        for (Address a = 0; a < 5000; ++a)
            hits.add(kBase + 2 * a + 1, a);
        hits.finish();
        for (Address a = 0; a < 10000; ++a)
            expected.push_back(kBase + a);
        QCOMPARE(addresses(hits), expected);
    }
};

QTEST_GUILESS_MAIN(TestUnknownScan)
#include "tst_unknownscan.moc"
