// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 18: the diff view (ranges listed, sorted, next/previous moving the memory view), the
// memory view's marks against a snapshot (exactly the differing bytes, the old value in the
// tooltip) and the heat picture (colours ordered by heat). DiffReports are built by hand: the
// view must show what any report says.
#include "core/model/format.h"
#include "diffpane.h"
#include "fakememorysource.h"
#include "session/snapshotlist.h"
#include "widgets/addressspaceview.h"
#include "widgets/hexview.h"
#include "widgets/regioncolors.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

#include <sys/stat.h>

using namespace procglass;

namespace {

Region region(Address start, quint64 size, const char* path, RegionKind kind = RegionKind::Anonymous)
{
    Region r;
    r.range = { start, start + size };
    r.perms = { true, true, false, false };
    r.path = QString::fromLatin1(path);
    r.kind = kind;
    return r;
}

constexpr Address kHeap = 0x5555'0000'0000;
constexpr Address kStack = 0x7ffd'0000'0000;
constexpr Address kCode = 0x5554'0000'0000;

MappingDiff mapping(const Region& r, MappingDiff::Change change, std::vector<AddressRange> changed)
{
    MappingDiff m;
    m.change = change;
    if (change != MappingDiff::Change::Added)
        m.before = r;
    if (change != MappingDiff::Change::Removed)
        m.after = r;
    m.comparedBytes = change == MappingDiff::Change::Added ? 0 : r.range.size();
    for (const AddressRange& c : changed)
        m.changedBytes += c.size();
    m.changed = std::move(changed);
    return m;
}

// Three mappings: the code unchanged, the heap with two changed ranges, the stack with one.
std::shared_ptr<DiffOutcome> outcome()
{
    auto o = std::make_shared<DiffOutcome>();
    o->beforeLabel = QStringLiteral("snapshot 1 (12:00:00)");
    o->afterLabel = QStringLiteral("now");
    o->report.mappings = {
        mapping(region(kCode, 0x1000, "/usr/bin/fixture", RegionKind::Executable), MappingDiff::Change::Same, {}),
        mapping(region(kHeap, 0x21000, "[heap]", RegionKind::Heap), MappingDiff::Change::Changed,
            { { kHeap + 0x10, kHeap + 0x14 }, { kHeap + 0x10000 - 2, kHeap + 0x10000 + 30 } }),
        mapping(region(kStack, 0x21000, "[stack]", RegionKind::MainStack), MappingDiff::Change::Changed,
            { { kStack + 0x20000, kStack + 0x20001 } }),
    };
    for (const MappingDiff& m : o->report.mappings) {
        o->report.comparedBytes += m.comparedBytes;
        o->report.changedBytes += m.changedBytes;
        o->report.changedRanges += m.changed.size();
    }
    const auto preview = [](const QByteArray& before, const QByteArray& after) {
        RangePreview p;
        p.size = quint8(before.size());
        std::memcpy(p.before.data(), before.constData(), size_t(before.size()));
        std::memcpy(p.after.data(), after.constData(), size_t(after.size()));
        return p;
    };
    o->report.mappings[1].previews = { preview(QByteArray::fromHex("01000000"), QByteArray::fromHex("02000000")),
        preview(QByteArray::fromHex("aabbccddeeff0011"), QByteArray::fromHex("1111111111111111")) };
    o->report.mappings[2].previews = { preview(QByteArray("\x05", 1), QByteArray("\x06", 1)) };
    return o;
}

} // namespace

