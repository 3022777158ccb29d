// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// procglass-cli end to end, against the fixture: output formats, exit codes, and the hold seen from outside.
#include "core/search/pattern.h"
#include "fixture.h"
#include "platform/linux/procfs.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

namespace {

using Run = ProgramRun;

// Starts the CLI with stdout on a pipe that nobody reads: once the pipe is full, the CLI blocks
// in write() -- in the middle of its work, holding whatever it holds.
pid_t spawnBlocked(const QStringList& args, int* readEnd)
{
    return spawnWithPipe(cliPath(), args, readEnd);
}

int drainAndWait(pid_t pid, int fd)
{
    char buf[65536];
    while (read(fd, buf, sizeof buf) > 0) { }
    close(fd);
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
}

QString hex(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    Fixture m_fixture;
    QString m_pid;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start({ QStringLiteral("--random-size"), QString::number(64 << 20) }),
            qPrintable(m_fixture.error()));
        m_pid = QString::number(m_fixture.pid());
    }

    void versionHelpAndUsage()
    {
        const Run v = runCli({ QStringLiteral("--version") });
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("procglass-cli "));
        QCOMPARE(runCli({ QStringLiteral("--help") }).exitCode, 0);
        QCOMPARE(runCli({ QStringLiteral("read"), QStringLiteral("--help") }).exitCode, 0);
        QCOMPARE(runCli({}).exitCode, 2);
        const Run unknown = runCli({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("unknown command 'frobnicate'"));
        QCOMPARE(runCli({ QStringLiteral("maps") }).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("maps"), QStringLiteral("--bogus"), m_pid }).exitCode, 2);
    }

    void psListsTheFixture()
    {
        const Run r = runCli({ QStringLiteral("ps"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
        QVERIFY(arr.size() > 3);
        bool found = false;
        for (const auto& v : arr) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("pid")).toInt() != m_fixture.pid())
                continue;
            found = true;
            QCOMPARE(o.value(QStringLiteral("ppid")).toInt(), int(getpid()));
            QCOMPARE(o.value(QStringLiteral("threads")).toInt(), 4);
            QCOMPARE(o.value(QStringLiteral("executable")).toString(), fixturePath());
            QVERIFY(o.value(QStringLiteral("rssBytes")).toDouble() >= 64 << 20);
            for (const char* key : { "uid", "user", "state", "name", "commandLine", "startTime", "startedAt" })
                QVERIFY2(o.contains(QLatin1StringView(key)), key);
        }
        QVERIFY(found);
        const Run plain = runCli({ QStringLiteral("ps") });
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.contains(fixturePath().toUtf8()));
    }

    void mapsGivesEveryFieldAndKind()
    {
        const Run r = runCli({ QStringLiteral("maps"), m_pid, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray arr = QJsonDocument::fromJson(r.out).array();
        QStringList kinds;
        const QString random = hex(m_fixture.address(QStringLiteral("random")));
        bool sawRandom = false;
        for (const auto& v : arr) {
            const QJsonObject o = v.toObject();
            for (const char* key :
                { "start", "end", "size", "perms", "offset", "dev", "inode", "path", "deleted", "kind", "segment" })
                QVERIFY2(o.contains(QLatin1StringView(key)), key);
            kinds << o.value(QStringLiteral("kind")).toString();
            if (o.value(QStringLiteral("start")).toString() == random) {
                sawRandom = true;
                QCOMPARE(o.value(QStringLiteral("perms")).toString(), QStringLiteral("rw-p"));
                QCOMPARE(o.value(QStringLiteral("size")).toInteger(), qint64(64 << 20));
            }
        }
        QVERIFY(sawRandom);
        for (const char* kind :
            { "heap", "stack", "thread-stack", "executable", "library", "file", "guard", "vdso", "anonymous" })
            QVERIFY2(kinds.contains(QLatin1StringView(kind)), kind);

        const Run text = runCli({ QStringLiteral("maps"), m_pid });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("[heap]"));
        QVERIFY(text.out.contains("library/text"));
        QVERIFY(text.out.contains(" (deleted)"));
    }

    // The auxiliary vector names the [vdso] the maps show, the entry point in the executable's
    // code and the file name the fixture was started with, read from its stack.
    void auxvLinksToTheMappings()
    {
        const Run maps = runCli({ QStringLiteral("maps"), m_pid, QStringLiteral("--json") });
        QString vdsoStart;
        for (const auto& v : QJsonDocument::fromJson(maps.out).array()) {
            if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1StringView("vdso"))
                vdsoStart = v.toObject().value(QStringLiteral("start")).toString();
        }
        QVERIFY(!vdsoStart.isEmpty());

        const Run r = runCli({ QStringLiteral("auxv"), m_pid, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QHash<QString, QJsonObject> byName;
        for (const auto& v : QJsonDocument::fromJson(r.out).array())
            byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
        QCOMPARE(byName[QStringLiteral("AT_SYSINFO_EHDR")].value(QStringLiteral("value")).toString(), vdsoStart);
        QCOMPARE(byName[QStringLiteral("AT_SYSINFO_EHDR")].value(QStringLiteral("points_to")).toString(),
            QStringLiteral("[vdso]"));
        QCOMPARE(byName[QStringLiteral("AT_ENTRY")].value(QStringLiteral("points_to")).toString(),
            QStringLiteral("procglass-demo: code (text)"));
        QCOMPARE(byName[QStringLiteral("AT_PAGESZ")].value(QStringLiteral("value")).toString(),
            hex(quint64(sysconf(_SC_PAGESIZE))));
        QCOMPARE(byName[QStringLiteral("AT_EXECFN")].value(QStringLiteral("points_to")).toString(),
            QStringLiteral("[stack]: \"%1\"").arg(fixturePath()));

        const Run text = runCli({ QStringLiteral("auxv"), m_pid });
        QCOMPARE(text.exitCode, 0);
        const qsizetype line = text.out.indexOf("AT_SYSINFO_EHDR\t");
        QVERIFY(line >= 0);
        QVERIFY(text.out.mid(line, text.out.indexOf('\n', line) - line + 1).endsWith("\t[vdso]\n"));
        QCOMPARE(runCli({ QStringLiteral("auxv"), QStringLiteral("1073741823") }).exitCode, 1);
    }

    void statusAndExplain()
    {
        const Run status = runCli({ QStringLiteral("status"), m_pid });
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains("Tracer\t0 – nobody\n"), status.out.constData());
        QVERIFY(status.out.contains("Threads\t4\n")); // the fixture's main thread and three others
        QVERIFY(status.out.contains("Resident memory\t"));

        const Run vvar = runCli({ QStringLiteral("explain"), m_pid, QStringLiteral("[vvar]") });
        QCOMPARE(vvar.exitCode, 0);
        QVERIFY(vvar.out.startsWith("[vvar]\n\n"));
        QVERIFY(vvar.out.contains("cannot read it"));
        const Run libc = runCli({ QStringLiteral("explain"), m_pid, QStringLiteral("libc.so.6") });
        QCOMPARE(libc.exitCode, 0);
        QVERIFY2(libc.out.contains("ties the mapping to the file by device"), libc.out.constData());
        QCOMPARE(runCli({ QStringLiteral("explain"), m_pid, QStringLiteral("0x10") }).exitCode, 1); // unmapped
        QCOMPARE(runCli({ QStringLiteral("explain"), m_pid, QStringLiteral("zzz") }).exitCode, 2);
    }

    // The user guide's recipe: procglass-cli with `setcap cap_sys_ptrace=eip`, run by another user,
    // reads a process that user does not own. /proc/PID/mem stays closed to it (mode 0600, and the
    // capability does not override file permissions), so the CLI reads through process_vm_readv.
    void capSysPtraceAloneReadsAnotherUsersMemory()
    {
        if (geteuid() != 0)
            QSKIP("needs root to give a copy of the CLI the capability and run it as another user");
        const QString setcap = QStandardPaths::findExecutable(
            QStringLiteral("setcap"), { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") });
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setcap.isEmpty() || setpriv.isEmpty())
            QSKIP("setcap (libcap2-bin) or setpriv (util-linux) is missing");
        // File capabilities count only on a file system mounted without nosuid (a chroot's /tmp
        // often is nosuid): next to the CLI itself, then.
        QString base;
        for (const QString& candidate : { QDir::tempPath(), QFileInfo(cliPath()).absolutePath() }) {
            struct statvfs fs
            {
            };
            if (statvfs(QFile::encodeName(candidate).constData(), &fs) == 0 && !(fs.f_flag & ST_NOSUID)) {
                base = candidate;
                break;
            }
        }
        if (base.isEmpty())
            QSKIP("the temporary and the build folder are both mounted nosuid: file capabilities would not count");
        QTemporaryDir dir(base + QStringLiteral("/procglass-cap-XXXXXX"));
        QVERIFY(dir.isValid());
        QFile::setPermissions(
            dir.path(), QFile::permissions(dir.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther);
        const QString copy = dir.filePath(QStringLiteral("procglass-cli"));
        QVERIFY(QFile::copy(cliPath(), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::permissions(copy) | QFileDevice::ExeOther));
        QCOMPARE(QProcess::execute(setcap, { QStringLiteral("cap_sys_ptrace=eip"), copy }), 0);
        const QStringList asNobody { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups"), copy };
        auto run = [&](const QStringList& args) {
            QProcess p;
            p.start(setpriv, asNobody + args);
            p.waitForFinished(60000);
            return Run { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
        };
        const QString heapString = hex(m_fixture.address(QStringLiteral("heap_string")));
        const Run read
            = run({ QStringLiteral("read"), m_pid, heapString, QStringLiteral("9"), QStringLiteral("--raw") });
        QVERIFY2(read.exitCode == 0, read.err.constData());
        QCOMPARE(read.out, QByteArray("PROCGLASS"));
        // Files only the owner may read are refused, with the reason.
        const Run auxv = run({ QStringLiteral("auxv"), m_pid });
        QCOMPARE(auxv.exitCode, 1);
        QVERIFY2(auxv.err.contains("does not override file permissions"), auxv.err.constData());
        // Without the capability, the other user reads nothing and is told why.
        QCOMPARE(QProcess::execute(setcap, { QStringLiteral("-r"), copy }), 0);
        const Run refused = run({ QStringLiteral("read"), m_pid, heapString, QStringLiteral("9") });
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("without CAP_SYS_PTRACE"), refused.err.constData());
    }

    void missingProcessIsOneClearSentence()
    {
        const Run r = runCli({ QStringLiteral("maps"), QStringLiteral("1073741823") });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray("procglass-cli: There is no process 1073741823 (it may have exited).\n"));
        QCOMPARE(runCli({ QStringLiteral("read"), QStringLiteral("1073741823"), QStringLiteral("0x1000"),
                            QStringLiteral("1") })
                     .exitCode,
            1);
        QCOMPARE(runCli({ QStringLiteral("maps"), QStringLiteral("12abc") }).exitCode, 2);
    }

    void readsAsHexdump()
    {
        const Run r = runCli({ QStringLiteral("read"), m_pid, hex(m_fixture.address(QStringLiteral("heap_string"))),
            QStringLiteral("21") });
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.split('\n');
        QVERIFY(lines.size() >= 2);
        QVERIFY2(lines[0].endsWith("50 52 4f 43 47 4c 41 53  53 2d 48 45 41 50 2d 53  |PROCGLASS-HEAP-S|"), lines[0]);
        QVERIFY2(lines[1].endsWith("|TRING|"), lines[1]);
    }

    void resolvesRegionAndFileNames()
    {
        const Run libc = runCli({ QStringLiteral("read"), m_pid, QStringLiteral("libc.so.6"), QStringLiteral("4") });
        QCOMPARE(libc.exitCode, 0);
        QVERIFY2(libc.out.contains(" 7f 45 4c 46 "), libc.out);
        const Run vdso = runCli({ QStringLiteral("read"), m_pid, QStringLiteral("[vdso]+1"), QStringLiteral("3") });
        QCOMPARE(vdso.exitCode, 0);
        QVERIFY2(vdso.out.contains("|ELF|"), vdso.out);
        const Run heap = runCli({ QStringLiteral("read"), m_pid, QStringLiteral("[heap]"), QStringLiteral("0x10") });
        QCOMPARE(heap.exitCode, 0);
        QCOMPARE(heap.out.count('\n'), 1);
    }

    void rawWritesTheBytes()
    {
        const Run r = runCli({ QStringLiteral("read"), m_pid, hex(m_fixture.address(QStringLiteral("random"))),
            QStringLiteral("1048600"), QStringLiteral("--raw") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const auto expected = randomBytes(m_fixture.number(QStringLiteral("seed")), 1048600);
        QCOMPARE(r.out, QByteArray(reinterpret_cast<const char*>(expected.data()), qsizetype(expected.size())));
    }

    void unreadableBytesAreNamedAndExitThree()
    {
        const Address hole = m_fixture.address(QStringLiteral("hole"));
        const QString range = QStringLiteral("unreadable: %1-%2 (4096 bytes)").arg(hex(hole + 4096), hex(hole + 8192));
        const Run dump = runCli({ QStringLiteral("read"), m_pid, hex(hole + 4096 - 16), QStringLiteral("4128") });
        QCOMPARE(dump.exitCode, 3);
        QVERIFY(
            dump.out.startsWith(QStringLiteral("%1  b0 b0").arg(hole + 4096 - 16, 16, 16, QLatin1Char('0')).toUtf8()));
        QVERIFY(dump.out.contains("?? ?? ?? ??"));
        QVERIFY(dump.out.endsWith("|................|\n"));
        QVERIFY2(dump.err.contains(range.toUtf8()), dump.err);

        const Run raw = runCli(
            { QStringLiteral("read"), m_pid, hex(hole + 4096 - 16), QStringLiteral("4128"), QStringLiteral("--raw") });
        QCOMPARE(raw.exitCode, 3);
        QCOMPARE(raw.out.size(), 4128);
        QCOMPARE(raw.out.left(16), QByteArray(16, char(0xb0)));
        QCOMPARE(raw.out.mid(16, 4096), QByteArray(4096, '\0'));
        QCOMPARE(raw.out.right(16), QByteArray(16, char(0xb2)));
        QCOMPARE(raw.err, QByteArray("procglass-cli: ") + range.toUtf8() + '\n');
    }

    void badAddressOrLengthIsUsage_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("length");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("bad hex") << QStringLiteral("0xzz") << QStringLiteral("4")
                                 << QByteArray("is not a hexadecimal address");
        QTest::newRow("bad length") << QStringLiteral("[heap]") << QStringLiteral("lots")
                                    << QByteArray("The length 'lots' is not a number");
        QTest::newRow("past the end") << QStringLiteral("0xffffffffffffff00") << QStringLiteral("0x1000")
                                      << QByteArray("past the end of the address space");
    }

    void badAddressOrLengthIsUsage()
    {
        QFETCH(QString, address);
        QFETCH(QString, length);
        QFETCH(QByteArray, message);
        const Run r = runCli({ QStringLiteral("read"), m_pid, address, length });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), r.err);
        QVERIFY(r.out.isEmpty());
    }

    void mappingTheTargetLacksIsAnError()
    {
        const Run r = runCli({ QStringLiteral("read"), m_pid, QStringLiteral("libnope.so"), QStringLiteral("4") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No mapping is named 'libnope.so'"), r.err);
    }

    void searchFindsPlantedValuesAtTheirAddresses()
    {
        auto firstColumn = [](const QByteArray& out) {
            QStringList addresses;
            for (const QByteArray& line : out.split('\n'))
                if (!line.isEmpty())
                    addresses << QString::fromLatin1(line.split(' ').first());
            return addresses;
        };
        const Run ints = runCli({ QStringLiteral("search"), m_pid, QStringLiteral("--int"), QStringLiteral("464308990"),
            QStringLiteral("--scope"), QStringLiteral("executable") });
        QCOMPARE(ints.exitCode, 0);
        QCOMPARE(firstColumn(ints.out), QStringList { hex(m_fixture.address(QStringLiteral("int32"))) });
        QVERIFY2(ints.out.contains(" executable"), ints.out);
        // The same four bytes as hex, with a wildcard and a nibble wildcard.
        const Run hexBytes = runCli({ QStringLiteral("search"), m_pid, QStringLiteral("--hex"),
            QStringLiteral("fe ?? a? 1b"), QStringLiteral("--scope"), QStringLiteral("executable") });
        QCOMPARE(hexBytes.exitCode, 0);
        QVERIFY2(firstColumn(hexBytes.out).contains(hex(m_fixture.address(QStringLiteral("int32")))), hexBytes.out);
        QVERIFY2(hexBytes.out.contains(" fecaac1b\n"), hexBytes.out);
        const Run text = runCli(
            { QStringLiteral("search"), m_pid, QStringLiteral("--text"), QStringLiteral("procglass-heap-string"),
                QStringLiteral("--ignore-case"), QStringLiteral("--scope"), QStringLiteral("heap") });
        QCOMPARE(firstColumn(text.out), QStringList { hex(m_fixture.address(QStringLiteral("heap_string"))) });
        QVERIFY2(text.out.contains("[heap]+0x"), text.out);
        // The last column is the matched bytes (their first 16), as they are, whatever case was asked for.
        QVERIFY2(text.out.trimmed().endsWith(QByteArray("PROCGLASS-HEAP-S").toHex()), text.out);
        if (SearchPattern::regexAvailable()) {
            const Run regex = runCli({ QStringLiteral("search"), m_pid, QStringLiteral("--regex"),
                QStringLiteral("PROCGLASS-H[A-Z]+-STR[I]NG"), QStringLiteral("--scope"), QStringLiteral("heap") });
            QCOMPARE(regex.exitCode, 0);
            QCOMPARE(firstColumn(regex.out), QStringList { hex(m_fixture.address(QStringLiteral("heap_string"))) });
        }
        const Run utf16 = runCli(
            { QStringLiteral("search"), m_pid, QStringLiteral("--text"), QStringLiteral("PROCGLASS-UTF16-STACK"),
                QStringLiteral("--utf16"), QStringLiteral("--scope"), QStringLiteral("stack") });
        QVERIFY(firstColumn(utf16.out).contains(hex(m_fixture.address(QStringLiteral("stack_utf16")))));
        const Run dbl = runCli({ QStringLiteral("search"), m_pid, QStringLiteral("--float"), QStringLiteral("2718.28"),
            QStringLiteral("--double"), QStringLiteral("--tolerance"), QStringLiteral("0.01"),
            QStringLiteral("--json") });
        QCOMPARE(dbl.exitCode, 0);
        QVERIFY(dbl.out.contains(hex(m_fixture.address(QStringLiteral("double"))).toUtf8()));
        const Run capped = runCli({ QStringLiteral("search"), m_pid, QStringLiteral("--hex"), QStringLiteral("00 00"),
            QStringLiteral("--max"), QStringLiteral("5") });
        QCOMPARE(capped.out.count('\n'), 5);
        QVERIFY(capped.err.contains("first 5 hits"));
        // The target runs again afterwards.
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
    }

    void rescanNarrowsSavedHitsWhileTheCountersRun()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hits"));
        const Address counters = m_fixture.address(QStringLiteral("counters"));
        const QString range = hex(counters) + u'-' + hex(counters + 16 * 8);
        const Run first = runCli({ QStringLiteral("search"), m_pid, QStringLiteral("--int"),
            QStringLiteral("0..0xffffffff"), QStringLiteral("--width"), QStringLiteral("64"), QStringLiteral("--range"),
            range, QStringLiteral("--save-hits"), file });
        QCOMPARE(first.exitCode, 0);
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(file).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600)); // the values are the process's memory
        QTest::qWait(300); // the three counter threads tick every 2 ms
        const Run increased = runCli(
            { QStringLiteral("rescan"), m_pid, file, QStringLiteral("--increased"), QStringLiteral("--json") });
        QCOMPARE(increased.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(increased.out).object();
        QStringList kept;
        for (const QJsonValue& h : result.value(QStringLiteral("hits")).toArray())
            kept << h.toObject().value(QStringLiteral("address")).toString();
        for (Address a : { counters, counters + 8, counters + 16 })
            QVERIFY2(kept.contains(hex(a)), increased.out);
        QVERIFY(result.value(QStringLiteral("kept")).toInt() < result.value(QStringLiteral("before")).toInt());
        // The file now holds what was kept: running counters never stay unchanged.
        QTest::qWait(100);
        const Run unchanged = runCli({ QStringLiteral("rescan"), m_pid, file, QStringLiteral("--unchanged") });
        QCOMPARE(unchanged.exitCode, 0);
        QVERIFY2(!unchanged.out.contains(hex(counters).toUtf8() + ' '), unchanged.out);
        QVERIFY2(unchanged.err.contains("hits kept"), unchanged.err);
        // Bad uses: no test, two tests, a file that is not a hit set, another process.
        QCOMPARE(runCli({ QStringLiteral("rescan"), m_pid, file }).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("rescan"), m_pid, file, QStringLiteral("--changed"),
                            QStringLiteral("--increased") })
                     .exitCode,
            2);
        const Run notHits
            = runCli({ QStringLiteral("rescan"), m_pid, QStringLiteral("/etc/hostname"), QStringLiteral("--changed") });
        QCOMPARE(notHits.exitCode, 1);
        QVERIFY2(notHits.err.contains("is not a hit set saved by Procglass"), notHits.err);
        const Run other = runCli({ QStringLiteral("rescan"), QString::number(getpid()), file,
            QStringLiteral("--changed"), QStringLiteral("--no-stop") });
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.err.contains("were found in process " + m_pid.toUtf8()), other.err);
        QCOMPARE(runCli({ QStringLiteral("search"), m_pid, QStringLiteral("--text"), QStringLiteral("x"),
                            QStringLiteral("--save-hits"), file })
                     .exitCode,
            2);
    }

    void dumpWritesRawBundlesAndCores()
    {
        QTemporaryDir dir;
        // Raw: the same bytes `read --raw` prints, in a file only the user can read.
        const QString raw = dir.filePath(QStringLiteral("heap.bin"));
        const Run dumped = runCli({ QStringLiteral("dump"), m_pid, QStringLiteral("--region"), QStringLiteral("[heap]"),
            QStringLiteral("-o"), raw });
        QCOMPARE(dumped.exitCode, 0);
        QVERIFY2(dumped.err.contains("wrote " + raw.toUtf8()), dumped.err);
        QFile file(raw);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const Run read = runCli({ QStringLiteral("read"), m_pid, QStringLiteral("[heap]"),
            QString::number(bytes.size()), QStringLiteral("--raw") });
        QCOMPARE(read.exitCode, 0);
        QVERIFY(bytes == read.out); // the fixture's heap does not change while it sleeps
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(raw).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        // An existing file stays unless --force.
        const Run again = runCli({ QStringLiteral("dump"), m_pid, QStringLiteral("--region"), QStringLiteral("[heap]"),
            QStringLiteral("-o"), raw });
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already exists") && again.err.contains("--force"), again.err);
        QCOMPARE(runCli({ QStringLiteral("dump"), m_pid, QStringLiteral("--region"), QStringLiteral("[stack]"),
                            QStringLiteral("-o"), raw, QStringLiteral("--force") })
                     .exitCode,
            0);
        // A bundle of everything readable, with its manifest.
        const QString bundle = dir.filePath(QStringLiteral("bundle"));
        QCOMPARE(runCli({ QStringLiteral("dump"), m_pid, QStringLiteral("--all"), QStringLiteral("--format"),
                            QStringLiteral("bundle"), QStringLiteral("-o"), bundle })
                     .exitCode,
            0);
        QVERIFY(QFile::exists(bundle + QStringLiteral("/manifest.json")));
        QVERIFY(QFile::exists(bundle + QStringLiteral("/maps")));
        // Bad uses.
        QCOMPARE(runCli({ QStringLiteral("dump"), m_pid, QStringLiteral("-o"), raw }).exitCode, 2);
        QCOMPARE(runCli({ QStringLiteral("dump"), m_pid, QStringLiteral("--all"), QStringLiteral("--format"),
                            QStringLiteral("zip"), QStringLiteral("-o"), raw })
                     .exitCode,
            2);
        const Run unknown = runCli({ QStringLiteral("dump"), m_pid, QStringLiteral("--region"),
            QStringLiteral("libnope.so"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x")) });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("No mapping is named 'libnope.so'"), unknown.err);
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS"))); // released after each
    }

    void gdbReadsOurCoreLikeTheLiveProcess()
    {
        const QString gdb = QStandardPaths::findExecutable(QStringLiteral("gdb"));
        if (gdb.isEmpty())
            QSKIP("gdb is not installed (scripts/setup installs it)");
        QTemporaryDir dir;
        const QString core = dir.filePath(QStringLiteral("core"));
        const Run dumped = runCli({ QStringLiteral("dump"), m_pid, QStringLiteral("--format"), QStringLiteral("core"),
            QStringLiteral("-o"), core });
        QCOMPARE(dumped.exitCode, 0);
        const Address heapString = m_fixture.address(QStringLiteral("heap_string"));
        const Address int32 = m_fixture.address(QStringLiteral("int32"));
        QProcess p;
        p.start(gdb,
            { QStringLiteral("-batch"), QStringLiteral("-nx"), QStringLiteral("-ex"), QStringLiteral("info threads"),
                QStringLiteral("-ex"), QStringLiteral("x/s %1").arg(hex(heapString)), QStringLiteral("-ex"),
                QStringLiteral("x/wx %1").arg(hex(int32)), QString::fromLocal8Bit(PROCGLASS_FIXTURE_PATH), core });
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY2(out.contains("\"PROCGLASS-HEAP-STRING\""), out);
        QVERIFY2(out.contains("0x1baccafe"), out);
        // Every thread, each with its registers: the main thread and the fixture's three counters.
        int rows = 0;
        for (const QByteArray& line : out.split('\n')) {
            if ((line.startsWith("  ") || line.startsWith("* ")) && line.contains(" (LWP "))
                ++rows; // a row of "info threads"
        }
        QCOMPARE(rows, 4);
        QVERIFY2(out.contains("(LWP " + m_pid.toUtf8() + ")"), out);
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
    }

    void disasmAndSymbolNameWhatTheyShow()
    {
        const Run d
            = runCli({ QStringLiteral("disasm"), m_pid, QStringLiteral("__vdso_clock_gettime"), QStringLiteral("5") });
        QCOMPARE(d.exitCode, 0);
        const QList<QByteArray> lines = d.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        const QList<QByteArray> first = lines[0].split('\t');
        QCOMPARE(first.size(), 4); // address, symbol+offset, bytes, instruction
        QCOMPARE(first[1], QByteArray("[vdso]!__vdso_clock_gettime"));
        QVERIFY2(lines[1].split('\t')[1].startsWith("[vdso]!__vdso_clock_gettime+0x"), lines[1]);
        const Run att = runCli({ QStringLiteral("disasm"), m_pid, QString::fromLatin1(first[0]), QStringLiteral("3"),
            QStringLiteral("--att") });
        QCOMPARE(att.exitCode, 0);
        QVERIFY2(att.out.contains('%'), att.out); // AT&T registers
        const Run sym = runCli({ QStringLiteral("symbol"), m_pid, QString::fromLatin1(lines[1].split('\t')[0]) });
        QCOMPARE(sym.exitCode, 0);
        QCOMPARE(sym.out.trimmed(), lines[1].split('\t')[1]);
        const Run none = runCli({ QStringLiteral("disasm"), m_pid, QStringLiteral("no_such_symbol_anywhere") });
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains("neither an address nor a symbol"), none.err);
        QCOMPARE(
            runCli({ QStringLiteral("disasm"), m_pid, QStringLiteral("[vdso]"), QStringLiteral("0") }).exitCode, 2);
    }

    void badSearchPatternIsUsage()
    {
        const Run r = runCli({ QStringLiteral("search"), m_pid, QStringLiteral("--hex"), QStringLiteral("48 6g") });
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(
            r.err, QByteArray("procglass-cli: 'g' at position 5 is not a hex digit (0-9, a-f) or a ? wildcard.\n"));
        QCOMPARE(runCli({ QStringLiteral("search"), m_pid, QStringLiteral("--int"), QStringLiteral("300"),
                            QStringLiteral("--width"), QStringLiteral("8") })
                     .exitCode,
            2);
        QCOMPARE(runCli({ QStringLiteral("search"), m_pid }).exitCode, 2);
        const Run range = runCli({ QStringLiteral("search"), m_pid, QStringLiteral("--hex"), QStringLiteral("00"),
            QStringLiteral("--range"), QStringLiteral("0x2000-0x1000") });
        QCOMPARE(range.exitCode, 2);
        QVERIFY2(range.err.contains("is empty: its end must lie after its start"), range.err);
        if (SearchPattern::regexAvailable()) {
            const Run regex
                = runCli({ QStringLiteral("search"), m_pid, QStringLiteral("--regex"), QStringLiteral("(unclosed") });
            QCOMPARE(regex.exitCode, 2);
            QVERIFY2(regex.err.contains("The regular expression (unclosed is not valid"), regex.err);
        }
    }

    void holdsTargetForTheCommandsDuration()
    {
        int fd = -1;
        const pid_t cli
            = spawnBlocked({ QStringLiteral("read"), m_pid, hex(m_fixture.address(QStringLiteral("random"))),
                               QString::number(64 << 20) },
                &fd);
        QVERIFY(cli > 0);
        // The CLI stops every thread, then blocks writing to the pipe: the target stays stopped.
        QVERIFY2(waitForThreadStates(m_fixture.pid(), QStringLiteral("t")), qPrintable(threadStates(m_fixture.pid())));
        QThread::msleep(100);
        QCOMPARE(threadStates(m_fixture.pid()), QStringLiteral("tttt"));
        QCOMPARE(drainAndWait(cli, fd), 0);
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
    }

    void noStopLeavesTargetRunning()
    {
        int fd = -1;
        const pid_t cli
            = spawnBlocked({ QStringLiteral("read"), m_pid, hex(m_fixture.address(QStringLiteral("random"))),
                               QString::number(64 << 20), QStringLiteral("--no-stop") },
                &fd);
        QVERIFY(cli > 0);
        QThread::msleep(200);
        QVERIFY(!threadStates(m_fixture.pid()).contains(u't'));
        QCOMPARE(drainAndWait(cli, fd), 0);
    }

    void killedCliLeavesTargetRunning()
    {
        int fd = -1;
        const pid_t cli
            = spawnBlocked({ QStringLiteral("read"), m_pid, hex(m_fixture.address(QStringLiteral("random"))),
                               QString::number(64 << 20), QStringLiteral("--raw") },
                &fd);
        QVERIFY(cli > 0);
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("t")));
        ::kill(cli, SIGKILL);
        QCOMPARE(drainAndWait(cli, fd), -SIGKILL);
        // The kernel detached every thread when the tracer died.
        QVERIFY2(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")), qPrintable(threadStates(m_fixture.pid())));
    }

    void stoppedTargetStaysStopped()
    {
        ::kill(m_fixture.pid(), SIGSTOP);
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("T")));
        const Run r = runCli({ QStringLiteral("read"), m_pid, QStringLiteral("[heap]"), QStringLiteral("16") });
        QCOMPARE(r.exitCode, 0);
        QThread::msleep(50);
        QCOMPARE(threadStates(m_fixture.pid()), QStringLiteral("TTTT"));
        ::kill(m_fixture.pid(), SIGCONT);
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
    }

    void permissionDeniedSaysWhyAndHowToFix()
    {
        if (geteuid() != 0)
            QSKIP("needs root, to run the CLI as another (unprivileged) user with setpriv");
        const QStringList asNobody { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups"), QStringLiteral("--inh-caps=-all"),
            QStringLiteral("--bounding-set=-all") };
        const Run probe = runCli({ QStringLiteral("--version") }, QStringList { QStringLiteral("setpriv") } + asNobody);
        if (probe.exitCode != 0)
            QSKIP(qPrintable(
                QStringLiteral("user nobody cannot run %1 (%2)").arg(cliPath(), QString::fromLocal8Bit(probe.err))));
        for (const QStringList& args : { QStringList { QStringLiteral("maps"), m_pid },
                 QStringList { QStringLiteral("read"), m_pid, QStringLiteral("0x1000"), QStringLiteral("16") } }) {
            const Run r = runCli(args, QStringList { QStringLiteral("setpriv") } + asNobody);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("permission denied"), r.err);
            QVERIFY2(r.err.contains("belongs to user root (uid 0)"), r.err);
            QVERIFY2(r.err.contains("runs as user nobody (uid 65534)"), r.err);
            QVERIFY2(r.err.contains("CAP_SYS_PTRACE"), r.err);
            QCOMPARE(r.err.count('\n'), 1); // one sentence block, one line
        }
    }

    // These aborted the CLI inside Vectorscan ("buffer overflow detected") on any heap.
    void regexesThatAbortedVectorscanSearchTheHeap()
    {
        for (const char* e : { "\\d+ms", "b+\\x80", "x+\\x00", ".+\\xff\\xfe" }) {
            const Run r = runCli({ QStringLiteral("search"), m_pid, QStringLiteral("--regex"), QString::fromLatin1(e),
                QStringLiteral("--scope"), QStringLiteral("heap") });
            QVERIFY2(r.exitCode == 0 || r.exitCode == 1,
                qPrintable(QString::fromLatin1(e) + QLatin1Char(0x20) + QString::fromLocal8Bit(r.err)));
            QVERIFY2(!r.err.contains("buffer overflow"), r.err);
        }
    }

    // Issue 15, finding 12: --scope program-data finds the program's own copy of a value, not a
    // library's. The address of argv[0] is on the stack (argv) and in libc (program_invocation_name).
    void programDataLeavesTheLibrariesCopiesOut()
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_pid));
        QVERIFY(stat.open(QIODevice::ReadOnly));
        const QByteArray fields = stat.readAll();
        const QList<QByteArray> after = fields.mid(fields.lastIndexOf(')') + 2).split(' ');
        QVERIFY(after.size() > 45);
        const QString argStart = hex(after[45].toULongLong()); // field 48, arg_start
        auto kinds = [&](const QString& scope) {
            const Run r = runCli(
                { QStringLiteral("search"), m_pid, QStringLiteral("--int"), argStart, QStringLiteral("--width"),
                    QStringLiteral("64"), QStringLiteral("--aligned"), QStringLiteral("--scope"), scope });
            QStringList out;
            for (const QByteArray& line : r.out.split('\n'))
                if (!line.isEmpty())
                    out << QString::fromLatin1(line.split(' ').value(2));
            return out;
        };
        const QStringList all = kinds(QStringLiteral("all"));
        QVERIFY2(all.contains(QStringLiteral("library")), qPrintable(all.join(u' '))); // libc's copy
        const QStringList data = kinds(QStringLiteral("program-data"));
        QVERIFY2(data.contains(QStringLiteral("stack")), qPrintable(data.join(u' ')));
        QVERIFY2(!data.contains(QStringLiteral("library")), qPrintable(data.join(u' ')));
        const Run ints = runCli({ QStringLiteral("search"), m_pid, QStringLiteral("--int"), QStringLiteral("464308990"),
            QStringLiteral("--scope"), QStringLiteral("program-data") });
        QVERIFY2(ints.out.startsWith(hex(m_fixture.address(QStringLiteral("int32"))).toLatin1() + ' '), ints.out);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
