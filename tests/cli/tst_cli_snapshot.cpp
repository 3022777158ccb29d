// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// procglass-cli snapshot and diff end to end, against the fixture: a second unchanged snapshot is
// small, diff's exit statuses are diff(1)'s, a grown [heap] is found live, memory stays bounded on
// a 2 GiB target, and all of it through the agent.
#include "core/io/bundlesource.h"
#include "core/snapshot/snapshot.h"
#include "fakememorysource.h"
#include "fixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

namespace {

using Run = ProgramRun;

quint64 folderBytes(const QString& path)
{
    quint64 n = 0;
    for (const QFileInfo& f : QDir(path).entryInfoList(QDir::Files | QDir::Hidden))
        n += quint64(f.size());
    return n;
}

QString agentPath()
{
    if (const QByteArray other = qgetenv("PROCGLASS_TEST_AGENT"); !other.isEmpty())
        return QString::fromLocal8Bit(other);
    return QFileInfo(QStringLiteral(PROCGLASS_CLI_PATH)).dir().filePath(QStringLiteral("procglass-agent"));
}

// The [heap] mapping's end, from /proc.
quint64 heapEnd(pid_t pid)
{
    QFile maps(QStringLiteral("/proc/%1/maps").arg(pid));
    if (!maps.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : maps.readAll().split('\n')) {
        if (line.endsWith("[heap]"))
            return line.mid(line.indexOf('-') + 1, line.indexOf(' ') - line.indexOf('-') - 1).toULongLong(nullptr, 16);
    }
    return 0;
}

// "Maximum resident set size (kbytes): N" of /usr/bin/time -v, in KiB.
qint64 maxRssKiB(const QByteArray& err)
{
    const auto m = QRegularExpression(QStringLiteral("Maximum resident set size \\(kbytes\\): (\\d+)"))
                       .match(QString::fromUtf8(err));
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

} // namespace

class TestCliSnapshot : public QObject
{
    Q_OBJECT
    Fixture m_fixture;
    QString m_pid;
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start({ QStringLiteral("--random-size"), QString::number(16 << 20),
                     QStringLiteral("--grow-heap"), QString::number(3 << 16) }),
            qPrintable(m_fixture.error()));
        m_pid = QString::number(m_fixture.pid());
    }

    // Every readable mapping by default; the second snapshot of unchanged memory with --base is a
    // small fraction of the first (the counters and stacks change: a few chunks); the counts are
    // printed; both read back the fixture's random bytes.
    void secondSnapshotIsSmall()
    {
        const Run first
            = runCli({ QStringLiteral("snapshot"), m_pid, QStringLiteral("-o"), path(QStringLiteral("s1")) });
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.err.contains(" chunks: 0 shared, "), first.err.constData());
        const Run second = runCli({ QStringLiteral("snapshot"), m_pid, QStringLiteral("-o"), path(QStringLiteral("s2")),
            QStringLiteral("--base"), path(QStringLiteral("s1")) });
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QVERIFY2(second.err.contains(" shared, "), second.err.constData());
        const quint64 a = folderBytes(path(QStringLiteral("s1")));
        const quint64 b = folderBytes(path(QStringLiteral("s2")));
        QVERIFY2(a > (16u << 20) && b * 50 < a, qPrintable(QStringLiteral("%1 then %2 bytes").arg(a).arg(b)));
        const Address random = m_fixture.address(QStringLiteral("random"));
        const std::vector<std::byte> expected = randomBytes(m_fixture.number(QStringLiteral("seed")), 16 << 20);
        for (const char* name : { "s1", "s2" }) {
            auto snap = BundleSource::open(path(QLatin1StringView(name)));
            QVERIFY(snap);
            std::vector<std::byte> got(expected.size());
            QVERIFY((*snap)->read(random, got).complete());
            QVERIFY(got == expected);
        }
        // The target runs again.
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
    }

    // diff(1)'s statuses: 0 the same, 1 different, 2 trouble -- and --help says so.
    void diffExitStatus()
    {
        const QString s1 = path(QStringLiteral("s1"));
        if (!QFileInfo::exists(s1))
            QSKIP("needs secondSnapshotIsSmall's snapshots");
        const Run same = runCli({ QStringLiteral("diff"), s1, s1 });
        QCOMPARE(same.exitCode, 0);
        QVERIFY2(same.out.contains("0 of "), same.out.constData());
        const Run json = runCli({ QStringLiteral("diff"), s1, path(QStringLiteral("s2")), QStringLiteral("--json") });
        QVERIFY2(json.exitCode == 0 || json.exitCode == 1, json.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report.value(QStringLiteral("format")).toString(), QStringLiteral("procglass-diff"));
        QCOMPARE(json.exitCode, report.value(QStringLiteral("changed_bytes")).toInteger() > 0 ? 1 : 0);
        const Run missing = runCli({ QStringLiteral("diff"), s1, path(QStringLiteral("nothing")) });
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("nothing"), missing.err.constData());
        QCOMPARE(runCli({ QStringLiteral("diff"), s1 }).exitCode, 2);
        const Run help = runCli({ QStringLiteral("diff"), QStringLiteral("--help") });
        QVERIFY2(help.out.contains("diff(1)"), help.out.constData());
    }

    // A page that became unreadable (mprotect PROT_NONE, a file truncated under its mapping) is a
    // difference as diff(1) users expect: exit status 1, the mapping listed as changed.
    void diffOfBytesReadableOnOneSideOnly()
    {
        Region r;
        r.range = { 0x7f0000000000, 0x7f0000000000 + 0x10000 };
        r.perms = { true, true, false, false };
        r.kind = RegionKind::Anonymous;
        const QByteArray bytes(0x10000, 'x');
        FakeMemorySource before;
        before.addSegment(r, bytes);
        FakeMemorySource after;
        after.addSegment(r, bytes);
        after.addUnreadable({ r.range.start, r.range.start + 0x1000 });
        const QString a = path(QStringLiteral("onesided-a"));
        const QString b = path(QStringLiteral("onesided-b"));
        QVERIFY(writeSnapshot(before, { r }, BundleInfo(), a, {}, {}));
        QVERIFY(writeSnapshot(after, { r }, BundleInfo(), b, {}, {}));
        const Run diff = runCli({ QStringLiteral("diff"), a, b });
        QVERIFY2(diff.exitCode == 1, qPrintable(diff.outText() + diff.errText()));
        QVERIFY2(diff.out.contains("changed") && diff.out.contains("readable on one side only"), diff.out.constData());
        const Run json = runCli({ QStringLiteral("diff"), a, b, QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(runCli({ QStringLiteral("diff"), a, a }).exitCode, 0);
    }

    // Live vs snapshot: the fixture's [heap] after it grew (sbrk, as malloc does) is "grown", its
    // new bytes in its heat; the counters changed.
    void liveHeapThatGrewIsFound()
    {
        const QString h = path(QStringLiteral("heap1"));
        const Run snap = runCli({ QStringLiteral("snapshot"), m_pid, QStringLiteral("-o"), h });
        QVERIFY2(snap.exitCode == 0, snap.err.constData());
        const quint64 before = heapEnd(m_fixture.pid());
        QVERIFY(before > 0);
        ::kill(m_fixture.pid(), SIGUSR1);
        QTRY_VERIFY(heapEnd(m_fixture.pid()) >= before + (3 << 16));
        const Run diff = runCli({ QStringLiteral("diff"), h, m_pid, QStringLiteral("--json") });
        QVERIFY2(diff.exitCode == 1, diff.err.constData());
        bool grown = false;
        for (const QJsonValue& v :
            QJsonDocument::fromJson(diff.out).object().value(QStringLiteral("mappings")).toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("after")).toObject().value(QStringLiteral("kind")).toString()
                == QLatin1StringView("heap")) {
                QCOMPARE(m.value(QStringLiteral("change")).toString(), QStringLiteral("grown"));
                QVERIFY(m.value(QStringLiteral("heat")).toDouble() > 0);
                grown = true;
            }
        }
        QVERIFY2(grown, diff.out.constData());
        const Run text = runCli({ QStringLiteral("diff"), h, m_pid });
        QVERIFY2(text.out.contains("grown [heap]"), text.out.constData());
    }

    // Through the agent: streamed back and written here, or written on the agent's side
    // (--on-agent, its base a path there); and a live PID of the agent's against a snapshot.
    void throughTheAgent()
    {
        const QString agent = agentPath();
        if (!QFileInfo(agent).isExecutable())
            QSKIP(qPrintable(QStringLiteral("%1 is not built").arg(agent)));
        const QStringList via { QStringLiteral("--agent"), agent };
        const QString here = path(QStringLiteral("a-here"));
        const Run a = runCli(via + QStringList { QStringLiteral("snapshot"), m_pid, QStringLiteral("-o"), here });
        QVERIFY2(a.exitCode == 0, a.err.constData());
        QVERIFY2(a.err.contains(" chunks: "), a.err.constData());
        const QString there = path(QStringLiteral("a-there"));
        const Run b = runCli(via
            + QStringList { QStringLiteral("snapshot"), m_pid, QStringLiteral("-o"), there, QStringLiteral("--base"),
                here, QStringLiteral("--on-agent") });
        QVERIFY2(b.exitCode == 0, b.err.constData());
        QVERIFY2(b.err.contains("on the agent's machine"), b.err.constData());
        QVERIFY2(QRegularExpression(QStringLiteral(" chunks: [1-9]\\d* shared")).match(b.errText()).hasMatch(),
            b.err.constData());
        QVERIFY(folderBytes(there) * 20 < folderBytes(here));
        const Run same = runCli({ QStringLiteral("diff"), here, there, QStringLiteral("--json") });
        QVERIFY2(same.exitCode == 0 || same.exitCode == 1, same.err.constData());
        const Run live = runCli(via + QStringList { QStringLiteral("diff"), there, m_pid });
        QVERIFY2(live.exitCode == 1, live.err.constData()); // the counters run
        QVERIFY2(live.out.contains(" bytes differ in "), live.out.constData());
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
    }

    // A 2 GiB target: snapshot, a second one on it, and their diff stay under 64 MiB of resident
    // memory (measured ~18 MiB: Qt and the CLI ~15 MiB, the index 1/2048 of the process = 1 MiB,
    // a MiB of chunks in flight per thread). Holding the process's bytes would need 2 GiB.
    void memoryStaysBounded()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/time")))
            QSKIP("GNU time is not installed (scripts/setup installs it)");
        struct statvfs fs
        {
        };
        if (::statvfs(QFile::encodeName(m_dir.path()).constData(), &fs) != 0
            || quint64(fs.f_bavail) * fs.f_frsize < (quint64(5) << 30))
            QSKIP("needs 5 GiB free for a 2 GiB snapshot");
        Fixture big;
        QVERIFY2(
            big.start({ QStringLiteral("--random-size"), QString::number(quint64(2) << 30) }), qPrintable(big.error()));
        const QString pid = QString::number(big.pid());
        const QString b1 = path(QStringLiteral("big1"));
        const QString b2 = path(QStringLiteral("big2"));
        const QStringList time { QStringLiteral("/usr/bin/time"), QStringLiteral("-v") };
        const Run first = runCli({ QStringLiteral("snapshot"), pid, QStringLiteral("-o"), b1 }, time);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const Run second
            = runCli({ QStringLiteral("snapshot"), pid, QStringLiteral("-o"), b2, QStringLiteral("--base"), b1 }, time);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        const Run diff = runCli({ QStringLiteral("diff"), b1, pid }, time);
        QVERIFY2(diff.exitCode == 1, diff.err.constData());
        big.kill();
        QVERIFY(folderBytes(b1) > (quint64(2) << 30));
        for (const Run* r : { &first, &second, &diff }) {
            const qint64 rss = maxRssKiB(r->err);
#if defined(__SANITIZE_ADDRESS__)
            // ASan's shadow memory and its 256 MiB quarantine of freed blocks come on top.
            const quint64 boundKiB = (64 + 768) * 1024;
#else
            const quint64 boundKiB = 64 * 1024;
#endif
            QVERIFY2(rss > 0 && quint64(rss) < boundKiB, r->err.constData());
            qInfo("max RSS %lld KiB", rss);
        }
        QDir(b1).removeRecursively();
        QDir(b2).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestCliSnapshot)
#include "tst_cli_snapshot.moc"
