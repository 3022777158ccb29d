// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later
//
// Issue 19: the manual pages made by docs/man/generate (helpdocs/*.1.gz) say what the programs'
// --help says: every command of procglass-cli, and for each program and command exactly the
// options its --help lists, no more, no fewer; and man renders them without a warning.
#include "fixture.h"
#include "helptext.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace procglass::test;

namespace {

QString helpdocs(const QString& name)
{
    return QStringLiteral(PROCGLASS_HELPDOCS_DIR "/") + name;
}

// The groff source of an installed page (gzip'ed).
QStringList pageLines(const QString& name)
{
    const ProgramRun r = runProgram(QStringLiteral("gzip"), { QStringLiteral("-dc"), helpdocs(name) });
    if (r.exitCode != 0)
        return {};
    return r.outText().split(u'\n');
}

// Groff escapes back to what a reader sees: \- is -, \e is \, fonts dropped.
QString plain(QString s)
{
    s.replace(QRegularExpression(QStringLiteral(R"(\\f[BIRP])")), QString());
    s.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    s.replace(QStringLiteral("\\e"), QStringLiteral("\\"));
    s.replace(QStringLiteral("\\&"), QString());
    return s;
}

// The options named in the tags (the line after .TP) of lines[from, to).
QSet<QString> tagOptions(const QStringList& lines, qsizetype from, qsizetype to)
{
    static const QRegularExpression option(QStringLiteral(R"((?:^|[ ,])(--?[A-Za-z0-9][-A-Za-z0-9]*))"));
    QSet<QString> found;
    for (qsizetype i = from; i + 1 < to; ++i) {
        if (lines.at(i) != QLatin1StringView(".TP"))
            continue;
        for (const auto& m : option.globalMatch(plain(lines.at(i + 1))))
            found.insert(m.captured(1));
    }
    return found;
}

// Where a section (.SH NAME) or subsection (.SS NAME) begins and ends in lines; -1 when absent.
std::pair<qsizetype, qsizetype> section(const QStringList& lines, const QString& macro, const QString& name)
{
    const QString head = macro + u' ' + name;
    const qsizetype from = lines.indexOf(head);
    if (from < 0)
        return { -1, -1 };
    qsizetype to = from + 1;
    while (to < lines.size() && !lines.at(to).startsWith(QLatin1StringView(".SH "))
        && !(macro == QLatin1StringView(".SS") && lines.at(to).startsWith(QLatin1StringView(".SS "))))
        ++to;
    return { from, to };
}

QString debug(const QSet<QString>& set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(u' ');
}

} // namespace

class TestManPages : public QObject
{
    Q_OBJECT

    static QStringList pages()
    {
        QStringList names { QStringLiteral("procglass-cli.1.gz"), QStringLiteral("procglass-agent.1.gz") };
#ifdef PROCGLASS_GUI_PATH
        names << QStringLiteral("procglass.1.gz");
#endif
        return names;
    }

private slots:
    void sections_data()
    {
        QTest::addColumn<QString>("page");
        for (const QString& page : pages())
            QTest::newRow(qPrintable(page)) << page;
    }
    void sections()
    {
        QFETCH(QString, page);
        const QStringList lines = pageLines(page);
        QVERIFY2(!lines.isEmpty(), qPrintable(helpdocs(page) + QStringLiteral(" cannot be read")));
        QStringList wanted { QStringLiteral("NAME"), QStringLiteral("SYNOPSIS"), QStringLiteral("DESCRIPTION"),
            QStringLiteral("OPTIONS"), QStringLiteral("\"EXIT STATUS\""), QStringLiteral("FILES"),
            QStringLiteral("EXAMPLES"), QStringLiteral("\"SEE ALSO\"") };
        if (page == QLatin1StringView("procglass-cli.1.gz"))
            wanted << QStringLiteral("COMMANDS");
        for (const QString& name : wanted) {
            const bool found = lines.contains(QStringLiteral(".SH ") + name)
                || lines.contains(QStringLiteral(".SH ") + QString(name).remove(u'"'));
            QVERIFY2(found, qPrintable(page + QStringLiteral(" has no section ") + name));
        }
        // The footer a reader sees names the release's date (the changelog's, or SOURCE_DATE_EPOCH's).
        const QStringList th = lines.filter(QRegularExpression(QStringLiteral("^\\.TH ")));
        QCOMPARE(th.size(), 1);
        QVERIFY2(th.front().contains(
                     QRegularExpression(QStringLiteral("^\\.TH \\S+ 1 \"\\d{4}-\\d{2}-\\d{2}\" \"Procglass "))),
            qPrintable(th.front()));
        // Every marker of the template was filled.
        for (const QString& line : lines)
            QVERIFY2(!line.contains(QRegularExpression(QStringLiteral("@[A-Z]+@"))), qPrintable(line));
    }

