#include "guibench.h"

#include "fixture.h"
#include "mainwindow.h"
#include "models/processmodel.h"
#include "models/regionmodel.h"
#include "platform/linux/procfs.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace procglass::bench {

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

void printRow(const QString& what, const QString& core, const QString& raw, double ratio, const char* goal, bool met)
{
    std::printf("%-34s core %-14s raw %-34s ratio %5.2f  goal %s  %s\n", qPrintable(what), qPrintable(core),
        qPrintable(raw), ratio, goal, met ? "met" : "MISSED");
}

int regionsShown(int mappings, int runs)
{
    test::Fixture f;
    if (!f.start({ QStringLiteral("--random-size"), QStringLiteral("4096"), QStringLiteral("--threads"),
            QStringLiteral("1"), QStringLiteral("--maps"), QString::number(mappings) }))
        return 1;
    const std::string path = "/proc/" + std::to_string(f.pid()) + "/maps";
    std::vector<double> shown, kernel;
    int rows = 0;
    for (int i = 0; i < runs; ++i) {
        std::string text;
        QElapsedTimer k;
        k.start();
        if (!readWholeFile(AT_FDCWD, path.c_str(), text))
            return 1;
        kernel.push_back(double(k.nsecsElapsed()) / 1e6);

        MainWindow w;
        w.resize(1400, 860);
        w.show();
        QSignalSpy opened(&w, &MainWindow::targetOpened);
        auto* table = w.findChild<QAbstractItemView*>(QStringLiteral("regionView"));
        QElapsedTimer t;
        t.start();
        w.openProcess(f.pid());
        if (!opened.wait(10000))
            return 1;
        table->viewport()->repaint(); // shown means painted
        shown.push_back(double(t.nsecsElapsed()) / 1e6);
        rows = w.regionModel()->rowCount();
    }
    const double s = median(shown), k = median(kernel);
    printRow(QStringLiteral("regions table, %1 mappings").arg(rows), QStringLiteral("%1 ms").arg(s, 0, 'f', 1),
        QStringLiteral("kernel producing maps %1 ms").arg(k, 0, 'f', 1), s / k, "<= 150 ms", s <= 150);
    return rows >= mappings ? 0 : 1;
}

int refreshStall(int processes, int runs)
{
    std::vector<pid_t> children;
    int have = 0;
    if (auto list = listProcesses())
        have = int(list->size());
    for (int i = have; i < processes; ++i) {
        const pid_t child = fork();
        if (child == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            for (;;)
                pause();
        }
        if (child > 0)
            children.push_back(child);
    }
    MainWindow w;
    w.resize(1400, 860);
    w.show();
    QSignalSpy refreshed(&w, &MainWindow::processesRefreshed);
    refreshed.wait(10000); // the first listing fills the model; later ones merge

    // The probe: a 1 ms timer; the longest gap between its ticks is how long the UI thread stalled.
    auto measure = [&](bool refreshing) {
        std::vector<double> worst;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer clock;
            clock.start();
            qint64 last = 0, maxGap = 0;
            QTimer probe;
            probe.setTimerType(Qt::PreciseTimer);
            QObject::connect(&probe, &QTimer::timeout, [&] {
                const qint64 now = clock.nsecsElapsed();
                maxGap = std::max(maxGap, now - last);
                last = now;
            });
            probe.start(1);
            if (refreshing) {
                w.refreshProcesses();
                refreshed.wait(10000);
            } else {
                QSignalSpy never(&w, &QObject::destroyed);
                never.wait(150);
            }
            probe.stop();
            worst.push_back(double(maxGap) / 1e6);
        }
        return median(worst);
    };
    const double idle = measure(false);
    const double busy = measure(true);
    for (pid_t c : children)
        kill(c, SIGKILL);
    for (pid_t c : children)
        waitpid(c, nullptr, 0);
    printRow(QStringLiteral("UI stall, refresh of %1 processes").arg(w.processModel()->processCount()),
        QStringLiteral("%1 ms").arg(busy, 0, 'f', 1), QStringLiteral("idle event loop %1 ms").arg(idle, 0, 'f', 1),
        busy / idle, "<= 50 ms", busy <= 50);
    return 0;
}

} // namespace

int runGuiBenchmarks(int mappings, int processes, int runs)
{
    int rc = regionsShown(mappings, std::max(3, runs / 3));
    rc |= refreshStall(processes, runs);
    return rc;
}

} // namespace procglass::bench
