// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "codeview.h"
#include "diffpane.h"
#include "guidedtour.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "searchpanel.h"
#include "snapshotcontroller.h"

#include "agent/connection.h"
#include "session/targetsession.h"
#include "widgets/syntaxhighlighting.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace procglass;

namespace {
void setUpParser(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Procglass: see inside the memory of a running process."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("pid"), QCoreApplication::translate("main", "Open the process with this PID."),
        QStringLiteral("PID") });
    parser.addOption(
        { QStringLiteral("demo"), QCoreApplication::translate("main", "Start the bundled demo target and open it.") });
    parser.addOption({ QStringLiteral("hold"),
        QCoreApplication::translate("main",
            "With --pid or --demo: hold the process (stop its threads) as soon as it is open, for one consistent "
            "picture from the start. Process > Release lets it run again; so does closing Procglass.") });
    parser.addOption({ QStringLiteral("bundle"),
        QCoreApplication::translate("main", "Open a bundle saved by Procglass (a folder), offline and read-only."),
        QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("address"),
        QCoreApplication::translate(
            "main", "With --pid or --demo: show memory at ADDRESS (0x7f..., [heap]+0x10, libc.so.6+0x1234)."),
        QStringLiteral("ADDRESS") });
    parser.addOption({ QStringLiteral("search"),
        QCoreApplication::translate("main", "With --pid or --demo: search the process for TEXT once it is open."),
        QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("code"),
        QCoreApplication::translate("main",
            "With --pid or --demo: show the code at ADDRESS or SYMBOL (__vdso_clock_gettime, libc.so.6!memcpy) "
            "once the process's symbols are read."),
        QStringLiteral("WHERE") });
    parser.addOption({ QStringLiteral("tour"),
        QCoreApplication::translate("main", "Start the guided tour on the demo target and go to step N."),
        QStringLiteral("N") });
    parser.addOption({ QStringLiteral("agent"),
        QCoreApplication::translate("main",
            "Read processes through procglass-agent, started by COMMAND ('pkexec /usr/bin/procglass-agent', "
            "'ssh HOST procglass-agent', 'docker exec -i CONTAINER procglass-agent'...). With --pid: open that "
            "process there."),
        QStringLiteral("COMMAND") });
    parser.addOption({ QStringLiteral("compare"),
        QCoreApplication::translate("main",
            "Once the process is open, take a snapshot, let it run SECONDS seconds, then compare it with the "
            "snapshot: the Diff dock, the memory view's marks (at the first change) and the heat view."),
        QStringLiteral("SECONDS") });
    parser.addOption({ QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save a picture of the window to FILE once the process is open, then quit."),
        QStringLiteral("FILE") });
}

// Closing a target does not wait for its session thread to let go of it (the window never waits):
// the program does, as it ends, so that a held target is released properly -- bounded: past the
// bound, the kernel lets go of it as this process exits.
struct WaitForClosedSessions
{
    WaitForClosedSessions() = default;
    WaitForClosedSessions(const WaitForClosedSessions&) = delete;
    WaitForClosedSessions& operator=(const WaitForClosedSessions&) = delete;
    ~WaitForClosedSessions()
    {
        if (!TargetSession::waitForClosedSessions(std::chrono::seconds(5))
            || !procglass::agent::Connection::waitForClosed(std::chrono::seconds(5)))
            std::fputs(
                "procglass: a target was still being released as Procglass ended; the kernel lets go of it.\n", stderr);
    }
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Procglass"));
    QCoreApplication::setApplicationName(QStringLiteral("procglass"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROCGLASS_VERSION));
}
} // namespace

