// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// The main window, offscreen, on the real fixture: what a user does first.
#include "children.h"
#include "codedialog.h"
#include "codeview.h"
#include "core/code/elfsymbols.h"
#include "core/io/bundlesource.h"
#include "core/io/dump.h"
#include "core/model/format.h"
#include "core/teach/bookmarks.h"
#include "fixture.h"
#include "mainwindow.h"
#include "models/disassemblymodel.h"
#include "models/processmodel.h"
#include "models/regionmodel.h"
#include "models/searchresultmodel.h"
#include "opening.h"
#include "platform/linux/target.h"
#include "searchpanel.h"
#include "widgets/addressspaceview.h"
#include "widgets/hexview.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

#include <csignal>

using namespace procglass;
using namespace procglass::test;

class TestMainWindow : public QObject
{
    Q_OBJECT
    Fixture m_fixture;

    static int regionIndexContaining(const RegionModel& model, Address a)
    {
        return int(findRegion(model.regions(), a));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ProcglassTests"));
        QSettings().clear();
        QVERIFY2(m_fixture.start({ QStringLiteral("--random-size"), QString::number(1 << 20) }),
            qPrintable(m_fixture.error()));
    }

    void openingAProcessShowsItsRegions()
    {
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        QVERIFY(w.regionModel()->rowCount() > 10);
        auto* table = child<QTableView>(w, "regionView");
        QCOMPARE(table->model()->rowCount(), w.regionModel()->rowCount());
        QVERIFY(child<QLabel>(w, "targetLabel")->text().contains(QString::number(m_fixture.pid())));
        auto* picture = child<AddressSpaceView>(w, "addressSpaceView");
        QCOMPARE(picture->regions().size(), w.regionModel()->regions().size());
        // smaps figures arrive off the UI thread and fill the Rss column.
        const int random = regionIndexContaining(*w.regionModel(), m_fixture.address(QStringLiteral("random")));
        QVERIFY(random >= 0);
        QTRY_VERIFY(!w.regionModel()->index(random, RegionModel::RssColumn).data().toString().isEmpty());
    }

