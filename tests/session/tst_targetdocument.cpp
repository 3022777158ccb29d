// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// The document's contract: the same test body on a live process and on a bundle of it. Panes rely
// on what is checked here, so they never need to ask which kind of target is open.
#include "fixture.h"

#include "core/io/dump.h"
#include "platform/linux/procfs.h"
#include "platform/linux/target.h"
#include "session/documentopener.h"
#include "session/jobtracker.h"
#include "session/targetdocument.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace procglass;
using namespace procglass::test;

class DocumentContract : public QObject
{
    Q_OBJECT
protected:
    Fixture m_fixture;
    QTemporaryDir m_dir;
    AddressRange m_random;
    quint64 m_seed = 0;
    // Opens the document under test through opener.
    virtual void open(DocumentOpener& opener, DocumentOpener::Opened done) = 0;

    std::unique_ptr<TargetDocument> openAndStart()
    {
        DocumentOpener opener;
        std::unique_ptr<TargetDocument> doc;
        QString error;
        bool answered = false;
        open(opener, [&](Result<std::unique_ptr<TargetDocument>> r) {
            answered = true;
            if (r)
                doc = std::move(r.value());
            else
                error = r.error().message;
        });
        // Opening never happens on the caller's thread: nothing has answered yet.
        if (answered)
            qFatal("the document was opened on the calling thread");
        if (!QTest::qWaitFor([&] { return answered; }, 20000) || !doc) {
            qWarning("open failed: %s", qPrintable(error));
            return nullptr;
        }
        QSignalSpy regions(doc.get(), &TargetDocument::regionsChanged);
        doc->start();
        if (regions.isEmpty() && !regions.wait(10000))
            return nullptr;
        return doc;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start({ QStringLiteral("--random-size"), QString::number(1 << 20) }),
            qPrintable(m_fixture.error()));
        m_random = { m_fixture.address(QStringLiteral("random")),
            m_fixture.address(QStringLiteral("random")) + m_fixture.number(QStringLiteral("random_size")) };
        m_seed = m_fixture.number(QStringLiteral("seed"));
    }

    void opensOffTheCallersThreadWithItsMappings()
    {
        auto doc = openAndStart();
        QVERIFY(doc);
        QVERIFY(findRegion(*doc->regions(), m_random.start) >= 0);
        QVERIFY(!doc->summary().isEmpty());
        QVERIFY(!doc->windowTitle().isEmpty());
        QCOMPARE(doc->identity().pid, m_fixture.pid());
    }

    void pagesAreFetchedAndReadThroughTheDocument()
    {
        auto doc = openAndStart();
        QVERIFY(doc);
        const auto expected = randomBytes(m_seed, 64);
        QCOMPARE(doc->byteAt(m_random.start), -1); // asked for now, on its way
        QTRY_VERIFY(doc->byteAt(m_random.start) >= 0);
        bool unreadable = true;
        const QByteArray bytes = doc->bytes({ m_random.start, m_random.start + 64 }, &unreadable);
        QVERIFY(!unreadable);
        QCOMPARE(bytes, QByteArray(reinterpret_cast<const char*>(expected.data()), 64));
        QCOMPARE(doc->byteAt(0x1000), -2); // not mapped: unreadable at once, never "loading"
    }

    // The memory view asks for the pages on screen; the data inspector, reading 64 bytes from the
    // cursor through the document, may then ask for one more (the bytes run on past the screen).
    // That must not cost the view its pages: they arrive, not stay "loading" until it scrolls.
    void aByteAskedForDoesNotDropThePagesOnTheirWay()
    {
        auto doc = openAndStart();
        QVERIFY(doc);
        constexpr quint64 kPage = PageCache::kPageBytes;
        const Address first = PageCache::pageBase(m_random.start) + kPage; // the random block holds 1 MiB
        const std::vector<Address> onScreen = { first, first + kPage, first + 2 * kPage };
        const Address next = first + 3 * kPage;
        QVERIFY(next + kPage <= m_random.end);
        doc->refresh(); // the fetcher busy for a moment (a live target rereads its maps), as it often is
        doc->pages().request(onScreen); // what HexView::fetchVisible does
        QCOMPARE(doc->byteAt(next), -1); // what the inspector does right after
        QTRY_VERIFY(doc->pages().byteAt(next) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(onScreen.begin(), onScreen.end(), [&](Address a) { return doc->pages().byteAt(a) >= 0; }),
            2000);
    }

    void symbolsAndFactsArriveFromTheBackground()
    {
        auto doc = openAndStart();
        QVERIFY(doc);
        QSignalSpy auxv(doc.get(), &TargetDocument::auxvChanged);
        QTRY_VERIFY(doc->hasAuxv());
        QVERIFY2(!doc->facts().auxv.empty(), qPrintable(doc->facts().auxvError));
        QTRY_VERIFY(!doc->facts().status.empty());
        QTRY_VERIFY(doc->symbols() != nullptr);
    }

    void closingDropsWhatIsOnItsWay()
    {
        // Asked, then closed before the answer: nothing arrives later, nothing crashes.
        auto doc = openAndStart();
        QVERIFY(doc);
        QCOMPARE(doc->byteAt(m_random.start + 0x10000), -1);
        doc.reset();
        QTest::qWait(200);
    }
};