int main(int argc, char** argv)
{
    // Past a file size limit (ulimit -f), an export then fails with "File too large" instead of
    // the kernel killing the whole program.
    std::signal(SIGXFSZ, SIG_IGN);
    // --help and --version must work without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v") {
            // What this build colours code with: KSyntaxHighlighting where the distribution has KF6.
            std::printf("procglass %s\nQt %s; code highlighting: %s\n", PROCGLASS_VERSION, qVersion(),
                qPrintable(syntax::describe()));
            return 0;
        }
        if (arg == "--help" || arg == "-h") {
            QCoreApplication app(argc, argv);
            setIdentity();
            installTranslations();
            QCommandLineParser parser;
            setUpParser(parser);
            parser.process(app); // prints and exits
            return 0;
        }
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fputs("procglass: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set); run it in a "
                   "graphical session, or under xvfb-run.\n",
            stderr);
        return 1;
    }

    QApplication app(argc, argv);
    setIdentity();
    installTranslations();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/procglass.svg")));
    QCommandLineParser parser;
    setUpParser(parser);
    parser.process(app);

    if (parser.isSet(QStringLiteral("tour"))
        && (parser.isSet(QStringLiteral("pid")) || parser.isSet(QStringLiteral("bundle")))) {
        std::fputs(
            "procglass: the guided tour runs on the demo target; --tour cannot go with --pid or --bundle.\n", stderr);
        return 2;
    }
    if (parser.isSet(QStringLiteral("hold")) && !parser.isSet(QStringLiteral("pid"))
        && !parser.isSet(QStringLiteral("demo"))) {
        std::fputs("procglass: --hold holds the process opened with --pid or --demo; give one of them.\n", stderr);
        return 2;
    }
    const WaitForClosedSessions waitForClosedSessions; // after the window (and its session) is gone
    MainWindow window;
    const bool agent = parser.isSet(QStringLiteral("agent"));
    if (agent && (parser.isSet(QStringLiteral("demo")) || parser.isSet(QStringLiteral("tour")))) {
        std::fputs("procglass: the demo runs on this computer; --demo and --tour cannot go with --agent.\n", stderr);
        return 2;
    }
    if (parser.isSet(QStringLiteral("pid"))) {
        bool ok = false;
        const int pid = parser.value(QStringLiteral("pid")).toInt(&ok);
        if (!ok || pid <= 0) {
            std::fprintf(
                stderr, "procglass: '%s' is not a process id.\n", qPrintable(parser.value(QStringLiteral("pid"))));
            return 2;
        }
        if (agent)
            window.connectAgent(parser.value(QStringLiteral("agent")), pid); // opens it once connected
        else
            window.openProcess(pid);
    } else if (agent) {
        window.connectAgent(parser.value(QStringLiteral("agent")));
    } else if (parser.isSet(QStringLiteral("tour"))) {
        window.startTour(); // starts the demo
    } else if (parser.isSet(QStringLiteral("demo"))) {
        window.startDemo();
    } else if (parser.isSet(QStringLiteral("bundle"))) {
        // Opened off the UI thread: a bundle that cannot be opened ends the program once it says so
        // (--address is gone to below, once it is open).
        QObject::connect(
            &window, &MainWindow::openFailed, &window,
            [](const QString& error) {
                std::fprintf(stderr, "procglass: %s\n", qPrintable(error));
                QCoreApplication::exit(1);
            },
            Qt::SingleShotConnection);
        window.openBundle(parser.value(QStringLiteral("bundle")));
    }
    if (parser.isSet(QStringLiteral("hold"))) {
        // One consistent picture from the start: held as soon as it is open.
        QObject::connect(
            &window, &MainWindow::targetOpened, &window, [&window] { window.setHeld(true); }, Qt::SingleShotConnection);
    }
    if (parser.isSet(QStringLiteral("address"))) {
        const QString address = parser.value(QStringLiteral("address"));
        QObject::connect(
            &window, &MainWindow::targetOpened, &window,
            [&window, address] {
                if (window.goTo(address).isEmpty())
                    return;
                // A symbol (libc.so.6!malloc) is known once the mapped files' symbols are read.
                QObject::connect(
                    &window, &MainWindow::symbolsLoaded, &window,
                    [&window, address] {
                        if (const QString error = window.goTo(address); !error.isEmpty())
                            QMessageBox::warning(&window, QCoreApplication::translate("main", "Go to address"), error);
                    },
                    Qt::SingleShotConnection);
            },
            Qt::SingleShotConnection);
    }
    const bool code = parser.isSet(QStringLiteral("code"));
    if (code) {
        const QString where = parser.value(QStringLiteral("code"));
        QObject::connect(
            &window, &MainWindow::symbolsLoaded, &window,
            [&window, where] {
                if (const QString error = window.showCode(where); !error.isEmpty())
                    std::fprintf(stderr, "procglass: %s\n", qPrintable(error));
            },
            Qt::SingleShotConnection);
    }
    const bool search = parser.isSet(QStringLiteral("search"));
    if (search) {
        const QString text = parser.value(QStringLiteral("search"));
        QObject::connect(
            &window, &MainWindow::targetOpened, &window,
            [&window, text] {
                window.showSearch();
                window.searchPanel()->setPattern(SearchPanel::Kind::Text, text);
                window.searchPanel()->startSearch();
            },
            Qt::SingleShotConnection);
    }
    const bool compare = parser.isSet(QStringLiteral("compare"));
    if (compare) {
        const int seconds = std::clamp(parser.value(QStringLiteral("compare")).toInt(), 0, 3600);
        SnapshotController* snapshots = window.snapshotController();
        QObject::connect(
            &window, &MainWindow::targetOpened, &window,
            [&window, snapshots, seconds] {
                // Once the symbols are in, so that the snapshot is not taken during the opening's reads.
                QObject::connect(
                    &window, &MainWindow::symbolsLoaded, snapshots, [snapshots] { snapshots->takeSnapshot(); },
                    Qt::SingleShotConnection);
                (void)seconds;
            },
            Qt::SingleShotConnection);
        QObject::connect(
            snapshots, &SnapshotController::snapshotTaken, snapshots,
            [snapshots, seconds](int index) {
                QTimer::singleShot(
                    seconds * 1000, snapshots, [snapshots, index] { snapshots->compare({ index }, { -1 }); });
            },
            Qt::SingleShotConnection);
        QObject::connect(
            snapshots, &SnapshotController::compared, snapshots, [snapshots] { snapshots->diffPane()->nextChange(); },
            Qt::SingleShotConnection);
        QObject::connect(snapshots, &SnapshotController::problem, &window,
            [](const QString& error) { std::fprintf(stderr, "procglass: %s\n", qPrintable(error)); });
    }
    const bool tour = parser.isSet(QStringLiteral("tour"));
    if (tour) {
        const int step = parser.value(QStringLiteral("tour")).toInt();
        // The tour begins once the demo's start-up vector is read (some steps show it).
        QObject::connect(
            &window, &MainWindow::startUpVectorLoaded, &window,
            [&window, step] {
                for (int i = 1; i < step && !window.tour()->isAtEnd(); ++i)
                    window.tour()->next();
            },
            Qt::SingleShotConnection);
    }
    if (agent) {
        QObject::connect(&window, &MainWindow::connectFailed, &window,
            [](const QString& error) { std::fprintf(stderr, "procglass: %s\n", qPrintable(error)); });
    }
    window.show();
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        auto shoot = [&window, file] {
            // Let layouts and column sizes settle before taking the picture.
            QTimer::singleShot(500, &window, [&window, file] {
                const bool saved = window.grab().save(file);
                if (!saved)
                    std::fprintf(stderr, "procglass: cannot save the screenshot to %s\n", qPrintable(file));
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        if (compare)
            QObject::connect(
                window.snapshotController(), &SnapshotController::compared, &window, shoot, Qt::SingleShotConnection);
        else if (search)
            QObject::connect(window.searchPanel(), &SearchPanel::finished, &window, shoot, Qt::SingleShotConnection);
        else if (code)
            QObject::connect(window.codeView(), &CodeView::loaded, &window, shoot, Qt::SingleShotConnection);
        else if (tour)
            QObject::connect(&window, &MainWindow::startUpVectorLoaded, &window, shoot, Qt::SingleShotConnection);
        else if (parser.isSet(QStringLiteral("demo")) || (agent && parser.isSet(QStringLiteral("pid"))))
            QObject::connect(&window, &MainWindow::targetOpened, &window, shoot, Qt::SingleShotConnection);
        else if (agent) {
            // The agent's list, once it is in (or why there is none).
            QObject::connect(&window, &MainWindow::connectFailed, &window, shoot, Qt::SingleShotConnection);
            QObject::connect(
                &window, &MainWindow::hostChanged, &window,
                [&window, shoot] {
                    QObject::connect(
                        &window, &MainWindow::processesRefreshed, &window, shoot, Qt::SingleShotConnection);
                },
                Qt::SingleShotConnection);
        } else
            shoot();
    }
    return app.exec();
}
