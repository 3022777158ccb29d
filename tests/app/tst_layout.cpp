// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// The window's layout at 1280x800, in English and German, with and without the guided tour:
// what the mappings and process tables show first, what fits, what is clipped.
#include "children.h"
#include "guidedtour.h"
#include "infopane.h"
#include "mainwindow.h"
#include "models/processmodel.h"
#include "models/regionmodel.h"
#include "platform/linux/target.h"
#include "searchpanel.h"
#include "widgets/addressspaceview.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

using namespace procglass;
using namespace procglass::test;

namespace {

// The widgets that ask for the most width, for failure messages.
QString widestMinimums(QWidget& root, int atLeast)
{
    QStringList out;
    const QList<QWidget*> widgets = root.findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        const int min = std::max(w->minimumSizeHint().width(), w->minimumWidth());
        if (min >= atLeast && w->isVisibleTo(&root))
            out << QStringLiteral("%1 %2: %3 px")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                       .arg(min);
    }
    return out.join(u'\n');
}

// Columns shown by a view's header that end beyond its viewport (scrolled to the left end).
QStringList columnsOutside(QAbstractItemView* view, QHeaderView* header)
{
    QStringList out;
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const int right = header->sectionPosition(logical) + header->sectionSize(logical);
        if (right > view->viewport()->width())
            out << QStringLiteral("%1 ends at %2 px of %3")
                       .arg(view->model()->headerData(logical, Qt::Horizontal).toString())
                       .arg(right)
                       .arg(view->viewport()->width());
    }
    return out;
}

// The logical column shown first.
int firstShown(QHeaderView* header)
{
    for (int visual = 0; visual < header->count(); ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            return header->logicalIndex(visual);
    }
    return -1;
}

