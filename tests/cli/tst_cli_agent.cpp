// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// procglass-cli --agent 'COMMAND' (issue 17): the same outputs through bin/procglass-agent as in
// process, dumps written here and on the agent's side, and what a failed or lost connection says.
// The tests that need the real agent skip, with the reason, until it is built.
#include "fixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <elf.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

namespace {

using Run = ProgramRun;

QString hex(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

// bin/procglass-agent next to the CLI under test (PROCGLASS_TEST_AGENT names another).
QString agentPath()
{
    if (qEnvironmentVariableIsSet("PROCGLASS_TEST_AGENT"))
        return qEnvironmentVariable("PROCGLASS_TEST_AGENT");
    return QFileInfo(QStringLiteral(PROCGLASS_CLI_PATH)).dir().filePath(QStringLiteral("procglass-agent"));
}

// The notes of an ELF core, as (type, descriptor) in file order; empty if it is not one.
std::vector<std::pair<quint32, QByteArray>> coreNotes(const QByteArray& core)
{
    std::vector<std::pair<quint32, QByteArray>> notes;
    Elf64_Ehdr eh {};
    if (core.size() < qsizetype(sizeof eh))
        return notes;
    std::memcpy(&eh, core.constData(), sizeof eh);
    if (std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 || eh.e_type != ET_CORE || eh.e_phnum == 0
        || eh.e_phoff + sizeof(Elf64_Phdr) > quint64(core.size()))
        return notes;
    Elf64_Phdr ph {};
    std::memcpy(&ph, core.constData() + eh.e_phoff, sizeof ph);
    if (ph.p_type != PT_NOTE || ph.p_offset + ph.p_filesz > quint64(core.size()))
        return notes;
    for (quint64 at = ph.p_offset; at + sizeof(Elf64_Nhdr) <= ph.p_offset + ph.p_filesz;) {
        Elf64_Nhdr nh {};
        std::memcpy(&nh, core.constData() + at, sizeof nh);
        at += sizeof nh + (quint64(nh.n_namesz) + 3) / 4 * 4;
        if (at + nh.n_descsz > quint64(core.size()))
            break;
        notes.emplace_back(nh.n_type, core.mid(qsizetype(at), qsizetype(nh.n_descsz)));
        at += (quint64(nh.n_descsz) + 3) / 4 * 4;
    }
    return notes;
}

// The program headers of an ELF core (its memory layout), as bytes.
QByteArray coreProgramHeaders(const QByteArray& core)
{
    Elf64_Ehdr eh {};
    if (core.size() < qsizetype(sizeof eh))
        return {};
    std::memcpy(&eh, core.constData(), sizeof eh);
    return core.mid(qsizetype(eh.e_phoff), qsizetype(eh.e_phnum) * qsizetype(sizeof(Elf64_Phdr)));
}

} // namespace

class TestCliAgent : public QObject
{
    Q_OBJECT
    Fixture m_fixture;
    QString m_pid;
    QString m_agent; // "--agent" and this: the real agent
    QString m_skip; // why the tests that need the real agent skip

    QStringList viaAgent(const QStringList& args) const
    {
        return QStringList { QStringLiteral("--agent"), m_agent } + args;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start({ QStringLiteral("--random-size"), QString::number(4 << 20) }),
            qPrintable(m_fixture.error()));
        m_pid = QString::number(m_fixture.pid());
        m_agent = agentPath();
        if (!QFileInfo(m_agent).isExecutable()) {
            m_skip = QStringLiteral("%1 does not exist (the agent is not built yet)").arg(m_agent);
            return;
        }
        const Run probe = runCli(viaAgent({ QStringLiteral("status"), m_pid }));
        if (probe.err.contains("not built yet"))
            m_skip
                = QStringLiteral("connectAgent is a placeholder: %1").arg(QString::fromLocal8Bit(probe.err.trimmed()));
    }

    // -------- without the agent: options, usage and help --------

