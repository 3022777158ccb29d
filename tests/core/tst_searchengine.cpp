// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/search/searchengine.h"
#include "fakememorysource.h"

#include <QTest>

#include <chrono>
#include <mutex>
#include <set>
#include <thread>

using namespace procglass;

namespace {
Region region(Address start, quint64 size)
{
    Region r;
    r.range = { start, start + size };
    r.perms = { true, true, false, false };
    return r;
}

struct Found
{
    std::vector<Address> hits;
    SearchSummary summary;
};

Found search(MemorySource& source, const SearchPattern& p, std::vector<AddressRange> ranges, SearchOptions options = {},
    const std::atomic<bool>* cancel = nullptr, std::function<void(quint64, quint64)> progress = {})
{
    Found f;
    std::mutex m;
    f.summary = searchMemory(
        source, p, ranges, options, cancel,
        [&](std::vector<SearchHit> batch) {
            std::lock_guard lock(m);
            for (const SearchHit& h : batch)
                f.hits.push_back(h.address);
        },
        progress);
    std::sort(f.hits.begin(), f.hits.end());
    return f;
}
} // namespace

class TestSearchEngine : public QObject
{
    Q_OBJECT
    static constexpr Address kA = 0x7f0000000000; // two touching regions of 64 KiB each
    static constexpr Address kB = kA + 0x10000;
    static constexpr Address kC = 0x7f0000100000; // after a hole, with an unreadable page inside
    FakeMemorySource m_fake;
    QByteArray m_all; // what a brute-force search sees, region by region

private slots:
    void initTestCase()
    {
        QByteArray a(0x10000, 'x'), b(0x10000, 'y'), c(0x4000, 'z');
        // Needles everywhere a chunked search could lose or double them.
        auto plant = [](QByteArray& data, qsizetype at) { data.replace(at, 6, "NEEDLE"); };
        plant(a, 0); // first byte of the first region
        plant(a, 0x0ffd); // across a 4 KiB page (and chunk) boundary
        plant(a, 0x7fff - 2); // across the 32 KiB chunk boundary used below
        a.replace(0x10000 - 3, 3, "NEE"); // across the boundary between the two touching regions...
        b.replace(0, 3, "DLE"); // ...whose second half starts region b
        plant(b, 0x10000 - 6); // last bytes of region b, right before the hole
        plant(c, 0); // right after the hole
        plant(c, 0x1000 - 3); // running into the unreadable page: must not be found
        plant(c, 0x2000); // right after the unreadable page
        m_fake.addSegment(region(kA, 0x10000), a);
        m_fake.addSegment(region(kB, 0x10000), b);
        m_fake.addSegment(region(kC, 0x4000), c);
        m_fake.addUnreadable({ kC + 0x1000, kC + 0x2000 });
    }

    void findsEveryMatchExactlyOnce_data()
    {
        QTest::addColumn<quint64>("chunk");
        QTest::addColumn<int>("threads");
        QTest::addColumn<QString>("regex"); // empty: the text NEEDLE
        const QString kinds[] = { QString(), QStringLiteral("NEE[D]LE"), QStringLiteral("NE+DLE") };
        for (const QString& regex : kinds) {
            if (!regex.isEmpty() && !SearchPattern::regexAvailable())
                continue;
            const QByteArray what = regex.isEmpty() ? QByteArray("text") : "regex " + regex.toUtf8();
            QTest::addRow("%s, 4 KiB chunks, 1 thread", what.constData()) << quint64(4096) << 1 << regex;
            QTest::addRow("%s, 32 KiB chunks, 1 thread", what.constData()) << quint64(0x8000) << 1 << regex;
            QTest::addRow("%s, 4 KiB chunks, 4 threads", what.constData()) << quint64(4096) << 4 << regex;
            QTest::addRow("%s, one big chunk", what.constData()) << quint64(1 << 20) << 2 << regex;
        }
    }

