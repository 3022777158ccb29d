// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// TargetSession: the per-target thread that holds, fetches pages and notices the exit.
#include "fixture.h"
#include "platform/linux/localhost.h"
#include "platform/linux/procfs.h"
#include "platform/linux/target.h"
#include "session/holdcontroller.h"
#include "session/targetsession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace procglass;
using namespace procglass::test;

class TestTargetSession : public QObject
{
    Q_OBJECT
    Fixture m_fixture;

    // The session emits on its own thread, so a signal may land before QSignalSpy::wait() starts
    // (which then waits for a later one): wait for a count instead.
    static bool waitForCount(QSignalSpy& spy, int count)
    {
        QElapsedTimer timer;
        timer.start();
        while (spy.count() < count && timer.elapsed() < 5000)
            QTest::qWait(5);
        return spy.count() >= count;
    }

    std::unique_ptr<TargetSession> open(Fixture& f)
    {
        auto target = LinuxTarget::open(f.pid());
        if (!target)
            qFatal("%s", qPrintable(target.error().message));
        return std::make_unique<TargetSession>(std::make_shared<LocalHost>(),
            std::make_shared<LocalTarget>(std::shared_ptr<LinuxTarget>(std::move(target.value()))));
    }

    // How long deleting the session takes, in ms: what the window's thread waits when it closes a target.
    static double closeMs(std::unique_ptr<TargetSession>& session)
    {
        QElapsedTimer t;
        t.start();
        session.reset();
        return double(t.nsecsElapsed()) / 1e6;
    }