class LiveDocumentContract : public DocumentContract
{
    Q_OBJECT
protected:
    void open(DocumentOpener& opener, DocumentOpener::Opened done) override
    {
        opener.openProcess({ m_fixture.pid(), 0 }, std::move(done));
    }
};

class BundleDocumentContract : public DocumentContract
{
    Q_OBJECT
    QString m_path;

protected:
    void open(DocumentOpener& opener, DocumentOpener::Opened done) override
    {
        if (m_path.isEmpty()) {
            auto target = LinuxTarget::open(m_fixture.pid());
            if (!target)
                qFatal("%s", qPrintable(target.error().message));
            auto regions = (*target)->regions();
            m_path = m_dir.filePath(QStringLiteral("fixture"));
            if (!dumpBundle(**target, *regions, readBundleInfo(m_fixture.pid()), m_path, {}))
                qFatal("the bundle could not be written");
        }
        opener.openBundle(m_path, std::move(done));
    }
};

// Only the newest job of a tracker answers (it replaces the generation counters of the panes).
class TestJobTracker : public QObject
{
    Q_OBJECT
private slots:
    void onlyTheNewestJobAnswers()
    {
        QObject context;
        JobTracker jobs(&context);
        QStringList answers;
        jobs.run(
            [] {
                QThread::msleep(100);
                return QStringLiteral("old");
            },
            [&](const QString& s) { answers << s; });
        jobs.run([] { return QStringLiteral("new"); }, [&](const QString& s) { answers << s; });
        QTRY_COMPARE(answers, QStringList { QStringLiteral("new") });
        QTest::qWait(200);
        QCOMPARE(answers, QStringList { QStringLiteral("new") });
        jobs.run([] { return QStringLiteral("cancelled"); }, [&](const QString& s) { answers << s; });
        jobs.cancel();
        QTest::qWait(200);
        QCOMPARE(answers, QStringList { QStringLiteral("new") });
    }
};

// Opening a process whose mmap lock is held (here: an open that takes 1500 ms) never stalls the
// thread that asked: the UI thread keeps ticking, and a newer open supersedes the slow one.
class TestOpening : public QObject
{
    Q_OBJECT
    Fixture m_fixture;
private slots:
    void aSlowOpenDoesNotStallTheCaller()
    {
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        DocumentOpener opener;
        opener.setProcessOpen([](const ProcessIdentity& identity) {
            QThread::msleep(1500); // cmdline read under a target's stalled mmap lock
            return LinuxTarget::open(identity.pid);
        });
        QElapsedTimer clock;
        clock.start();
        std::unique_ptr<TargetDocument> doc;
        opener.openProcess({ m_fixture.pid(), 0 }, [&](Result<std::unique_ptr<TargetDocument>> r) {
            if (r)
                doc = std::move(r.value());
        });
        QVERIFY2(clock.elapsed() < kUiStallBoundMs, qPrintable(QString::number(clock.elapsed())));
        // The probe: a 1 ms timer; the longest gap between its ticks is how long this thread stalled.
        qint64 last = clock.elapsed(), longest = 0;
        QTimer probe;
        probe.setInterval(1);
        QObject::connect(&probe, &QTimer::timeout, [&] {
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        probe.start();
        QTRY_VERIFY_WITH_TIMEOUT(doc != nullptr, 10000);
        probe.stop();
        qInfo("open took %lld ms; the longest stall of the calling thread: %lld ms", clock.elapsed(), longest);
        QVERIFY2(longest < kUiStallBoundMs, qPrintable(QString::number(longest)));
        // A newer open supersedes one under way: only the newest answers.
        int answers = 0;
        opener.openProcess({ m_fixture.pid(), 0 }, [&](auto) { answers += 10; });
        opener.setProcessOpen({});
        opener.openProcess({ m_fixture.pid(), 0 }, [&](auto) { answers += 1; });
        QTRY_COMPARE(answers, 1);
        QTest::qWait(800);
        QCOMPARE(answers, 1);
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TestJobTracker t;
        status |= QTest::qExec(&t, argc, argv);
    }
    {
        TestOpening t;
        status |= QTest::qExec(&t, argc, argv);
    }
    {
        LiveDocumentContract live;
        status |= QTest::qExec(&live, argc, argv);
    }
    {
        BundleDocumentContract bundle;
        status |= QTest::qExec(&bundle, argc, argv);
    }
    return status;
}

#include "tst_targetdocument.moc"
