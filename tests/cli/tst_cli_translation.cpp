// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// procglass-cli speaks the user's language as the window does: one catalogue (translations/), German
// complete. Every command runs in-process under a recorder that notes each tr() call the German
// catalogue cannot answer; and the program itself, started as nobody with LANG=de_DE.UTF-8, says
// why it may not read a process in German (LANG=C: in English).
#include "cli/cli.h"
#include "fixture.h"
#include "i18n/translations.h"
#include "translationrecorder.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

namespace {

// Runs the CLI's command line in this process with stdout and stderr going to a file; returns what
// it printed (both streams) and sets *status.
QByteArray runInProcess(const QStringList& args, int* status)
{
    QTemporaryFile capture;
    if (!capture.open())
        return {};
    std::fflush(stdout);
    std::fflush(stderr);
    const int savedOut = dup(STDOUT_FILENO);
    const int savedErr = dup(STDERR_FILENO);
    dup2(capture.handle(), STDOUT_FILENO);
    dup2(capture.handle(), STDERR_FILENO);
    *status = cli::run(QStringList { QStringLiteral("procglass-cli") } + args);
    std::fflush(stdout);
    std::fflush(stderr);
    dup2(savedOut, STDOUT_FILENO);
    dup2(savedErr, STDERR_FILENO);
    close(savedOut);
    close(savedErr);
    capture.seek(0);
    return capture.readAll();
}

const QStringList kAsNobody { QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
    QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), QStringLiteral("--inh-caps=-all"),
    QStringLiteral("--bounding-set=-all") };

// setpriv (as nobody), then env with the language settings: LANG alone decides.
QStringList asNobodyIn(const QString& lang)
{
    return kAsNobody
        + QStringList { QStringLiteral("env"), QStringLiteral("-u"), QStringLiteral("LC_ALL"), QStringLiteral("-u"),
              QStringLiteral("LC_MESSAGES"), QStringLiteral("-u"), QStringLiteral("LANGUAGE"),
              QStringLiteral("LANG=") + lang };
}

} // namespace