class TestDiffPane : public QObject
{
    Q_OBJECT

private slots:
    void listsTheRangesOfAReport()
    {
        DiffPane pane;
        QAbstractItemModelTester rangeTester(pane.rangeModel());
        QAbstractItemModelTester mappingTester(pane.mappingModel());
        pane.setOutcome(outcome());
        DiffRangeModel* m = pane.rangeModel();
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->data(m->index(0, DiffRangeModel::AddressColumn), Qt::DisplayRole).toString(),
            formatAddressForTest(kHeap + 0x10));
        QCOMPARE(m->data(m->index(1, DiffRangeModel::LengthColumn), Qt::DisplayRole).toString(), QStringLiteral("32"));
        QCOMPARE(
            m->data(m->index(1, DiffRangeModel::MappingColumn), Qt::DisplayRole).toString(), QStringLiteral("[heap]"));
        // The first 8 bytes, and a mark that there are more.
        QCOMPARE(m->data(m->index(1, DiffRangeModel::OldColumn), Qt::DisplayRole).toString(),
            QStringLiteral("aa bb cc dd ee ff 00 11 …"));
        QCOMPARE(
            m->data(m->index(0, DiffRangeModel::NewColumn), Qt::DisplayRole).toString(), QStringLiteral("02 00 00 00"));
        QCOMPARE(
            m->data(m->index(2, DiffRangeModel::MappingColumn), Qt::DisplayRole).toString(), QStringLiteral("[stack]"));
        // The mappings that changed, with their change; the unchanged code is not listed.
        QCOMPARE(pane.mappingModel()->rowCount(), 2);
        QCOMPARE(pane.mappingModel()
                     ->data(pane.mappingModel()->index(0, DiffMappingModel::ChangeColumn), Qt::DisplayRole)
                     .toString(),
            QStringLiteral("changed"));
        QVERIFY2(pane.summary().contains(QStringLiteral("2 of 3 mappings changed")), qPrintable(pane.summary()));
        QVERIFY2(pane.summary().contains(QStringLiteral("in 3 ranges")), qPrintable(pane.summary()));
    }

    void sortsByEveryColumn()
    {
        DiffPane pane;
        QAbstractItemModelTester tester(pane.rangeModel());
        pane.setOutcome(outcome());
        QTableView* view = pane.rangeView();
        view->sortByColumn(DiffRangeModel::LengthColumn, Qt::DescendingOrder);
        DiffRangeModel* m = pane.rangeModel();
        QCOMPARE(m->rowAt(0).range.size(), quint64(32));
        QCOMPARE(m->rowAt(2).range.size(), quint64(1));
        view->sortByColumn(DiffRangeModel::MappingColumn, Qt::AscendingOrder);
        QCOMPARE(m->rowAt(0).mapping, QStringLiteral("[heap]"));
        QCOMPARE(m->rowAt(2).mapping, QStringLiteral("[stack]"));
        view->sortByColumn(DiffRangeModel::AddressColumn, Qt::DescendingOrder);
        QCOMPARE(m->rowAt(0).range.start, kStack + 0x20000);
        QCOMPARE(m->viewRowOf(kStack + 0x20000), 0);
        QCOMPARE(m->viewRowOf(kHeap + 0x10), 2);
    }

    // F8 / Shift+F8 go from the memory view's cursor to the next / previous change, whatever the
    // table's order, and the memory view shows it.
    void nextAndPreviousMoveTheHexView()
    {
        FakeMemorySource fake;
        std::vector<Region> regions = { region(kHeap, 0x21000, "[heap]", RegionKind::Heap),
            region(kStack, 0x21000, "[stack]", RegionKind::MainStack) };
        for (const Region& r : regions)
            fake.addSegment(r, QByteArray(qsizetype(r.range.size()), '\0'));
        HexView hex;
        hex.resize(800, 400);
        hex.setRegions(regions);
        DiffPane pane;
        pane.setCursorProvider([&hex] { return hex.cursor(); });
        connect(&pane, &DiffPane::showRequested, &hex, [&hex](Address a, quint64 n) { hex.goTo(a, n); });
        pane.setOutcome(outcome());
        // Where the memory view shows: the selection's start (a range is selected), else the cursor.
        const auto shown = [&hex] { return hex.selection().isEmpty() ? hex.cursor() : hex.selection().start; };
        QVERIFY(pane.nextAction()->isEnabled());
        QCOMPARE(pane.nextAction()->shortcut(), QKeySequence(Qt::Key_F8));
        QCOMPARE(pane.previousAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F8));
        pane.rangeView()->sortByColumn(DiffRangeModel::LengthColumn, Qt::DescendingOrder); // not address order
        hex.goTo(kHeap);
        pane.nextAction()->trigger();
        QCOMPARE(shown(), kHeap + 0x10);
        QCOMPARE(hex.selection().size(), quint64(4)); // the range's bytes are selected
        QCOMPARE(pane.rangeModel()->rowAt(pane.rangeView()->currentIndex().row()).range.start, kHeap + 0x10);
        pane.nextAction()->trigger();
        QCOMPARE(shown(), kHeap + 0x10000 - 2);
        pane.nextAction()->trigger();
        QCOMPARE(shown(), kStack + 0x20000);
        pane.nextAction()->trigger(); // past the last: round to the first
        QCOMPARE(shown(), kHeap + 0x10);
        pane.previousAction()->trigger(); // before the first: round to the last
        QCOMPARE(shown(), kStack + 0x20000);
        pane.previousAction()->trigger();
        QCOMPARE(shown(), kHeap + 0x10000 - 2);
        // From a cursor the user put inside a range: next is the one after it.
        hex.goTo(kHeap + 0x11);
        pane.nextAction()->trigger();
        QCOMPARE(shown(), kHeap + 0x10000 - 2);
        // Clicking a row shows it too.
        pane.rangeView()->setCurrentIndex(pane.rangeModel()->index(pane.rangeModel()->viewRowOf(kStack + 0x20000), 0));
        QCOMPARE(shown(), kStack + 0x20000);
    }

    void nothingToMoveToWithoutChanges()
    {
        DiffPane pane;
        auto o = std::make_shared<DiffOutcome>();
        o->report.mappings = { mapping(region(kCode, 0x1000, "/bin/x"), MappingDiff::Change::Same, {}) };
        pane.setOutcome(o);
        QVERIFY(!pane.nextAction()->isEnabled());
        QVERIFY(!pane.nextChange());
        QCOMPARE(pane.rangeModel()->rowCount(), 0);
    }

    void errorsAndCancelsAreSaid()
    {
        DiffPane pane;
        auto o = std::make_shared<DiffOutcome>();
        o->beforeLabel = QStringLiteral("snapshot 1 (12:00:00)");
        o->afterLabel = QStringLiteral("now");
        o->error = makeError(ErrorKind::Parse, QStringLiteral("The index of snapshot 1 is damaged."));
        pane.setOutcome(o);
        QVERIFY2(pane.summary().contains(QStringLiteral("is damaged")), qPrintable(pane.summary()));
        auto c = std::make_shared<DiffOutcome>();
        c->report.cancelled = true;
        pane.setOutcome(c);
        QVERIFY2(pane.summary().contains(QStringLiteral("cancelled")), qPrintable(pane.summary()));
        QCOMPARE(pane.rangeModel()->rowCount(), 0);
    }

    // The memory view marks exactly the bytes that differ from the snapshot (read from it on the
    // pool), across a page edge, and its tooltip says the old value.
    void hexViewMarksExactlyTheDifferingBytes()
    {
        const Region heap = region(kHeap, 0x20000, "[heap]", RegionKind::Heap);
        QByteArray now(0x20000, '\0');
        for (int i = 0; i < now.size(); ++i)
            now[i] = char(i * 7);
        QByteArray then = now;
        const std::vector<qsizetype> differing = { 0x10, 0x11, 0xffff, 0x10000, 0x10003 };
        for (qsizetype i : differing)
            then[i] = char(then[i] ^ 0x5a);
        then[0x10] = 'A';
        FakeMemorySource live;
        live.addSegment(heap, now);
        auto snapshot = std::make_shared<FakeMemorySource>();
        snapshot->addSegment(heap, then);

        HexView hex;
        hex.resize(900, 600);
        QObject::connect(&hex, &HexView::pagesNeeded, &hex, [&](quint64, const std::vector<Address>& bases) {
            std::vector<PageCache::Page> pages;
            for (Address base : bases)
                pages.push_back(*PageCache::readPage(live, base));
            hex.addPages(pages);
        });
        hex.setRegions({ heap });
        ComparisonPages comparison(snapshot, QStringLiteral("snapshot 2 (12:03:05)"));
        hex.setComparison(&comparison.pages(), comparison.label());
        hex.goTo(kHeap);
        QTRY_COMPARE(hex.comparisonByteAt(kHeap), 0);
        int marked = 0;
        for (Address a = kHeap; a < kHeap + 0x40; ++a)
            marked += hex.compareAt(a) == HexView::Comparison::Differs;
        QCOMPARE(marked, 2);
        QCOMPARE(hex.compareAt(kHeap + 0x10), HexView::Comparison::Differs);
        QCOMPARE(hex.compareAt(kHeap + 0x12), HexView::Comparison::Same);
        QCOMPARE(hex.toolTipFor(kHeap + 0x10).section(u'\n', -1), QStringLiteral("was 0x41 in snapshot 2 (12:03:05)"));
        QVERIFY(hex.toolTipFor(kHeap + 0x12).contains(QStringLiteral("unchanged since snapshot 2")));
        // Drawn: the marked cell is blue, its unmarked neighbour is not.
        QImage image(hex.viewport()->size(), QImage::Format_RGB32);
        hex.viewport()->render(&image);
        const QRect cell = hex.byteRect(kHeap + 0x11);
        const QRect plain = hex.byteRect(kHeap + 0x13);
        const QColor marks = image.pixelColor(cell.left() + 1, cell.top() + 1);
        const QColor none = image.pixelColor(plain.left() + 1, plain.top() + 1);
        QVERIFY2(marks.blue() > marks.red() + 30, qPrintable(marks.name()));
        QVERIFY2(none.blue() <= none.red() + 10, qPrintable(none.name()));
        // Across the page edge at 0x10000: both sides marked, nothing else around.
        hex.goTo(kHeap + 0xfff0);
        QTRY_VERIFY(hex.comparisonByteAt(kHeap + 0x10010) >= 0);
        std::vector<Address> found;
        for (Address a = kHeap + 0xffe0; a < kHeap + 0x10020; ++a) {
            if (hex.compareAt(a) == HexView::Comparison::Differs)
                found.push_back(a);
        }
        QCOMPARE(found, (std::vector<Address> { kHeap + 0xffff, kHeap + 0x10000, kHeap + 0x10003 }));
        // Without a comparison nothing is marked.
        hex.setComparison(nullptr, {});
        QCOMPARE(hex.compareAt(kHeap + 0xffff), HexView::Comparison::Same);
        QVERIFY(!hex.toolTipFor(kHeap + 0xffff).contains(QStringLiteral("was")));
    }

    // Bytes mapped since the snapshot are marked apart (not "differs": there is no old value).
    void hexViewMarksBytesNotInTheSnapshot()
    {
        const Region heap = region(kHeap, 0x20000, "[heap]", RegionKind::Heap);
        FakeMemorySource live;
        live.addSegment(heap, QByteArray(0x20000, 'x'));
        auto snapshot = std::make_shared<FakeMemorySource>();
        snapshot->addSegment(region(kHeap, 0x10000, "[heap]", RegionKind::Heap), QByteArray(0x10000, 'x'));
        HexView hex;
        hex.resize(900, 600);
        QObject::connect(&hex, &HexView::pagesNeeded, &hex, [&](quint64, const std::vector<Address>& bases) {
            std::vector<PageCache::Page> pages;
            for (Address base : bases)
                pages.push_back(*PageCache::readPage(live, base));
            hex.addPages(pages);
        });
        hex.setRegions({ heap });
        ComparisonPages comparison(snapshot, QStringLiteral("snapshot 1 (10:00:00)"));
        hex.setComparison(&comparison.pages(), comparison.label());
        hex.goTo(kHeap + 0xfff0);
        QTRY_COMPARE(hex.comparisonByteAt(kHeap + 0x10000), -2);
        QCOMPARE(hex.compareAt(kHeap + 0xffff), HexView::Comparison::Same);
        QCOMPARE(hex.compareAt(kHeap + 0x10000), HexView::Comparison::OnlyNow);
        QVERIFY(hex.toolTipFor(kHeap + 0x10000).contains(QStringLiteral("not in snapshot 1 (10:00:00)")));
    }

    // The heat scale darkens as heat grows; unchanged and "not compared" are apart from it.
    void heatColoursOrderByHeat()
    {
        const double heats[] = { 0, 0.0001, 0.001, 0.01, 0.1, 0.3, 0.5, 0.8, 1 };
        int last = 256;
        for (double h : heats) {
            const int lightness = heatColor(h).lightness();
            QVERIFY2(lightness < last,
                qPrintable(QStringLiteral("heat %1: lightness %2, before %3").arg(h).arg(lightness).arg(last)));
            last = lightness;
        }
        // Any change at all stands apart from none.
        QVERIFY(heatColor(0).lightness() - heatColor(0.0001).lightness() > 10);
        QVERIFY(heatUnknownColor() != heatColor(0));
        QVERIFY(heatUnknownColor().blue() > heatUnknownColor().red()); // cool, off the warm scale
    }

    // The picture in heat mode: the mapping that changed most is drawn darkest, the legend is the
    // heat scale, the tooltip says how much changed; off again, the kinds come back.
    void pictureColoursMappingsByHeat()
    {
        std::vector<Region> regions = { region(kCode, 0x1000, "/usr/bin/fixture", RegionKind::Executable),
            region(kHeap, 0x21000, "[heap]", RegionKind::Heap),
            region(kStack, 0x21000, "[stack]", RegionKind::MainStack) };
        AddressSpaceView view;
        view.resize(400, 700);
        view.setRegions(regions);
        QVERIFY(!view.heatAction()->isEnabled());
        const QColor kindColor = view.fillColorOf(1);
        view.setHeat({ { kCode, 0, 0, false }, { kHeap, 0.02, 2700, false }, { kStack, 0.6, 80000, false } },
            QStringLiteral("since snapshot 1"));
        QVERIFY(view.heatAction()->isEnabled());
        QVERIFY(!view.heatMode());
        view.heatAction()->trigger();
        QVERIFY(view.heatMode());
        QVERIFY(view.fillColorOf(0).lightness() > view.fillColorOf(1).lightness());
        QVERIFY(view.fillColorOf(1).lightness() > view.fillColorOf(2).lightness());
        QCOMPARE(view.fillColorOf(1), heatColor(0.02));
        const auto legend = view.legendItems();
        QVERIFY(!legend.empty());
        QCOMPARE(legend.front().name, QStringLiteral("unchanged"));
        QCOMPARE(legend.back().name, QStringLiteral("not compared"));
        // Mappings mapped since have no heat entry: "not compared".
        view.setRegions(
            { regions[0], regions[1], regions[2], region(kStack + 0x100000, 0x1000, "[vvar]", RegionKind::Vvar) });
        QCOMPARE(view.heatOf(3), -1.0);
        QCOMPARE(view.fillColorOf(3), heatUnknownColor());
        view.heatAction()->trigger();
        QVERIFY(!view.heatMode());
        QCOMPARE(view.fillColorOf(1), kindColor);
        view.setHeat({}, {});
        QVERIFY(!view.heatAction()->isEnabled());
    }

    void heatOfAReportSkipsRemovedMappings()
    {
        DiffReport report;
        report.mappings = { mapping(region(kCode, 0x1000, "/bin/x"), MappingDiff::Change::Removed, {}),
            mapping(region(kHeap, 0x1000, "[heap]"), MappingDiff::Change::Added, {}),
            mapping(region(kStack, 0x1000, "[stack]"), MappingDiff::Change::Changed, { { kStack, kStack + 16 } }) };
        const auto heat = DiffPane::heatOf(report);
        QCOMPARE(heat.size(), size_t(2));
        QCOMPARE(heat[0].start, kHeap);
        QVERIFY(heat[0].added);
        QCOMPARE(heat[1].start, kStack);
        QCOMPARE(heat[1].changedBytes, quint64(16));
    }

    // The private folder: 0700 at every level, and a planted link or a folder open to others is
    // refused rather than written into.
    void privateFolderIsPrivate()
    {
        QTemporaryDir cache;
        auto made = SnapshotList::makePrivateFolder({ 1234, 5678 }, cache.path());
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QVERIFY(QFileInfo((*made)->path()).fileName().startsWith(QStringLiteral("1234-5678-")));
        for (const QString& dir : { cache.path() + QStringLiteral("/procglass"),
                 cache.path() + QStringLiteral("/procglass/snapshots"), (*made)->path() }) {
            struct stat st = {};
            QCOMPARE(::lstat(QFile::encodeName(dir).constData(), &st), 0);
            QCOMPARE(st.st_mode & 0777, mode_t(0700));
        }
        // Two windows on the same process get two folders.
        auto second = SnapshotList::makePrivateFolder({ 1234, 5678 }, cache.path());
        QVERIFY(second && (*second)->path() != (*made)->path());
        // The first is still held: the second window's clean-up left it alone.
        QVERIFY(QFileInfo((*made)->path()).isDir());

        QTemporaryDir linked;
        QTemporaryDir elsewhere;
        QVERIFY(QDir(linked.path()).mkdir(QStringLiteral("procglass")));
        QVERIFY(QFile::link(elsewhere.path(), linked.path() + QStringLiteral("/procglass/snapshots")));
        auto refused = SnapshotList::makePrivateFolder({ 1, 2 }, linked.path());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("link")), qPrintable(refused.error().message));
        QCOMPARE(QDir(elsewhere.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), 0);

        QTemporaryDir open;
        QVERIFY(QDir(open.path()).mkpath(QStringLiteral("procglass/snapshots")));
        ::chmod(QFile::encodeName(open.path() + QStringLiteral("/procglass")).constData(), 0777);
        auto opened = SnapshotList::makePrivateFolder({ 1, 2 }, open.path());
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(QStringLiteral("not a private folder")),
            qPrintable(opened.error().message));
    }

    // A window that crashed leaves its private folder (with gigabytes of snapshots, maybe): the next
    // window to make one removes it -- and leaves alone the folders of windows still open, and what
    // is not a window's folder.
    void crashedWindowsFolderIsRemovedNextTime()
    {
        QTemporaryDir cache;
        auto open = SnapshotList::makePrivateFolder({ 1, 2 }, cache.path());
        QVERIFY(open);
        const QString snapshots = cache.path() + QStringLiteral("/procglass/snapshots");
        // What a crash leaves: a folder of a window that no longer holds it, with a snapshot in it.
        const QString crashed = snapshots + QStringLiteral("/4242-99-AbC123");
        QVERIFY(QDir().mkpath(crashed + QStringLiteral("/snapshot-1")));
        QFile pack(crashed + QStringLiteral("/snapshot-1/pack"));
        QVERIFY(pack.open(QIODevice::WriteOnly) && pack.write(QByteArray(4096, 'p')) == 4096);
        pack.close();
        const QString other = snapshots + QStringLiteral("/not-a-window-folder");
        QVERIFY(QDir().mkpath(other));
        auto next = SnapshotList::makePrivateFolder({ 3, 4 }, cache.path());
        QVERIFY(next);
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(crashed), 10000);
        QVERIFY(QFileInfo((*open)->path()).isDir());
        QVERIFY(QFileInfo((*next)->path()).isDir());
        QVERIFY(QFileInfo(other).isDir());
        // A folder removed through what was opened, even after its path changed.
        const QString path = (*open)->path();
        (*open)->remove();
        QVERIFY(!QFileInfo::exists(path));
    }

private:
    static QString formatAddressForTest(Address a) { return formatAddress(a); }
};

QTEST_MAIN(TestDiffPane)
#include "tst_diffpane.moc"