    // No thread of pid is in a tracing stop (t) or stopped (T).
    static bool running(pid_t pid)
    {
        const QString states = threadStates(pid);
        return !states.isEmpty() && !states.contains(u't') && !states.contains(u'T');
    }

private slots:
    // Moved from tst_hold with HoldController (now over Target::hold()).
    void holdAndBriefModes()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096") }), qPrintable(f.error()));
        auto opened = LocalHost().open(*readIdentity(f.pid()));
        QVERIFY(opened.ok());
        HoldController controller(*opened);
        {
            auto brief = controller.stopBriefly();
            QVERIFY(brief.ok());
            QVERIFY(waitForThreadStates(f.pid(), QStringLiteral("t")));
        }
        QVERIFY(waitForThreadStates(f.pid(), QStringLiteral("RS")));
        QVERIFY(!controller.hold());
        QVERIFY(controller.isHeld());
        {
            auto brief = controller.stopBriefly(); // held already: a brief stop changes nothing
            QVERIFY(brief.ok());
        }
        QThread::msleep(20);
        QCOMPARE(threadStates(f.pid()), QStringLiteral("tttt"));
        QVERIFY(!controller.release());
        QVERIFY(waitForThreadStates(f.pid(), QStringLiteral("RS")));
    }

    void initTestCase()
    {
        QVERIFY2(m_fixture.start({ QStringLiteral("--random-size"), QString::number(1 << 20) }),
            qPrintable(m_fixture.error()));
    }

    void fetchesPagesWithTheirHoles()
    {
        auto session = open(m_fixture);
        QSignalSpy ready(session.get(), &TargetSession::pagesReady);
        const Address random = m_fixture.address(QStringLiteral("random"));
        const Address hole = m_fixture.address(QStringLiteral("hole"));
        session->requestPages(1, { random, hole + 4096 });
        QVERIFY(waitForCount(ready, 1));
        QCOMPARE(ready.first().at(0).toULongLong(), 1ull);
        const auto pages = ready.first().at(1).value<std::vector<PageCache::Page>>();
        QCOMPARE(pages.size(), size_t(2));
        // The random region is page aligned to 4 KiB, not to a cache page: compare where it starts.
        const auto expected = randomBytes(m_fixture.number(QStringLiteral("seed")), 4096);
        const PageCache::Page& first = pages[0];
        QCOMPARE(first.base, PageCache::pageBase(random));
        QVERIFY(std::memcmp(first.bytes.constData() + (random - first.base), expected.data(), expected.size()) == 0);
        QVERIFY(first.isReadable(random));
        const PageCache::Page& second = pages[1];
        QVERIFY(!second.isReadable(hole + 4096));
        QVERIFY(!second.isReadable(hole + 8191));
        QVERIFY(second.isReadable(hole) || PageCache::pageBase(hole) != second.base);
        // A brief stop per fetch: the target runs again afterwards.
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
    }

    // Issue 15: a request after the exit is answered -- unreadable, because the process exited --
    // instead of being dropped (which left the view showing "loading" for ever).
    void pagesAfterTheExitComeBackUnreadableWithTheReason()
    {
        Fixture doomed;
        QVERIFY2(doomed.start(), qPrintable(doomed.error()));
        auto session = open(doomed);
        QSignalSpy state(session.get(), &TargetSession::stateChanged);
        QSignalSpy ready(session.get(), &TargetSession::pagesReady);
        const Address random = doomed.address(QStringLiteral("random"));
        doomed.kill();
        session->requestPages(1, { random, random + PageCache::kPageBytes });
        QVERIFY(waitForCount(ready, 1));
        const auto pages = ready.first().at(1).value<std::vector<PageCache::Page>>();
        QCOMPARE(pages.size(), size_t(2));
        for (const PageCache::Page& p : pages) {
            QVERIFY(!p.isReadable(p.base));
            QCOMPARE(p.reason, QStringLiteral("the process exited"));
        }
        QVERIFY(waitForCount(state, 1));
        QCOMPARE(state.last().first().value<TargetSession::State>(), TargetSession::State::Exited);
        // And again, once it is known to have exited.
        session->requestPages(2, { random });
        QVERIFY(waitForCount(ready, 2));
        QCOMPARE(ready.last().at(1).value<std::vector<PageCache::Page>>().at(0).reason,
            QStringLiteral("the process exited"));
    }

    void staleRequestsAreDropped()
    {
        auto session = open(m_fixture);
        QSignalSpy ready(session.get(), &TargetSession::pagesReady);
        // Keep the session thread busy while the view asks three times.
        QMetaObject::invokeMethod(
            session.get(), [] { QThread::msleep(200); }, Qt::QueuedConnection);
        const Address random = m_fixture.address(QStringLiteral("random"));
        session->requestPages(1, { random });
        session->requestPages(2, { random + PageCache::kPageBytes });
        session->requestPages(3, { random + 2 * PageCache::kPageBytes });
        QVERIFY(waitForCount(ready, 1));
        QTest::qWait(100);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.first().at(0).toULongLong(), 3ull);
    }

    void holdsAndReleasesOnItsThread()
    {
        auto session = open(m_fixture);
        QSignalSpy state(session.get(), &TargetSession::stateChanged);
        session->requestHold();
        QVERIFY(waitForCount(state, 1));
        QCOMPARE(state.last().at(0).value<TargetSession::State>(), TargetSession::State::Held);
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("t")));
        // Pages fetched while held leave it held.
        QSignalSpy ready(session.get(), &TargetSession::pagesReady);
        session->requestPages(1, { m_fixture.address(QStringLiteral("random")) });
        QVERIFY(waitForCount(ready, 1));
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("t")));
        session->requestRelease();
        QVERIFY(waitForCount(state, 2));
        QCOMPARE(state.last().at(0).value<TargetSession::State>(), TargetSession::State::Running);
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
        // Destroying a session that holds the target lets it go.
        session->requestHold();
        QVERIFY(waitForCount(state, 3));
        session.reset();
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
    }

    void noticesTheDeathOfAHeldTarget()
    {
        Fixture doomed;
        QVERIFY2(doomed.start({ QStringLiteral("--random-size"), QStringLiteral("4096") }), qPrintable(doomed.error()));
        auto session = open(doomed);
        QSignalSpy state(session.get(), &TargetSession::stateChanged);
        session->requestHold();
        QVERIFY(waitForCount(state, 1));
        ::kill(doomed.pid(), SIGKILL);
        // Its threads are zombies waiting for their tracer: the session must notice and reap them.
        QVERIFY(waitForCount(state, 2));
        QCOMPARE(state.last().at(0).value<TargetSession::State>(), TargetSession::State::Exited);
        doomed.kill(); // reaps the process: possible only because the session reaped its threads
    }

    // Issue 16: closing a target while its hold is being acquired -- the main thread sits in the
    // kernel (state D) and would make the acquisition wait its whole 2 s timeout -- returns at once;
    // the acquisition gives up, the session thread ends soon, and the target is not left stopped.
    void closingDuringAHoldAcquisitionDoesNotWait()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--vfork-sleep"),
                     QStringLiteral("3") }),
            qPrintable(f.error()));
        QVERIFY(waitForThreadStates(f.pid(), QStringLiteral("DS"))); // the main thread waits for its vfork child
        auto session = open(f);
        QSignalSpy failed(session.get(), &TargetSession::failed);
        session->requestHold();
        // The other threads stop at once; the main thread cannot: the acquisition is waiting for it.
        QElapsedTimer acquiring;
        acquiring.start();
        while (!threadStates(f.pid()).contains(u't') && acquiring.elapsed() < 1500)
            QThread::msleep(1);
        QVERIFY2(threadStates(f.pid()).contains(u't'), qPrintable(threadStates(f.pid())));
        const double ms = closeMs(session);
        QVERIFY2(ms < 50, qPrintable(QStringLiteral("closing took %1 ms").arg(ms)));
        // Given up, not waited out: well before the 2 s timeout, the session has let go and ended.
        QElapsedTimer ending;
        ending.start();
        QVERIFY(TargetSession::waitForClosedSessions(std::chrono::milliseconds(1000)));
        qInfo(
            "closed in %.2f ms; the session thread ended %lld ms later", ms, static_cast<long long>(ending.elapsed()));
        QVERIFY2(running(f.pid()), qPrintable(threadStates(f.pid())));
        // Once its vfork child is done, the main thread runs on instead of stopping for us.
        QVERIFY2(waitForThreadStates(f.pid(), QStringLiteral("RS"), 6000), qPrintable(threadStates(f.pid())));
        QTest::qWait(200);
        QVERIFY2(running(f.pid()), qPrintable(threadStates(f.pid())));
        QCOMPARE(failed.count(), 0); // nothing said after the close reaches the owner
    }

    // Issue 16: closing a target while an export runs returns at once; the export finishes on the
    // session thread, which then lets the target run and ends.
    void closingDuringADumpDoesNotWait()
    {
        constexpr quint64 kSize = 256ull << 20;
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QString::number(kSize), QStringLiteral("--threads"),
                     QStringLiteral("1") }),
            qPrintable(f.error()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto session = open(f);
        QSignalSpy dumped(session.get(), &TargetSession::dumped);
        DumpJob job;
        const Address random = f.address(QStringLiteral("random"));
        job.ranges = { { random, random + kSize } };
        job.path = dir.filePath(QStringLiteral("random.bin"));
        const auto progress = job.progress;
        session->requestDump(std::move(job));
        QElapsedTimer started;
        started.start();
        while (progress->done == 0 && started.elapsed() < 10000)
            QThread::usleep(200);
        QVERIFY(progress->done > 0);
        QVERIFY(progress->done < kSize);
        QVERIFY2(!running(f.pid()), qPrintable(threadStates(f.pid()))); // stopped while it is written
        const double ms = closeMs(session);
        QVERIFY2(ms < 50, qPrintable(QStringLiteral("closing took %1 ms").arg(ms)));
        QVERIFY(TargetSession::waitForClosedSessions(std::chrono::seconds(60)));
        qInfo("closed in %.2f ms; the export went on to %llu of %llu bytes", ms,
            static_cast<unsigned long long>(progress->done.load()), static_cast<unsigned long long>(kSize));
        QVERIFY2(waitForThreadStates(f.pid(), QStringLiteral("RS")), qPrintable(threadStates(f.pid())));
        QCOMPARE(dumped.count(), 0); // the owner is gone: its answer is not delivered
    }

    // Issue 16: deleting a held session releases it on the session thread, which then ends.
    void closingAHeldTargetReleasesItAndEndsTheThread()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096") }), qPrintable(f.error()));
        QVERIFY(TargetSession::waitForClosedSessions(std::chrono::seconds(5))); // earlier tests' sessions
        auto session = open(f);
        QCOMPARE(TargetSession::runningSessionThreads(), 1);
        QSignalSpy state(session.get(), &TargetSession::stateChanged);
        session->requestHold();
        QVERIFY(waitForCount(state, 1));
        QVERIFY(waitForThreadStates(f.pid(), QStringLiteral("t")));
        const double ms = closeMs(session);
        QVERIFY2(ms < 50, qPrintable(QStringLiteral("closing took %1 ms").arg(ms)));
        QVERIFY(TargetSession::waitForClosedSessions(std::chrono::seconds(5)));
        QCOMPARE(TargetSession::runningSessionThreads(), 0);
        QVERIFY2(running(f.pid()), qPrintable(threadStates(f.pid())));
    }

    // Issue 16: a process opened again at once after it was closed during an export -- its old
    // session still its tracer until the export is done -- can be held by the new session: the
    // new one waits for the old one to let go instead of being refused ("already traced").
    void reopeningAClosedTargetWaitsForItsOldSession()
    {
        constexpr quint64 kSize = 256ull << 20;
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QString::number(kSize), QStringLiteral("--threads"),
                     QStringLiteral("1") }),
            qPrintable(f.error()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto old = open(f);
        DumpJob job;
        const Address random = f.address(QStringLiteral("random"));
        job.ranges = { { random, random + kSize } };
        job.path = dir.filePath(QStringLiteral("random.bin"));
        const auto progress = job.progress;
        old->requestDump(std::move(job));
        QElapsedTimer started;
        started.start();
        while (progress->done == 0 && started.elapsed() < 10000)
            QThread::usleep(200);
        QVERIFY(progress->done > 0 && progress->done < kSize);
        old.reset();
        auto session = open(f);
        QSignalSpy state(session.get(), &TargetSession::stateChanged);
        QSignalSpy failed(session.get(), &TargetSession::failed);
        session->requestHold();
        QElapsedTimer t;
        t.start();
        while (state.count() == 0 && failed.count() == 0 && t.elapsed() < 15000)
            QTest::qWait(5);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).value<Error>().message));
        QCOMPARE(state.count(), 1);
        QCOMPARE(state.first().first().value<TargetSession::State>(), TargetSession::State::Held);
        QVERIFY(waitForThreadStates(f.pid(), QStringLiteral("t")));
        session.reset();
        QVERIFY(TargetSession::waitForClosedSessions(std::chrono::seconds(10)));
        QVERIFY2(waitForThreadStates(f.pid(), QStringLiteral("RS")), qPrintable(threadStates(f.pid())));
    }

    // Issue 16: a program that closes its session and ends right away -- procglass quitting during
    // an export -- still lets the session finish: the cancelled export leaves no file behind, and
    // the target runs. (Without the wait, the partial file stays: run the helper with JOIN 0.)
    void quittingRightAfterClosingLetsTheSessionFinish()
    {
        constexpr quint64 kSize = 256ull << 20;
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QString::number(kSize), QStringLiteral("--threads"),
                     QStringLiteral("1") }),
            qPrintable(f.error()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("random.bin"));
        qputenv("PROCGLASS_QUIT_DURING_EXPORT",
            QStringLiteral("%1,%2,%3,%4,1")
                .arg(f.pid())
                .arg(f.address(QStringLiteral("random")), 0, 16)
                .arg(kSize)
                .arg(path)
                .toLocal8Bit());
        const ProgramRun run = runProgram(QCoreApplication::applicationFilePath(), {});
        qunsetenv("PROCGLASS_QUIT_DURING_EXPORT");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty(),
            qPrintable(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).join(u' ')));
        QVERIFY2(waitForThreadStates(f.pid(), QStringLiteral("RS")), qPrintable(threadStates(f.pid())));
    }

    void noticesTheExit()
    {
        Fixture doomed;
        QVERIFY2(doomed.start({ QStringLiteral("--random-size"), QStringLiteral("4096") }), qPrintable(doomed.error()));
        auto session = open(doomed);
        QSignalSpy state(session.get(), &TargetSession::stateChanged);
        doomed.kill();
        QVERIFY(waitForCount(state, 1));
        QCOMPARE(state.last().at(0).value<TargetSession::State>(), TargetSession::State::Exited);
    }
};