class TestCliTranslation : public QObject
{
    Q_OBJECT
    Fixture m_fixture;
    QString m_pid;
    TranslationRecorder m_recorder;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_fixture.start({ QStringLiteral("--random-size"), QString::number(1 << 20) }),
            qPrintable(m_fixture.error()));
        m_pid = QString::number(m_fixture.pid());
    }

    // Every command, its options and its errors, with German installed as main() installs it: no
    // message is missing from the catalogue, and what the commands print is German.
    void noMessageMissesTheCatalogue()
    {
        const QStringList loaded = installTranslations(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(loaded.size() == 2, qPrintable(loaded.join(u' '))); // Qt's and ours
        QVERIFY(m_recorder.german.load(QStringLiteral("procglass_de"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_recorder);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString d = dir.path() + u'/';
        const QString heap = QStringLiteral("[heap]");
        const QList<QStringList> commandLines {
            {},
            { QStringLiteral("frobnicate") },
            { QStringLiteral("--agent") },
            { QStringLiteral("ps") },
            { QStringLiteral("ps"), QStringLiteral("--json") },
            { QStringLiteral("maps"), m_pid },
            { QStringLiteral("maps"), QStringLiteral("notapid") },
            { QStringLiteral("maps"), QStringLiteral("999999999") },
            { QStringLiteral("read"), m_pid, heap, QStringLiteral("16") },
            { QStringLiteral("read"), m_pid, QStringLiteral("0"), QStringLiteral("1") },
            { QStringLiteral("read"), m_pid, QStringLiteral("zz"), QStringLiteral("1") },
            { QStringLiteral("search"), m_pid },
            { QStringLiteral("search"), m_pid, QStringLiteral("--text"), QStringLiteral("procglass") },
            { QStringLiteral("search"), m_pid, QStringLiteral("--hex"), QStringLiteral("zz") },
            { QStringLiteral("search"), m_pid, QStringLiteral("--unknown") },
            { QStringLiteral("search"), m_pid, QStringLiteral("--int"), QStringLiteral("7"), QStringLiteral("--scope"),
                heap, QStringLiteral("--save-hits"), d + QStringLiteral("hits7") },
            { QStringLiteral("search"), m_pid, QStringLiteral("--unknown"), QStringLiteral("--type"),
                QStringLiteral("int32"), QStringLiteral("--scope"), QStringLiteral("heap"),
                QStringLiteral("--save-hits"), d + QStringLiteral("hits") },
            { QStringLiteral("rescan"), m_pid, d + QStringLiteral("hits"), QStringLiteral("--changed") },
            { QStringLiteral("rescan"), m_pid, d + QStringLiteral("hits") },
            { QStringLiteral("dump"), m_pid, QStringLiteral("--region"), heap, QStringLiteral("--format"),
                QStringLiteral("raw"), QStringLiteral("-o"), d + QStringLiteral("heap.bin") },
            { QStringLiteral("dump"), m_pid, QStringLiteral("--region"), heap, QStringLiteral("--format"),
                QStringLiteral("raw"), QStringLiteral("-o"), d + QStringLiteral("heap.bin") },
            { QStringLiteral("dump"), m_pid, QStringLiteral("--format"), QStringLiteral("zip") },
            { QStringLiteral("disasm"), m_pid, QStringLiteral("main"), QStringLiteral("4") },
            { QStringLiteral("disasm"), m_pid, QStringLiteral("0x10") },
            { QStringLiteral("symbol"), m_pid, QStringLiteral("0x10") },
            { QStringLiteral("explain"), m_pid, heap },
            { QStringLiteral("auxv"), m_pid },
            { QStringLiteral("status"), m_pid },
            { QStringLiteral("snapshot"), m_pid, QStringLiteral("-o"), d + QStringLiteral("s1"),
                QStringLiteral("--region"), heap },
            { QStringLiteral("snapshot"), m_pid, QStringLiteral("-o"), d + QStringLiteral("s2"),
                QStringLiteral("--base"), d + QStringLiteral("s1"), QStringLiteral("--region"), heap },
            { QStringLiteral("diff"), d + QStringLiteral("s1"), d + QStringLiteral("s2") },
            { QStringLiteral("diff"), d + QStringLiteral("s1"), d + QStringLiteral("nothing") },
        };
        QByteArray printed;
        for (const QStringList& args : commandLines) {
            int status = -1;
            printed += runInProcess(args, &status);
            QVERIFY2(status >= 0 && status <= 3, qPrintable(args.join(u' ')));
        }
        QCoreApplication::removeTranslator(&m_recorder);
        QVERIFY2(m_recorder.missing.isEmpty(),
            qPrintable(QStringLiteral("not in translations/procglass_de.ts (run cmake --build --target "
                                      "update_translations, then translate):\n")
                + m_recorder.missing.join(u'\n')));
        QVERIFY2(m_recorder.answered > 100, qPrintable(QString::number(m_recorder.answered)));
        // What a German user reads: the usage, an unknown command, a file that is there already.
        const QString text = QString::fromUtf8(printed);
        QVERIFY2(text.contains(QStringLiteral("Aufruf")) || text.contains(QStringLiteral("Befehl")),
            qPrintable(text.left(2000)));
        QVERIFY2(!text.contains(QStringLiteral("unknown command")), qPrintable(text.left(2000)));
        QVERIFY2(!text.contains(QStringLiteral("see 'procglass-cli --help'")), qPrintable(text.left(2000)));
    }

    // The issue's own words: `LANG=de_DE.UTF-8 procglass-cli read 1 0 1` as nobody prints German.
    void nobodyReadsWhyInGerman()
    {
        if (geteuid() != 0)
            QSKIP("needs root, to run the CLI as another (unprivileged) user with setpriv");
        const ProgramRun probe = runCli({ QStringLiteral("--version") }, kAsNobody);
        if (probe.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("user nobody cannot run %1 (%2)").arg(cliPath(), probe.errText())));
        // The fixture is root's; so is PID 1 where this runs as root (a machine's init, a container's first process).
        for (const QString& pid : { m_pid, QStringLiteral("1") }) {
            const QStringList args { QStringLiteral("read"), pid, QStringLiteral("0"), QStringLiteral("1") };
            const ProgramRun german = runCli(args, asNobodyIn(QStringLiteral("de_DE.UTF-8")));
            const ProgramRun english = runCli(args, asNobodyIn(QStringLiteral("C")));
            QCOMPARE(german.exitCode, 1);
            QCOMPARE(english.exitCode, 1);
            QVERIFY2(english.errText().contains(QStringLiteral("permission denied")), qPrintable(english.errText()));
            QVERIFY2(english.errText().contains(QStringLiteral("CAP_SYS_PTRACE")), qPrintable(english.errText()));
            QVERIFY2(!german.errText().contains(QStringLiteral("permission denied")), qPrintable(german.errText()));
            QVERIFY2(german.errText().contains(QStringLiteral("CAP_SYS_PTRACE")), qPrintable(german.errText()));
            QVERIFY2(german.errText().contains(QStringLiteral("nobody")), qPrintable(german.errText()));
            QVERIFY2(german.errText().contains(QStringLiteral("Benutzer")), qPrintable(german.errText()));
        }
        // The help too: Qt's own words (Options:) and ours.
        const ProgramRun help
            = runCli({ QStringLiteral("read"), QStringLiteral("--help") }, asNobodyIn(QStringLiteral("de_DE.UTF-8")));
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.outText().contains(QStringLiteral("Optionen:")), qPrintable(help.outText()));
    }
};

QTEST_GUILESS_MAIN(TestCliTranslation)
#include "tst_cli_translation.moc"
