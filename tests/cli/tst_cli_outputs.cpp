// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// procglass-cli run as root against output paths another user (nobody) controls in a sticky
// folder like /tmp (issue 14, findings 1, 2, 7 and 10): every command that writes a file refuses,
// says why, and creates, changes or deletes nothing outside what it was asked to write.
// PROCGLASS_TEST_CLI=/path/to/an/older/procglass-cli runs these against another build.
#include "fixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

namespace {

using Run = ProgramRun;

bool asNobody(const QString& script)
{
    QProcess p;
    p.start(QStringLiteral("setpriv"),
        { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
            QStringLiteral("sh"), QStringLiteral("-c"), script });
    return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QStringList entries(const QString& dir)
{
    QStringList list = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    list.sort();
    return list;
}

mode_t lmode(const QString& path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode : 0;
}

QString hex(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

} // namespace

class TestCliOutputs : public QObject
{
    Q_OBJECT
    Fixture m_fixture;
    QString m_pid;
    QTemporaryDir m_sharedDir, m_outsideDir;
    QString m_shared, m_outside;

    QStringList dumpHeap(const QString& path) const
    {
        return { QStringLiteral("dump"), m_pid, QStringLiteral("--region"), QStringLiteral("[heap]"),
            QStringLiteral("-o"), path };
    }

private slots:
    void initTestCase()
    {
        if (geteuid() != 0 || QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
            QSKIP("needs root and setpriv: the attacker is nobody, Procglass runs as root");
        QVERIFY2(m_fixture.start({ QStringLiteral("--random-size"), QString::number(64 << 20) }),
            qPrintable(m_fixture.error()));
        m_pid = QString::number(m_fixture.pid());
        // Like /tmp: sticky, everyone may write. The outside is what the links point at.
        m_shared = m_sharedDir.path();
        m_outside = m_outsideDir.path();
        QCOMPARE(::chmod(QFile::encodeName(m_shared).constData(), 01777), 0);
        QCOMPARE(::chmod(QFile::encodeName(m_outside).constData(), 0755), 0);
    }

    void cleanup()
    {
        // Each test plants its own things.
        for (const QString& name : entries(m_shared)) {
            const QString path = m_shared + u'/' + name;
            if (S_ISDIR(lmode(path)))
                QDir(path).removeRecursively();
            else
                QFile::remove(path);
        }
        for (const QString& name : entries(m_outside)) {
            const QString path = m_outside + u'/' + name;
            if (S_ISDIR(lmode(path)))
                QDir(path).removeRecursively();
            else
                QFile::remove(path);
        }
    }

    void aPlantedLinkIsNeverFollowed()
    {
        const QString link = m_shared + QStringLiteral("/heap.bin");
        const QString victim = m_outside + QStringLiteral("/pg-pwned");
        QVERIFY(asNobody(QStringLiteral("ln -s %1 %2").arg(victim, link)));
        for (const QStringList& extra : { QStringList(), QStringList { QStringLiteral("--force") } }) {
            const Run raw = runCli(dumpHeap(link) + extra);
            QCOMPARE(raw.exitCode, 1);
            QVERIFY2(raw.err.contains("is a symbolic link; Procglass never writes through a link"), raw.err);
            const Run core = runCli(QStringList { QStringLiteral("dump"), m_pid, QStringLiteral("--format"),
                                        QStringLiteral("core"), QStringLiteral("-o"), link }
                + extra);
            QCOMPARE(core.exitCode, 1);
            QVERIFY2(core.err.contains("is a symbolic link"), core.err);
        }
        const Address counters = m_fixture.address(QStringLiteral("counters"));
        const QStringList search { QStringLiteral("search"), m_pid, QStringLiteral("--int"),
            QStringLiteral("0..0xffffffff"), QStringLiteral("--width"), QStringLiteral("64"), QStringLiteral("--range"),
            hex(counters) + u'-' + hex(counters + 16 * 8), QStringLiteral("--save-hits"), link };
        const Run saved = runCli(search + QStringList { QStringLiteral("--force") });
        QCOMPARE(saved.exitCode, 1);
        QVERIFY2(saved.err.contains("is a symbolic link"), saved.err);
        QCOMPARE(entries(m_outside), QStringList()); // nothing created through the link
        QCOMPARE(entries(m_shared), QStringList { QStringLiteral("heap.bin") });
        QVERIFY(S_ISLNK(lmode(link)));

        // rescan rewrites its hit file in place -- never through a link to someone's file.
        const QString real = m_outside + QStringLiteral("/hits");
        QStringList first = search;
        first.last() = real;
        QCOMPARE(runCli(first).exitCode, 0);
        const QByteArray before = fileBytes(real);
        const QString hitsLink = m_shared + QStringLiteral("/hits");
        QVERIFY(asNobody(QStringLiteral("ln -s %1 %2").arg(real, hitsLink)));
        const Run rescan = runCli({ QStringLiteral("rescan"), m_pid, hitsLink, QStringLiteral("--changed") });
        QCOMPARE(rescan.exitCode, 1);
        QVERIFY2(rescan.err.contains("is a symbolic link"), rescan.err);
        QCOMPARE(fileBytes(real), before);
        // Its own file it rewrites, as asked.
        QCOMPARE(runCli({ QStringLiteral("rescan"), m_pid, real, QStringLiteral("--changed") }).exitCode, 0);
        QVERIFY(fileBytes(real) != before);
    }

    void saveHitsReplacesOnlyWithForceAndOnlyItsOwn()
    {
        const Address counters = m_fixture.address(QStringLiteral("counters"));
        const QString file = m_shared + QStringLiteral("/hits");
        const QStringList search { QStringLiteral("search"), m_pid, QStringLiteral("--int"),
            QStringLiteral("0..0xffffffff"), QStringLiteral("--width"), QStringLiteral("64"), QStringLiteral("--range"),
            hex(counters) + u'-' + hex(counters + 16 * 8), QStringLiteral("--save-hits"), file };
        QVERIFY(writeFile(file, "mine"));
        const Run refused = runCli(search);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("already exists") && refused.err.contains("--force"), refused.err);
        QCOMPARE(fileBytes(file), QByteArray("mine"));
        QCOMPARE(runCli(search + QStringList { QStringLiteral("--force") }).exitCode, 0);
        QVERIFY(fileBytes(file).startsWith("PGHITS1\n"));
        // nobody's file in the sticky folder: not even with --force.
        const QString theirs = m_shared + QStringLiteral("/theirs");
        QVERIFY(asNobody(QStringLiteral("echo nobody > ") + theirs));
        QStringList attack = search + QStringList { QStringLiteral("--force") };
        attack[attack.indexOf(file)] = theirs;
        const Run foreign = runCli(attack);
        QCOMPARE(foreign.exitCode, 1);
        QVERIFY2(foreign.err.contains("belongs to nobody") && foreign.err.contains("Choose another name"), foreign.err);
        QCOMPARE(fileBytes(theirs), QByteArray("nobody\n"));
        const Run dump = runCli(dumpHeap(theirs) + QStringList { QStringLiteral("--force") });
        QCOMPARE(dump.exitCode, 1);
        QVERIFY2(dump.err.contains("belongs to nobody"), dump.err);
        QCOMPARE(fileBytes(theirs), QByteArray("nobody\n"));
    }

    void bundleForceNeverEmptiesALinkedFolder()
    {
        const QString precious = m_outside + QStringLiteral("/photos");
        QVERIFY(QDir().mkdir(precious));
        QVERIFY(writeFile(precious + QStringLiteral("/a.jpg"), "a"));
        QVERIFY(writeFile(precious + QStringLiteral("/manifest.json"), R"({"format":"procglass-bundle"})"));
        const QString link = m_shared + QStringLiteral("/bundle");
        QVERIFY(asNobody(QStringLiteral("ln -s %1 %2").arg(precious, link)));
        const Run r = runCli({ QStringLiteral("dump"), m_pid, QStringLiteral("--region"), QStringLiteral("[heap]"),
            QStringLiteral("--format"), QStringLiteral("bundle"), QStringLiteral("-o"), link,
            QStringLiteral("--force") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("is a symbolic link"), r.err);
        QCOMPARE(entries(precious), (QStringList { QStringLiteral("a.jpg"), QStringLiteral("manifest.json") }));
        QCOMPARE(entries(m_shared), QStringList { QStringLiteral("bundle") });
    }

    void aFifoOrDeviceIsRefusedNotReplaced()
    {
        const QString fifo = m_shared + QStringLiteral("/heap.bin");
        QVERIFY(asNobody(QStringLiteral("mkfifo ") + fifo));
        QElapsedTimer timer;
        timer.start();
        const Run r = runCli(dumpHeap(fifo) + QStringList { QStringLiteral("--force") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not a regular file"), r.err);
        QVERIFY(S_ISFIFO(lmode(fifo)));
        QVERIFY(timer.elapsed() < 30000);
        const QString device = m_outside + QStringLiteral("/null");
        QCOMPARE(::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0666, makedev(1, 3)), 0);
        const Run d = runCli(dumpHeap(device) + QStringList { QStringLiteral("--force") });
        QCOMPARE(d.exitCode, 1);
        QVERIFY2(d.err.contains("device"), d.err);
        QVERIFY(S_ISCHR(lmode(device)));
    }

    void aFailedSidecarLeavesTheOldFile()
    {
        const QString out = m_outside + QStringLiteral("/out.bin");
        QVERIFY(writeFile(out, "old export"));
        QVERIFY(QDir().mkdir(out + QStringLiteral(".json")));
        const Run r = runCli({ QStringLiteral("dump"), m_pid, QStringLiteral("--region"), QStringLiteral("[heap]"),
            QStringLiteral("--region"), QStringLiteral("[stack]"), QStringLiteral("-o"), out,
            QStringLiteral("--force") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("out.bin.json"), r.err);
        QCOMPARE(fileBytes(out), QByteArray("old export"));
        QCOMPARE(entries(m_outside), (QStringList { QStringLiteral("out.bin"), QStringLiteral("out.bin.json") }));
    }

    void aFileSizeLimitSaysSoAndDoesNotKill()
    {
        const QString prlimit = QStandardPaths::findExecutable(QStringLiteral("prlimit"));
        if (prlimit.isEmpty())
            QSKIP("prlimit (util-linux) is missing");
        // Like a full disk: write() fails (EFBIG past RLIMIT_FSIZE), instead of SIGXFSZ killing the CLI.
        const Address random = m_fixture.address(QStringLiteral("random"));
        const QString out = m_outside + QStringLiteral("/big.bin");
        const Run r = runCli({ QStringLiteral("dump"), m_pid, QStringLiteral("--region"),
                                 hex(random) + u'-' + hex(random + (4 << 20)), QStringLiteral("-o"), out },
            { prlimit, QStringLiteral("--fsize=1048576") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("File too large") && r.err.contains("Nothing was saved"), r.err);
        QCOMPARE(entries(m_outside), QStringList());
    }

    void aKilledBundleWriterLeavesNothingForever()
    {
        const QString out = m_outside + QStringLiteral("/bundle");
        bool sawPartial = false;
        for (int attempt = 0; attempt < 5 && !sawPartial; ++attempt) {
            QProcess p;
            p.start(cliPath(),
                { QStringLiteral("dump"), m_pid, QStringLiteral("--all"), QStringLiteral("--format"),
                    QStringLiteral("bundle"), QStringLiteral("-o"), out });
            QVERIFY(p.waitForStarted());
            // SIGKILL as soon as it has begun to write: no handler runs.
            while (p.state() == QProcess::Running && !sawPartial) {
                for (const QString& name : entries(m_outside)) {
                    if (name.startsWith(QStringLiteral(".bundle.partial-")))
                        sawPartial = true;
                }
            }
            if (sawPartial)
                ::kill(pid_t(p.processId()), SIGKILL);
            p.waitForFinished();
            if (QFileInfo::exists(out)) { // it finished before the kill: again
                sawPartial = false;
                QDir(out).removeRecursively();
            }
        }
        if (!sawPartial)
            QSKIP("the dump always finished before its partial folder was seen");
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS"))); // the target runs on
        QCOMPARE(entries(m_outside).size(), 1); // the partial
        QTest::qWait(2100); // younger partials may be writers that have not taken their lock yet
        const Run again = runCli(dumpHeap(m_outside + QStringLiteral("/heap.bin")));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(entries(m_outside), QStringList { QStringLiteral("heap.bin") });
    }
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "tst_cli_outputs.moc"
