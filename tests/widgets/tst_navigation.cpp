// Issue 15: the window on the fixture, as a new user moves around in it. Where the user is, every
// pane follows (finding 7).
#include "children.h"
#include "codeview.h"
#include "core/format.h"
#include "currentlocation.h"
#include "fixture.h"
#include "gotodialog.h"
#include "infopane.h"
#include "lastfolder.h"
#include "mainwindow.h"
#include "models/disassemblymodel.h"
#include "models/regionmodel.h"
#include "models/searchresultmodel.h"
#include "searchpanel.h"
#include "widgets/addressspaceview.h"
#include "widgets/hexview.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace procglass;
using namespace procglass::test;

namespace {

int regionOf(MainWindow& w, const std::function<bool(const Region&)>& match)
{
    const auto& regions = w.regionModel()->regions();
    for (size_t i = 0; i < regions.size(); ++i) {
        if (match(regions[i]))
            return int(i);
    }
    return -1;
}

// The mappings the table's selected rows are (indexes into the model's regions), and its current one.
std::vector<int> selectedRegions(QTableView* table)
{
    std::vector<int> out;
    for (const QModelIndex& row : table->selectionModel()->selectedRows())
        out.push_back(row.data(RegionModel::RegionIndexRole).toInt());
    std::sort(out.begin(), out.end());
    return out;
}

int currentRegion(QTableView* table)
{
    const QModelIndex current = table->currentIndex();
    return current.isValid() ? current.data(RegionModel::RegionIndexRole).toInt() : -1;
}

void selectRows(QTableView* table, const std::vector<int>& regions)
{
    table->selectionModel()->clear();
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const QModelIndex index = table->model()->index(r, 0);
        if (std::find(regions.begin(), regions.end(), index.data(RegionModel::RegionIndexRole).toInt())
            != regions.end())
            table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

} // namespace

// A helper's failure ends the test there.
#define VERIFY_PANES_SHOW(...)                                                                                         \
    do {                                                                                                               \
        verifyPanesShow(__VA_ARGS__);                                                                                  \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

class TestNavigation : public QObject
{
    Q_OBJECT
    Fixture m_fixture;

    // Every pane that says where the user is names the same mapping.
    static void verifyPanesShow(MainWindow& w, int region, const QString& name)
    {
        auto* table = child<QTableView>(w, "regionView");
        QCOMPARE(currentRegion(table), region);
        QVERIFY(std::find(selectedRegions(table).begin(), selectedRegions(table).end(), region)
            != selectedRegions(table).end());
        QCOMPARE(child<AddressSpaceView>(w, "addressSpaceView")->selectedRegion(), region);
        const QString explained = w.infoPane()->explainView()->toPlainText();
        QVERIFY2(explained.startsWith(name), qPrintable(explained));
        const QString status = w.statusBar()->currentMessage();
        QVERIFY2(status.contains(name), qPrintable(status));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ProcglassTests"));
        QSettings().clear();
        QVERIFY2(m_fixture.start({ QStringLiteral("--random-size"), QString::number(1 << 20) }),
            qPrintable(m_fixture.error()));
    }

    // Finding 7: a search hit double-clicked moved the memory view, while the table and Explain
    // went on saying [heap] until F5.
    void panesFollowASearchHit()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        const int heap = regionOf(w, [](const Region& r) { return r.kind == RegionKind::Heap; });
        const Address stackText = m_fixture.address(QStringLiteral("stack_utf16"));
        const int stack = int(findRegion(w.regionModel()->regions(), stackText));
        QVERIFY(heap >= 0 && stack >= 0 && heap != stack);
        w.selectRegion(heap);
        VERIFY_PANES_SHOW(w, heap, QStringLiteral("[heap]"));

        // The UTF-16 text on the main thread's stack, found and double-clicked (Enter does the same).
        SearchPanel* panel = w.searchPanel();
        w.showSearch();
        panel->setPattern(SearchPanel::Kind::Hex,
            QString::fromLatin1(QByteArray("P\0R\0O\0C\0G\0L\0A\0S\0S\0-\0U\0", 22).toHex(' ')));
        QSignalSpy finished(panel, &SearchPanel::finished);
        QCOMPARE(panel->startSearch(), QString());
        QVERIFY(finished.wait(10000));
        int row = -1;
        for (int r = 0; r < panel->model()->rowCount(); ++r) {
            if (panel->model()->address(r) == stackText)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(panel->statusText()));
        emit panel->resultView()->activated(panel->resultView()->model()->index(row, 0));
        QCOMPARE(child<QTabWidget>(w, "centerTabs")->currentWidget(), child<QWidget>(w, "memoryTab"));
        QCOMPARE(child<HexView>(w, "hexView")->selection().start, stackText);
        VERIFY_PANES_SHOW(w, stack, QStringLiteral("[stack]"));
        QCOMPARE(selectedRegions(child<QTableView>(w, "regionView")), std::vector<int> { stack });
    }

    // Finding 7, in the Code tab: an address typed there, a call followed, Back.
    void panesFollowTheCodeView()
    {
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        const int vdso = regionOf(w, [](const Region& r) { return r.kind == RegionKind::Vdso; });
        const int libc = regionOf(w, [](const Region& r) {
            return r.kind == RegionKind::Library && r.segment == ImageSegment::Text
                && r.fileName().startsWith(u"libc.so");
        });
        QVERIFY(vdso >= 0 && libc >= 0);
        const Region libcText = w.regionModel()->regions()[size_t(libc)];
        w.selectRegion(regionOf(w, [](const Region& r) { return r.kind == RegionKind::Heap; }));
        CodeView* code = w.codeView();
        QSignalSpy loaded(code, &CodeView::loaded);
        auto* edit = child<QLineEdit>(*code, "codeAddressEdit");
        edit->setText(QStringLiteral("[vdso]+0x10"));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(loaded.count(), 1);
        VERIFY_PANES_SHOW(w, vdso, QStringLiteral("[vdso]"));
        // Into libc's code, by a typed address.
        edit->setText(formatAddress(libcText.range.start + 0x40));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(loaded.count(), 2);
        VERIFY_PANES_SHOW(w, libc, libcText.fileName());
        // A jump or call followed (double-click, Enter): the panes name where it leads.
        const int branch = [&] {
            for (int r = 0; r < code->model()->rowCount(); ++r) {
                if (code->model()->branchTarget(r))
                    return r;
            }
            return -1;
        }();
        QVERIFY(branch >= 0);
        const Address to = *code->model()->branchTarget(branch);
        emit code->view()->activated(code->model()->index(branch, 0));
        QTRY_COMPARE(loaded.count(), 3);
        QCOMPARE(child<AddressSpaceView>(w, "addressSpaceView")->selectedRegion(),
            int(findRegion(w.regionModel()->regions(), to)));
        // Back, twice: libc, then the [vdso] again.
        QVERIFY(code->back());
        QTRY_COMPARE(loaded.count(), 4);
        VERIFY_PANES_SHOW(w, libc, libcText.fileName());
        QVERIFY(code->back());
        QTRY_COMPARE(loaded.count(), 5);
        VERIFY_PANES_SHOW(w, vdso, QStringLiteral("[vdso]"));
    }

    // The location moves; a selection of several rows that holds it is the user's, and stays.
    void aCursorInsideSelectedRowsKeepsThem()
    {
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        auto* table = child<QTableView>(w, "regionView");
        const int heap = regionOf(w, [](const Region& r) { return r.kind == RegionKind::Heap; });
        const int stack = regionOf(w, [](const Region& r) { return r.kind == RegionKind::MainStack; });
        const Address random = m_fixture.address(QStringLiteral("random"));
        const int randomRegion = int(findRegion(w.regionModel()->regions(), random));
        selectRows(table, { heap, stack });
        QCOMPARE(selectedRegions(table), (std::vector<int> { std::min(heap, stack), std::max(heap, stack) }));
        const Address heapStart = w.regionModel()->regions()[size_t(heap)].range.start;
        w.showMemory(heapStart + 0x10);
        QCOMPARE(selectedRegions(table), (std::vector<int> { std::min(heap, stack), std::max(heap, stack) }));
        QCOMPARE(currentRegion(table), heap);
        QVERIFY(w.infoPane()->explainView()->toPlainText().startsWith(QStringLiteral("[heap]")));
        // The arrow keys inside it change nothing either.
        auto* hex = child<HexView>(w, "hexView");
        QTest::keyClick(hex, Qt::Key_Right);
        QCOMPARE(hex->cursor(), heapStart + 0x11);
        QCOMPARE(selectedRegions(table), (std::vector<int> { std::min(heap, stack), std::max(heap, stack) }));
        // Out of the selection: the row that holds it now.
        w.showMemory(random);
        QCOMPARE(selectedRegions(table), std::vector<int> { randomRegion });
        // A refresh keeps the row where the user is.
        QSignalSpy refreshed(&w, &MainWindow::targetOpened);
        w.refresh();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(currentRegion(table), randomRegion);
        QCOMPARE(w.location()->address(), std::optional<Address>(random));
    }

    // Finding 8: a mistake in Go to closed the dialog (the message came in a box of its own) and
    // what was typed had to be typed again.
    void goToKeepsWhatWasTypedAfterAnError()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        child<QAction>(w, "actionGoTo")->trigger();
        auto* dialog = w.findChild<GoToDialog*>(QStringLiteral("goToDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->edit()->setText(QStringLiteral("[heap]+0x1O")); // a letter O for a zero
        QTest::keyClick(dialog->edit(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->edit()->text(), QStringLiteral("[heap]+0x1O"));
        QVERIFY2(dialog->errorText().contains(QStringLiteral("1O")), qPrintable(dialog->errorText()));
        // Corrected, it goes there and closes.
        QPointer<GoToDialog> guard(dialog);
        dialog->edit()->setText(QStringLiteral("[heap]+0x10"));
        QTest::keyClick(dialog->edit(), Qt::Key_Return);
        QTRY_VERIFY(guard.isNull()); // closed and deleted
        const int heap = int(findRegion(w.regionModel()->regions(), m_fixture.address(QStringLiteral("heap_string"))));
        QCOMPARE(child<HexView>(w, "hexView")->cursor(), w.regionModel()->regions()[size_t(heap)].range.start + 0x10);
        // The next time, it offers what was typed last.
        child<QAction>(w, "actionGoTo")->trigger();
        dialog = w.findChild<GoToDialog*>(QStringLiteral("goToDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->edit()->text(), QStringLiteral("[heap]+0x10"));
        dialog->reject();
    }

    // Finding 8: every file dialog opened in the home folder. Each kind of export starts where the
    // last one of its kind went, across runs.
    void exportDialogsStartWhereTheLastOfTheirKindWent()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("cores")));
        const QString home = QDir::homePath();
        QString chosen; // what the "dialog" answers; empty: cancelled
        QStringList starts;
        auto asker = [&](const QString&, const QString& start) {
            starts << start;
            return chosen;
        };
        const QString vdsoPath = dir.filePath(QStringLiteral("vdso-here.so"));
        {
            MainWindow w;
            w.setSavePathAsker(asker);
            QSignalSpy opened(&w, &MainWindow::targetOpened);
            w.openProcess(m_fixture.pid());
            QVERIFY(opened.wait(5000));
            QSignalSpy exported(&w, &MainWindow::exportFinished);
            chosen = vdsoPath;
            w.exportWithDialog(MainWindow::ExportWhat::Vdso);
            QVERIFY(exported.wait(10000));
            QCOMPARE(exported.first().at(1).toString(), QString());
            chosen.clear();
            w.exportWithDialog(MainWindow::ExportWhat::Vdso);
            // A core is another kind: it still starts at home.
            w.exportWithDialog(MainWindow::ExportWhat::Core);
            QCOMPARE(starts,
                (QStringList { home + QStringLiteral("/vdso.so"), dir.filePath(QStringLiteral("vdso.so")),
                    home + QStringLiteral("/core.%1").arg(m_fixture.pid()) }));
        }
        // Remembered between runs (settings), and a folder that is gone is not offered.
        QCOMPARE(fileDialogStart(FileKind::Vdso, QStringLiteral("x")), dir.filePath(QStringLiteral("x")));
        rememberFileDialogChoice(FileKind::Core, dir.filePath(QStringLiteral("cores/core.1")));
        QCOMPARE(fileDialogStart(FileKind::Core), dir.filePath(QStringLiteral("cores")));
        QVERIFY(QDir(dir.filePath(QStringLiteral("cores"))).removeRecursively());
        QCOMPARE(fileDialogStart(FileKind::Core), home);
        QCOMPARE(fileDialogStart(FileKind::SearchCsv), home);
    }
};

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
