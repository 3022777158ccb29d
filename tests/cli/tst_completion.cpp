// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later
//
// Issue 19: procglass-cli's bash completion (helpdocs/procglass-cli.bash, made by docs/man/generate)
// run as bash runs it: COMP_WORDS and COMP_CWORD set, _procglass_cli called, COMPREPLY read.
// Commands and each command's options as --help lists them, PIDs with their names, the mappings
// of the given PID for --region, the fixed values of --format, --type and --width.
#include "fixture.h"
#include "helptext.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace procglass::test;

namespace {

const QString kBashCompletion = QStringLiteral("/usr/share/bash-completion/bash_completion");

QString completionFile()
{
    return QStringLiteral(PROCGLASS_HELPDOCS_DIR "/procglass-cli.bash");
}

// COMPREPLY for the command line `words`, the cursor at the end of the last word.
QStringList complete(const QStringList& words, const QString& directory = {})
{
    // The words travel as arguments, so that no quoting stands between them and COMP_WORDS.
    const QString script = QStringLiteral(R"(
        source "$1" || exit 90
        source "$2" || exit 91
        shift 2
        COMP_WORDS=("$@")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        COMP_LINE="${COMP_WORDS[*]}"
        COMP_POINT=${#COMP_LINE}
        _procglass_cli
        ((${#COMPREPLY[@]})) && printf '%s\n' "${COMPREPLY[@]}"
        exit 0
    )");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    if (!directory.isEmpty())
        p.setWorkingDirectory(directory);
    p.start(QStringLiteral("bash"),
        QStringList { QStringLiteral("-c"), script, QStringLiteral("bash"), kBashCompletion, completionFile() }
            + words);
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        qWarning("bash did not finish");
        return { QStringLiteral("<timeout>") };
    }
    if (p.exitCode() != 0 || !p.readAllStandardError().isEmpty())
        qWarning("bash: exit %d", p.exitCode());
    return QString::fromUtf8(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

// A command's --help in English.
QString commandHelp(const QString& command)
{
    return runProgram(cliPath(), { command, QStringLiteral("--help") }).outText();
}

// The description of one option in a Qt help text, its wrapped lines joined.
QString optionDescription(const QString& help, const QString& option)
{
    QString text;
    bool on = false;
    for (const QString& line : help.split(u'\n')) {
        if (on && line.startsWith(QLatin1StringView("   ")))
            text += u' ' + line.trimmed();
        else if (on)
            break;
        else if (line.startsWith(QStringLiteral("  ") + option + u' '))
            on = true, text = line.mid(2).section(QStringLiteral("  "), 1).trimmed();
    }
    return text;
}

QSet<QString> setOf(const QStringList& list)
{
    return QSet<QString>(list.begin(), list.end());
}

QString sorted(QStringList list)
{
    list.sort();
    return list.join(u' ');
}

} // namespace

class TestCompletion : public QObject
{
    Q_OBJECT
    Fixture m_fixture;
    QString m_pid;
    QString m_comm;

private slots:
    void initTestCase()
    {
        if (!QFile::exists(kBashCompletion))
            QSKIP("bash-completion is not installed (scripts/setup installs it)");
        QVERIFY2(QFile::exists(completionFile()), qPrintable(completionFile()));
        QVERIFY2(m_fixture.start(), qPrintable(m_fixture.error()));
        m_pid = QString::number(m_fixture.pid());
        m_comm = QString::fromUtf8(fileBytes(QStringLiteral("/proc/%1/comm").arg(m_pid))).trimmed();
        QVERIFY(!m_comm.isEmpty());
    }

    void commands()
    {
        const QStringList all = cliCommands();
        QVERIFY(all.size() >= 13);
        QCOMPARE(sorted(complete({ QStringLiteral("procglass-cli"), QString() })), sorted(all));
        QCOMPARE(complete({ QStringLiteral("procglass-cli"), QStringLiteral("ma") }),
            QStringList { QStringLiteral("maps") });
        QCOMPARE(sorted(complete({ QStringLiteral("procglass-cli"), QStringLiteral("s") })),
            QStringLiteral("search snapshot status symbol"));
        // After the global option and its command line, still the commands.
        QCOMPARE(complete({ QStringLiteral("procglass-cli"), QStringLiteral("--agent"),
                     QStringLiteral("ssh host procglass-agent"), QStringLiteral("res") }),
            QStringList { QStringLiteral("rescan") });
        QCOMPARE(sorted(complete({ QStringLiteral("procglass-cli"), QStringLiteral("--") })),
            QStringLiteral("--agent --help --version"));
    }

    // Each command's options: exactly those of its --help.
    void options_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString& command : cliCommands())
            QTest::newRow(qPrintable(command)) << command;
    }
    void options()
    {
        QFETCH(QString, command);
        const QSet<QString> expected = helpOptions(commandHelp(command));
        QVERIFY(expected.contains(QStringLiteral("--help")));
        const QSet<QString> offered
            = setOf(complete({ QStringLiteral("procglass-cli"), command, QStringLiteral("-") }));
        QCOMPARE(
            sorted(QStringList(offered.begin(), offered.end())), sorted(QStringList(expected.begin(), expected.end())));
    }

    void optionPrefix()
    {
        QCOMPARE(sorted(complete(
                     { QStringLiteral("procglass-cli"), QStringLiteral("dump"), m_pid, QStringLiteral("--fo") })),
            QStringLiteral("--force --format"));
    }

    // The PID argument: processes as "PID (name)"; a single match is the PID alone.
    void pids()
    {
        const QStringList all = complete({ QStringLiteral("procglass-cli"), QStringLiteral("maps"), QString() });
        QVERIFY2(all.contains(QStringLiteral("%1 (%2)").arg(m_pid, m_comm)), qPrintable(all.mid(0, 20).join(u'|')));
        QVERIFY(all.size() > 2);
        const QStringList mine = complete({ QStringLiteral("procglass-cli"), QStringLiteral("status"), m_pid });
        QVERIFY(!mine.isEmpty());
        QVERIFY2(mine.contains(m_pid) || mine.contains(QStringLiteral("%1 (%2)").arg(m_pid, m_comm)),
            qPrintable(mine.join(u'|')));
        for (const QString& offered : mine)
            QVERIFY2(offered.startsWith(m_pid), qPrintable(offered));
        // By name: every process of that name, the fixture among them.
        const QStringList byName = complete({ QStringLiteral("procglass-cli"), QStringLiteral("maps"), m_comm });
        QVERIFY2(byName.contains(m_pid) || byName.contains(QStringLiteral("%1 (%2)").arg(m_pid, m_comm)),
            qPrintable(byName.join(u'|')));
        // Not the PID slot: read's LENGTH offers nothing.
        QVERIFY(complete(
            { QStringLiteral("procglass-cli"), QStringLiteral("read"), m_pid, QStringLiteral("[heap]"), QString() })
                    .isEmpty());
        // Another machine's processes are not this one's.
        QVERIFY(complete({ QStringLiteral("procglass-cli"), QStringLiteral("--agent"),
                             QStringLiteral("ssh host procglass-agent"), QStringLiteral("maps"), QString() })
                    .isEmpty());
    }

    // --region: the mappings of the given PID by name; so does ADDRESS.
    void regions()
    {
        const QStringList all = complete(
            { QStringLiteral("procglass-cli"), QStringLiteral("dump"), m_pid, QStringLiteral("--region"), QString() });
        QVERIFY2(all.contains(QStringLiteral("[heap]")), qPrintable(all.join(u'|')));
        QVERIFY2(all.contains(QStringLiteral("[stack]")), qPrintable(all.join(u'|')));
        QVERIFY2(all.contains(QFileInfo(fixturePath()).fileName()), qPrintable(all.join(u'|')));
        QVERIFY2(
            std::any_of(all.begin(), all.end(), [](const QString& s) { return s.startsWith(QStringLiteral("libc")); }),
            qPrintable(all.join(u'|')));
        QCOMPARE(complete({ QStringLiteral("procglass-cli"), QStringLiteral("snapshot"), m_pid,
                     QStringLiteral("--region"), QStringLiteral("[he") }),
            QStringList { QStringLiteral("[heap]") });
        QCOMPARE(complete({ QStringLiteral("procglass-cli"), QStringLiteral("dump"), m_pid,
                     QStringLiteral("--region=[he") }),
            QStringList { QStringLiteral("[heap]") });
        QCOMPARE(complete({ QStringLiteral("procglass-cli"), QStringLiteral("read"), m_pid, QStringLiteral("[st") }),
            QStringList { QStringLiteral("[stack]") });
        // No PID yet: nothing to name.
        QVERIFY(
            complete({ QStringLiteral("procglass-cli"), QStringLiteral("dump"), QStringLiteral("--region"), QString() })
                .isEmpty());
    }

    // Fixed values, each of them named in the option's own --help text (so that the lists in the
    // completion's template cannot drift from what the CLI says it accepts).
    void values_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("values");
        QTest::newRow("dump --format") << QStringLiteral("dump") << QStringLiteral("--format")
                                       << QStringLiteral("bundle core raw");
        QTest::newRow("search --type") << QStringLiteral("search") << QStringLiteral("--type")
                                       << QStringLiteral(
                                              "double float int16 int32 int64 int8 uint16 uint32 uint64 uint8");
        QTest::newRow("search --width") << QStringLiteral("search") << QStringLiteral("--width")
                                        << QStringLiteral("16 32 64 8");
    }
    void values()
    {
        QFETCH(QString, command);
        QFETCH(QString, option);
        QFETCH(QString, values);
        QCOMPARE(sorted(complete({ QStringLiteral("procglass-cli"), command, m_pid, option, QString() })), values);
        const QString description = optionDescription(commandHelp(command), option);
        QVERIFY2(!description.isEmpty(), qPrintable(option));
        for (const QString& value : values.split(u' '))
            QVERIFY2(QRegularExpression(QStringLiteral("\\b%1\\b").arg(value)).match(description).hasMatch(),
                qPrintable(value + QStringLiteral(" is not in: ") + description));
        QCOMPARE(complete({ QStringLiteral("procglass-cli"), command, m_pid,
                              option + QStringLiteral("=") + values.section(u' ', 0, 0).left(2) })
                     .first(),
            values.section(u' ', 0, 0));
    }

    // --scope: a comma-separated list, each item completed.
    void scope()
    {
        QCOMPARE(complete({ QStringLiteral("procglass-cli"), QStringLiteral("search"), m_pid, QStringLiteral("--scope"),
                     QStringLiteral("heap,st") }),
            QStringList { QStringLiteral("heap,stack") });
        // Exactly the kinds the CLI accepts: those its message for a wrong one lists.
        const ProgramRun wrong = runCli({ QStringLiteral("search"), m_pid, QStringLiteral("--int"), QStringLiteral("1"),
            QStringLiteral("--scope"), QStringLiteral("nonsense") });
        const QRegularExpressionMatch listed
            = QRegularExpression(QStringLiteral("is not a region kind; use (.+)$"), QRegularExpression::MultilineOption)
                  .match(wrong.errText());
        QVERIFY2(listed.hasMatch(), qPrintable(wrong.errText()));
        QStringList accepted = listed.captured(1).remove(QStringLiteral("or ")).split(QStringLiteral(", "));
        accepted.sort();
        QCOMPARE(sorted(complete({ QStringLiteral("procglass-cli"), QStringLiteral("search"), m_pid,
                     QStringLiteral("--scope"), QString() })),
            accepted.join(u' '));
    }

    // Files for -o and FILE, folders for a snapshot's -o.
    void files()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("hits.bin")), "x"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("before")));
        QCOMPARE(complete({ QStringLiteral("procglass-cli"), QStringLiteral("dump"), m_pid, QStringLiteral("-o"),
                              QStringLiteral("hi") },
                     dir.path()),
            QStringList { QStringLiteral("hits.bin") });
        QCOMPARE(complete({ QStringLiteral("procglass-cli"), QStringLiteral("rescan"), m_pid, QStringLiteral("h") },
                     dir.path()),
            QStringList { QStringLiteral("hits.bin") });
        const QStringList folders = complete(
            { QStringLiteral("procglass-cli"), QStringLiteral("snapshot"), m_pid, QStringLiteral("-o"), QString() },
            dir.path());
        QCOMPARE(folders, QStringList { QStringLiteral("before") });
    }
};

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