    void findsEveryMatchExactlyOnce()
    {
        QFETCH(quint64, chunk);
        QFETCH(int, threads);
        QFETCH(QString, regex);
        auto p = regex.isEmpty() ? SearchPattern::text(QStringLiteral("NEEDLE"), SearchPattern::Encoding::Utf8, false)
                                 : SearchPattern::regex(regex, false);
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        SearchOptions options;
        options.chunkBytes = chunk;
        options.threads = threads;
        // The ranges come in any order, and the touching ones separately.
        std::vector<SearchHit> hits;
        std::mutex m;
        const SearchSummary summary
            = searchMemory(m_fake, *p, { { kC, kC + 0x4000 }, { kB, kB + 0x10000 }, { kA, kA + 0x10000 } }, options,
                nullptr, [&](std::vector<SearchHit> batch) {
                    std::lock_guard lock(m);
                    hits.insert(hits.end(), batch.begin(), batch.end());
                });
        QVERIFY(!summary.error);
        std::vector<Address> found;
        for (const SearchHit& h : hits) {
            found.push_back(h.address);
            // Each hit carries the bytes it matched, as read.
            QCOMPARE(h.length, 6u);
            QCOMPARE(h.previewBytes(), QByteArrayView("NEEDLE"));
        }
        std::sort(found.begin(), found.end());
        const std::vector<Address> expected { kA, kA + 0x0ffd, kA + 0x7ffd, kA + 0xfffd, kB + 0xfffa, kC, kC + 0x2000 };
        QCOMPARE(found, expected);
        QCOMPARE(summary.hits, quint64(expected.size()));
        QCOMPARE(summary.bytesSearched, quint64(0x24000));
        QCOMPARE(summary.bytesUnreadable, quint64(0x1000));
        QVERIFY(!summary.truncated && !summary.cancelled);
    }

    void aVariableRegexMatchHasOneStartAcrossChunks()
    {
        if (!SearchPattern::regexAvailable())
            QSKIP("built without Vectorscan");
        // A run of E's crossing a chunk boundary: a chunk that did not see the bytes before its
        // start would report a second hit right at the boundary.
        FakeMemorySource fake;
        QByteArray data(0x4000, '.');
        data.replace(0x1000 - 20, 31, "EEEEEEEEEEEEEEEEEEEEEEEEEEEEDLE");
        fake.addSegment(region(kA, 0x4000), data);
        auto p = SearchPattern::regex(QStringLiteral("E+DLE"), false);
        QVERIFY(p);
        SearchOptions options;
        options.chunkBytes = 4096;
        const Found f = search(fake, *p, { { kA, kA + 0x4000 } }, options);
        QCOMPARE(f.hits, std::vector<Address> { kA + 0x1000 - 20 });
    }

    // The expressions that aborted Vectorscan, over more than a block of memory in two touching
    // mappings with an unreadable page: the same hits whatever the chunks and threads, each
    // exactly once, as one scan of each readable stretch finds them.
    void expressionsThatAbortedVectorscanFindTheSameHitsInAnyChunks_data()
    {
        QTest::addColumn<QString>("expression");
        for (const char* e : { "\\d+ms", "b+\\x80", "x+\\x00", ".+\\xff\\xfe" })
            QTest::newRow(e) << QString::fromLatin1(e);
    }

