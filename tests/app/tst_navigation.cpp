// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 15: the window on the fixture, as a new user moves around in it. Where the user is, every
// pane follows (finding 7).
#include "children.h"
#include "codeview.h"
#include "core/model/format.h"
#include "currentlocation.h"
#include "fixture.h"
#include "gotodialog.h"
#include "guidedtour.h"
#include "i18n/translations.h"
#include "infopane.h"
#include "lastfolder.h"
#include "mainwindow.h"
#include "models/disassemblymodel.h"
#include "models/regionmodel.h"
#include "models/searchresultmodel.h"
#include "platform/linux/target.h"
#include "searchpanel.h"
#include "session/documentopener.h"
#include "widgets/addressspaceview.h"
#include "widgets/hexview.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

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

// The Alt+letter of every mnemonic the user can press in the window as it is now (visible buttons,
// tabs, labels with a buddy, group boxes, the menu bar), with what has it; and, separately, within
// each menu. Returns the clashes: "Alt+E: M&emory (tab), &End tour (QPushButton)".
QStringList mnemonicClashes(QWidget& window)
{
    QStringList clashes;
    auto check = [&](const std::vector<std::pair<QString, QString>>& named) {
        QMap<QString, QStringList> byKey;
        for (const auto& [text, what] : named) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                byKey[key.toString()] << QStringLiteral("%1 (%2)").arg(text, what);
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (it.value().size() > 1)
                clashes << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
        }
    };
    std::vector<std::pair<QString, QString>> named;
    for (QAbstractButton* b : window.findChildren<QAbstractButton*>()) {
        if (b->isVisible())
            named.emplace_back(b->text(), QString::fromLatin1(b->metaObject()->className()));
    }
    for (QTabBar* bar : window.findChildren<QTabBar*>()) {
        for (int i = 0; bar->isVisible() && i < bar->count(); ++i) {
            if (bar->isTabVisible(i) && bar->isTabEnabled(i))
                named.emplace_back(bar->tabText(i), QStringLiteral("tab"));
        }
    }
    for (QLabel* l : window.findChildren<QLabel*>()) {
        if (l->isVisible() && l->buddy())
            named.emplace_back(l->text(), QStringLiteral("label"));
    }
    for (QGroupBox* g : window.findChildren<QGroupBox*>()) {
        if (g->isVisible())
            named.emplace_back(g->title(), QStringLiteral("group"));
    }
    for (QMenuBar* bar : window.findChildren<QMenuBar*>()) {
        for (QAction* a : bar->actions()) {
            if (bar->isVisible() && a->isVisible())
                named.emplace_back(a->text(), QStringLiteral("menu"));
        }
    }
    check(named);
    // Within a menu (and a context menu made of a view's actions).
    std::vector<QList<QAction*>> menus;
    for (QMenu* m : window.findChildren<QMenu*>())
        menus.push_back(m->actions());
    for (QWidget* wd : window.findChildren<QWidget*>()) {
        if (wd->contextMenuPolicy() == Qt::ActionsContextMenu)
            menus.push_back(wd->actions());
    }
    for (const QList<QAction*>& actions : menus) {
        std::vector<std::pair<QString, QString>> items;
        for (QAction* a : actions) {
            if (a->isVisible() && !a->isSeparator())
                items.emplace_back(a->text(), QStringLiteral("menu item"));
        }
        check(items);
    }
    return clashes;
}

