// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 16: the window never waits for a target. A 1 ms timer on the UI thread (the GUI
// benchmark's probe): the longest gap between its ticks is how long the window could not repaint
// or answer a click, while a target is opened, closed during a hold acquisition, and closed
// during an export.
#include "core/io/dump.h"
#include "fixture.h"
#include "mainwindow.h"
#include "models/regionmodel.h"
#include "platform/linux/target.h"
#include "session/documentopener.h"
#include "session/targetsession.h"

#include <QAction>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <functional>

using namespace procglass;
using namespace procglass::test;

namespace {

constexpr double kMaxStallMs = kUiStallBoundMs; // fixture.h says why

// Runs the event loop for beforeMs, then does action (from the loop, as a click would), then
// runs it until done() holds (at most timeoutMs) and afterMs more. Returns the longest gap, in ms,
// between the ticks of a 1 ms timer meanwhile; *finished says whether done() came true.
double longestStall(const std::function<void()>& action, const std::function<bool()>& done, int timeoutMs,
    bool* finished, int beforeMs = 100, int afterMs = 100)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, maxGap = 0, maxGapAt = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (now - last > maxGap) {
            maxGap = now - last;
            maxGapAt = now;
        }
        last = now;
    });
    QEventLoop loop;
    QTimer check;
    qint64 doneAt = -1;
    QObject::connect(&check, &QTimer::timeout, [&] {
        if (doneAt < 0 && done())
            doneAt = clock.elapsed();
        if ((doneAt >= 0 && clock.elapsed() >= doneAt + afterMs) || clock.elapsed() > beforeMs + timeoutMs)
            loop.quit();
    });
    qint64 actionAt = 0, actionNs = 0;
    QTimer::singleShot(beforeMs, &loop, [&] {
        actionAt = clock.nsecsElapsed();
        action();
        actionNs = clock.nsecsElapsed() - actionAt;
        check.start(5);
    });
    last = clock.nsecsElapsed();
    probe.start(1);
    loop.exec();
    probe.stop();
    if (qEnvironmentVariableIsSet("PROCGLASS_STALL_DEBUG"))
        qInfo("action at %.1f ms took %.1f ms; longest gap ended at %.1f ms", actionAt / 1e6, actionNs / 1e6,
            maxGapAt / 1e6);
    *finished = doneAt >= 0;
    return double(maxGap) / 1e6;
}

QString stallText(double ms)
{
    return QStringLiteral("the UI thread stalled for %1 ms (bound %2 ms)").arg(ms, 0, 'f', 1).arg(kMaxStallMs);
}

bool targetRuns(pid_t pid)
{
    const QString states = threadStates(pid);
    return !states.isEmpty() && !states.contains(u't') && !states.contains(u'T');
}

} // namespace

class TestUiStall : public QObject
{
    Q_OBJECT

    // Waits until what the window does after it opens or lists processes is done, so that the
    // probe measures only the step under test.
    static void settle(MainWindow& w)
    {
        QElapsedTimer t;
        t.start();
        while (w.isRefreshingProcesses() && t.elapsed() < 10000)
            QTest::qWait(5);
        QTest::qWait(300);
    }

    // Opens pid in w and waits until its mappings and symbols are shown.
    static bool open(MainWindow& w, pid_t pid)
    {
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        QSignalSpy symbols(&w, &MainWindow::symbolsLoaded);
        w.openProcess(pid);
        const bool ok = (opened.count() > 0 || opened.wait(10000)) && (symbols.count() > 0 || symbols.wait(10000));
        settle(w);
        return ok;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ProcglassTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_uistall"));
        QSettings().clear();
    }

    void cleanup()
    {
        // What one case closed must not be released during the next one's measurement.
        QVERIFY(TargetSession::waitForClosedSessions(std::chrono::seconds(30)));
    }