    void expressionsThatAbortedVectorscanFindTheSameHitsInAnyChunks()
    {
        QFETCH(QString, expression);
        FakeMemorySource fake;
        QByteArray a(0x30000, '\0'), b(0x20000, '\0');
        quint32 state = 99;
        const char alphabet[] = { '1', '2', 'm', 's', 'b', 'x', '\x80', '\0', '\xff', '\xfe', '.', '.', '.', '.' };
        for (QByteArray* d : { &a, &b }) {
            for (char& c : *d) {
                state = state * 1103515245 + 12345;
                c = alphabet[(state >> 16) % sizeof alphabet];
            }
        }
        fake.addSegment(region(kA, 0x30000), a);
        fake.addSegment(region(kA + 0x30000, 0x20000), b);
        fake.addUnreadable({ kA + 0x41000, kA + 0x42000 });
        auto p = SearchPattern::regex(expression, false);
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        // The reference: each readable stretch scanned at once.
        std::vector<Address> expected;
        const QByteArray all = a + b;
        for (const AddressRange& r :
            { AddressRange { kA, kA + 0x41000 }, AddressRange { kA + 0x42000, kA + 0x50000 } }) {
            p->scan(std::as_bytes(std::span(all.constData() + (r.start - kA), size_t(r.size()))), r.start, nullptr,
                [&](size_t off, size_t) {
                    expected.push_back(r.start + off);
                    return true;
                });
        }
        QVERIFY(expected.size() >= 4);
        for (const quint64 chunk : { quint64(4096), quint64(0x9000), quint64(1 << 20) }) {
            SearchOptions options;
            options.chunkBytes = chunk;
            options.threads = 3;
            const Found f = search(fake, *p, { { kA + 0x30000, kA + 0x50000 }, { kA, kA + 0x30000 } }, options);
            QVERIFY(!f.summary.error);
            QCOMPARE(f.hits, expected);
        }
    }

    // 54 s and 260 MB for 2 GiB before: each match end was kept and sorted. Now one bounded match
    // per 64 KiB block, and the memory of one chunk per worker.
    void aRunOfZerosGivesBoundedMatches()
    {
        constexpr quint64 size = 256 << 20;
        FakeMemorySource zeros;
        zeros.addSegment(region(kA, size), QByteArray(qsizetype(size), '\0'));
        auto p = SearchPattern::regex(QStringLiteral("\\x00+"), false);
        QVERIFY(p);
        std::vector<SearchHit> hits;
        std::mutex m;
        const SearchSummary summary
            = searchMemory(zeros, *p, { { kA, kA + size } }, {}, nullptr, [&](std::vector<SearchHit> batch) {
                  std::lock_guard lock(m);
                  hits.insert(hits.end(), batch.begin(), batch.end());
              });
        QVERIFY(!summary.error);
        QCOMPARE(summary.hits, size / SearchPattern::kRegexBlock);
        QCOMPARE(summary.bytesSearched, size);
        for (const SearchHit& h : hits) {
            QCOMPARE((h.address - kA) % SearchPattern::kRegexBlock, quint64(0));
            QCOMPARE(h.length, quint32(std::min(2 * SearchPattern::kRegexBlock, kA + size - h.address)));
        }
    }

    // A search told to stop does so inside the chunk it is in (the bench measures how soon).
    void cancelStopsInsideOneLargeChunk()
    {
        constexpr quint64 size = 256 << 20;
        FakeMemorySource zeros;
        zeros.addSegment(region(kA, size), QByteArray(qsizetype(size), '\0'));
        for (const QString& expression : { QStringLiteral("\\x00+"), QStringLiteral("\\x00\\x01") }) {
            auto p = SearchPattern::regex(expression, false);
            QVERIFY(p);
            SearchOptions options;
            options.chunkBytes = size; // one chunk
            options.threads = 1;
            std::atomic<bool> cancel = false;
            std::thread canceller([&] {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
                cancel = true;
            });
            const Found f = search(zeros, *p, { { kA, kA + size } }, options, &cancel);
            canceller.join();
            QVERIFY(f.summary.cancelled);
            QCOMPARE(f.summary.bytesSearched, quint64(0)); // the chunk was not finished
        }
    }

    // A region spanning the upper half of the address space (a hostile bundle's) made a list of
    // 2^41 chunks before the first read. The work list is made as it goes now.
    void aHugeRangeNeedsNoListOfItsChunks()
    {
        FakeMemorySource nothing;
        auto p = SearchPattern::hex(u"41 42");
        std::atomic<bool> cancel = false;
        int calls = 0;
        const Found f
            = search(nothing, *p, { { quint64(1) << 63, ~quint64(0) } }, {}, &cancel, [&](quint64 done, quint64 total) {
                  QCOMPARE(total, ~quint64(0) - (quint64(1) << 63));
                  if (++calls == 8)
                      cancel = true;
                  Q_UNUSED(done)
              });
        QVERIFY(f.summary.cancelled);
        QVERIFY(f.hits.empty());
    }

