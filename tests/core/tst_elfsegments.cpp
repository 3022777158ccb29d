// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// What is an image's .bss and what is anonymous memory next to it (issue 15, item 1): the program
// headers say, read from the image's first mapping in memory. Crafted images in a fake address
// space, and the fixture's own .bss in a live process.
#include "fixture.h"

#include "core/code/elfsegments.h"
#include "core/model/format.h"
#include "core/parse/mapsparser.h"
#include "core/search/searchengine.h"
#include "core/teach/explain.h"
#include "fakememorysource.h"
#include "platform/linux/procfs.h"

#include <QProcess>
#include <QTest>

#include <cstring>

using namespace procglass;
using namespace procglass::test;

namespace {

constexpr Address kBase = 0x7f0000000000;

void put16(QByteArray& b, int at, quint16 v)
{
    for (int i = 0; i < 2; ++i)
        b[at + i] = char(v >> (8 * i));
}
void put32(QByteArray& b, int at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char(v >> (8 * i));
}
void put64(QByteArray& b, int at, quint64 v)
{
    for (int i = 0; i < 8; ++i)
        b[at + i] = char(v >> (8 * i));
}

struct Load
{
    quint64 offset, vaddr, filesz, memsz;
    quint32 flags;
};

// A page holding an ELF header and its program headers, as a shared library's first mapping does.
QByteArray elfPage(const std::vector<Load>& loads, quint16 phnum = 0)
{
    QByteArray page(4096, '\0');
    page[0] = '\x7f';
    page[1] = 'E';
    page[2] = 'L';
    page[3] = 'F';
    page[4] = 2; // 64-bit
    page[5] = 1; // little endian
    page[6] = 1;
    put16(page, 0x10, 3); // ET_DYN
    put16(page, 0x12, 62); // x86-64
    put64(page, 0x20, 0x40); // e_phoff
    put16(page, 0x34, 64);
    put16(page, 0x36, 56);
    put16(page, 0x38, phnum ? phnum : quint16(loads.size()));
    int at = 0x40;
    for (const Load& l : loads) {
        put32(page, at, 1); // PT_LOAD
        put32(page, at + 4, l.flags);
        put64(page, at + 8, l.offset);
        put64(page, at + 16, l.vaddr);
        put64(page, at + 32, l.filesz);
        put64(page, at + 40, l.memsz);
        put64(page, at + 48, 0x1000);
        at += 56;
    }
    return page;
}

// libz as the loader maps it: headers, code, data, then anonymous memory of `anonBytes`.
std::vector<Region> libzRegions(quint64 anonBytes)
{
    const QString maps = QStringLiteral("%1-%2 r--p 00000000 08:01 100 /usr/lib/libz.so.1\n"
                                        "%2-%3 r-xp 00001000 08:01 100 /usr/lib/libz.so.1\n"
                                        "%3-%4 rw-p 00002000 08:01 100 /usr/lib/libz.so.1\n"
                                        "%4-%5 rw-p 00000000 00:00 0 \n")
                             .arg(kBase, 0, 16)
                             .arg(kBase + 0x1000, 0, 16)
                             .arg(kBase + 0x2000, 0, 16)
                             .arg(kBase + 0x3000, 0, 16)
                             .arg(kBase + 0x3000 + anonBytes, 0, 16);
    const QByteArray text = maps.toUtf8();
    ParsedMaps parsed = parseMaps(std::string_view(text.constData(), size_t(text.size())));
    classifyRegions(parsed.regions, {});
    return parsed.regions;
}

void place(std::vector<Region>& regions, const QByteArray& firstPage, bool readable = true)
{
    FakeMemorySource memory;
    memory.addSegment(regions[0], firstPage);
    if (!readable)
        memory.addUnreadable(regions[0].range);
    placeBss(regions, memory);
}

} // namespace

class TestElfSegments : public QObject
{
    Q_OBJECT
private slots:
    // python3's libz: writable PT_LOAD with p_memsz 0x520, a 3.25 MiB anonymous block after it.
    void bssInsideTheDataPageLeavesTheNextMappingAnonymous()
    {
        auto regions = libzRegions(0x340000);
        QCOMPARE(regions[3].segment, ImageSegment::Bss); // the guess by position
        QCOMPARE(imageSegmentText(regions[3]), QStringLiteral("bss?"));
        place(regions,
            elfPage({ { 0, 0, 0x1000, 0x1000, 4 }, { 0x1000, 0x1000, 0x1000, 0x1000, 5 },
                { 0x2000, 0x2000, 0x100, 0x520, 6 } }));
        QCOMPARE(regions[3].kind, RegionKind::Anonymous);
        QCOMPARE(regions[3].segment, ImageSegment::None);
        QVERIFY(regions[3].bss.checked);
        QCOMPARE(regions[3].bss.range, (AddressRange { kBase + 0x2100, kBase + 0x2520 }));
        const QString text = explanationText(explainRegion(regions, 3));
        QVERIFY2(text.contains(QStringLiteral("it is not libz.so.1's .bss")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("This is .bss")), qPrintable(text));
    }