    void closingDuringAHoldAcquisition()
    {
        Fixture f;
        // The main thread waits in the kernel for its vfork child: the hold waits for it (2 s at most).
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--vfork-sleep"),
                     QStringLiteral("3") }),
            qPrintable(f.error()));
        QVERIFY(waitForThreadStates(f.pid(), QStringLiteral("DS")));
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(open(w, f.pid()));
        auto* hold = w.findChild<QAction*>(QStringLiteral("actionHold"));
        QVERIFY(hold);
        hold->trigger();
        QElapsedTimer acquiring;
        acquiring.start();
        while (!threadStates(f.pid()).contains(u't') && acquiring.elapsed() < 1500)
            QTest::qWait(1);
        QVERIFY2(threadStates(f.pid()).contains(u't'), qPrintable(threadStates(f.pid()))); // acquiring now
        bool released = false;
        const double stall = longestStall(
            [&] { w.closeTarget(); }, [&] { return TargetSession::runningSessionThreads() == 0; }, 5000, &released);
        qInfo("closed during a hold acquisition: longest stall %.1f ms", stall);
        QVERIFY2(stall <= kMaxStallMs, qPrintable(stallText(stall)));
        QVERIFY(released);
        QVERIFY2(targetRuns(f.pid()), qPrintable(threadStates(f.pid())));
        QVERIFY2(waitForThreadStates(f.pid(), QStringLiteral("RS"), 6000), qPrintable(threadStates(f.pid())));
    }

    void closingDuringAnExport()
    {
        constexpr quint64 kSize = 1ull << 30;
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QString::number(kSize), QStringLiteral("--threads"),
                     QStringLiteral("1") }),
            qPrintable(f.error()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(open(w, f.pid()));
        DumpJob job;
        const Address random = f.address(QStringLiteral("random"));
        job.ranges = { { random, random + kSize } };
        job.path = dir.filePath(QStringLiteral("random.bin"));
        const auto progress = job.progress;
        w.startExport(std::move(job));
        QElapsedTimer started;
        started.start();
        while (progress->done == 0 && started.elapsed() < 10000)
            QThread::usleep(200);
        // The progress dialog shows itself after 300 ms: not the close's doing, so not measured.
        auto* dialog = w.findChild<QProgressDialog*>(QStringLiteral("exportProgress"));
        QVERIFY(dialog);
        while (!dialog->isVisible() && progress->done < kSize && started.elapsed() < 10000)
            QTest::qWait(5);
        QTest::qWait(100);
        if (progress->done >= kSize)
            QSKIP("the export of 1 GiB finished before its progress dialog showed: nothing to close during");
        bool released = false;
        const double stall = longestStall(
            [&] { w.closeTarget(); }, [&] { return TargetSession::runningSessionThreads() == 0; }, 30000, &released);
        qInfo("closed during an export: longest stall %.1f ms", stall);
        QVERIFY2(stall <= kMaxStallMs, qPrintable(stallText(stall)));
        QVERIFY(released);
        QVERIFY2(waitForThreadStates(f.pid(), QStringLiteral("RS")), qPrintable(threadStates(f.pid())));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("random.bin")))); // cancelled: nothing left
    }

    // Quitting during an export: closing the window cancels it, as closing the target does, so the
    // session removes what it began, lets the target run and ends well within the 5 s main() waits
    // for it. (Before: the export went on after the window had closed, unasked, and main() ended
    // the program in the middle of it after 5 s, leaving the partial file.)
    void quittingDuringAnExportCancelsIt()
    {
        constexpr quint64 kSize = 1ull << 30;
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QString::number(kSize), QStringLiteral("--threads"),
                     QStringLiteral("1") }),
            qPrintable(f.error()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(open(w, f.pid()));
        QSignalSpy finished(&w, &MainWindow::exportFinished);
        DumpJob job;
        const Address random = f.address(QStringLiteral("random"));
        job.ranges = { { random, random + kSize } };
        job.path = dir.filePath(QStringLiteral("random.bin"));
        const auto progress = job.progress;
        w.startExport(std::move(job));
        QElapsedTimer started;
        started.start();
        while (progress->done == 0 && started.elapsed() < 10000)
            QThread::usleep(200);
        QVERIFY(progress->done > 0);
        QVERIFY(w.close());
        QElapsedTimer t;
        t.start();
        const bool ended = TargetSession::waitForClosedSessions(std::chrono::seconds(2));
        qInfo("after the window closed the session ended in %lld ms; the export got to %llu of %llu bytes",
            static_cast<long long>(t.elapsed()), static_cast<unsigned long long>(progress->done.load()),
            static_cast<unsigned long long>(kSize));
        QVERIFY2(ended, "the export went on after the window closed");
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("random.bin")))); // cancelled: nothing left
        QCOMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(1).toString().isEmpty()); // it says it was cancelled
        QVERIFY2(waitForThreadStates(f.pid(), QStringLiteral("RS")), qPrintable(threadStates(f.pid())));
    }

    // Opening reads the target's command line under its mmap lock, which a target can stall for as
    // long as it likes: here the open takes 1500 ms (a sleep in its place, on the thread that opens).
    // The window must go on ticking meanwhile and show the process once it is open.
    void opening()
    {
        Fixture f;
        QVERIFY2(f.start(), qPrintable(f.error()));
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        settle(w);
        w.opener()->setProcessOpen([](const ProcessIdentity& identity) {
            QThread::msleep(1500);
            return LinuxTarget::open(identity.pid);
        });
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        bool shown = false;
        QElapsedTimer took;
        took.start();
        const double stall
            = longestStall([&] { w.openProcess(f.pid()); }, [&] { return opened.count() > 0; }, 10000, &shown);
        qInfo("opened a process whose open takes 1500 ms: longest stall %.1f ms", stall);
        QVERIFY(shown);
        QVERIFY(took.elapsed() >= 1500); // the slow open really was waited for, off this thread
        QVERIFY2(stall <= kMaxStallMs, qPrintable(stallText(stall)));
    }

    // Showing a process of 20,000 mappings fills the table, the picture and the search's list on
    // this thread: reported, not asserted (procglass-bench's "opening 20,000 mappings" row tracks it).
    void openingManyMappings()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--maps"),
                     QStringLiteral("20000") }),
            qPrintable(f.error()));
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        settle(w);
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        bool shown = false;
        const double stall
            = longestStall([&] { w.openProcess(f.pid()); }, [&] { return opened.count() > 0; }, 10000, &shown);
        qInfo("opened a process of 20,000 mappings: longest stall %.1f ms (showing them)", stall);
        QVERIFY(shown);
        QVERIFY(w.regionModel()->rowCount() >= 20000);
    }
};

QTEST_MAIN(TestUiStall)
#include "tst_uistall.moc"
