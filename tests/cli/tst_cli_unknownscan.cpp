// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// procglass-cli search --unknown and rescan of its baseline, end to end against the fixture's
// ticks; hostile baseline files; the memory a first scan of "0" needs in a process of zeros.
#include "fixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

namespace {

QString hex(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

// The addresses of a rescan's lines ("0x... region kind value").
QStringList addressesOf(const ProgramRun& run)
{
    QStringList out;
    for (const QString& line : run.outText().split(u'\n', Qt::SkipEmptyParts))
        out << line.section(u' ', 0, 0);
    return out;
}

} // namespace

class TestCliUnknownScan : public QObject
{
    Q_OBJECT

    bool tick(Fixture& f)
    {
        const QString up = hex(f.address(QStringLiteral("ticks")));
        auto value = [&] {
            const ProgramRun r = runCli({ QStringLiteral("read"), QString::number(f.pid()), up, QStringLiteral("4"),
                QStringLiteral("--raw"), QStringLiteral("--no-stop") });
            return r.out;
        };
        const QByteArray before = value();
        ::kill(f.pid(), SIGUSR1);
        for (int i = 0; i < 200; ++i) {
            if (value() != before)
                return true;
            QTest::qWait(10);
        }
        return false;
    }

private slots:
    void unknownThenChangedFindsTheTicks()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--ticks") }),
            qPrintable(f.error()));
        const QString pid = QString::number(f.pid());
        const Address ticks = f.address(QStringLiteral("ticks"));
        const QString range = hex(ticks) + u'-' + hex(ticks + 4096);
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("base"));
        const ProgramRun first = runCli({ QStringLiteral("search"), pid, QStringLiteral("--unknown"),
            QStringLiteral("--type"), QStringLiteral("int32"), QStringLiteral("--aligned"), QStringLiteral("--range"),
            range, QStringLiteral("--save-hits"), base });
        QVERIFY2(first.exitCode == 0, qPrintable(first.errText()));
        QVERIFY2(first.errText().contains(QStringLiteral("1024 candidate values")), qPrintable(first.errText()));
        QCOMPARE(QFileInfo(base).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QVERIFY(tick(f));
        const QString hits = dir.filePath(QStringLiteral("hits"));
        const ProgramRun by5 = runCli({ QStringLiteral("rescan"), pid, base, QStringLiteral("--increased-by"),
            QStringLiteral("5"), QStringLiteral("--save-hits"), hits });
        QVERIFY2(by5.exitCode == 0, qPrintable(by5.errText()));
        QCOMPARE(addressesOf(by5), QStringList { hex(ticks) });
        QVERIFY(by5.outText().trimmed().endsWith(QStringLiteral(" 1005")));
        // The baseline stays (--save-hits went elsewhere): another step from it, the decreased ones.
        const ProgramRun down = runCli({ QStringLiteral("rescan"), pid, base, QStringLiteral("--decreased-by"),
            QStringLiteral("3"), QStringLiteral("--save-hits"), dir.filePath(QStringLiteral("down")) });
        QCOMPARE(addressesOf(down), QStringList { hex(ticks + 4) });
        // Unchanged never has the ones that changed.
        const ProgramRun same = runCli(
            { QStringLiteral("rescan"), pid, base, QStringLiteral("--unchanged"), QStringLiteral("--save-hits"),
                dir.filePath(QStringLiteral("same")), QStringLiteral("--max"), QStringLiteral("5000") });
        const QStringList unchanged = addressesOf(same);
        QVERIFY(unchanged.contains(hex(ticks + 8)));
        QVERIFY(!unchanged.contains(hex(ticks)) && !unchanged.contains(hex(ticks + 4)));
        // --save-hits does not replace what is there without --force.
        const ProgramRun again = runCli(
            { QStringLiteral("rescan"), pid, base, QStringLiteral("--changed"), QStringLiteral("--save-hits"), hits });
        QCOMPARE(again.exitCode, 1);
        // The hits then narrow as any saved hits: after another tick, +5 again.
        QVERIFY(tick(f));
        const ProgramRun next
            = runCli({ QStringLiteral("rescan"), pid, hits, QStringLiteral("--increased-by"), QStringLiteral("5") });
        QCOMPARE(addressesOf(next), QStringList { hex(ticks) });
        // Equal is a new search, not a step of a baseline; and a baseline is not for another process.
        QCOMPARE(
            runCli({ QStringLiteral("rescan"), pid, base, QStringLiteral("--equal"), QStringLiteral("5") }).exitCode,
            2);
        Fixture other;
        QVERIFY(other.start({ QStringLiteral("--random-size"), QStringLiteral("4096") }));
        const ProgramRun wrong
            = runCli({ QStringLiteral("rescan"), QString::number(other.pid()), base, QStringLiteral("--changed") });
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.errText().contains(QStringLiteral("not the process")), qPrintable(wrong.errText()));
        // Usage: --unknown needs --type and --save-hits.
        QCOMPARE(runCli({ QStringLiteral("search"), pid, QStringLiteral("--unknown"), QStringLiteral("--save-hits"),
                            dir.filePath(QStringLiteral("x")) })
                     .exitCode,
            2);
        QCOMPARE(runCli({ QStringLiteral("search"), pid, QStringLiteral("--unknown"), QStringLiteral("--type"),
                            QStringLiteral("int32") })
                     .exitCode,
            2);
        QCOMPARE(runCli({ QStringLiteral("search"), pid, QStringLiteral("--unknown"), QStringLiteral("--type"),
                            QStringLiteral("int7"), QStringLiteral("--save-hits"), dir.filePath(QStringLiteral("x")) })
                     .exitCode,
            2);
    }

    void hostileBaselineFilesAreRefused()
    {
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("65536") }), qPrintable(f.error()));
        const QString pid = QString::number(f.pid());
        const Address random = f.address(QStringLiteral("random"));
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("base"));
        const ProgramRun first = runCli({ QStringLiteral("search"), pid, QStringLiteral("--unknown"),
            QStringLiteral("--type"), QStringLiteral("uint16"), QStringLiteral("--range"),
            hex(random) + u'-' + hex(random + 65536), QStringLiteral("--save-hits"), base });
        QVERIFY2(first.exitCode == 0, qPrintable(first.errText()));
        const QByteArray bytes = fileBytes(base);
        // Cut short, a count raised: "not the baseline", never a crash.
        const QString cut = dir.filePath(QStringLiteral("cut"));
        QVERIFY(writeFile(cut, bytes.left(bytes.size() - 100)));
        ProgramRun r = runCli({ QStringLiteral("rescan"), pid, cut, QStringLiteral("--changed") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("not the baseline")), qPrintable(r.errText()));
        // A symbolic link to it is not followed; a FIFO is not waited on.
        const QString link = dir.filePath(QStringLiteral("link"));
        QVERIFY(QFile::link(base, link));
        r = runCli({ QStringLiteral("rescan"), pid, link, QStringLiteral("--changed") });
        QCOMPARE(r.exitCode, 1);
        const QString fifo = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        r = runCli({ QStringLiteral("rescan"), pid, fifo, QStringLiteral("--changed") }, {});
        QVERIFY(r.exitCode == 1);
        // A sparse file claiming gigabytes: refused before anything is read.
        const QString sparse = dir.filePath(QStringLiteral("sparse"));
        QVERIFY(writeFile(sparse, bytes.left(64)));
        QVERIFY(QFile::resize(sparse, qint64(8) << 30));
        r = runCli({ QStringLiteral("rescan"), pid, sparse, QStringLiteral("--changed") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("holes")), qPrintable(r.errText()));
    }

    void firstScanOfZeroKeepsMemoryBounded()
    {
        // A first scan of "0" in a process of zeros: every aligned int64 is a hit (64 Mi of them in
        // 512 MiB; PROCGLASS_BIG_TESTS=1: 2 GiB, 256 Mi hits, 4 GiB of hits on disk). The hits
        // beyond the memory cap (here 4 Mi hits, 64 MiB) go to the scratch file: the CLI's peak
        // memory stays far below the hits' 1 GiB (4 GiB).
        if (QStandardPaths::findExecutable(QStringLiteral("time"), { QStringLiteral("/usr/bin") }).isEmpty())
            QSKIP("GNU time (/usr/bin/time) is not installed: scripts/setup installs it");
        const bool big = qEnvironmentVariableIntValue("PROCGLASS_BIG_TESTS") == 1;
        const quint64 size = big ? (2ull << 30) : (512ull << 20);
        Fixture f;
        QVERIFY2(f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--zeros"),
                     QString::number(size) }),
            qPrintable(f.error()));
        const Address zeros = f.address(QStringLiteral("zeros"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("zeros.hits"));
        qputenv("PROCGLASS_HIT_MEMORY_CAP", QByteArray::number(4 << 20));
        const ProgramRun r = runProgram(QStringLiteral("/usr/bin/time"),
            { QStringLiteral("-v"), cliPath(), QStringLiteral("search"), QString::number(f.pid()),
                QStringLiteral("--int"), QStringLiteral("0"), QStringLiteral("--width"), QStringLiteral("64"),
                QStringLiteral("--aligned"), QStringLiteral("--range"), hex(zeros) + u'-' + hex(zeros + size),
                QStringLiteral("--save-hits"), file, QStringLiteral("--max"), QStringLiteral("3") },
            big ? 1800000 : 600000);
        qunsetenv("PROCGLASS_HIT_MEMORY_CAP");
        QVERIFY2(r.exitCode == 0, qPrintable(r.errText().right(2000)));
        const quint64 hits = size / 8;
        QVERIFY2(r.errText().contains(QStringLiteral("of %1 hits").arg(hits)), qPrintable(r.errText().left(2000)));
        QCOMPARE(quint64(QFileInfo(file).size()), quint64(36) + hits * 16);
        const QRegularExpression rss(QStringLiteral("Maximum resident set size \\(kbytes\\): (\\d+)"));
        const auto m = rss.match(r.errText());
        QVERIFY(m.hasMatch());
        const quint64 peakMiB = m.captured(1).toULongLong() / 1024;
        qInfo("first scan of 0: %llu hits, peak memory %llu MiB (the hits: %llu MiB)",
            static_cast<unsigned long long>(hits), static_cast<unsigned long long>(peakMiB),
            static_cast<unsigned long long>(hits * 16 >> 20));
#if defined(__SANITIZE_ADDRESS__)
        // ASan's shadow memory and its 256 MiB quarantine of freed blocks come on top.
        const quint64 boundMiB = 400 + 768;
#else
        const quint64 boundMiB = 400;
#endif
        QVERIFY2(peakMiB < boundMiB, qPrintable(QString::number(peakMiB)));
    }
};

QTEST_GUILESS_MAIN(TestCliUnknownScan)
#include "tst_cli_unknownscan.moc"
