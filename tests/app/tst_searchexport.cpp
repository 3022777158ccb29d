// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 16: the search panel's CSV export runs off the UI thread. 100,000 hits used to be
// formatted and written inside the Export button's click (exportCsv), the window frozen meanwhile.
#include "models/searchresultmodel.h"
#include "searchpanel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <sys/stat.h>

#include <atomic>

using namespace procglass;

namespace {
constexpr int kHits = 100'000;
constexpr Address kBase = 0x7f0000000000;

// 100k hits of "hit!" in one anonymous mapping, 16 bytes apart, as a text search streams them.
void fill(SearchPanel& panel)
{
    Region anon;
    anon.range = { kBase, kBase + quint64(kHits) * 16 };
    anon.perms = { true, true, false, false };
    anon.kind = RegionKind::Anonymous;
    panel.setRegions({ anon });
    std::vector<SearchHit> hits(kHits);
    for (int i = 0; i < kHits; ++i) {
        hits[size_t(i)].address = kBase + quint64(i) * 16;
        hits[size_t(i)].length = 4;
        hits[size_t(i)].previewSize = 4;
        std::memcpy(hits[size_t(i)].preview.data(), "hit!", 4);
    }
    panel.model()->setRegions({ anon });
    panel.model()->appendHits(hits);
}
// A panel of 100k hits whose export to dir/name has started.
struct Exporting
{
    explicit Exporting(const QString& name)
        : path(dir.filePath(name))
    {
        fill(panel);
        started = panel.startCsvExport(path);
    }
    // How it ended: empty when every row was written.
    QString error()
    {
        if (!started)
            return QStringLiteral("<it did not start>");
        if (finished.isEmpty() && !finished.wait(60000))
            return QStringLiteral("<it never ended>");
        return finished.first().at(1).toString();
    }

    SearchPanel panel;
    QTemporaryDir dir;
    QString path;
    QSignalSpy finished { &panel, &SearchPanel::csvExportFinished };
    bool started = false;
};
} // namespace

class TestSearchExport : public QObject
{
    Q_OBJECT

private slots:
    void exportReturnsAtOnceAndTheWindowKeepsGoing()
    {
        SearchPanel panel;
        fill(panel);
        // The window's namer reads its symbols; the export must get one it can call on a worker.
        std::atomic<int> uiThreadNamings = 0, workerNamings = 0;
        QThread* const uiThread = QThread::currentThread();
        panel.model()->setThreadSafeNamer([&] {
            return [&, uiThread](Address a) {
                ++(QThread::currentThread() == uiThread ? uiThreadNamings : workerNamings);
                return a == kBase ? QStringLiteral("app!first_hit") : QString();
            };
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hits.csv"));
        QSignalSpy finished(&panel, &SearchPanel::csvExportFinished);

        // The UI thread's pulse: a 10 ms timer, and the longest gap between its ticks.
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer pulse;
        pulse.setInterval(10);
        connect(&pulse, &QTimer::timeout, this, [&] { longestGap = std::max(longestGap, sinceTick.restart()); });

        sinceTick.start();
        pulse.start();
        QTest::qWait(50); // the pulse beats
        QElapsedTimer call;
        call.start();
        QVERIFY(panel.startCsvExport(path));
        const qint64 callMs = call.elapsed();
        // Back before the file is there: it is written (to a temporary, then renamed) on a worker.
        const bool completeAtReturn = QFile::exists(path);
        QVERIFY(panel.isExporting());
        QVERIFY(finished.wait(60000));
        const qint64 totalMs = call.elapsed();
        pulse.stop();
        qInfo("export call %lld ms; whole export %lld ms; longest UI-thread gap meanwhile %lld ms", callMs, totalMs,
            longestGap);
        QVERIFY2(!completeAtReturn, "the export call returned after the file was written: it ran on the UI thread");
        QVERIFY2(longestGap < 100, qPrintable(QStringLiteral("the UI thread stalled %1 ms").arg(longestGap)));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(uiThreadNamings.load(), 0);
        QCOMPARE(workerNamings.load(), kHits);

        // The file is right: only the user may read it, a header and every hit in order.
        struct stat st
        {
        };
        QCOMPARE(::stat(path.toLocal8Bit().constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t(0600));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), kHits + 2); // the header, the rows, and the final newline
        QCOMPARE(lines[0], QByteArray("address,location,kind,length,bytes"));
        QCOMPARE(lines[1], QByteArray("0x7f0000000000,app!first_hit,anonymous,4,68697421"));
        QCOMPARE(lines[kHits], QByteArray("0x7f00001869f0,anon@7f0000000000+0x1869f0,anonymous,4,68697421"));
        QVERIFY(panel.statusText().contains(QStringLiteral("written to")));
    }

    // The rows are those shown when the export started, whatever happens to the table meanwhile.
    void theExportWritesTheRowsAsTheyWere()
    {
        Exporting e(QStringLiteral("hits.csv"));
        e.panel.model()->clear();
        e.panel.setRegions({});
        e.panel.setSource(nullptr); // the target closed: the export goes on
        QCOMPARE(e.error(), QString());
        QFile file(e.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), kHits + 1);
    }

    // Cancel (the button, Esc) stops it, and nothing is left behind.
    void cancelLeavesNoFile()
    {
        Exporting e(QStringLiteral("hits.csv"));
        e.panel.cancel();
        QVERIFY2(e.error().contains(QStringLiteral("cancelled")), qPrintable(e.error()));
        QCOMPARE(QDir(e.dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    // Where it cannot be written: a message, and no file.
    void anUnwritablePathSaysWhy()
    {
        Exporting e(QStringLiteral("missing/hits.csv"));
        QVERIFY2(e.error().contains(QStringLiteral("Cannot create")), qPrintable(e.error()));
        QVERIFY(!QFile::exists(e.path));
    }
};

QTEST_MAIN(TestSearchExport)
#include "tst_searchexport.moc"