    void activatingAProcessInTheListOpensIt()
    {
        MainWindow w;
        QSignalSpy refreshed(&w, &MainWindow::processesRefreshed); // before anything spins the event loop
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(refreshed.count() > 0 || refreshed.wait(10000));
        auto* view = child<QTreeView>(w, "processView");
        child<QLineEdit>(w, "filterEdit")->setText(QString::number(m_fixture.pid()));
        QModelIndex row;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data(ProcessModel::PidRole).toInt() == m_fixture.pid())
                row = view->model()->index(r, 0);
        }
        QVERIFY(row.isValid());
        view->setFocus();
        view->setCurrentIndex(row);
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        QTest::keyClick(view, Qt::Key_Return); // Enter (or a double-click) opens the process
        QVERIFY(opened.wait(5000));
        QCOMPARE(opened.first().first().toInt(), m_fixture.pid());
        QVERIFY(w.regionModel()->rowCount() > 10);
    }

    void filterFindsProcessByPidAndCommandLine()
    {
        MainWindow w;
        QSignalSpy refreshed(&w, &MainWindow::processesRefreshed);
        QVERIFY(refreshed.wait(10000));
        auto* view = child<QTreeView>(w, "processView");
        auto* filter = child<QLineEdit>(w, "filterEdit");
        filter->setText(QString::number(m_fixture.pid()));
        QVERIFY(view->model()->rowCount() >= 1);
        bool found = false;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            found |= view->model()->index(r, 0).data(ProcessModel::PidRole).toInt() == m_fixture.pid();
        QVERIFY(found);
        filter->setText(QStringLiteral("procglass-demo --random-size"));
        QVERIFY(view->model()->rowCount() >= 1);
        filter->setText(QStringLiteral("no process is called like this"));
        QCOMPARE(view->model()->rowCount(), 0);
    }

    void clickInPictureSelectsRow()
    {
        MainWindow w;
        w.resize(1400, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        auto* picture = child<AddressSpaceView>(w, "addressSpaceView");
        auto* table = child<QTableView>(w, "regionView");
        const int heap = regionIndexContaining(*w.regionModel(), m_fixture.address(QStringLiteral("heap_string")));
        QVERIFY(heap >= 0);
        const QRect rect = picture->regionRect(heap);
        QVERIFY2(!rect.isEmpty(), "the heap is not drawn");
        QTest::mouseClick(picture, Qt::LeftButton, {}, rect.center());
        QCOMPARE(table->currentIndex().data(RegionModel::RegionIndexRole).toInt(), heap);
        // And the other way round: selecting a row highlights it in the picture.
        const int stack = regionIndexContaining(*w.regionModel(), m_fixture.address(QStringLiteral("stack_utf16")));
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data(RegionModel::RegionIndexRole).toInt() == stack)
                table->setCurrentIndex(table->model()->index(r, 0));
        }
        QCOMPARE(picture->selectedRegion(), stack);
    }

    void copiesSelectedRowsAsText()
    {
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        auto* table = child<QTableView>(w, "regionView");
        table->selectRow(0);
        table->selectionModel()->select(
            table->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const auto actions = table->actions();
        QVERIFY(!actions.isEmpty());
        actions.first()->trigger();
        const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList cells = lines[0].split(u'\t');
        QCOMPARE(cells.size(), int(RegionModel::ColumnCount));
        QCOMPARE(cells[RegionModel::StartColumn], table->model()->index(0, RegionModel::StartColumn).data().toString());
        QVERIFY(cells[RegionModel::StartColumn].startsWith(QStringLiteral("0x")));
    }

    void refreshKeepsSelection()
    {
        MainWindow w;
        QSignalSpy refreshed(&w, &MainWindow::processesRefreshed);
        QVERIFY(refreshed.wait(10000));
        auto* view = child<QTreeView>(w, "processView");
        const QModelIndex index = static_cast<QSortFilterProxyModel*>(view->model())
                                      ->mapFromSource(w.processModel()->indexOf(m_fixture.pid()));
        QVERIFY(index.isValid());
        view->setCurrentIndex(index);
        for (int i = 0; i < 3; ++i) {
            w.refreshProcesses();
            QVERIFY(refreshed.wait(10000));
            QCOMPARE(view->currentIndex().data(ProcessModel::PidRole).toInt(), m_fixture.pid());
        }
    }

    void holdStopsAndReleaseResumes()
    {
        auto w = std::make_unique<MainWindow>();
        QSignalSpy opened(w.get(), &MainWindow::targetOpened);
        w->openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        auto* hold = child<QAction>(*w, "actionHold");
        QVERIFY(hold->isEnabled());
        hold->trigger();
        QVERIFY2(waitForThreadStates(m_fixture.pid(), QStringLiteral("t")), qPrintable(threadStates(m_fixture.pid())));
        QTRY_VERIFY(child<QLabel>(*w, "stateLabel")->text().contains(QStringLiteral("held")));
        hold->trigger();
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
        QTRY_VERIFY(child<QLabel>(*w, "stateLabel")->text().contains(QStringLiteral("running")));
        // Closing the window while held lets the target go.
        hold->trigger();
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("t")));
        w.reset();
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
    }

    void exitedTargetKeepsItsLastMaps()
    {
        Fixture doomed;
        QVERIFY2(doomed.start({ QStringLiteral("--random-size"), QStringLiteral("4096") }), qPrintable(doomed.error()));
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(doomed.pid());
        QVERIFY(opened.wait(5000));
        const int rows = w.regionModel()->rowCount();
        doomed.kill();
        QTRY_VERIFY(child<QLabel>(w, "stateLabel")->text().contains(QStringLiteral("exited")));
        QCOMPARE(w.regionModel()->rowCount(), rows);
        QVERIFY(!child<QAction>(w, "actionHold")->isEnabled());
    }

    void closingOrSwitchingWhileResultsAreQueuedIsSafe()
    {
        Fixture other;
        QVERIFY2(other.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--threads"),
                     QStringLiteral("1") }),
            qPrintable(other.error()));
        MainWindow w;
        for (int i = 0; i < 20; ++i) {
            w.openProcess(m_fixture.pid());
            w.closeTarget(); // its maps may already be queued for the window
            QTest::qWait(5);
        }
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(m_fixture.pid());
        w.openProcess(other.pid()); // the first one's results must not land on the second
        QVERIFY(opened.wait(5000));
        QTest::qWait(100);
        for (const auto& args : opened)
            QCOMPARE(args.at(0).toInt(), int(other.pid()));
        QVERIFY(findRegion(w.regionModel()->regions(), other.address(QStringLiteral("random"))) >= 0);
    }

    void editAndUndoRoundTripInTheTarget()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--threads"),
                     QStringLiteral("1") }),
            qPrintable(f.error()));
        auto probe = LinuxTarget::open(f.pid()); // an independent reader, to see what really is in the target
        QVERIFY(probe.ok());
        auto targetByte = [&](Address a) {
            std::byte b {};
            return (*probe)->read(a, { &b, 1 }).complete() ? int(b) : -1;
        };
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(f.pid());
        QVERIFY(opened.wait(5000));
        auto* edit = child<QAction>(w, "actionEdit");
        QVERIFY(!edit->isEnabled()); // only a held target is edited
        child<QAction>(w, "actionHold")->trigger();
        QTRY_VERIFY(edit->isEnabled());
        edit->trigger();
        auto* hex = child<HexView>(w, "hexView");
        QVERIFY(hex->isEditable());
        const Address a = f.address(QStringLiteral("hole")); // a page of 0xb0 bytes
        hex->goTo(a);
        QTRY_COMPARE_WITH_TIMEOUT(hex->byteAt(a), 0xb0, kFetchWaitMs);
        QTest::keyClicks(hex, QStringLiteral("41"));
        QTRY_COMPARE_WITH_TIMEOUT(hex->byteAt(a), 0x41, kFetchWaitMs);
        QCOMPARE(targetByte(a), 0x41);
        QCOMPARE(w.undoStack()->count(), 1);
        w.undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(hex->byteAt(a), 0xb0, kFetchWaitMs);
        QCOMPARE(targetByte(a), 0xb0);
        w.undoStack()->redo();
        QTRY_COMPARE(targetByte(a), 0x41);
        // A write the kernel refuses is reported, and nothing lands on the undo stack.
        const Address shared = f.address(QStringLiteral("shared_ro"));
        hex->goTo(shared);
        QTRY_VERIFY_WITH_TIMEOUT(hex->byteAt(shared) >= 0, kFetchWaitMs);
        const int original = hex->byteAt(shared);
        QTest::keyClicks(hex, QStringLiteral("00"));
        QTRY_VERIFY2(child<QLabel>(w, "diagnosticsLabel")->text().contains(QStringLiteral("Writing at")),
            qPrintable(child<QLabel>(w, "diagnosticsLabel")->text()));
        QCOMPARE(targetByte(shared), original);
        QCOMPARE(hex->byteAt(shared), original);
        QCOMPARE(w.undoStack()->count(), 1);
        // An unreadable byte cannot be edited, and the window says why.
        hex->goTo(a + 4096);
        QTest::keyClicks(hex, QStringLiteral("00"));
        QVERIFY2(child<QLabel>(w, "diagnosticsLabel")->text().contains(QStringLiteral("cannot be read")),
            qPrintable(child<QLabel>(w, "diagnosticsLabel")->text()));
        // Releasing the target ends edit mode.
        child<QAction>(w, "actionHold")->trigger();
        QTRY_VERIFY(!edit->isChecked());
        QVERIFY(!hex->isEditable());
        // Undo writes too, so it also needs the hold: refused, and the stack does not move.
        QCOMPARE(w.undoStack()->index(), 1);
        w.undoStack()->undo();
        QTRY_COMPARE(w.undoStack()->index(), 1);
        QVERIFY(child<QLabel>(w, "diagnosticsLabel")->text().contains(QStringLiteral("Hold the target")));
        QCOMPARE(targetByte(a), 0x41);
    }

    void bookmarksAreKeptPerExecutable()
    {
        {
            QSettings settings;
            BookmarkStore(settings, fixturePath()).add({ QStringLiteral("greeting"), QStringLiteral("[heap]+0x0") });
        }
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        auto* list = child<QTreeWidget>(w, "bookmarkList");
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("greeting"));
        // Resolved against this run's mappings: the heap's start, wherever ASLR put it.
        const int heap = regionIndexContaining(*w.regionModel(), m_fixture.address(QStringLiteral("heap_string")));
        const Address heapStart = w.regionModel()->regions()[size_t(heap)].range.start;
        QCOMPARE(list->topLevelItem(0)->text(2), formatAddress(heapStart));
        emit list->itemActivated(list->topLevelItem(0), 0);
        QCOMPARE(child<HexView>(w, "hexView")->cursor(), heapStart);
        QSettings().remove(QStringLiteral("bookmarks"));
    }

    void goToExplainsBadAddresses()
    {
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        QVERIFY(w.goTo(QStringLiteral("[heap]+0x10")).isEmpty());
        QVERIFY(w.goTo(QStringLiteral("libnothere.so")).contains(QStringLiteral("No mapping is named")));
        QVERIFY(w.goTo(QStringLiteral("0xzz")).contains(QStringLiteral("hexadecimal")));
    }

    void missingProcessIsExplained()
    {
        MainWindow w;
        w.openProcess(0x3fffffff);
        QTRY_VERIFY(!w.isOpening()); // opened off the UI thread
        QVERIFY(child<QLabel>(w, "diagnosticsLabel")->text().contains(QStringLiteral("There is no process")));
        QCOMPARE(w.regionModel()->rowCount(), 0);
    }

    void searchHitOpensTheMemoryViewWithTheMatchSelected()
    {
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.findChild<QAction*>(QStringLiteral("actionSearch"))->trigger();
        auto* tabs = child<QTabWidget>(w, "centerTabs");
        QVERIFY(tabs->currentWidget()->isAncestorOf(w.searchPanel())); // in a scroll area
        SearchPanel* panel = w.searchPanel();
        panel->setPattern(SearchPanel::Kind::Text, QStringLiteral("PROCGLASS-HEAP-STRING"));
        QSignalSpy finished(panel, &SearchPanel::finished);
        QCOMPARE(panel->startSearch(), QString());
        QVERIFY(finished.wait(10000));
        const Address heapString = m_fixture.address(QStringLiteral("heap_string"));
        int row = -1;
        for (int r = 0; r < panel->model()->rowCount(); ++r) {
            if (panel->model()->address(r) == heapString)
                row = r;
        }
        QVERIFY(row >= 0);
        QTableView* view = panel->resultView();
        view->scrollTo(view->model()->index(row, 0));
        const QRect cell = view->visualRect(view->model()->index(row, 0));
        // As a user does it: the first click of a double-click is a press of its own.
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(tabs->currentWidget(), child<QWidget>(w, "memoryTab"));
        auto* hex = child<HexView>(w, "hexView");
        QCOMPARE(hex->selection().start, heapString);
        QCOMPARE(hex->selection().end, heapString + 21);
    }

    void exportsWriteTheTargetsBytesWhileItIsStopped()
    {
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        QTemporaryDir dir;
        const auto& regions = w.regionModel()->regions();
        auto run = [&](DumpJob job) {
            QSignalSpy finished(&w, &MainWindow::exportFinished);
            w.startExport(std::move(job));
            if (!QTest::qWaitFor([&] { return finished.count() == 1; }, 30000))
                return QStringLiteral("<the export never ended>");
            return finished.first().at(1).toString();
        };
        auto fileBytes = [](const QString& path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        // The teaching action's export: [vdso] is a whole ELF shared object.
        const auto vdso
            = std::find_if(regions.begin(), regions.end(), [](const Region& r) { return r.kind == RegionKind::Vdso; });
        QVERIFY(vdso != regions.end());
        DumpJob raw;
        raw.ranges = { vdso->range };
        raw.path = dir.filePath(QStringLiteral("vdso.so"));
        QCOMPARE(run(raw), QString());
        const QByteArray so = fileBytes(raw.path);
        QCOMPARE(quint64(so.size()), vdso->range.size());
        QVERIFY(so.startsWith("\x7f"
                              "ELF"));
        QCOMPARE(int(so[16]), 3); // e_type ET_DYN: a shared object
        QCOMPARE(QFile(raw.path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        // An ELF core of the whole process.
        DumpJob core;
        core.format = DumpJob::Format::Core;
        core.regions = regions;
        core.path = dir.filePath(QStringLiteral("core"));
        QCOMPARE(run(core), QString());
        const QByteArray elf = fileBytes(core.path);
        QVERIFY(elf.startsWith("\x7f"
                               "ELF"));
        QCOMPARE(int(elf[16]), 4); // ET_CORE
        // A bundle, with the process's status as it ran: read before the export stopped it.
        DumpJob bundle;
        bundle.format = DumpJob::Format::Bundle;
        bundle.regions = regions;
        bundle.path = dir.filePath(QStringLiteral("fixture-bundle"));
        QCOMPARE(run(bundle), QString());
        const QByteArray status = fileBytes(bundle.path + QStringLiteral("/status"));
        QVERIFY2(status.contains("\nTracerPid:\t0\n"), status.constData());
        QVERIFY(!fileBytes(bundle.path + QStringLiteral("/auxv")).isEmpty());
        QVERIFY(QDir(bundle.path).removeRecursively());
        // Cancelled: nothing is left, and the window says so.
        DumpJob cancelled;
        cancelled.format = DumpJob::Format::Bundle;
        cancelled.regions = regions;
        cancelled.path = dir.filePath(QStringLiteral("bundle"));
        cancelled.progress->cancel = true;
        QVERIFY(run(cancelled).contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(cancelled.path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            (QStringList { QStringLiteral("core"), QStringLiteral("vdso.so") }));
        // An existing file is not replaced without overwrite.
        DumpJob again = raw;
        again.progress = std::make_shared<DumpJob::Progress>();
        QVERIFY(run(again).contains(QStringLiteral("already exists")));
        // Every thread runs again afterwards.
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
    }

    void copyAsCodePreviewsEveryFormat()
    {
        CodeDialog dialog(QByteArray("\x7f"
                                     "ELF",
                              4),
            0x7ffd0000, false);
        dialog.setFormat(CodeFormat::Python);
        QCOMPARE(
            dialog.text(), QStringLiteral("# 4 bytes at 0x00007ffd0000\ndata = (\n    b\"\\x7f\\x45\\x4c\\x46\"\n)\n"));
        dialog.setFormat(CodeFormat::Rust);
        QVERIFY(dialog.text().contains(QStringLiteral("const DATA: [u8; 4] = [\n    0x7f, 0x45, 0x4c, 0x46,")));
        dialog.copy();
        QCOMPARE(QGuiApplication::clipboard()->text(), dialog.text());
    }

    void aBundleOpensOfflineLikeTheProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle"));
        {
            auto target = LinuxTarget::open(m_fixture.pid());
            QVERIFY(target);
            BundleInfo info;
            info.pid = m_fixture.pid();
            info.executable = QStringLiteral(PROCGLASS_FIXTURE_PATH);
            QVERIFY(dumpBundle(**target, *(*target)->regions(), info, path, {}));
        }
        MainWindow w;
        QCOMPARE(openBundleAndWait(w, path), QString());
        QVERIFY(w.isOffline());
        QVERIFY(w.regionModel()->rowCount() > 10);
        QVERIFY2(child<QLabel>(w, "targetLabel")->text().contains(QStringLiteral("read-only")),
            qPrintable(child<QLabel>(w, "targetLabel")->text()));
        QVERIFY(!child<QAction>(w, "actionHold")->isEnabled());
        // The memory view reads the bundle's files.
        const Address heapString = m_fixture.address(QStringLiteral("heap_string"));
        QCOMPARE(w.goTo(formatAddress(heapString)), QString());
        auto* hex = child<HexView>(w, "hexView");
        QTRY_COMPARE_WITH_TIMEOUT(hex->byteAt(heapString), int('P'), kFetchWaitMs);
        QCOMPARE(hex->textAt(heapString + 1), QStringLiteral("R"));
        // And so does a search.
        w.searchPanel()->setPattern(SearchPanel::Kind::Text, QStringLiteral("PROCGLASS-HEAP-STRING"));
        QSignalSpy finished(w.searchPanel(), &SearchPanel::finished);
        QCOMPARE(w.searchPanel()->startSearch(), QString());
        QVERIFY(finished.wait(10000));
        bool found = false;
        for (int r = 0; r < w.searchPanel()->model()->rowCount(); ++r)
            found |= w.searchPanel()->model()->address(r) == heapString;
        QVERIFY(found);
        // Something that is not a bundle is refused, and what is open stays.
        QVERIFY(openBundleAndWait(w, dir.path()).contains(QStringLiteral("not a Procglass bundle")));
        QVERIFY(w.isOffline());
        w.closeTarget();
        QVERIFY(!w.isOffline());
        QCOMPARE(w.regionModel()->rowCount(), 0);
    }

    // A bundle's damaged file (here one changed byte of the heap's) is never shown as memory: its
    // bytes are unreadable in the hex view and the message names the file (issue 14, finding 4).
    void aDamagedBundleFileIsNamedAndNotShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle"));
        const Address heapString = m_fixture.address(QStringLiteral("heap_string"));
        {
            auto target = LinuxTarget::open(m_fixture.pid());
            QVERIFY(target);
            QVERIFY(dumpBundle(**target, *(*target)->regions(), {}, path, {}));
        }
        QString damaged;
        QFile manifest(path + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        auto parsed = parseBundleManifest(manifest.readAll());
        QVERIFY(parsed);
        for (const BundlePart& p : parsed->parts) {
            if (!p.region.range.contains(heapString))
                continue;
            damaged = path + u'/' + p.file;
            QFile part(damaged);
            QVERIFY(part.open(QIODevice::ReadWrite));
            QVERIFY(part.seek(qint64(heapString - p.region.range.start)));
            QVERIFY(part.write("Q") == 1);
        }
        QVERIFY(!damaged.isEmpty());
        MainWindow w;
        QCOMPARE(openBundleAndWait(w, path), QString());
        QCOMPARE(w.goTo(formatAddress(heapString)), QString());
        auto* hex = child<HexView>(w, "hexView");
        auto* diagnostics = child<QLabel>(w, "diagnosticsLabel");
        QTRY_VERIFY2(diagnostics->text().contains(damaged), qPrintable(diagnostics->text()));
        QVERIFY(diagnostics->text().contains(QStringLiteral("SHA-256")));
        QTRY_COMPARE_WITH_TIMEOUT(hex->byteAt(heapString), -2, kFetchWaitMs); // unreadable: neither 'Q' nor 'P'
    }

    void symbolsNameAddressesOnceRead()
    {
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        auto target = LinuxTarget::open(m_fixture.pid());
        const SymbolIndex index = SymbolIndex::build(**target, w.regionModel()->regions());
        const auto at = index.find(u"__vdso_clock_gettime");
        QVERIFY(at);
        // Read off the UI thread; the hex view's tooltips and the search results use them.
        QTRY_COMPARE(w.symbolName(*at + 4), QStringLiteral("[vdso]!__vdso_clock_gettime+0x4"));
        SearchResultModel model;
        model.setRegions(w.regionModel()->regions());
        model.setAddressNamer([&w](Address a) { return w.symbolName(a); });
        SearchHit hit;
        hit.address = *at;
        hit.length = 1;
        model.appendHits({ hit });
        QCOMPARE(model.index(0, SearchResultModel::LocationColumn).data().toString(),
            QStringLiteral("[vdso]!__vdso_clock_gettime"));
    }

    void codeViewDecodesFollowsAndGoesBack()
    {
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.openProcess(m_fixture.pid());
        QVERIFY(opened.wait(5000));
        QTRY_VERIFY(!w.symbolName(m_fixture.address(QStringLiteral("int32"))).isNull());
        auto target = LinuxTarget::open(m_fixture.pid());
        const SymbolIndex index = SymbolIndex::build(**target, w.regionModel()->regions());
        const Address fn = *index.find(u"__vdso_clock_gettime");
        CodeView* code = w.codeView();
        QSignalSpy loaded(code, &CodeView::loaded);
        QTRY_VERIFY(!w.symbolName(fn).isEmpty());
        w.showCode(fn + 1); // inside the function: decoding starts at its first byte
        QTRY_COMPARE(loaded.count(), 1);
        DisassemblyModel* m = code->model();
        // The rows start at the function (the code before it may be decoded too, for scrolling up).
        const int first = m->rowOf(fn);
        QVERIFY(first >= 0);
        QCOMPARE(m->instruction(first).address, fn);
        QCOMPARE(m->index(first, DisassemblyModel::SymbolColumn).data().toString(),
            QStringLiteral("[vdso]!__vdso_clock_gettime"));
        QCOMPARE(m->index(first, DisassemblyModel::InstructionColumn).data().toString(), QStringLiteral("push rbp"));
        QCOMPARE(m->rowOf(fn + 1), first + 1);
        QCOMPARE(code->view()->currentIndex().row(), first + 1); // the address asked for is selected
        int branch = -1;
        for (int r = first; r < m->rowCount() && branch < 0; ++r) {
            if (m->branchTarget(r))
                branch = r;
        }
        QVERIFY(branch >= 0);
        const Address to = *m->branchTarget(branch);
        emit code->view()->activated(m->index(branch, 0)); // double-click or Enter
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(code->current(), to);
        QVERIFY(code->back());
        QTRY_COMPARE(loaded.count(), 3);
        QCOMPARE(code->current(), fn + 1);
        // AT&T on request.
        code->setAttSyntax(true);
        QTRY_COMPARE(loaded.count(), 4);
        QCOMPARE(m->index(m->rowOf(fn), DisassemblyModel::InstructionColumn).data().toString(),
            QStringLiteral("pushq %rbp"));
    }

    void unreadableCodeIsShownAsSuch()
    {
        DisassemblyModel m;
        m.setDisassembler(
            std::make_shared<const Disassembler>(Disassembler::create(Disassembler::Arch::X86_64).value()));
        QByteArray bytes = QByteArray::fromHex("c3c3") + QByteArray(0x1000 - 2, '\0') + QByteArray::fromHex("c3");
        m.setCode(0x10000, bytes, { { 0x10002, 0x11000 } });
        QCOMPARE(m.rowCount(), 4); // ret, ret, the unreadable page, ret
        QCOMPARE(m.index(2, DisassemblyModel::InstructionColumn).data().toString(),
            QStringLiteral("4094 bytes cannot be read"));
        QCOMPARE(m.index(2, DisassemblyModel::BytesColumn).data().toString(), QString());
        QCOMPARE(m.instruction(3).address, Address(0x11000));
        QCOMPARE(m.rowOf(0x10800), 2);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
