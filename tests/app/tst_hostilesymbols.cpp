// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Issue 14, finding 3, in the window: root's procglass opens a process of nobody that maps
// /dev/zero and a file whose name the maps print like the FIFO next to it. The window loads the
// symbols of the real libraries (off the UI thread) and neither dies nor waits forever.
#include "core/io/dump.h"
#include "fixture.h"
#include "hostiletarget.h"
#include "mainwindow.h"
#include "opening.h"
#include "platform/linux/target.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace procglass;
using namespace procglass::test;

class TestHostileSymbols : public QObject
{
    Q_OBJECT

private slots:
    void symbolsLoadFromTheRealFilesOnly()
    {
        if (geteuid() != 0)
            QSKIP("needs root: the attacker runs as nobody, Procglass as root");
        HostileTarget target;
        QVERIFY2(target.start(), qPrintable(target.error()));
        MainWindow w;
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        QSignalSpy loaded(&w, &MainWindow::symbolsLoaded);
        w.openProcess(target.pid());
        QVERIFY(opened.wait(10000));
        QVERIFY2(loaded.count() > 0 || loaded.wait(20000), "the symbols never arrive");
        const QString name = w.symbolName(target.address(QStringLiteral("getpid")));
        QVERIFY2(
            name.startsWith(QStringLiteral("libc.so.6!")) && name.endsWith(QStringLiteral("getpid")), qPrintable(name));
        QCOMPARE(w.symbolName(target.address(QStringLiteral("weird"))), QStringLiteral("lib\\012x.so+0x0"));
        QVERIFY2(waitForThreadStates(target.pid(), QStringLiteral("RS")), qPrintable(threadStates(target.pid())));
    }

    // Offline, a bundle's regions name the same paths; symbols come from this computer's files
    // only where they are still the files mapped: the device and the FIFO are not opened.
    void aBundleOfItLoadsSymbolsToo()
    {
        if (geteuid() != 0)
            QSKIP("needs root: the attacker runs as nobody, Procglass as root");
        HostileTarget target;
        QVERIFY2(target.start(), qPrintable(target.error()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle"));
        {
            auto live = LinuxTarget::open(target.pid());
            QVERIFY(live);
            BundleInfo info;
            info.pid = target.pid();
            QVERIFY(dumpBundle(**live, *(*live)->regions(), info, path, {}));
        }
        MainWindow w;
        QSignalSpy loaded(&w, &MainWindow::symbolsLoaded);
        QCOMPARE(openBundleAndWait(w, path), QString());
        QVERIFY2(loaded.count() > 0 || loaded.wait(20000), "the symbols never arrive");
        const QString name = w.symbolName(target.address(QStringLiteral("getpid")));
        QVERIFY2(
            name.startsWith(QStringLiteral("libc.so.6!")) && name.endsWith(QStringLiteral("getpid")), qPrintable(name));
        QCOMPARE(w.symbolName(target.address(QStringLiteral("weird"))), QStringLiteral("lib\\012x.so+0x0"));
    }
};

QTEST_MAIN(TestHostileSymbols)
#include "tst_hostilesymbols.moc"
