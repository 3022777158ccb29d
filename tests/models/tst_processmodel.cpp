// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "models/processmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace procglass;

namespace {
ProcessInfo proc(pid_t pid, pid_t ppid, const char* name, quint64 start = 100)
{
    ProcessInfo p;
    p.identity = { pid, start };
    p.ppid = ppid;
    p.name = QString::fromLatin1(name);
    p.user = QStringLiteral("alice");
    p.commandLine = { QStringLiteral("/usr/bin/") + p.name, QStringLiteral("--flag") };
    p.threads = 1;
    return p;
}
} // namespace

class TestProcessModel : public QObject
{
    Q_OBJECT
private slots:
    void flatMergeKeepsRowsInPlace()
    {
        ProcessModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProcesses({ proc(1, 0, "init"), proc(10, 1, "shell"), proc(20, 10, "editor"), proc(30, 1, "daemon") });
        QCOMPARE(model.rowCount(), 4);
        const QPersistentModelIndex editor = model.indexOf(20);
        const QPersistentModelIndex daemon = model.indexOf(30);

        // shell exits, editor's RSS changes, a new process appears.
        auto next
            = std::vector { proc(1, 0, "init"), proc(20, 1, "editor"), proc(30, 1, "daemon"), proc(40, 1, "new") };
        next[1].rssBytes = 4096;
        model.setProcesses(next);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(editor.isValid());
        QCOMPARE(editor.data(ProcessModel::PidRole).toInt(), 20);
        QCOMPARE(model.index(editor.row(), ProcessModel::RssColumn).data().toString(), QStringLiteral("4 KiB"));
        QVERIFY(daemon.isValid());
        QCOMPARE(daemon.data(ProcessModel::PidRole).toInt(), 30);
        QVERIFY(!model.indexOf(10).isValid());
        QVERIFY(model.indexOf(40).isValid());
    }

    void recycledPidIsANewRow()
    {
        ProcessModel model;
        model.setProcesses({ proc(10, 1, "old", 100) });
        const QPersistentModelIndex old = model.indexOf(10);
        model.setProcesses({ proc(10, 1, "new", 999) }); // same pid, another start time: another process
        QVERIFY(!old.isValid());
        QCOMPARE(model.indexOf(10, ProcessModel::NameColumn).data().toString(), QStringLiteral("new"));
    }

    void treeModeNestsChildrenUnderParents()
    {
        ProcessModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProcesses({ proc(1, 0, "init"), proc(10, 1, "shell"), proc(20, 10, "editor"), proc(30, 1, "daemon"),
            proc(50, 7, "orphan") });
        model.setTreeMode(true);
        QCOMPARE(model.rowCount(), 2); // init, and orphan whose parent is not listed
        const QModelIndex editor = model.indexOf(20);
        QCOMPARE(editor.parent().data(ProcessModel::PidRole).toInt(), 10);
        QCOMPARE(editor.parent().parent().data(ProcessModel::PidRole).toInt(), 1);
        QCOMPARE(model.rowCount(model.indexOf(1)), 2);
        model.setProcesses({ proc(1, 0, "init"), proc(20, 1, "editor") });
        QCOMPARE(model.indexOf(20).parent().data(ProcessModel::PidRole).toInt(), 1);
        model.setTreeMode(false);
        QCOMPARE(model.rowCount(), 2);
    }

    void readableColumnExplainsRefusal()
    {
        ProcessModel model;
        auto p = proc(5, 1, "agent");
        p.accessProblem = QStringLiteral("Process 5 is not dumpable");
        model.setProcesses({ proc(4, 1, "mine"), p });
        QCOMPARE(model.indexOf(4, ProcessModel::ReadableColumn).data().toString(), QStringLiteral("yes"));
        QCOMPARE(model.indexOf(5, ProcessModel::ReadableColumn).data().toString(), QStringLiteral("no"));
        QCOMPARE(model.indexOf(5, ProcessModel::ReadableColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Process 5 is not dumpable"));
        QVERIFY(!model.indexOf(5, ProcessModel::ReadableColumn).data(Qt::DecorationRole).isNull());
    }

    void filterMatchesNamePidUserAndCommandLine_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("matches");
        QTest::newRow("name") << QStringLiteral("edit") << 1;
        QTest::newRow("pid") << QStringLiteral("30") << 1;
        QTest::newRow("user") << QStringLiteral("alice") << 3;
        QTest::newRow("command line") << QStringLiteral("--flag") << 3;
        QTest::newRow("nothing") << QStringLiteral("zzz") << 0;
    }

    void filterMatchesNamePidUserAndCommandLine()
    {
        QFETCH(QString, filter);
        ProcessModel model;
        model.setProcesses({ proc(10, 1, "shell"), proc(20, 10, "editor"), proc(30, 1, "daemon") });
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(ProcessModel::FilterRole);
        proxy.setFilterFixedString(filter);
        QTEST(proxy.rowCount(), "matches");
    }

    // Issue 15: kernel threads (PF_KTHREAD) are hidden unless asked for, flat and as a tree.
    void kernelThreadsAreHiddenUnlessAsked()
    {
        ProcessModel model;
        ProcessFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.setRecursiveFilteringEnabled(true);
        ProcessInfo kthreadd = proc(2, 0, "kthreadd");
        kthreadd.commandLine.clear();
        kthreadd.kernelThread = true;
        ProcessInfo worker = proc(50, 2, "kworker/0:1");
        worker.commandLine.clear();
        worker.kernelThread = true;
        ProcessInfo zombie = proc(60, 1, "gone"); // no command line, yet not a kernel thread
        zombie.commandLine.clear();
        model.setProcesses({ proc(1, 0, "init"), kthreadd, worker, proc(10, 1, "shell"), zombie });
        const auto pids = [&] {
            QList<int> out;
            const std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
                for (int r = 0; r < proxy.rowCount(parent); ++r) {
                    out << proxy.index(r, 0, parent).data(ProcessModel::PidRole).toInt();
                    walk(proxy.index(r, 0, parent));
                }
            };
            walk({});
            std::sort(out.begin(), out.end());
            return out;
        };
        QCOMPARE(pids(), (QList<int> { 1, 10, 60 }));
        proxy.setShowKernelThreads(true);
        QCOMPARE(pids(), (QList<int> { 1, 2, 10, 50, 60 }));
        model.setTreeMode(true);
        proxy.setShowKernelThreads(false);
        QCOMPARE(pids(), (QList<int> { 1, 10, 60 }));
        proxy.setShowKernelThreads(true);
        QCOMPARE(pids(), (QList<int> { 1, 2, 10, 50, 60 }));
    }
};

QTEST_MAIN(TestProcessModel)
#include "tst_processmodel.moc"
