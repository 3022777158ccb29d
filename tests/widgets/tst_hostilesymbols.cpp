// Issue 14, finding 3, in the window: root's procglass opens a process of nobody that maps
// /dev/zero and a file whose name the maps print like the FIFO next to it. The window loads the
// symbols of the real libraries (off the UI thread) and neither dies nor waits forever.
#include "fixture.h"
#include "hostiletarget.h"
#include "mainwindow.h"

#include <QSignalSpy>
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
        QVERIFY2(waitForThreadStates(target.pid(), QStringLiteral("RS")), qPrintable(threadStates(target.pid())));
    }
};

QTEST_MAIN(TestHostileSymbols)
#include "tst_hostilesymbols.moc"