    // Every command of `procglass-cli --help` has its subsection, and there is none for another.
    void cliCommandsAll()
    {
        const QStringList commands = cliCommands();
        QVERIFY(commands.size() >= 13);
        QVERIFY(commands.contains(QStringLiteral("rescan")));
        const QStringList lines = pageLines(QStringLiteral("procglass-cli.1.gz"));
        const auto [from, to] = section(lines, QStringLiteral(".SH"), QStringLiteral("COMMANDS"));
        QVERIFY(from >= 0);
        QStringList documented;
        for (qsizetype i = from; i < to; ++i) {
            if (lines.at(i).startsWith(QLatin1StringView(".SS ")))
                documented << lines.at(i).mid(4);
        }
        QCOMPARE(documented, commands);
    }

    // Each command's options in its subsection are exactly those of `procglass-cli COMMAND --help`,
    // and its arguments are named there.
    void cliCommandOptions_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString& command : cliCommands())
            QTest::newRow(qPrintable(command)) << command;
    }
    void cliCommandOptions()
    {
        QFETCH(QString, command);
        const ProgramRun help = runProgram(cliPath(), { command, QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        const QSet<QString> expected = helpOptions(help.outText(), QStringLiteral("Options:"));
        QVERIFY(expected.contains(QStringLiteral("--help")));
        const QStringList lines = pageLines(QStringLiteral("procglass-cli.1.gz"));
        const auto [from, to] = section(lines, QStringLiteral(".SS"), command);
        QVERIFY2(from >= 0, qPrintable(command));
        const QSet<QString> documented = tagOptions(lines, from, to);
        QVERIFY2(documented == expected,
            qPrintable(QStringLiteral("page: %1\n--help: %2").arg(debug(documented), debug(expected))));
        // The arguments (PID, ADDRESS...) as tags too, and the usage's synopsis.
        const QString text = plain(lines.mid(from, to - from).join(u'\n'));
        const QString afterArguments = help.outText().section(QStringLiteral("\nArguments:\n"), 1);
        for (const QString& line : afterArguments.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1StringView("  ")) && !line.startsWith(QLatin1StringView("   ")))
                QVERIFY2(
                    text.contains(QStringLiteral("\n") + line.mid(2).section(u' ', 0, 0) + u'\n'), qPrintable(line));
        }
        QVERIFY2(text.contains(QStringLiteral("procglass-cli ") + command), qPrintable(text));
    }

    // OPTIONS of each page: exactly the options the program's own --help lists (the CLI's global ones).
    void programOptions_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("heading");
        QTest::newRow("procglass-cli") << QStringLiteral("procglass-cli.1.gz") << cliPath()
                                       << QStringLiteral("Options:");
        QTest::newRow("procglass-agent") << QStringLiteral("procglass-agent.1.gz")
                                         << QStringLiteral(PROCGLASS_AGENT_PATH) << QString();
#ifdef PROCGLASS_GUI_PATH
        QTest::newRow("procglass") << QStringLiteral("procglass.1.gz") << QStringLiteral(PROCGLASS_GUI_PATH)
                                   << QStringLiteral("Options:");
#endif
    }
    void programOptions()
    {
        QFETCH(QString, page);
        QFETCH(QString, program);
        QFETCH(QString, heading);
        const ProgramRun help = runProgram(program, { QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        const QSet<QString> expected = helpOptions(help.outText(), heading);
        QVERIFY(expected.contains(QStringLiteral("--help")));
        QVERIFY(expected.size() >= 2);
        const QStringList lines = pageLines(page);
        const auto [from, to] = section(lines, QStringLiteral(".SH"), QStringLiteral("OPTIONS"));
        QVERIFY(from >= 0);
        const QSet<QString> documented = tagOptions(lines, from, to);
        QVERIFY2(documented == expected,
            qPrintable(QStringLiteral("page: %1\n--help: %2").arg(debug(documented), debug(expected))));
    }

    // man renders each page without a warning, in 80 columns as a terminal shows it.
    void rendersWithoutWarnings_data()
    {
        sections_data();
    }
    void rendersWithoutWarnings()
    {
        QFETCH(QString, page);
        const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
        if (man.isEmpty())
            QSKIP("man is not installed (scripts/setup installs man-db)");
        const ProgramRun r = runProgram(man, { QStringLiteral("--warnings"), QStringLiteral("-l"), helpdocs(page) },
            60000, { QStringLiteral("MANWIDTH=80") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QString name = page.section(u'.', 0, 0);
        QVERIFY2(r.outText().contains(name), qPrintable(r.outText().left(400)));
        // Options come out as typed: an ASCII hyphen-minus, never a Unicode hyphen.
        QVERIFY(r.outText().contains(QStringLiteral("--help")));
    }
};

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