// Takes CAP_SYS_PTRACE out of this thread's effective capabilities (capabilities are per thread),
// and puts it back: root then reads another user's process as an unprivileged user would not.
class WithoutPtraceCapability
{
public:
    WithoutPtraceCapability()
    {
        m_ok = syscall(SYS_capget, &m_header, m_saved) == 0;
        __user_cap_data_struct reduced[2] = { m_saved[0], m_saved[1] };
        reduced[CAP_TO_INDEX(CAP_SYS_PTRACE)].effective &= ~CAP_TO_MASK(CAP_SYS_PTRACE);
        m_ok = m_ok && syscall(SYS_capset, &m_header, reduced) == 0;
    }
    ~WithoutPtraceCapability()
    {
        if (m_ok)
            syscall(SYS_capset, &m_header, m_saved);
    }
    [[nodiscard]] bool ok() const { return m_ok; }

private:
    __user_cap_header_struct m_header { _LINUX_CAPABILITY_VERSION_3, 0 };
    __user_cap_data_struct m_saved[2] {};
    bool m_ok = false;
};

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
        auto* table = child<QTableView>(w, "regionView");
        QCOMPARE(selectedRegions(table), std::vector<int> { stack });
        // In sight when the user looks at the table again (the stack is near the end of ~50 rows).
        w.showMappings();
        QVERIFY(table->viewport()->rect().contains(table->visualRect(table->currentIndex())));
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
        // All of it, however many lines it wraps to.
        auto* error = child<QLabel>(*dialog, "goToError");
        QTRY_VERIFY(error->height() >= error->heightForWidth(error->width()));
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

    // Finding 13: Alt+E was both the Memory tab and the tour's "End tour". No letter may do two
    // things at once: every tab in front, every kind of search, the tour closed, open, at its end.
    void mnemonicsAreUniqueInTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("de_DE");
    }

    void mnemonicsAreUniqueInTheWindow()
    {
        QFETCH(QString, language);
        // German picks its own letters: they must not clash either.
        std::vector<QTranslator*> installed;
        if (!language.isEmpty()) {
            const QList<QTranslator*> before = qApp->findChildren<QTranslator*>();
            QCOMPARE(installTranslations(QLocale(language)).size(), 2);
            for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
                if (!before.contains(t))
                    installed.push_back(t);
            }
        }
        const auto uninstall = qScopeGuard([&] {
            for (QTranslator* t : installed) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        });
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        auto* tabs = child<QTabWidget>(w, "centerTabs");
        auto walk = [&](const QString& state) {
            QStringList clashes;
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                for (int k = 0; k <= int(SearchPanel::Kind::Regex); ++k) {
                    w.searchPanel()->setPattern(SearchPanel::Kind(k), QString());
                    for (const QString& c : mnemonicClashes(w))
                        clashes << state + QStringLiteral(", ") + tabs->tabText(t) + QStringLiteral(": ") + c;
                }
            }
            clashes.removeDuplicates();
            return clashes;
        };
        QStringList clashes = walk(QStringLiteral("tour closed"));
        w.startTour(); // starts the demo
        QTRY_VERIFY_WITH_TIMEOUT(w.tour() && w.tour()->currentStep() == 0, 20000);
        clashes << walk(QStringLiteral("tour open"));
        while (!w.tour()->isAtEnd())
            w.tour()->next();
        clashes << walk(QStringLiteral("tour at its end"));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    // Finding 13: Esc did not end the tour.
    void escapeEndsTheTour()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.startTour();
        QTRY_VERIFY_WITH_TIMEOUT(w.tour() && w.tour()->currentStep() == 0, 20000);
        auto* dock = child<QDockWidget>(w, "tourDock");
        QVERIFY(dock->isVisible());
        QVERIFY(w.tour()->isAncestorOf(QApplication::focusWidget())); // Enter goes on, Esc ends
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(w.tour()->currentStep(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!dock->isVisible());
    }

    // Finding 13: the Process tab was empty for a process Procglass cannot read, although its
    // /proc/PID/status is readable by anyone. A sleep of nobody's, opened without CAP_SYS_PTRACE:
    // root drops it from the window's thread for the open, as an ordinary user does not have it.
    // (Last: a pool thread started meanwhile keeps the reduced capabilities until it expires.)
    void theProcessTabOfAProcessWeCannotRead()
    {
        if (geteuid() != 0)
            QSKIP("needs root, to start a process as nobody with setpriv");
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("setpriv (util-linux) is missing");
        QProcess sleeper;
        sleeper.start(setpriv,
            { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                QStringLiteral("sleep"), QStringLiteral("60") });
        QVERIFY(sleeper.waitForStarted());
        const pid_t pid = pid_t(sleeper.processId());
        QTRY_COMPARE(fileBytes(QStringLiteral("/proc/%1/comm").arg(pid)), QByteArray("sleep\n"));
        MainWindow w;
        // Capabilities belong to a thread: the one that opens (on the thread pool) drops it.
        bool dropped = false;
        w.opener()->setProcessOpen([&dropped](const ProcessIdentity& identity) {
            const WithoutPtraceCapability unprivileged;
            dropped = unprivileged.ok();
            return LinuxTarget::open(identity.pid);
        });
        {
            const WithoutPtraceCapability unprivileged; // and this one, which says why
            QVERIFY(unprivileged.ok());
            w.openProcess(pid);
            QTRY_VERIFY(!w.isOpening());
        }
        QVERIFY(dropped);
        QCOMPARE(child<QLabel>(w, "targetLabel")->text(), QStringLiteral("Process %1 cannot be read").arg(pid));
        QCOMPARE(w.regionModel()->rowCount(), 0);
        InfoPane* pane = w.infoPane();
        QTreeView* status = pane->statusView();
        auto cell = [status](const QString& first, int column) {
            for (int row = 0; row < status->model()->rowCount(); ++row) {
                if (status->model()->index(row, 0).data().toString() == first)
                    return status->model()->index(row, column).data().toString();
            }
            return QString();
        };
        QTRY_COMPARE(cell(QStringLiteral("Name"), 1), QStringLiteral("sleep"));
        QCOMPARE(pane->currentIndex(), int(InfoPane::ProcessTab));
        QCOMPARE(cell(QStringLiteral("Threads"), 1), QStringLiteral("1"));
        QVERIFY(cell(QStringLiteral("State"), 1).startsWith(u'S'));
        QVERIFY2(cell(QStringLiteral("User ids"), 1).contains(QStringLiteral("65534")),
            qPrintable(cell(QStringLiteral("User ids"), 1)));
        // What is not shown, and why.
        const QString why = cell(QStringLiteral("Not shown"), 2);
        QVERIFY2(why.contains(QStringLiteral("cannot read this process's memory")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("CAP_SYS_PTRACE")), qPrintable(why));
        QVERIFY(!pane->auxvView()->model()->index(0, 0).data().toString().isEmpty());
        sleeper.kill();
        sleeper.waitForFinished();
    }
};

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
