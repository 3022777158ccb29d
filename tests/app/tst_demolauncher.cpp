// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 16: the demo target ends without the window waiting for it, and never outlives the window.
#include "demolauncher.h"
#include "fixture.h"
#include "mainwindow.h"
#include "platform/linux/target.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>

#include <sys/prctl.h>

using namespace procglass;

namespace {

// Gone for good: ended and reaped (a zombie still answers kill(pid, 0)).
bool gone(pid_t pid)
{
    return ::kill(pid, 0) == -1 && errno == ESRCH;
}

// How long action kept the UI thread.
qint64 elapsedMs(const std::function<void()>& action)
{
    QElapsedTimer t;
    t.start();
    action();
    return t.elapsed();
}

} // namespace

class TestDemoLauncher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QCoreApplication::setOrganizationName(QStringLiteral("ProcglassTestsDemoLauncher")); }

    // Closing the window ends the demo it started: close() returns at once and the demo is gone
    // soon after, also once the window is destroyed.
    void closingTheWindowEndsTheDemo()
    {
        pid_t demo = 0;
        qint64 closeMs = 0;
        {
            MainWindow w;
            w.show();
            QSignalSpy opened(&w, &MainWindow::targetOpened);
            w.startDemo();
            QVERIFY(opened.wait(20000));
            QVERIFY(w.isDemoOpen());
            demo = pid_t(w.document()->identity().pid);
            QVERIFY(!gone(demo));
            closeMs = elapsedMs([&] { w.close(); });
        }
        // Closing also saves the settings and releases the target: only reported here.
        qInfo("closing the window took %lld ms", closeMs);
        QTRY_VERIFY_WITH_TIMEOUT(gone(demo), 5000);
    }

    // Starting the demo again ends the first one.
    void aSecondDemoEndsTheFirst()
    {
        MainWindow w;
        w.show();
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        w.startDemo();
        QVERIFY(opened.wait(20000));
        const pid_t first = pid_t(w.document()->identity().pid);
        w.startDemo();
        QVERIFY(opened.wait(20000));
        const pid_t second = pid_t(w.document()->identity().pid);
        QVERIFY(second != first);
        QVERIFY(w.isDemoOpen());
        QTRY_VERIFY_WITH_TIMEOUT(gone(first), 5000);
        QVERIFY(!gone(second));
    }

    // A demo that ignores the request to terminate: stop() still returns at once, and the kill
    // after the grace period ends it.
    void aStubbornDemoIsKilledWithoutWaiting()
    {
        DemoLauncher launcher;
        launcher.setCommand(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), QStringLiteral("trap '' TERM; echo PROCGLASS_FIXTURE pid=$$; exec sleep 600") });
        QSignalSpy ready(&launcher, &DemoLauncher::ready);
        launcher.start();
        QVERIFY(ready.wait(10000));
        const pid_t demo = launcher.pid();
        QVERIFY(demo > 0);
        QElapsedTimer t;
        t.start();
        launcher.stop();
        const qint64 stopMs = t.elapsed();
        qInfo("stop() took %lld ms", stopMs);
        QVERIFY2(stopMs < 50, qPrintable(QString::number(stopMs)));
        QCOMPARE(launcher.pid(), pid_t(0));
        QTest::qWait(DemoLauncher::kGraceMs / 2);
        QVERIFY2(!gone(demo), "it ignores SIGTERM: only the kill ends it");
        QTRY_VERIFY_WITH_TIMEOUT(gone(demo), DemoLauncher::kGraceMs + 5000);
    }

    // The real demo: stop() returns at once, the demo ends on the request to terminate.
    void stoppingTheDemoDoesNotWait()
    {
        DemoLauncher launcher;
        QSignalSpy ready(&launcher, &DemoLauncher::ready);
        launcher.start();
        QVERIFY(ready.wait(20000));
        const pid_t demo = launcher.pid();
        QElapsedTimer t;
        t.start();
        launcher.stop();
        const qint64 stopMs = t.elapsed();
        qInfo("stop() took %lld ms", stopMs);
        QVERIFY2(stopMs < 50, qPrintable(QString::number(stopMs)));
        QTRY_VERIFY_WITH_TIMEOUT(gone(demo), DemoLauncher::kGraceMs / 2);
    }

    // The launcher destroyed with its demo running (the window gone without a close event).
    void destroyingTheLauncherEndsTheDemo()
    {
        pid_t demo = 0;
        {
            DemoLauncher launcher;
            QSignalSpy ready(&launcher, &DemoLauncher::ready);
            launcher.start();
            QVERIFY(ready.wait(20000));
            demo = launcher.pid();
        }
        QTRY_VERIFY_WITH_TIMEOUT(gone(demo), 5000);
    }

    // The program quitting with its demo running (procglass --demo --screenshot quits once the
    // demo is open, the window destroyed after the event loop): the demo is reaped on the way
    // out, quietly, and is gone when procglass has exited.
    void quittingEndsTheDemoQuietly()
    {
        // A demo that outlived procglass would be handed to this process, and found below.
        QCOMPARE(::prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString picture = dir.filePath(QStringLiteral("window.png"));
        const test::ProgramRun run = test::runProgram(QStringLiteral(PROCGLASS_GUI_PATH),
            { QStringLiteral("--demo"), QStringLiteral("--screenshot"), picture }, 60000,
            { QStringLiteral("XDG_CONFIG_HOME=") + dir.path() });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFileInfo(picture).size() > 0);
        QVERIFY2(!run.errText().contains(QStringLiteral("QProcess")), qPrintable(run.errText()));
        const test::ProgramRun left = test::runProgram(QStringLiteral("pgrep"),
            { QStringLiteral("-P"), QString::number(QCoreApplication::applicationPid()), QStringLiteral("-x"),
                QStringLiteral("procglass-demo") });
        QVERIFY2(left.out.isEmpty(), left.out.constData());
    }
};

QTEST_MAIN(TestDemoLauncher)
#include "tst_demolauncher.moc"