    void scopePicksRegionsAndCutsThem()
    {
        auto make = [](Address start, quint64 size, RegionKind kind, bool readable) {
            Region r = region(start, size);
            r.kind = kind;
            r.perms.read = readable;
            return r;
        };
        const std::vector<Region> regions { make(0x1000, 0x1000, RegionKind::Executable, true),
            make(0x10000, 0x4000, RegionKind::Heap, true), make(0x14000, 0x1000, RegionKind::Anonymous, false),
            make(0x20000, 0x2000, RegionKind::MainStack, true), make(0x30000, 0x1000, RegionKind::Vvar, true) };
        QCOMPARE(searchRanges(regions, {}),
            (std::vector<AddressRange> { { 0x1000, 0x2000 }, { 0x10000, 0x14000 }, { 0x20000, 0x22000 } }));
        SearchScope heapAndStack;
        heapAndStack.kinds = { RegionKind::MainStack, RegionKind::Heap };
        QCOMPARE(searchRanges(regions, heapAndStack),
            (std::vector<AddressRange> { { 0x10000, 0x14000 }, { 0x20000, 0x22000 } }));
        SearchScope cut;
        cut.within = { { 0x21000, 0x40000 }, { 0x1800, 0x10800 } };
        QCOMPARE(searchRanges(regions, cut),
            (std::vector<AddressRange> { { 0x1800, 0x2000 }, { 0x10000, 0x10800 }, { 0x21000, 0x22000 } }));
        SearchScope all;
        all.includeUnreadable = true; // the guard-like mapping, but never [vvar]
        QCOMPARE(searchRanges(regions, all),
            (std::vector<AddressRange> {
                { 0x1000, 0x2000 }, { 0x10000, 0x14000 }, { 0x14000, 0x15000 }, { 0x20000, 0x22000 } }));
    }

    void neverMatchesIntoUnreadableBytes()
    {
        // Unreadable bytes read as zeros; wildcards would happily match them if they were searched.
        auto p = SearchPattern::hex(u"4e 45 45 ?? ?? ??");
        const Found f = search(m_fake, *p, { { kC, kC + 0x4000 } });
        QVERIFY(std::find(f.hits.begin(), f.hits.end(), kC + 0x0ffd) == f.hits.end());
        QVERIFY(std::find(f.hits.begin(), f.hits.end(), kC) != f.hits.end());
    }

    void stopsAtTheResultCap()
    {
        FakeMemorySource zeros;
        zeros.addSegment(region(kA, 0x10000), QByteArray(0x10000, '\0'));
        auto p = SearchPattern::hex(u"00 00");
        SearchOptions options;
        options.maxResults = 100;
        options.chunkBytes = 4096;
        const Found f = search(zeros, *p, { { kA, kA + 0x10000 } }, options);
        QCOMPARE(f.summary.hits, quint64(100));
        QCOMPARE(f.hits.size(), size_t(100));
        QVERIFY(f.summary.truncated);
    }

    void alignedSearchesKeepAlignedHitsOnly()
    {
        FakeMemorySource zeros;
        zeros.addSegment(region(kA, 0x1000), QByteArray(0x1000, '\0'));
        auto p = SearchPattern::integer(u"0", 32, false, false);
        SearchOptions options;
        options.alignment = 4;
        options.chunkBytes = 4096;
        const Found f = search(zeros, *p, { { kA + 2, kA + 0x1000 } }, options);
        QCOMPARE(f.hits.size(), size_t(0x1000 / 4 - 1)); // kA itself lies outside the range
        QVERIFY(std::all_of(f.hits.begin(), f.hits.end(), [](Address a) { return a % 4 == 0; }));
        QCOMPARE(f.hits.front(), kA + 4);
    }

