// TargetSession: the per-target thread that holds, fetches pages and notices the exit.
#include "fixture.h"
#include "platform/linux/target.h"
#include "platform/linux/targetsession.h"

#include <QElapsedTimer>
#include <QSignalSpy>
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
        return std::make_unique<TargetSession>(std::shared_ptr<LinuxTarget>(std::move(target.value())));
    }

private slots:
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

QTEST_GUILESS_MAIN(TestTargetSession)
#include "tst_targetsession.moc"
