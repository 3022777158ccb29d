// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/model/format.h"
#include "core/parse/mapsparser.h"
#include "widgets/addressspacelayout.h"
#include "widgets/addressspaceview.h"
#include "widgets/regioncolors.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <memory>

using namespace procglass;

namespace {

// A small program with one extra thread, as on x86-64 Linux: the executable low, the heap after it, then
// a gap of about 40 TiB up to the libraries, the thread's 8 MiB stack behind a 4 KiB guard page, the main
// stack, [vvar] and [vdso], and [vsyscall] at the very top.
constexpr char kMaps[] = R"(55d4c0a00000-55d4c0a02000 r--p 00000000 08:01 1311 /usr/bin/demo
55d4c0a02000-55d4c0a06000 r-xp 00002000 08:01 1311 /usr/bin/demo
55d4c0a06000-55d4c0a08000 r--p 00006000 08:01 1311 /usr/bin/demo
55d4c0a08000-55d4c0a09000 r--p 00007000 08:01 1311 /usr/bin/demo
55d4c0a09000-55d4c0a0a000 rw-p 00008000 08:01 1311 /usr/bin/demo
55d4c1e3f000-55d4c1e60000 rw-p 00000000 00:00 0 [heap]
7f3a2c000000-7f3a2c021000 rw-p 00000000 00:00 0
7f3a2c021000-7f3a30000000 ---p 00000000 00:00 0
7f3a33dff000-7f3a33e00000 ---p 00000000 00:00 0
7f3a33e00000-7f3a34600000 rw-p 00000000 00:00 0
7f3a34800000-7f3a34aeb000 r--p 00000000 08:01 2001 /usr/lib/locale/locale-archive
7f3a34b00000-7f3a34b28000 r--p 00000000 08:01 3001 /usr/lib/x86_64-linux-gnu/libc.so.6
7f3a34b28000-7f3a34cbd000 r-xp 00028000 08:01 3001 /usr/lib/x86_64-linux-gnu/libc.so.6
7f3a34cbd000-7f3a34d15000 r--p 001bd000 08:01 3001 /usr/lib/x86_64-linux-gnu/libc.so.6
7f3a34d15000-7f3a34d19000 r--p 00214000 08:01 3001 /usr/lib/x86_64-linux-gnu/libc.so.6
7f3a34d19000-7f3a34d1b000 rw-p 00218000 08:01 3001 /usr/lib/x86_64-linux-gnu/libc.so.6
7f3a34d1b000-7f3a34d28000 rw-p 00000000 00:00 0
7f3a34e00000-7f3a34e0e000 r--p 00000000 08:01 3002 /usr/lib/x86_64-linux-gnu/libm.so.6
7f3a34e0e000-7f3a34e8a000 r-xp 0000e000 08:01 3002 /usr/lib/x86_64-linux-gnu/libm.so.6
7f3a34e8a000-7f3a34ee5000 r--p 0008a000 08:01 3002 /usr/lib/x86_64-linux-gnu/libm.so.6
7f3a34ee5000-7f3a34ee6000 r--p 000e4000 08:01 3002 /usr/lib/x86_64-linux-gnu/libm.so.6
7f3a34ee6000-7f3a34ee7000 rw-p 000e5000 08:01 3002 /usr/lib/x86_64-linux-gnu/libm.so.6
7f3a35000000-7f3a35400000 rw-s 00000000 00:01 4001 /dev/shm/demo-buffer
7f3a35500000-7f3a35502000 rw-p 00000000 00:00 0
7f3a35502000-7f3a35504000 r--p 00000000 08:01 3003 /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
7f3a35504000-7f3a3552e000 r-xp 00002000 08:01 3003 /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
7f3a3552e000-7f3a35539000 r--p 0002c000 08:01 3003 /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
7f3a3553a000-7f3a3553c000 r--p 00037000 08:01 3003 /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
7f3a3553c000-7f3a3553e000 rw-p 00039000 08:01 3003 /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
7ffc8a5e0000-7ffc8a601000 rw-p 00000000 00:00 0 [stack]
7ffc8a6d2000-7ffc8a6d6000 r--p 00000000 00:00 0 [vvar]
7ffc8a6d6000-7ffc8a6d8000 r-xp 00000000 00:00 0 [vdso]
ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0 [vsyscall]
)";