    void onAgentWithoutAgentIsAUsageError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("heap.raw"));
        const Run r = runCli({ QStringLiteral("dump"), m_pid, QStringLiteral("--region"), QStringLiteral("[heap]"),
            QStringLiteral("-o"), path, QStringLiteral("--on-agent") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--agent"), r.err.constData());
        QVERIFY(!QFileInfo::exists(path));
    }

    void agentOptionNeedsACommand()
    {
        for (const QStringList& args : { QStringList { QStringLiteral("--agent") },
                 QStringList { QStringLiteral("--agent"), QString(), QStringLiteral("ps") },
                 QStringList { QStringLiteral("--agent="), QStringLiteral("ps") } }) {
            const Run r = runCli(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("--agent needs the command"), r.err.constData());
        }
    }

    void helpNamesTheAgentAndItsTransports()
    {
        const Run main = runCli({ QStringLiteral("--help") });
        QCOMPARE(main.exitCode, 0);
        for (const char* word : { "--agent 'COMMAND'", "pkexec procglass-agent", "ssh HOST procglass-agent",
                 "docker exec -i", "kubectl exec -i", "nsenter -t", "--on-agent" })
            QVERIFY2(main.out.contains(word), word);
        for (const char* command :
            { "ps", "maps", "read", "search", "rescan", "dump", "disasm", "symbol", "explain", "auxv", "status" }) {
            const Run r = runCli({ QLatin1StringView(command), QStringLiteral("--help") });
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("--agent 'COMMAND'"), command);
        }
        const Run dump = runCli({ QStringLiteral("dump"), QStringLiteral("--help") });
        QVERIFY(dump.out.contains("--on-agent"));
    }

    // A command that ends before the greeting: exit 1, and what it said is what the user reads.
    void aCommandThatFailsIsAnError()
    {
        const Run f = runCli({ QStringLiteral("--agent"), QStringLiteral("false"), QStringLiteral("maps"), m_pid });
        QCOMPARE(f.exitCode, 1);
        QVERIFY2(f.err.startsWith("procglass-cli: "), f.err.constData());
        QVERIFY(f.out.isEmpty());
        const Run nope = runCli({ QStringLiteral("--agent"), QStringLiteral("sh -c \"echo nope >&2; exit 1\""),
            QStringLiteral("maps"), m_pid });
        QCOMPARE(nope.exitCode, 1);
        QVERIFY(nope.out.isEmpty());
        if (nope.err.contains("not built yet"))
            QSKIP(
                qPrintable(QStringLiteral("connectAgent is a placeholder: %1").arg(QString::fromLocal8Bit(nope.err))));
        QVERIFY2(nope.err.contains("nope"), nope.err.constData());
        // Nothing was stopped on the way.
        QVERIFY(!threadStates(m_fixture.pid()).contains(u't'));
    }

    // status reads through Host::readProcFile, not an opened target: a process whose memory the
    // user may not read still has a status anyone may read (as `cat /proc/PID/status`).
    void statusNeedsNoMemoryAccess()
    {
        if (geteuid() != 0)
            QSKIP("needs root, to run the CLI as another (unprivileged) user with setpriv");
        const QStringList asNobody { QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
            QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups") };
        const Run probe = runCli({ QStringLiteral("--version") }, asNobody);
        if (probe.exitCode != 0)
            QSKIP(qPrintable(
                QStringLiteral("user nobody cannot run %1 (%2)").arg(cliPath(), QString::fromLocal8Bit(probe.err))));
        const Run root = runCli({ QStringLiteral("status"), m_pid });
        QVERIFY2(root.exitCode == 0, root.err.constData());
        const Run nobody = runCli({ QStringLiteral("status"), m_pid }, asNobody);
        QVERIFY2(nobody.exitCode == 0, nobody.err.constData());
        QCOMPARE(nobody.out, root.out);
        // Its memory stays closed to nobody.
        const Run memory
            = runCli({ QStringLiteral("read"), m_pid, QStringLiteral("[heap]"), QStringLiteral("16") }, asNobody);
        QCOMPARE(memory.exitCode, 1);
        QVERIFY2(memory.err.contains("permission denied"), memory.err.constData());
    }

    // -------- through the real agent --------

    // An agent run as nobody still gives root's process's status (anyone may read it), without
    // opening the memory, which nobody may not.
    void statusThroughAnAgentNeedsNoMemoryAccess()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        if (geteuid() != 0)
            QSKIP("needs root, to run the agent as another (unprivileged) user with setpriv");
        const QStringList asNobody { QStringLiteral("--agent"),
            QStringLiteral("setpriv --reuid=65534 --regid=65534 --clear-groups ") + m_agent };
        const Run root = runCli({ QStringLiteral("status"), m_pid });
        QVERIFY2(root.exitCode == 0, root.err.constData());
        const Run nobody = runCli(asNobody + QStringList { QStringLiteral("status"), m_pid });
        QVERIFY2(nobody.exitCode == 0, nobody.err.constData());
        QVERIFY(nobody.out.contains("procglass-demo"));
        const Run memory = runCli(
            asNobody + QStringList { QStringLiteral("read"), m_pid, QStringLiteral("[heap]"), QStringLiteral("16") });
        QCOMPARE(memory.exitCode, 1);
        QVERIFY2(memory.err.contains("permission denied"), memory.err.constData());
    }

    void psListsTheFixture()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        const Run r = runCli(viaAgent({ QStringLiteral("ps"), QStringLiteral("--json") }));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        bool found = false;
        for (const auto& v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("pid")).toInt() == m_fixture.pid()) {
                found = true;
                QCOMPARE(o.value(QStringLiteral("executable")).toString(), fixturePath());
            }
        }
        QVERIFY(found);
    }

    void sameOutputsAsInProcess_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString heap = hex(m_fixture.address(QStringLiteral("heap_string")));
        const QString int32 = hex(m_fixture.address(QStringLiteral("int32")));
        QTest::newRow("maps --json") << QStringList { QStringLiteral("maps"), m_pid, QStringLiteral("--json") };
        QTest::newRow("maps") << QStringList { QStringLiteral("maps"), m_pid };
        QTest::newRow("read") << QStringList { QStringLiteral("read"), m_pid, heap, QStringLiteral("256") };
        QTest::newRow("read --raw") << QStringList { QStringLiteral("read"), m_pid, heap, QStringLiteral("4096"),
            QStringLiteral("--raw") };
        QTest::newRow("read unreadable") << QStringList { QStringLiteral("read"), m_pid,
            hex(m_fixture.address(QStringLiteral("hole")) - 16), QStringLiteral("64") };
        QTest::newRow("read symbol") << QStringList { QStringLiteral("read"), m_pid, QStringLiteral("libc.so.6!malloc"),
            QStringLiteral("32") };
        QTest::newRow("search --int") << QStringList { QStringLiteral("search"), m_pid, QStringLiteral("--int"),
            QString::number(m_fixture.number(QStringLiteral("int32_value"))), QStringLiteral("--scope"),
            QStringLiteral("program-data") };
        QTest::newRow("search --text --json") << QStringList { QStringLiteral("search"), m_pid,
            QStringLiteral("--text"), QStringLiteral("PROCGLASS"), QStringLiteral("--json") };
        QTest::newRow("status --json") << QStringList { QStringLiteral("status"), m_pid, QStringLiteral("--json") };
        QTest::newRow("auxv") << QStringList { QStringLiteral("auxv"), m_pid };
        QTest::newRow("auxv --json") << QStringList { QStringLiteral("auxv"), m_pid, QStringLiteral("--json") };
        QTest::newRow("explain") << QStringList { QStringLiteral("explain"), m_pid, int32 };
        QTest::newRow("symbol") << QStringList { QStringLiteral("symbol"), m_pid, QStringLiteral("libc.so.6!malloc") };
        QTest::newRow("disasm") << QStringList { QStringLiteral("disasm"), m_pid, QStringLiteral("libc.so.6!malloc"),
            QStringLiteral("8") };
    }

    void sameOutputsAsInProcess()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        QFETCH(QStringList, args);
        // A thread stack is told from anonymous memory by the thread's stack pointer, which the
        // kernel shows only while the thread is off the CPU: on a loaded machine the fixture's
        // counter thread can be on it at every look, and one run would say "anonymous" where the
        // other says "thread stack". Stopped (SIGSTOP), every thread answers the same both times.
        const bool maps = args.first() == QStringLiteral("maps");
        if (maps)
            QVERIFY(::kill(m_fixture.pid(), SIGSTOP) == 0);
        auto resume = qScopeGuard([&] {
            if (maps)
                ::kill(m_fixture.pid(), SIGCONT);
        });
        if (maps)
            QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("T")));
        const Run here = runCli(args);
        const Run there = runCli(viaAgent(args));
        resume.dismiss();
        if (maps)
            QVERIFY(::kill(m_fixture.pid(), SIGCONT) == 0);
        QVERIFY2(here.exitCode == 0 || here.exitCode == 3, here.err.constData());
        QCOMPARE(there.exitCode, here.exitCode);
        QVERIFY(!here.out.isEmpty());
        QCOMPARE(there.out, here.out);
        QCOMPARE(there.err, here.err); // the unreadable ranges a read names
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
    }

    void rescanThroughTheAgent()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        QTemporaryDir dir;
        const QString hits = dir.filePath(QStringLiteral("hits"));
        const QString value = QString::number(m_fixture.number(QStringLiteral("int32_value")));
        const Run search = runCli(viaAgent({ QStringLiteral("search"), m_pid, QStringLiteral("--int"), value,
            QStringLiteral("--scope"), QStringLiteral("program-data"), QStringLiteral("--save-hits"), hits }));
        QVERIFY2(search.exitCode == 0, search.err.constData());
        QVERIFY(search.out.contains(hex(m_fixture.address(QStringLiteral("int32"))).toUtf8()));
        const Run rescan
            = runCli(viaAgent({ QStringLiteral("rescan"), m_pid, hits, QStringLiteral("--equal"), value }));
        QVERIFY2(rescan.exitCode == 0, rescan.err.constData());
        QVERIFY(rescan.out.contains(hex(m_fixture.address(QStringLiteral("int32"))).toUtf8()));
    }

    // -o PATH through the agent: the bytes travel and the file is written here, the same bytes as
    // in process; --on-agent: the agent writes it on its side (here the same machine).
    void dumpHereAndOnTheAgent()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        QTemporaryDir dir;
        const Address file = m_fixture.address(QStringLiteral("file_map"));
        const QString range = hex(file) + u'-' + hex(file + m_fixture.number(QStringLiteral("file_size")));
        auto dump = [&](const QString& name, const QStringList& extra, bool agent) {
            const QStringList args = QStringList { QStringLiteral("dump"), m_pid, QStringLiteral("--region"), range,
                QStringLiteral("-o"), dir.filePath(name) }
                + extra;
            return runCli(agent ? viaAgent(args) : args);
        };
        const Run local = dump(QStringLiteral("local.raw"), {}, false);
        QVERIFY2(local.exitCode == 0, local.err.constData());
        const Run here = dump(QStringLiteral("here.raw"), {}, true);
        QVERIFY2(here.exitCode == 0, here.err.constData());
        const Run there = dump(QStringLiteral("there.raw"), { QStringLiteral("--on-agent") }, true);
        QVERIFY2(there.exitCode == 0, there.err.constData());
        QVERIFY2(there.err.contains("on the agent's machine"), there.err.constData());
        const QByteArray bytes = fileBytes(dir.filePath(QStringLiteral("local.raw")));
        QCOMPARE(bytes.size(), qsizetype(m_fixture.number(QStringLiteral("file_size"))));
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("here.raw"))), bytes);
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("there.raw"))), bytes);
        for (const char* name : { "here.raw", "there.raw" }) {
            struct stat st
            {
            };
            QCOMPARE(stat(QFile::encodeName(dir.filePath(QLatin1StringView(name))).constData(), &st), 0);
            QCOMPARE(st.st_mode & 07777, mode_t(0600));
        }
        // An existing file stays as it is without --force, wherever it is written.
        const Run again = dump(QStringLiteral("here.raw"), {}, true);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("--force"), again.err.constData());
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
    }

    // A core written here from the agent's target: its registers come from the agent's hold, its
    // memory and facts through the connection; layout and facts as the in-process core's.
    void coreThroughTheAgent()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        QTemporaryDir dir;
        const QString here = dir.filePath(QStringLiteral("core.here"));
        const QString there = dir.filePath(QStringLiteral("core.agent"));
        const Run a = runCli({ QStringLiteral("dump"), m_pid, QStringLiteral("--format"), QStringLiteral("core"),
            QStringLiteral("-o"), here });
        QVERIFY2(a.exitCode == 0, a.err.constData());
        const Run b = runCli(viaAgent({ QStringLiteral("dump"), m_pid, QStringLiteral("--format"),
            QStringLiteral("core"), QStringLiteral("-o"), there }));
        QVERIFY2(b.exitCode == 0, b.err.constData());
        const QByteArray coreHere = fileBytes(here);
        const QByteArray coreThere = fileBytes(there);
        QCOMPARE(coreProgramHeaders(coreThere), coreProgramHeaders(coreHere));
        const auto notesHere = coreNotes(coreHere);
        const auto notesThere = coreNotes(coreThere);
        QCOMPARE(notesThere.size(), notesHere.size());
        int threads = 0;
        for (size_t i = 0; i < notesHere.size(); ++i) {
            QCOMPARE(notesThere[i].first, notesHere[i].first);
            if (notesHere[i].first == NT_PRSTATUS)
                ++threads;
            // Registers differ from one stop to the next; what the process is does not.
            if (notesHere[i].first == NT_PRPSINFO || notesHere[i].first == NT_AUXV || notesHere[i].first == NT_FILE)
                QCOMPARE(notesThere[i].second, notesHere[i].second);
        }
        QCOMPARE(threads, 4);
        // Written on the agent's side: the registers are read on the hold's own thread (ptrace
        // answers only the tracer), the file by another.
        const QString onAgent = dir.filePath(QStringLiteral("core.onagent"));
        const Run c = runCli(viaAgent({ QStringLiteral("dump"), m_pid, QStringLiteral("--format"),
            QStringLiteral("core"), QStringLiteral("-o"), onAgent, QStringLiteral("--on-agent") }));
        QVERIFY2(c.exitCode == 0, c.err.constData());
        const QByteArray coreOnAgent = fileBytes(onAgent);
        QCOMPARE(coreProgramHeaders(coreOnAgent), coreProgramHeaders(coreHere));
        int threadsOnAgent = 0;
        for (const auto& note : coreNotes(coreOnAgent))
            threadsOnAgent += note.first == NT_PRSTATUS ? 1 : 0;
        QCOMPARE(threadsOnAgent, 4);
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
    }

    // The agent dies mid-command (its connection is lost): the command says so and fails, and the
    // target runs on (the kernel let the agent's hold go).
    void aLostConnectionIsSaid()
    {
        if (!m_skip.isEmpty())
            QSKIP(qPrintable(m_skip));
        // stdout on a pipe nobody reads yet: the CLI blocks in write() after the first MiB, held;
        // its stderr into a file (the shell execs the CLI: the same pid).
        QTemporaryDir dir;
        const QString errPath = dir.filePath(QStringLiteral("stderr"));
        int readEnd = -1;
        const pid_t cli = spawnWithPipe(QStringLiteral("/bin/sh"),
            QStringList { QStringLiteral("-c"), QStringLiteral("exec \"$0\" \"$@\" 2>'%1'").arg(errPath), cliPath() }
                + viaAgent({ QStringLiteral("read"), m_pid, hex(m_fixture.address(QStringLiteral("random"))),
                    QString::number(4 << 20), QStringLiteral("--raw") }),
            &readEnd);
        QVERIFY(cli > 0);
        bool reaped = false;
        const auto cleanup = qScopeGuard([&] {
            if (!reaped) { // a check failed: do not leave the CLI (and its agent's hold) behind
                ::kill(cli, SIGKILL);
                ::close(readEnd);
                waitpid(cli, nullptr, 0);
            }
        });
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("t")));
        // The agent is the CLI's child (the command is run directly, without a shell), started by
        // whichever of its threads.
        QStringList children;
        for (const QString& task :
            QDir(QStringLiteral("/proc/%1/task").arg(cli)).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            children += QString::fromLatin1(fileBytes(QStringLiteral("/proc/%1/task/%2/children").arg(cli).arg(task)))
                            .split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(!children.isEmpty(), "the agent is not the CLI's child");
        for (const QString& child : children)
            ::kill(pid_t(child.toInt()), SIGKILL);
        QVERIFY(waitForThreadStates(m_fixture.pid(), QStringLiteral("RS")));
        char buf[65536];
        while (::read(readEnd, buf, sizeof buf) > 0) { }
        int status = 0;
        QCOMPARE(waitpid(cli, &status, 0), cli);
        reaped = true;
        ::close(readEnd);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 1);
        const QByteArray err = fileBytes(errPath);
        QVERIFY2(err.startsWith("procglass-cli: "), err.constData());
        QVERIFY2(err.contains("agent") || err.contains("connection"), err.constData());
        QVERIFY2(!err.contains("unreadable"), err.constData()); // a lost connection is not unreadable memory
    }
};

QTEST_GUILESS_MAIN(TestCliAgent)
#include "tst_cli_agent.moc"