    void bssSpanningPagesIsBssUpToItsPageRoundedEnd()
    {
        auto regions = libzRegions(0x340000);
        place(regions,
            elfPage({ { 0, 0, 0x1000, 0x1000, 4 }, { 0x1000, 0x1000, 0x1000, 0x1000, 5 },
                { 0x2000, 0x2000, 0x100, 0x5100, 6 } }));
        const Region& r = regions[3];
        QCOMPARE(r.kind, RegionKind::Library);
        QCOMPARE(r.segment, ImageSegment::Bss);
        QCOMPARE(r.bssEnd(), kBase + 0x8000); // 0x2100 + 0x5000 = 0x7100, rounded up to the page
        QVERIFY(r.isPartlyBss());
        QCOMPARE(imageSegmentText(r), QStringLiteral("bss+anonymous"));
        const QString text = explanationText(explainRegion(regions, 3));
        QVERIFY2(text.contains(QStringLiteral("0x7f0000003000–0x7f0000008000: libz.so.1's .bss (0x5000 (20 KiB)")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Past 0x7f0000008000: anonymous memory")), qPrintable(text));
        QCOMPARE(bssSummary(regions, 3),
            QStringLiteral("0x7f0000003000–0x7f0000008000: libz.so.1's .bss; past 0x7f0000008000: anonymous memory"));
    }

    // Program data takes the anonymous memory merged past a library's .bss, not the .bss itself.
    void programDataTakesTheAnonymousTailOfALibrarysBss()
    {
        auto regions = libzRegions(0x340000);
        place(regions,
            elfPage({ { 0, 0, 0x1000, 0x1000, 4 }, { 0x1000, 0x1000, 0x1000, 0x1000, 5 },
                { 0x2000, 0x2000, 0x100, 0x5100, 6 } }));
        SearchScope scope;
        scope.programDataOnly = true;
        const std::vector<AddressRange> ranges = searchRanges(regions, scope);
        QCOMPARE(ranges.size(), size_t(1));
        QCOMPARE(ranges.front(), (AddressRange { kBase + 0x8000, regions[3].range.end }));
    }

    void bssFillingTheMappingIsAllBss()
    {
        auto regions = libzRegions(0x5000);
        place(regions, elfPage({ { 0, 0, 0x1000, 0x1000, 4 }, { 0x2000, 0x2000, 0x100, 0x5100, 6 } }));
        QCOMPARE(regions[3].segment, ImageSegment::Bss);
        QVERIFY(!regions[3].isPartlyBss());
        QCOMPARE(imageSegmentText(regions[3]), QStringLiteral("bss"));
    }

    // A hostile target lists thousands of data + anonymous pairs of one file: its headers are read
    // once, not once a pair (which was 2 reads and a backward scan over every earlier mapping each).
    void manyPairsOfOneImageReadItsHeadersOnce()
    {
        QString maps = QStringLiteral("%1-%2 r--p 00000000 08:01 100 /usr/lib/libz.so.1\n"
                                      "%2-%3 r-xp 00001000 08:01 100 /usr/lib/libz.so.1\n")
                           .arg(kBase, 0, 16)
                           .arg(kBase + 0x1000, 0, 16)
                           .arg(kBase + 0x2000, 0, 16);
        constexpr int kPairs = 20000;
        for (int i = 0; i < kPairs; ++i) {
            const quint64 at = kBase + 0x2000 + quint64(i) * 0x2000;
            maps += QStringLiteral("%1-%2 rw-p 00002000 08:01 100 /usr/lib/libz.so.1\n%2-%3 rw-p 00000000 00:00 0 \n")
                        .arg(at, 0, 16)
                        .arg(at + 0x1000, 0, 16)
                        .arg(at + 0x2000, 0, 16);
        }
        const QByteArray text = maps.toUtf8();
        ParsedMaps parsed = parseMaps(std::string_view(text.constData(), size_t(text.size())));
        classifyRegions(parsed.regions, {});
        std::vector<Region>& regions = parsed.regions;
        QCOMPARE(regions.size(), size_t(2 + 2 * kPairs));
        const QByteArray page = elfPage({ { 0, 0, 0x1000, 0x1000, 4 }, { 0x2000, 0x2000, 0x100, 0x520, 6 } });
        int reads = 0;
        placeBss(regions, [&](Address address, std::span<std::byte> out) {
            ++reads;
            if (address != kBase || out.size() > size_t(page.size()))
                return false;
            std::memcpy(out.data(), page.constData(), out.size());
            return true;
        });
        QCOMPARE(reads, 2); // the ELF header, then the program headers
        QCOMPARE(regions[3].kind, RegionKind::Anonymous); // libz's .bss fits in its data page
        QVERIFY(regions[3].bss.checked);
        QVERIFY(regions.back().bss.checked);
    }

    void unreadableHeadersLeaveAGuessSaidToBeOne()
    {
        auto regions = libzRegions(0x340000);
        place(regions, elfPage({ { 0x2000, 0x2000, 0x100, 0x520, 6 } }), false);
        QCOMPARE(regions[3].segment, ImageSegment::Bss);
        QVERIFY(!regions[3].bss.checked);
        const RegionExplanation e = explainRegion(regions, 3);
        QVERIFY2(e.title.contains(QStringLiteral("a guess")), qPrintable(e.title));
        QVERIFY(explanationText(e).contains(QStringLiteral("is a guess from its position")));
    }

    void hostileHeadersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("page");
        const std::vector<Load> loads { { 0, 0, 0x1000, 0x1000, 4 }, { 0x2000, 0x2000, 0x100, 0x5100, 6 } };
        QByteArray many = elfPage(loads, 0xfffe);
        QTest::newRow("table past the mapping") << many;
        QByteArray far = elfPage(loads);
        put64(far, 0x20, 0xffffffffffffff00);
        QTest::newRow("phoff near 2^64") << far;
        QByteArray small = elfPage(loads);
        put16(small, 0x36, 8);
        QTest::newRow("phentsize too small") << small;
        QByteArray wrap = elfPage({ { 0, 0, 0x1000, 0x1000, 4 }, { 0x2000, 0xfffffffffffff000, 0x100, 0x5100, 6 } });
        QTest::newRow("segment past 2^64") << wrap;
        QByteArray notElf = elfPage(loads);
        notElf[1] = 'X';
        QTest::newRow("no ELF magic") << notElf;
    }
    void hostileHeadersAreRefused()
    {
        QFETCH(QByteArray, page);
        auto regions = libzRegions(0x340000);
        place(regions, page);
        QCOMPARE(regions[3].segment, ImageSegment::Bss);
        QVERIFY(!regions[3].bss.checked); // still a guess, said to be one
    }

    // The fixture's 5-page zero-initialised array: its executable's .bss, read from the live process.
    void fixtureExecutableBss()
    {
        Fixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.error()));
        auto maps = readRegions(fixture.pid());
        QVERIFY2(maps, qPrintable(maps ? QString() : maps.error().message));
        const auto bss = std::find_if(maps->regions.begin(), maps->regions.end(),
            [](const Region& r) { return r.kind == RegionKind::Executable && r.segment == ImageSegment::Bss; });
        QVERIFY2(bss != maps->regions.end(), "the fixture's executable has no .bss mapping");
        QVERIFY(bss->bss.checked);
        QVERIFY2(bss->bss.range.size() >= 5 * 4096 + 123, qPrintable(QString::number(bss->bss.range.size())));
        QCOMPARE(bss->bssEnd(), std::min(pageCeil(bss->bss.range.end), bss->range.end));
        QVERIFY(bss->bss.range.end > bss->range.start);
        QCOMPARE(bssImageName(maps->regions, size_t(bss - maps->regions.begin())), QStringLiteral("procglass-demo"));

        // The CLI says the same: the kind column, and explain.
        QProcess cli;
        cli.start(cliPath(), { QStringLiteral("maps"), QString::number(fixture.pid()) });
        QVERIFY(cli.waitForFinished(30000));
        const QString mapsText = QString::fromUtf8(cli.readAllStandardOutput());
        const QString kind
            = bss->isPartlyBss() ? QStringLiteral("executable/bss+anonymous") : QStringLiteral("executable/bss ");
        QVERIFY2(mapsText.contains(kind), qPrintable(mapsText));
        cli.start(
            cliPath(), { QStringLiteral("explain"), QString::number(fixture.pid()), formatAddress(bss->range.start) });
        QVERIFY(cli.waitForFinished(30000));
        const QString explained = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(explained.contains(QStringLiteral("procglass-demo's .bss (0x")), qPrintable(explained));
        QVERIFY2(!explained.contains(QStringLiteral("a guess")), qPrintable(explained));
    }
};

QTEST_GUILESS_MAIN(TestElfSegments)
#include "tst_elfsegments.moc"
