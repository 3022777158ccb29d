// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// What the CLI says about kernel threads and core exports (issue 15: the window -- and the CLI --
// tell the truth).
#include "fixture.h"

#include "platform/linux/procfs.h"
#include "platform/linux/target.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace procglass;
using namespace procglass::test;

namespace {

using Run = ProgramRun;

bool listsPid(const QString& ps, int pid)
{
    const QStringList lines = ps.split(u'\n');
    return std::any_of(lines.begin(), lines.end(),
        [&](const QString& line) { return line.split(u' ', Qt::SkipEmptyParts).value(0) == QString::number(pid); });
}

// kthreadd is PID 2 on Linux -- unless this runs in a PID namespace of its own.
bool haveKthreadd()
{
    auto p = readProcess(2);
    return p && p->name == QStringLiteral("kthreadd");
}

} // namespace

class TestCliTruth : public QObject
{
    Q_OBJECT
private slots:
    void psHidesKernelThreadsUnlessAsked()
    {
        if (!haveKthreadd())
            QSKIP("no kthreadd at PID 2 here (a PID namespace)");
        const Run plain = runCli({ QStringLiteral("ps") });
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(listsPid(plain.outText(), 1) || listsPid(plain.outText(), int(getpid())));
        QVERIFY2(!listsPid(plain.outText(), 2), qPrintable(plain.outText().left(2000)));
        const Run kernel = runCli({ QStringLiteral("ps"), QStringLiteral("--kernel") });
        QCOMPARE(kernel.exitCode, 0);
        QVERIFY(listsPid(kernel.outText(), 2));
        QVERIFY(kernel.outText().contains(QStringLiteral("kthreadd")));
        const Run json = runCli({ QStringLiteral("ps"), QStringLiteral("--kernel"), QStringLiteral("--json") });
        bool marked = false;
        for (const QJsonValue& v : QJsonDocument::fromJson(json.out).array())
            marked |= v.toObject().value(QStringLiteral("pid")).toInt() == 2
                && v.toObject().value(QStringLiteral("kernelThread")).toBool();
        QVERIFY(marked);
    }

    void aKernelThreadIsNotCalledExited()
    {
        if (!haveKthreadd())
            QSKIP("no kthreadd at PID 2 here (a PID namespace)");
        const QString expected
            = QStringLiteral("PID 2 (kthreadd) is a kernel thread: it has no user address space to show.");
        for (const QStringList& args : { QStringList { QStringLiteral("maps"), QStringLiteral("2") },
                 QStringList {
                     QStringLiteral("read"), QStringLiteral("2"), QStringLiteral("0x1000"), QStringLiteral("16") },
                 QStringList { QStringLiteral("explain"), QStringLiteral("2"), QStringLiteral("0x1000") } }) {
            const Run r = runCli(args);
            QVERIFY2(r.exitCode != 0, qPrintable(args.join(u' ')));
            QVERIFY2(r.errText().contains(expected), qPrintable(args.join(u' ') + QStringLiteral(": ") + r.errText()));
            QVERIFY2(!r.errText().contains(QStringLiteral("exited")), qPrintable(r.errText()));
        }
        auto target = LinuxTarget::open(2);
        QVERIFY(!target);
        QCOMPARE(target.error().message, expected);
    }

    // A core has no sidecar: the CLI says what it did with the bytes it could not read.
    void coreExportSaysWhatBecameOfUnreadableBytes()
    {
        Fixture fixture;
        QVERIFY2(fixture.start(), qPrintable(fixture.error()));
        QTemporaryDir dir;
        const QString core = dir.filePath(QStringLiteral("core"));
        const Run r = runCli({ QStringLiteral("dump"), QString::number(fixture.pid()), QStringLiteral("--all"),
            QStringLiteral("--format"), QStringLiteral("core"), QStringLiteral("-o"), core });
        QCOMPARE(r.exitCode, 0);
        // The file mapping's two pages past the end of its file cannot be read.
        const Address past = fixture.address(QStringLiteral("file_map")) + 4096;
        QVERIFY2(r.errText().contains(QStringLiteral("written as zeros in the core, which cannot mark them")),
            qPrintable(r.errText()));
        QVERIFY2(r.errText().contains(QStringLiteral("unreadable: 0x%1-0x%2").arg(past, 0, 16).arg(past + 8192, 0, 16)),
            qPrintable(r.errText()));
        QVERIFY(!r.errText().contains(QStringLiteral("lists")));
    }
};

QTEST_GUILESS_MAIN(TestCliTruth)
#include "tst_cli_truth.moc"