std::vector<Region> realisticRegions()
{
    ParsedMaps parsed = parseMaps(kMaps);
    ClassifyHints hints;
    hints.executablePath = QStringLiteral("/usr/bin/demo");
    hints.threadStackPointers = { 0x7f3a345ffe40 };
    classifyRegions(parsed.regions, hints);
    return std::move(parsed.regions);
}

std::string generatedMaps(int count)
{
    std::string text;
    text.reserve(size_t(count) * 48);
    quint64 start = 0x7f0000000000;
    char line[80];
    for (int i = 0; i < count; ++i, start += kPageSize) {
        std::snprintf(line, sizeof line, "%llx-%llx %s 00000000 00:00 0\n", static_cast<unsigned long long>(start),
            static_cast<unsigned long long>(start + kPageSize), i % 2 ? "rw-p" : "r--p");
        text += line;
    }
    return text;
}

// count two-page mappings, each followed by a gap of gapPages pages.
std::vector<Region> spacedRegions(int count, quint64 gapPages)
{
    std::vector<Region> regions;
    regions.resize(size_t(count));
    Address start = 0x7f0000000000;
    for (Region& r : regions) {
        r.range = { start, start + 2 * kPageSize };
        start = r.range.end + gapPages * kPageSize;
    }
    return regions;
}

// Heights are differences of altitudes summed from the bottom, so they are only as exact as the sums.
bool near(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

// The band a gap gets between region index - 1 and region index.
double gapHeight(const AddressSpaceLayout& layout, int index)
{
    return layout.regionBottom(index) - layout.regionTop(index - 1);
}

QPoint centerOf(const QRect& rect)
{
    return rect.center();
}

} // namespace

