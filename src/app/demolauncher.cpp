// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "demolauncher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <utility>

namespace procglass {

namespace {
// Whether the application's event loop has ended (aboutToQuit was emitted): from then on nothing
// hears a demo's end. The first call, from the launcher's constructor, starts listening.
bool eventLoopEnded()
{
    static bool ended = false;
    [[maybe_unused]] static const bool listening = [] {
        QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, [] { ended = true; });
        return true;
    }();
    return ended;
}

// Waits for a demo that was asked to terminate, for the grace period at most, then kills it.
void reap(QProcess* demo)
{
    if (demo->state() != QProcess::NotRunning && !demo->waitForFinished(DemoLauncher::kGraceMs)) {
        demo->kill();
        demo->waitForFinished();
    }
}

// Ends a demo without waiting for it: SIGTERM now, SIGKILL after the grace period if it still runs,
// deleted once its end is heard. It belongs to the application from here on, so that a window
// closed meanwhile does not delete it (QProcess's destructor waits for the process). When the
// event loop ends first (the window closed, the program quitting), or has ended already (the
// window destroyed as main() returns), it is reaped there: the user has left, the demo ends on
// SIGTERM at once, and QProcess's destructor is spared killing it ("Destroyed while process is
// still running" on the terminal).
void retire(QProcess* demo)
{
    if (demo->state() == QProcess::NotRunning) {
        demo->deleteLater();
        return;
    }
    demo->terminate();
    if (eventLoopEnded()) {
        reap(demo);
        delete demo;
        return;
    }
    demo->setParent(QCoreApplication::instance());
    QObject::connect(demo, &QProcess::finished, demo, &QObject::deleteLater);
    QTimer::singleShot(DemoLauncher::kGraceMs, demo, [demo] { demo->kill(); });
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, demo, [demo] { reap(demo); });
}
} // namespace

DemoLauncher::DemoLauncher(QObject* parent)
    : QObject(parent)
    , m_program(program())
    , m_arguments { QStringLiteral("--random-size"), QString::number(64 << 20) }
{
    (void)eventLoopEnded(); // listens for the event loop's end from now on
}

void DemoLauncher::setCommand(const QString& program, const QStringList& arguments)
{
    m_program = program;
    m_arguments = arguments;
}

DemoLauncher::~DemoLauncher()
{
    stop();
}

QString DemoLauncher::program()
{
    // Next to the GUI in the build tree; installed, in the libexec folder relative to bin (set by CMake).
    const QString appDir = QCoreApplication::applicationDirPath();
    QString program = appDir + QStringLiteral("/procglass-demo");
    if (!QFileInfo::exists(program))
        program = QDir::cleanPath(appDir + QStringLiteral("/" PROCGLASS_LIBEXEC_RELATIVE "/procglass-demo"));
    return program;
}

void DemoLauncher::start()
{
    stop();
    const QString path = m_program;
    m_demo = new QProcess(this);
    QProcess* demo = m_demo;
    connect(demo, &QProcess::readyReadStandardOutput, this, [this, demo] {
        if (!demo->canReadLine())
            return;
        if (demo->readLine().startsWith("PROCGLASS_FIXTURE "))
            emit ready(pid_t(demo->processId()));
    });
    connect(demo, &QProcess::errorOccurred, this,
        [this, demo, path](QProcess::ProcessError) { emit failed(path, demo->errorString()); });
    demo->start(path, m_arguments);
}

void DemoLauncher::stop()
{
    if (!m_demo)
        return;
    QProcess* demo = std::exchange(m_demo, nullptr);
    demo->disconnect(this); // its end is not news: the window may be half destroyed
    retire(demo);
}

pid_t DemoLauncher::pid() const
{
    return m_demo ? pid_t(m_demo->processId()) : 0;
}

} // namespace procglass
