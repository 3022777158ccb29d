// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// The main window telling the truth about what it cannot show (issue 15): kernel threads, an exited
// target's pages, and a process list that shows what runs now.
#include "children.h"
#include "core/io/dump.h"
#include "core/model/format.h"
#include "fixture.h"
#include "mainwindow.h"
#include "models/processmodel.h"
#include "models/regionmodel.h"
#include "platform/linux/procfs.h"
#include "widgets/hexview.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

namespace {

bool haveKthreadd()
{
    auto p = readProcess(2);
    return p && p->name == QStringLiteral("kthreadd");
}

bool viewLists(QTreeView* view, int pid)
{
    const QAbstractItemModel* m = view->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->index(r, 0).data(ProcessModel::PidRole).toInt() == pid)
            return true;
    }
    return false;
}

} // namespace

class TestProcessPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ProcglassTestsProcessPane"));
        QSettings().clear();
    }

    void openingAKernelThreadSaysWhatItIs()
    {
        if (!haveKthreadd())
            QSKIP("no kthreadd at PID 2 here (a PID namespace)");
        MainWindow w;
        w.openProcess(2);
        QTRY_VERIFY(!w.isOpening()); // opened off the UI thread
        const QString text = child<QLabel>(w, "diagnosticsLabel")->text();
        QVERIFY2(
            text.contains(QStringLiteral("PID 2 (kthreadd) is a kernel thread: it has no user address space to show.")),
            qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("exited")));
        QCOMPARE(w.regionModel()->rowCount(), 0);
    }

    void kernelThreadsAreHiddenByDefaultAndTheToggleIsRemembered()
    {
        if (!haveKthreadd())
            QSKIP("no kthreadd at PID 2 here (a PID namespace)");
        QSettings().clear();
        {
            MainWindow w;
            QSignalSpy refreshed(&w, &MainWindow::processesRefreshed);
            QVERIFY(refreshed.wait(10000));
            auto* view = child<QTreeView>(w, "processView");
            auto* toggle = child<QAction>(w, "actionKernelThreads");
            QVERIFY(!toggle->isChecked());
            QVERIFY(viewLists(view, 1));
            QVERIFY(!viewLists(view, 2));
            toggle->setChecked(true);
            QVERIFY(viewLists(view, 2));
            w.close(); // saves its settings
        }
        MainWindow again;
        QSignalSpy refreshed(&again, &MainWindow::processesRefreshed);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(child<QAction>(again, "actionKernelThreads")->isChecked());
        QVERIFY(viewLists(child<QTreeView>(again, "processView"), 2));
        child<QAction>(again, "actionKernelThreads")->setChecked(false);
    }

    // Issue 15, item 3: a core has no sidecar, so the window may not say "the export lists where".
    void coreExportSaysWhatBecameOfUnreadableBytes()
    {
        Fixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.error()));
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(fixture.pid());
        QVERIFY(opened.wait(5000));
        QTemporaryDir dir;
        DumpJob core;
        core.format = DumpJob::Format::Core;
        core.regions = w.regionModel()->regions();
        core.path = dir.filePath(QStringLiteral("core"));
        QSignalSpy finished(&w, &MainWindow::exportFinished);
        w.startExport(std::move(core));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.first().at(1).toString(), QString());
        const QString message = w.statusBar()->currentMessage();
        const Address past = fixture.address(QStringLiteral("file_map")) + 4096;
        QVERIFY2(message.contains(QStringLiteral("written as zeros in the core, which cannot mark them")),
            qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("0x%1–0x%2").arg(past, 0, 16).arg(past + 8192, 0, 16)),
            qPrintable(message));
        QVERIFY(!message.contains(QStringLiteral("lists where")));
    }

    // Issue 15, item 4: after the target was killed, Go to somewhere not loaded yet showed "··"
    // (loading) for ever. Those pages come back unreadable, and the window says why.
    void anExitedTargetsPagesAreUnreadableNotLoading()
    {
        Fixture doomed;
        QVERIFY2(
            doomed.start({ QStringLiteral("--random-size"), QString::number(4 << 20) }), qPrintable(doomed.error()));
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(doomed.pid());
        QVERIFY(opened.wait(5000));
        auto* hex = child<HexView>(w, "hexView");
        const Address heap = doomed.address(QStringLiteral("heap_string"));
        QCOMPARE(w.goTo(formatAddress(heap)), QString());
        QTRY_VERIFY_WITH_TIMEOUT(hex->byteAt(heap) >= 0, 5000); // loaded while it lives
        doomed.kill();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(w, "stateLabel")->text().contains(QStringLiteral("exited")), 5000);
        // Far from anything loaded: the middle of the 4 MiB random block.
        const Address elsewhere = doomed.address(QStringLiteral("random")) + (2 << 20);
        QSignalSpy asked(hex, &HexView::pagesNeeded);
        QCOMPARE(w.goTo(formatAddress(elsewhere)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(hex->byteAt(elsewhere), -2, 5000); // unreadable, not -1 (loading)
        QCOMPARE(hex->unreadableReason(elsewhere), QStringLiteral("the process exited"));
        const QString said = child<QLabel>(w, "diagnosticsLabel")->text();
        QVERIFY2(said.contains(QStringLiteral("cannot be shown: the process exited")), qPrintable(said));
        QCOMPARE(hex->byteAt(heap), int(quint8('P'))); // what was read while it lived stays
        // And nothing asks again and again.
        const int requests = int(asked.count());
        QTest::qWait(500);
        QCOMPARE(int(asked.count()), requests);
        QVERIFY(requests <= 2);
    }

    // Issue 15, item 10: a filter typed last time is not waiting in the next window.
    void theProcessFilterIsNotRestored()
    {
        QSettings().clear();
        {
            MainWindow w;
            child<QLineEdit>(w, "filterEdit")->setText(QStringLiteral("no process is called like this"));
            w.close(); // saves its settings
        }
        QSettings().setValue(QStringLiteral("processes/filter"), QStringLiteral("left by an older version"));
        MainWindow again;
        QSignalSpy refreshed(&again, &MainWindow::processesRefreshed);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(child<QLineEdit>(again, "filterEdit")->text(), QString());
        QVERIFY(viewLists(child<QTreeView>(again, "processView"), int(getpid())));
        again.close();
        QVERIFY(!QSettings().contains(QStringLiteral("processes/filter")));
    }

    // Issue 15, item 10: the process list refreshes by itself (Auto-refresh, which reads the open
    // process again, stays off): a process started later appears, and the selected row stays selected.
    void newProcessesAppearByThemselvesAndTheSelectionStays()
    {
        QSettings().clear();
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!child<QAction>(w, "actionAutoRefresh")->isChecked());
        QSignalSpy refreshed(&w, &MainWindow::processesRefreshed);
        QVERIFY(refreshed.count() > 0 || refreshed.wait(10000));
        auto* view = child<QTreeView>(w, "processView");
        const auto* proxy = static_cast<QSortFilterProxyModel*>(view->model());
        const QModelIndex mine = proxy->mapFromSource(w.processModel()->indexOf(getpid()));
        QVERIFY(mine.isValid());
        view->setCurrentIndex(mine);
        view->scrollTo(mine);
        Fixture later;
        QVERIFY2(later.start(), qPrintable(later.error()));
        QVERIFY(!viewLists(view, later.pid()));
        QTRY_VERIFY_WITH_TIMEOUT(viewLists(view, later.pid()), 8000); // the interval is 2 s
        QCOMPARE(view->currentIndex().data(ProcessModel::PidRole).toInt(), int(getpid()));
        QVERIFY(view->selectionModel()->isRowSelected(view->currentIndex().row(), view->currentIndex().parent()));
        w.close();
    }
};

QTEST_MAIN(TestProcessPane)
#include "tst_processpane.moc"