class TestAddressSpaceView : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_view = std::make_unique<AddressSpaceView>();
        m_view->setRegions(realisticRegions());
        m_view->resize(260, 800);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void fixtureHasTheLandmarks()
    {
        QSet<RegionKind> kinds;
        bool hasSinglePage = false;
        for (const Region& r : m_view->regions()) {
            kinds.insert(r.kind);
            hasSinglePage = hasSinglePage || r.range.size() == kPageSize;
        }
        for (RegionKind kind :
            { RegionKind::Executable, RegionKind::Heap, RegionKind::Library, RegionKind::Guard, RegionKind::MainStack,
                RegionKind::ThreadStack, RegionKind::Vvar, RegionKind::Vdso, RegionKind::Vsyscall }) {
            QVERIFY2(kinds.contains(kind), qPrintable(regionKindId(kind)));
        }
        QVERIFY(hasSinglePage);
    }

    void everyRegionIsVisibleAndOrdered()
    {
        const int n = int(m_view->regions().size());
        for (int i = 0; i < n; ++i) {
            const QRect rect = m_view->regionRect(i);
            QVERIFY2(!rect.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(rect.height() >= 2, qPrintable(QStringLiteral("%1: %2 px").arg(i).arg(rect.height())));
            QVERIFY(m_view->rect().contains(rect));
            if (i > 0) // higher addresses above
                QVERIFY2(rect.bottom() < m_view->regionRect(i - 1).top(), qPrintable(QString::number(i)));
        }
        QCOMPARE(m_view->regionRect(-1), QRect());
        QCOMPARE(m_view->regionRect(n), QRect());
    }

    void regionAtFindsEveryRegion()
    {
        for (int i = 0; i < int(m_view->regions().size()); ++i)
            QCOMPARE(m_view->regionAt(centerOf(m_view->regionRect(i))), i);
        QCOMPARE(m_view->regionAt(QPoint(m_view->width() - 2, 400)), -1); // beside the bar

        // The gap between the heap and the first mapping above it is drawn, but holds no region.
        const auto& regions = m_view->regions();
        const int heap = int(std::find_if(regions.begin(), regions.end(), [](const Region& r) {
            return r.kind == RegionKind::Heap;
        }) - regions.begin());
        const QRect below = m_view->regionRect(heap);
        const QRect above = m_view->regionRect(heap + 1);
        QVERIFY(below.top() - above.bottom() > 2);
        QCOMPARE(m_view->regionAt(QPoint(below.center().x(), (below.top() + above.bottom()) / 2)), -1);
    }

    void clickSelects()
    {
        QSignalSpy spy(m_view.get(), &AddressSpaceView::regionClicked);
        QCOMPARE(m_view->selectedRegion(), -1);
        for (int i : { 0, 5, int(m_view->regions().size()) - 1 }) {
            QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, centerOf(m_view->regionRect(i)));
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.takeFirst().at(0).toInt(), i);
            QCOMPARE(m_view->selectedRegion(), i);
        }
        m_view->setSelectedRegion(3);
        QCOMPARE(m_view->selectedRegion(), 3);
        m_view->setSelectedRegion(100000);
        QCOMPARE(m_view->selectedRegion(), -1);
        QCOMPARE(spy.count(), 0); // only clicks emit
    }

    void wheelZoomsAroundTheCursor()
    {
        const int index = 12; // somewhere in the middle
        const QRect before = m_view->regionRect(index);
        const QPoint pos = before.center();
        QWheelEvent wheel(QPointF(pos), QPointF(m_view->mapToGlobal(pos)), QPoint(), QPoint(0, 120), Qt::NoButton,
            Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view.get(), &wheel);
        QVERIFY(m_view->zoom() > 1);
        const QRect after = m_view->regionRect(index);
        QVERIFY2(after.height() > before.height(),
            qPrintable(QStringLiteral("%1 -> %2").arg(before.height()).arg(after.height())));
        QCOMPARE(m_view->regionAt(pos), index); // the point under the cursor stays put

        m_view->setZoom(1000, 0);
        QCOMPARE(m_view->zoom(), 64.0);
        m_view->setZoom(0.1, 0);
        QCOMPARE(m_view->zoom(), 1.0);
    }

    void selectionScrollsIntoViewWhenZoomed()
    {
        m_view->setZoom(64, 0); // the top of the address space in view
        QVERIFY(m_view->regionRect(0).isEmpty());
        m_view->setSelectedRegion(0);
        QVERIFY(!m_view->regionRect(0).isEmpty());
        QCOMPARE(m_view->regionAt(m_view->regionRect(0).center()), 0);
    }

    void dragPansAndDoubleClickResets()
    {
        QSignalSpy spy(m_view.get(), &AddressSpaceView::regionClicked);
        m_view->setZoom(8, 400);
        int index = -1;
        for (int y = 400; index < 0; ++y) // the middle may be a gap
            index = m_view->regionAt(QPoint(40, y));
        const QRect before = m_view->regionRect(index);
        QTest::mousePress(m_view.get(), Qt::LeftButton, {}, QPoint(40, 300));
        QTest::mouseMove(m_view.get(), QPoint(40, 350));
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, QPoint(40, 350));
        QCOMPARE(m_view->regionRect(index).top(), before.top() + 50);
        QCOMPARE(spy.count(), 0); // a drag is not a click
        QTest::mouseDClick(m_view.get(), Qt::LeftButton, {}, QPoint(40, 400));
        QCOMPARE(m_view->zoom(), 1.0);
    }

    void toolTipDescribesTheRegion()
    {
        const auto& regions = m_view->regions();
        const int last = int(regions.size()) - 1;
        const QPoint pos = centerOf(m_view->regionRect(last));
        QHelpEvent help(QEvent::ToolTip, pos, m_view->mapToGlobal(pos));
        QApplication::sendEvent(m_view.get(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(formatAddress(regions.back().range.start)));
        QVERIFY(QToolTip::text().contains(QStringLiteral("[vsyscall]")));
        QToolTip::hideText();
    }

    void kindsHaveDistinctColors()
    {
        QSet<QRgb> colors;
        for (int k = 0; k < regionKindCount(); ++k)
            colors.insert(regionKindColor(RegionKind(k)).rgb());
        QCOMPARE(colors.size(), regionKindCount());
    }

    void rendersRealisticLayout()
    {
        QImage image(m_view->size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        m_view->setSelectedRegion(5);
        m_view->render(&image);
        // The heap's colour appears where the heap is drawn.
        const QRect heap = m_view->regionRect(5);
        QCOMPARE(m_view->regions()[5].kind, RegionKind::Heap);
        QCOMPARE(image.pixelColor(heap.center()).rgb(), regionKindColor(RegionKind::Heap).rgb());
    }

    void layoutKeepsOrderAndMinimumHeights()
    {
        AddressSpaceLayout layout;
        layout.setRegions(realisticRegions());
        layout.setHeight(784);
        const int n = layout.count();
        QCOMPARE(layout.regionBottom(0), 0.0);
        for (int i = 0; i < n; ++i) {
            const QByteArray at = QByteArray::number(i);
            // Sums of floating-point altitudes, hence the tolerance.
            QVERIFY2(layout.regionTop(i) - layout.regionBottom(i) > AddressSpaceLayout::kMinRegionPx - 1e-6, at);
            if (i > 0 && layout.hasGapBefore(i))
                QVERIFY2(gapHeight(layout, i) > 0, at);
            else if (i > 0)
                QVERIFY2(gapHeight(layout, i) == 0, at);
        }
        QVERIFY(near(layout.regionTop(n - 1), 784)); // filled to the top

        // Beyond the minimum, height grows with log2 of the size.
        const auto& regions = layout.regions();
        const int stack = int(std::find_if(regions.begin(), regions.end(), [](const Region& r) {
            return r.kind == RegionKind::ThreadStack;
        }) - regions.begin());
        const int heap = 5;
        QVERIFY(regions[stack].range.size() > regions[heap].range.size());
        QVERIFY(
            layout.regionTop(stack) - layout.regionBottom(stack) > layout.regionTop(heap) - layout.regionBottom(heap));
    }

    void layoutCompressesGaps()
    {
        AddressSpaceLayout layout;
        layout.setRegions(realisticRegions());
        layout.setHeight(784);
        const auto& regions = layout.regions();
        const int n = layout.count();
        // About 41 TiB above the heap and about 16 EiB below [vsyscall] get the same nominal band, a sliver of the
        // height; a page between two pieces of ld.so gets a thinner one.
        const int heap = 5;
        QCOMPARE(regions[heap].kind, RegionKind::Heap);
        QVERIFY(layout.hasGapBefore(heap + 1));
        QVERIFY(layout.hasGapBefore(n - 1));
        const double huge = gapHeight(layout, heap + 1);
        QCOMPARE(gapHeight(layout, n - 1), huge);
        QVERIFY2(huge < 0.03 * layout.height(), qPrintable(QString::number(huge)));
        int page = -1;
        for (int i = 1; i < n && page < 0; ++i) {
            if (regions[i].range.start - regions[i - 1].range.end == kPageSize)
                page = i;
        }
        QVERIFY(page > 0);
        QVERIFY(regions[page].path.endsWith(QStringLiteral("/ld-linux-x86-64.so.2")));
        QVERIFY(gapHeight(layout, page) > 0);
        QVERIFY(gapHeight(layout, page) < huge);

        // When crowded, all the gaps together still take at most a fifth of the height, and every mapping keeps
        // an equal share of the rest.
        layout.setRegions(spacedRegions(20000, 512));
        QCOMPARE(layout.height(), 784.0);
        double gaps = 0;
        for (int i = 1; i < layout.count(); ++i) {
            QVERIFY(layout.hasGapBefore(i));
            gaps += gapHeight(layout, i);
        }
        QVERIFY2(gaps <= 0.2 * 784 + 1e-6, qPrintable(QString::number(gaps)));
        const double first = layout.regionTop(0) - layout.regionBottom(0);
        QVERIFY(first > 0);
        for (int i : { 1, 9999, layout.count() - 1 })
            QVERIFY(near(layout.regionTop(i) - layout.regionBottom(i), first));
        QVERIFY(near(layout.regionTop(layout.count() - 1), 784));
    }

    void layoutMergesSubPixelMappings()
    {
        AddressSpaceLayout layout;
        layout.setRegions(realisticRegions());
        layout.setHeight(784);
        const AddressSpaceLayout::Axis axis { 792, 1 };
        // Everything is at least a few pixels tall: one box per mapping, bottom up.
        auto pieces = layout.barPieces(0, layout.count() - 1, axis);
        QCOMPARE(int(pieces.size()), layout.count());
        for (int i = 0; i < layout.count(); ++i) {
            QCOMPARE(pieces[size_t(i)].region, i);
            QVERIFY(pieces[size_t(i)].bottom - pieces[size_t(i)].top >= 3);
            if (i > 0)
                QVERIFY(pieces[size_t(i)].bottom <= pieces[size_t(i) - 1].top);
        }

        // 65,000 mappings in 784 rows: each row is filled once.
        ParsedMaps parsed = parseMaps(generatedMaps(65000));
        layout.setRegions(std::move(parsed.regions));
        pieces = layout.barPieces(0, layout.count() - 1, axis);
        QVERIFY2(pieces.size() <= 785, qPrintable(QString::number(pieces.size())));
        QVERIFY(pieces.size() >= 780);
        for (size_t i = 0; i < pieces.size(); ++i) {
            QCOMPARE(pieces[i].region, -1);
            QCOMPARE(pieces[i].bottom - pieces[i].top, 1);
            if (i > 0)
                QVERIFY(pieces[i].top < pieces[i - 1].top);
        }
    }

    void layoutNamesTheLandmarks()
    {
        AddressSpaceLayout layout;
        layout.setRegions(realisticRegions());
        const auto& regions = layout.regions();
        QStringList texts;
        int threadStacks = 0;
        for (const AddressSpaceLayout::Landmark& mark : layout.landmarks()) {
            texts << mark.text;
            threadStacks += mark.text.isEmpty() ? 1 : 0;
            if (mark.text == QStringLiteral("libc.so.6")) {
                // All five pieces and the .bss after them.
                QCOMPARE(mark.last - mark.first, 5);
                QCOMPARE(regions[mark.last].segment, ImageSegment::Bss);
            }
        }
        QCOMPARE(threadStacks, 1);
        for (const char* name : { "demo", "[heap]", "libc.so.6", "libm.so.6", "ld-linux-x86-64.so.2", "[stack]",
                 "[vvar]", "[vdso]", "[vsyscall]" })
            QVERIFY2(texts.count(QString::fromLatin1(name)) == 1, name);
        QCOMPARE(layout.kindsFromTop().front(), RegionKind::Vsyscall);
        QCOMPARE(layout.kindsFromTop().back(), RegionKind::Executable);
    }

    void labelsAvoidEachOther()
    {
        std::vector<AddressSpaceLayout::Label> labels(4);
        for (auto& label : labels)
            label.anchor = 100;
        AddressSpaceLayout::placeLabels(labels, 16, 0, 800);
        // Centred first, then a label's height above and below; the fourth fits nowhere near its anchor.
        QCOMPARE(labels.size(), size_t(3));
        QCOMPARE(labels[0].top, 92);
        QCOMPARE(labels[1].top, 76);
        QCOMPARE(labels[2].top, 108);

        labels.assign(2, {});
        labels[0].anchor = 10; // beside the legend, with minTop below it
        labels[1].anchor = 795; // at the bottom edge
        AddressSpaceLayout::placeLabels(labels, 16, 40, 800);
        QCOMPARE(labels.size(), size_t(1));
        QCOMPARE(labels[0].anchor, 795.0);
        QCOMPARE(labels[0].top, 779);
    }

    void renders65000MappingsQuickly()
    {
        const std::string text = generatedMaps(65000);
        ParsedMaps parsed = parseMaps(text);
        QCOMPARE(parsed.regions.size(), size_t(65000));
        QElapsedTimer timer;
        timer.start();
        m_view->setRegions(std::move(parsed.regions));
        const qint64 layoutMs = timer.restart();
        QImage image(m_view->size(), QImage::Format_ARGB32_Premultiplied);
        m_view->render(&image);
        const qint64 renderMs = timer.restart();
        m_view->setZoom(64, 400);
        m_view->render(&image);
        const qint64 zoomedMs = timer.elapsed();
        qInfo(
            "65,000 mappings: setRegions %lld ms, render %lld ms, render at 64x %lld ms", layoutMs, renderMs, zoomedMs);
        QVERIFY(renderMs < 1000); // meant to be far below 100 ms; generous for sanitizer and debug builds
        // Mappings thinner than a pixel share rows, but each point still names the one mapping under it.
        const int middle = m_view->regionAt(QPoint(40, 400));
        QVERIFY(middle >= 0);
        QVERIFY(m_view->regionRect(middle).contains(QPoint(40, 400)));
    }

private:
    std::unique_ptr<AddressSpaceView> m_view;
};

QTEST_MAIN(TestAddressSpaceView)
#include "tst_addressspaceview.moc"