// PROCGLASS_QUIT_DURING_EXPORT=PID,ADDRESS,SIZE,PATH,JOIN: this program exports that range of
// process PID to PATH, cancels the export once it runs, closes the session and ends at once --
// waiting for the session thread first (as procglass's main() does) when JOIN is 1.
static int quitDuringExport(const QByteArray& spec)
{
    const QList<QByteArray> f = spec.split(',');
    if (f.size() != 5)
        return 2;
    auto target = LinuxTarget::open(pid_t(f[0].toInt()));
    if (!target)
        return 3;
    auto session = std::make_unique<TargetSession>(std::make_shared<LocalHost>(),
        std::make_shared<LocalTarget>(std::shared_ptr<LinuxTarget>(std::move(target.value()))));
    DumpJob job;
    const Address start = f[1].toULongLong(nullptr, 16);
    job.ranges = { { start, start + f[2].toULongLong() } };
    job.path = QString::fromLocal8Bit(f[3]);
    const auto progress = job.progress;
    session->requestDump(std::move(job));
    QElapsedTimer t;
    t.start();
    while (progress->done == 0 && t.elapsed() < 10000)
        QThread::usleep(100);
    if (progress->done == 0)
        return 4;
    progress->cancel = true; // what the window does as it closes
    session.reset();
    if (f[4] == "1" && !TargetSession::waitForClosedSessions(std::chrono::seconds(5)))
        return 5;
    return 0;
}

int main(int argc, char** argv)
{
    if (const QByteArray spec = qgetenv("PROCGLASS_QUIT_DURING_EXPORT"); !spec.isEmpty()) {
        QCoreApplication app(argc, argv);
        return quitDuringExport(spec);
    }
    QCoreApplication app(argc, argv);
    TestTargetSession test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_targetsession.moc"