// Room for text in a cell of that width (the style's margins on both sides).
int textRoom(int cellWidth)
{
    return cellWidth - 8;
}

} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
    QTranslator m_german;

    void setGerman(bool on)
    {
        QCoreApplication::removeTranslator(&m_german);
        if (on)
            QCoreApplication::installTranslator(&m_german);
    }

    // A 1280x800 window with the demo open (and the tour, when asked), ready to look at.
    static bool openDemo(MainWindow& w, bool tour)
    {
        w.resize(1280, 800);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return false;
        QSignalSpy ready(&w, &MainWindow::startUpVectorLoaded);
        if (tour)
            w.startTour();
        else
            w.startDemo();
        if (!ready.wait(20000))
            return false;
        // The process list has the demo (its columns are sized once the first list is in). A
        // listing under way when the demo started lacks it: ask again (auto-refresh is off).
        const pid_t demo = w.document()->identity().pid;
        if (!QTest::qWaitFor(
                [&] {
                    w.refreshProcesses(); // does nothing while a listing is under way
                    return w.processModel()->indexOf(demo).isValid();
                },
                20000))
            return false;
        QTest::qWait(200); // docks and splitters settle
        return true;
    }

    static void addLanguages(bool withTour)
    {
        QTest::addColumn<bool>("german");
        QTest::addColumn<bool>("tour");
        QTest::newRow("English") << false << false;
        QTest::newRow("German") << true << false;
        if (withTour) {
            QTest::newRow("English, tour open") << false << true;
            QTest::newRow("German, tour open") << true << true;
        }
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ProcglassTests"));
        QSettings().clear();
        QVERIFY(m_german.load(QStringLiteral("procglass_de"), QStringLiteral(":/i18n")));
    }

    void cleanup()
    {
        setGerman(false);
        QSettings().clear();
    }

    // Issue 15, item 14: with the tour open the German window wanted 1537 px.
    void windowFitsIn1280_data() { addLanguages(true); }
    void windowFitsIn1280()
    {
        QFETCH(bool, german);
        QFETCH(bool, tour);
        setGerman(german);
        MainWindow w;
        QVERIFY(openDemo(w, tour));
        QVERIFY2(w.minimumSizeHint().width() <= 1280,
            qPrintable(QStringLiteral("the window wants %1 px:\n%2")
                           .arg(w.minimumSizeHint().width())
                           .arg(widestMinimums(w, 300))));
        QCOMPARE(w.width(), 1280);
    }

    // Item 14: the search panel's Cancel and Export buttons were scrolled out of a 1280 px window
    // (its rows were as wide as their longest hint). Every kind of search fits, in both languages.
    void searchPanelFits_data() { addLanguages(true); }
    void searchPanelFits()
    {
        QFETCH(bool, german);
        QFETCH(bool, tour);
        setGerman(german);
        MainWindow w;
        QVERIFY(openDemo(w, tour));
        w.showSearch();
        auto* area = child<QScrollArea>(w, "searchTab");
        for (int k = 0; k <= int(SearchPanel::Kind::Regex); ++k) {
            w.searchPanel()->setPattern(SearchPanel::Kind(k), QString());
            QCoreApplication::processEvents();
            QVERIFY2(w.searchPanel()->minimumSizeHint().width() <= area->viewport()->width(),
                qPrintable(QStringLiteral("kind %1: the panel wants %2 px, has %3:\n%4")
                               .arg(k)
                               .arg(w.searchPanel()->minimumSizeHint().width())
                               .arg(area->viewport()->width())
                               .arg(widestMinimums(*w.searchPanel(), 200))));
            QCOMPARE(area->horizontalScrollBar()->maximum(), 0);
        }
    }

    // Item 9: the mappings table says what each mapping is before the numbers, and every column
    // it shows is in view; the process list needs no scrolling either.
    void tablesFitAndNameFirst_data() { addLanguages(false); }
    void tablesFitAndNameFirst()
    {
        QFETCH(bool, german);
        setGerman(german);
        MainWindow w;
        QVERIFY(openDemo(w, false));

        auto* regions = child<QTableView>(w, "regionView");
        QHeaderView* header = regions->horizontalHeader();
        QCOMPARE(firstShown(header), int(RegionModel::PathColumn));
        QVERIFY2(columnsOutside(regions, header).isEmpty(), qPrintable(columnsOutside(regions, header).join(u'\n')));
        QCOMPARE(regions->horizontalScrollBar()->maximum(), 0);
        // The path has room to say something (its middle is elided, its file name kept).
        QVERIFY2(header->sectionSize(RegionModel::PathColumn) >= 100,
            qPrintable(QString::number(header->sectionSize(RegionModel::PathColumn))));
        QCOMPARE(regions->textElideMode(), Qt::ElideMiddle);

        // A library's row names the library in its kind, whole: "libc.so.6 text".
        const std::vector<Region>& all = w.regionModel()->regions();
        const int libc = findMapping(all, [](const Region& r) {
            return r.kind == RegionKind::Library && r.segment == ImageSegment::Text
                && r.fileName().startsWith(u"libc.so");
        });
        QVERIFY(libc >= 0);
        const QString kind = w.regionModel()->index(libc, RegionModel::KindColumn).data().toString();
        QCOMPARE(kind, all[size_t(libc)].fileName() + QStringLiteral(" text"));
        QVERIFY2(
            regions->fontMetrics().horizontalAdvance(kind) <= textRoom(header->sectionSize(RegionModel::KindColumn)),
            qPrintable(kind));
        const QString path = w.regionModel()->index(libc, RegionModel::PathColumn).data().toString();
        QCOMPARE(path, all[size_t(libc)].path);
        QVERIFY(
            w.regionModel()->index(libc, RegionModel::PathColumn).data(Qt::ToolTipRole).toString().startsWith(path));
        const int heap = findMapping(all, [](const Region& r) { return r.kind == RegionKind::Heap; });
        QCOMPARE(w.regionModel()->index(heap, RegionModel::PathColumn).data().toString(), QStringLiteral("[heap]"));

        auto* processes = child<QTreeView>(w, "processView");
        QCOMPARE(firstShown(processes->header()), int(ProcessModel::NameColumn));
        QVERIFY2(columnsOutside(processes, processes->header()).isEmpty(),
            qPrintable(columnsOutside(processes, processes->header()).join(u'\n')));
        QCOMPARE(processes->horizontalScrollBar()->maximum(), 0);
        // Whether a process is readable shows beside its name.
        const QModelIndex demo
            = w.processModel()->indexOf(pid_t(w.document()->identity().pid), ProcessModel::NameColumn);
        QVERIFY(!demo.data(Qt::DecorationRole).isNull());

        // The filter's hint is whole (German: "Nach Name, PID, Benutzer oder Befehlszeile filtern").
        auto* filter = child<QLineEdit>(w, "filterEdit");
        QVERIFY2(filter->fontMetrics().horizontalAdvance(filter->placeholderText()) <= filter->width() - 40,
            qPrintable(QStringLiteral("%1 in %2 px").arg(filter->placeholderText()).arg(filter->width())));
    }

    // The columns hidden to fit 1280 px are a right-click on the column titles away.
    void hiddenColumnsAreOffered()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QHeaderView* header = child<QTableView>(w, "regionView")->horizontalHeader();
        QVERIFY(header->isSectionHidden(RegionModel::OffsetColumn));
        QStringList offered;
        QTimer::singleShot(100, &w, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction* a : menu->actions()) {
                offered << a->text();
                if (a->text()
                    == w.regionModel()
                           ->headerData(RegionModel::OffsetColumn, Qt::Horizontal, Qt::DisplayRole)
                           .toString())
                    a->trigger();
            }
            menu->close();
        });
        emit header->customContextMenuRequested(QPoint(10, 5));
        QCOMPARE(offered.size(), int(RegionModel::ColumnCount) - 1); // all but the path
        QVERIFY(!header->isSectionHidden(RegionModel::OffsetColumn));
    }

    // Item 9: with the tour open, the process list kept only the PIDs.
    void tourKeepsProcessNames_data() { addLanguages(true); }
    void tourKeepsProcessNames()
    {
        QFETCH(bool, german);
        QFETCH(bool, tour);
        setGerman(german);
        MainWindow w;
        QVERIFY(openDemo(w, tour));
        auto* processes = child<QTreeView>(w, "processView");
        QHeaderView* header = processes->header();
        // The name column is in view, from its left edge, and holds 12 characters at least.
        const int left = header->sectionViewportPosition(ProcessModel::NameColumn);
        const int right = left + header->sectionSize(ProcessModel::NameColumn);
        const int visible = std::min(right, processes->viewport()->width()) - std::max(left, 0);
        QVERIFY2(left >= 0 && visible >= processes->fontMetrics().averageCharWidth() * 12 + 20,
            qPrintable(QStringLiteral("name column at %1..%2 of %3 px")
                           .arg(left)
                           .arg(right)
                           .arg(processes->viewport()->width())));
        // The mappings keep most of their columns in view too.
        auto* regions = child<QTableView>(w, "regionView");
        QVERIFY(regions->viewport()->width() >= 450);
    }

    // The tour narrows the process list while it is open; quitting then must not keep it narrow.
    void tourGivesTheListItsWidthBack()
    {
        int before = 0;
        {
            MainWindow w;
            QVERIFY(openDemo(w, false));
            auto* split = child<QSplitter>(w, "mainSplitter");
            before = split->sizes().value(0);
            QSignalSpy ready(&w, &MainWindow::startUpVectorLoaded);
            w.startTour();
            QTRY_VERIFY(w.tour() && w.tour()->currentStep() == 0);
            QTRY_VERIFY(split->sizes().value(0) < before);
            w.close(); // saves the settings
        }
        MainWindow again;
        again.resize(1280, 800);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(child<QSplitter>(again, "mainSplitter")->sizes().value(0), before);
    }

    // Item 14: the picture's legend said "Haupt-…", "Schutzs…", "gemein…", "ausführ…".
    void legendIsWhole_data() { addLanguages(true); }
    void legendIsWhole()
    {
        QFETCH(bool, german);
        QFETCH(bool, tour);
        setGerman(german);
        MainWindow w;
        QVERIFY(openDemo(w, tour));
        auto* picture = child<AddressSpaceView>(w, "addressSpaceView");
        const QFontMetrics fm(picture->smallFont());
        const auto items = picture->legendItems();
        QVERIFY(items.size() >= 8); // the demo has libraries, stacks, guard pages, heap...
        for (const AddressSpaceView::LegendItem& item : items) {
            const QString name = regionKindName(item.kind);
            QVERIFY2(fm.horizontalAdvance(name) <= item.text.width(),
                qPrintable(QStringLiteral("%1: %2 px in %3")
                               .arg(name)
                               .arg(fm.horizontalAdvance(name))
                               .arg(item.text.width())));
            QVERIFY(item.text.right() < picture->width());
            QVERIFY(item.text.bottom() < picture->height());
        }
        // At its narrowest the picture still holds its legend whole.
        AddressSpaceView narrow;
        narrow.setRegions(w.regionModel()->regions());
        narrow.resize(narrow.minimumSizeHint().width(), 600);
        for (const AddressSpaceView::LegendItem& item : narrow.legendItems()) {
            const QString name = regionKindName(item.kind);
            QVERIFY2(fm.horizontalAdvance(name) <= item.text.width(), qPrintable(name));
        }
    }

    // Item 13: the Meaning column of the Process and Start-up vector tabs was cut off.
    void meaningWraps_data() { addLanguages(false); }
    void meaningWraps()
    {
        QFETCH(bool, german);
        setGerman(german);
        MainWindow w;
        QVERIFY(openDemo(w, false));
        for (QTreeView* view : { w.infoPane()->statusView(), w.infoPane()->auxvView() }) {
            w.infoPane()->setCurrentWidget(view);
            QVERIFY(view->model()->rowCount() > 5);
            const int column = view->model()->columnCount() - 1;
            // The style keeps this much from each side of a cell's text.
            const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
            bool longer = false; // a meaning longer than the column is wide: the test says something
            const auto cutOff = [&] {
                QStringList cut;
                for (int row = 0; row < view->model()->rowCount(); ++row) {
                    const QModelIndex index = view->model()->index(row, column);
                    const QString text = index.data().toString();
                    const QRect cell = view->visualRect(index);
                    if (cell.isEmpty())
                        continue; // scrolled out of view
                    const QFontMetrics fm(view->font());
                    const int room = cell.width() - 2 * margin;
                    longer |= fm.horizontalAdvance(text) > room;
                    const QRect needed = fm.boundingRect(QRect(0, 0, room, 10000), Qt::TextWordWrap, text);
                    if (needed.height() > cell.height())
                        cut << QStringLiteral("%1: %2 px high in %3").arg(text).arg(needed.height()).arg(cell.height());
                }
                return cut;
            };
            QTRY_VERIFY2(cutOff().isEmpty(), qPrintable(cutOff().join(u'\n')));
            QVERIFY(longer);
        }
    }
};

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