    void alignedValuesAreFoundWhereverChunksAndHolesFall_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<quint64>("chunk");
        QTest::addColumn<int>("threads");
        QTest::addColumn<bool>("ordered");
        for (const int width : { 16, 32, 64 }) {
            QTest::addRow("int%d, 4 KiB chunks, 1 thread", width) << width << quint64(4096) << 1 << false;
            QTest::addRow("int%d, 4 KiB chunks, 4 threads", width) << width << quint64(4096) << 4 << false;
            QTest::addRow("int%d, 4 KiB chunks, 4 threads, ordered", width) << width << quint64(4096) << 4 << true;
            QTest::addRow("int%d, one big chunk", width) << width << quint64(1 << 20) << 2 << true;
        }
    }

    void alignedValuesAreFoundWhereverChunksAndHolesFall()
    {
        // An aligned search for an exact value compares at the aligned offsets only (a value scan
        // of "0" matches at every offset of a zero page): the same hits as checking every aligned
        // offset by hand -- at chunk edges, at the ends of ranges, never into unreadable bytes.
        QFETCH(int, width);
        QFETCH(quint64, chunk);
        QFETCH(int, threads);
        QFETCH(bool, ordered);
        const int n = width / 8;
        QByteArray data(0x10000, '\0');
        quint32 seed = 7;
        for (char& c : data) {
            seed = seed * 1103515245 + 12345;
            c = char((seed >> 16) & 0x3); // few distinct bytes: the value also turns up by chance
        }
        // 0, which is also what the unreadable page reads as: a hit there would be made up.
        const QByteArray value(n, '\0');
        for (const qsizetype at :
            { qsizetype(0), qsizetype(0x0ff8), qsizetype(0x0ffc), qsizetype(0x1000 - n / 2), qsizetype(0x1000),
                qsizetype(0x1008), qsizetype(0x2ffe), qsizetype(0x3000), qsizetype(0x4001), qsizetype(0x10000 - n) })
            data.replace(at, n, value);
        FakeMemorySource fake;
        fake.addSegment(region(kA, 0x10000), data);
        fake.addUnreadable({ kA + 0x3000, kA + 0x4000 });
        auto p = SearchPattern::integer(u"0", width, false, false);
        QVERIFY(p);
        QCOMPARE(p->exactBytes(), QByteArrayView(value));
        SearchOptions options;
        options.alignment = quint64(n);
        options.chunkBytes = chunk;
        options.threads = threads;
        options.ordered = ordered;
        options.maxResults = ~quint64(0);
        const Found f = search(fake, *p, { { kA + 8, kA + 0x10000 } }, options);
        QVERIFY(!f.summary.error);
        std::vector<Address> expected;
        for (qsizetype at = 8; at + n <= data.size(); at += n) {
            const bool unreadable = at + n > 0x3000 && at < 0x4000;
            if (!unreadable && data.mid(at, n) == value)
                expected.push_back(kA + quint64(at));
        }
        QVERIFY(expected.size() >= 4);
        QCOMPARE(f.hits, expected);
        QCOMPARE(f.summary.hits, quint64(expected.size()));
    }

    void orderedBatchesArriveInAddressOrder()
    {
        // A value scan's HitSet writes hits beyond its memory cap to a scratch file as they come:
        // with options.ordered they come in address order even when a later chunk is read first
        // (the first chunk's read is slow here), so nothing written has to be reordered.
        class SlowStart final : public MemorySource
        {
        public:
            explicit SlowStart(FakeMemorySource& inner)
                : m_inner(inner)
            { }
            Result<std::vector<Region>> regions() override { return m_inner.regions(); }
            ReadResult read(Address address, std::span<std::byte> out) override
            {
                if (address == kA)
                    std::this_thread::sleep_for(std::chrono::milliseconds(150));
                return m_inner.read(address, out);
            }
            QString description() const override { return m_inner.description(); }

        private:
            FakeMemorySource& m_inner;
        };
        FakeMemorySource zeros;
        zeros.addSegment(region(kA, 0x40000), QByteArray(0x40000, '\0'));
        SlowStart slow(zeros);
        auto p = SearchPattern::integer(u"0", 32, false, false);
        for (const bool ordered : { true }) {
            SearchOptions options;
            options.alignment = 4;
            options.chunkBytes = 4096;
            options.threads = 4;
            options.ordered = ordered;
            options.maxResults = ~quint64(0);
            std::vector<Address> arrived;
            std::mutex m;
            const SearchSummary summary
                = searchMemory(slow, *p, { { kA, kA + 0x40000 } }, options, nullptr, [&](std::vector<SearchHit> batch) {
                      std::lock_guard lock(m);
                      for (const SearchHit& h : batch)
                          arrived.push_back(h.address);
                  });
            QVERIFY(!summary.error);
            QCOMPARE(arrived.size(), size_t(0x40000 / 4));
            if (ordered) // (unordered, the slow first chunk comes last: checked by hand, timing-dependent)
                QVERIFY(std::is_sorted(arrived.begin(), arrived.end()));
            QCOMPARE(std::set<Address>(arrived.begin(), arrived.end()).size(), arrived.size());
        }
    }

    void orderedSearchesStopCleanly()
    {
        // Cancelled, capped or failed while chunks wait for their turn: no thread is left waiting.
        FakeMemorySource zeros;
        zeros.addSegment(region(kA, 1 << 20), QByteArray(1 << 20, '\0'));
        auto p = SearchPattern::integer(u"0", 32, false, false);
        SearchOptions options;
        options.alignment = 4;
        options.chunkBytes = 4096;
        options.threads = 4;
        options.ordered = true;
        options.maxResults = 1000;
        Found f = search(zeros, *p, { { kA, kA + (1 << 20) } }, options);
        QVERIFY(f.summary.truncated);
        QCOMPARE(f.hits.size(), size_t(1000));
        std::atomic<bool> cancel = false;
        options.maxResults = ~quint64(0);
        f = search(zeros, *p, { { kA, kA + (1 << 20) } }, options, &cancel, [&](quint64 done, quint64) {
            if (done >= (64 << 10))
                cancel = true;
        });
        QVERIFY(f.summary.cancelled);
        zeros.injectError(makeError(ErrorKind::Exited, QStringLiteral("Process 1 has exited.")));
        f = search(zeros, *p, { { kA, kA + (1 << 20) } }, options);
        QCOMPARE(f.summary.error.kind, ErrorKind::Exited);
    }

    void cancelStopsSoon()
    {
        FakeMemorySource big;
        big.addSegment(region(kA, 8 << 20), QByteArray(8 << 20, 'x'));
        auto p = SearchPattern::hex(u"41 42");
        std::atomic<bool> cancel = false;
        SearchOptions options;
        options.chunkBytes = 64 << 10;
        options.threads = 1;
        const Found f = search(big, *p, { { kA, kA + (8 << 20) } }, options, &cancel, [&](quint64 done, quint64) {
            if (done >= (1 << 20))
                cancel = true;
        });
        QVERIFY(f.summary.cancelled);
        QVERIFY(f.summary.bytesSearched < (2u << 20));
    }

    void aFailingSourceEndsTheSearchWithItsError()
    {
        FakeMemorySource gone;
        gone.addSegment(region(kA, 0x1000), QByteArray(0x1000, 'x'));
        gone.injectError(makeError(ErrorKind::Exited, QStringLiteral("Process 1 has exited.")));
        auto p = SearchPattern::hex(u"78");
        const Found f = search(gone, *p, { { kA, kA + 0x1000 } });
        QCOMPARE(f.summary.error.kind, ErrorKind::Exited);
        QVERIFY(f.hits.empty());
    }
};

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
