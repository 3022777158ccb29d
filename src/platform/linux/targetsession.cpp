#include "targetsession.h"

#include "hold.h"
#include "procfs.h"
#include "target.h"

#include <QCoreApplication>
#include <QSocketNotifier>

namespace procglass {

TargetSession::TargetSession(std::shared_ptr<LinuxTarget> target)
    : m_target(std::move(target))
{
    qRegisterMetaType<ParsedMaps>();
    qRegisterMetaType<Error>();
    qRegisterMetaType<State>();
    m_thread.setObjectName(QStringLiteral("target %1").arg(m_target->pid()));
    moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(this, &TargetSession::start, Qt::QueuedConnection);
}

TargetSession::~TargetSession()
{
    // Let go of the target from the thread that holds it, then end that thread.
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                delete m_exitNotifier;
                m_exitNotifier = nullptr;
                if (m_hold)
                    m_hold->release();
                m_hold.reset();
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void TargetSession::start()
{
    m_hold = std::make_unique<HoldController>(m_target->identity());
    m_exitNotifier = new QSocketNotifier(m_target->pidfd(), QSocketNotifier::Read);
    connect(m_exitNotifier, &QSocketNotifier::activated, this, &TargetSession::onExited);
}

void TargetSession::requestHold()
{
    QMetaObject::invokeMethod(this, &TargetSession::hold, Qt::QueuedConnection);
}

void TargetSession::requestRelease()
{
    QMetaObject::invokeMethod(this, &TargetSession::release, Qt::QueuedConnection);
}

void TargetSession::requestRegions()
{
    QMetaObject::invokeMethod(this, &TargetSession::loadRegions, Qt::QueuedConnection);
}

void TargetSession::hold()
{
    if (m_state != State::Running)
        return;
    if (Error e = m_hold->hold()) {
        emit failed(e);
        return;
    }
    setState(State::Held);
}

void TargetSession::release()
{
    if (m_state != State::Held)
        return;
    if (Error e = m_hold->release())
        emit failed(e);
    setState(State::Running);
}

void TargetSession::loadRegions()
{
    if (m_state == State::Exited)
        return;
    auto maps = m_target->readMaps();
    if (!maps) {
        if (maps.error().kind == ErrorKind::Exited)
            onExited();
        else
            emit failed(maps.error());
        return;
    }
    emit regionsReady(*maps);
}

void TargetSession::onExited()
{
    if (m_state == State::Exited)
        return;
    if (m_exitNotifier)
        m_exitNotifier->setEnabled(false);
    m_hold->release(); // nothing left to release, but forget the threads
    setState(State::Exited);
}

void TargetSession::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace procglass
