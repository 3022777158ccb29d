// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "session/livedocument.h"

#include "core/model/format.h"
#include "platform/linux/localhost.h"
#include "platform/linux/procfs.h"
#include "platform/linux/target.h"
#include "session/targetsession.h"

#include <QCoreApplication>

namespace procglass {

// The window's words keep the window's context (they were its own before the document took them);
// written out at each call so that lupdate finds them.
namespace {
// local: the tracer's pid is one of this computer's, and may be named; an agent's is not.
ProcessFacts statusFacts(const Result<QByteArray>& text, bool local)
{
    ProcessFacts f;
    f.withAuxv = false;
    if (text) {
        const ProcStatus status = parseProcStatus(*text);
        const pid_t tracer = pid_t(status.value(u"TracerPid").toInt());
        f.status = summarizeProcStatus(status, local ? identifyTracer(tracer) : TracerIdentity());
    } else {
        f.statusError = text.error().message;
    }
    return f;
}
} // namespace

ProcessFacts readStatusFacts(Host& host, const ProcessIdentity& identity)
{
    return statusFacts(host.readProcFile(identity, ProcFile::Status), !host.info().agent);
}

LiveDocument::LiveDocument(std::shared_ptr<Host> host, HostInfo info, std::shared_ptr<Target> target, QObject* parent)
    : TargetDocument(parent)
    , m_host(std::move(host))
    , m_hostInfo(std::move(info))
    , m_target(std::move(target))
    , m_session(std::make_unique<TargetSession>(m_host, m_target))
{
    // Everything the session sends arrives through this document: destroyed, Qt discards what is
    // still queued, so a closed target's results never reach the next one.
    connect(m_session.get(), &TargetSession::regionsReady, this,
        [this](const ParsedMaps& maps) { setRegions(maps.regions, int(maps.errors.size())); });
    connect(m_session.get(), &TargetSession::pagesReady, this,
        [this](quint64, const std::vector<PageCache::Page>& pages) { answerPages(pages); });
    connect(m_session.get(), &TargetSession::stateChanged, this, [this](TargetSession::State s) {
        setState(s == TargetSession::State::Held    ? State::Held
                : s == TargetSession::State::Exited ? State::Exited
                : s == TargetSession::State::Lost   ? State::Offline
                                                    : State::Running);
    });
    connect(m_session.get(), &TargetSession::connectionLost, this, [this](const Error& e) { m_lost = e; });
    connect(m_session.get(), &TargetSession::written, this, &TargetDocument::written);
    connect(m_session.get(), &TargetSession::dumped, this, &TargetDocument::dumped);
    connect(m_session.get(), &TargetSession::failed, this, &TargetDocument::failed);
}

LiveDocument::~LiveDocument()
{
    m_session.reset(); // before this QObject's connections go: it may post until its thread stops
}

std::shared_ptr<MemorySource> LiveDocument::source() const
{
    return m_target;
}

ProcessIdentity LiveDocument::identity() const
{
    return m_target->identity();
}

QString LiveDocument::name() const
{
    return m_target->name();
}

QString LiveDocument::summary() const
{
    quint64 mapped = 0;
    for (const Region& r : *regions())
        mapped += r.range.size();
    if (m_hostInfo.agent)
        return QCoreApplication::translate(
            "procglass::MainWindow", "Process %1 (%2) on %3, read as %4: %5 mappings, %6 of address space")
            .arg(m_target->identity().pid)
            .arg(name(), m_hostInfo.hostName, m_hostInfo.user)
            .arg(regions()->size())
            .arg(formatBytes(mapped));
    return QCoreApplication::translate("procglass::MainWindow", "Process %1 (%2): %3 mappings, %4 of address space")
        .arg(m_target->identity().pid)
        .arg(name())
        .arg(regions()->size())
        .arg(formatBytes(mapped));
}

QString LiveDocument::stateText() const
{
    const pid_t pid = m_target->identity().pid;
    if (m_hostInfo.agent) {
        // Where it lives and as whom it is read, before its state.
        const QString at = QCoreApplication::translate("procglass::MainWindow", "%1 (%2) on %3 (%4, as %5)")
                               .arg(name())
                               .arg(pid)
                               .arg(m_hostInfo.hostName, m_hostInfo.where, m_hostInfo.user);
        switch (state()) {
        case State::Held:
            return QCoreApplication::translate("procglass::MainWindow", "%1: held — every thread stopped").arg(at);
        case State::Exited:
            return QCoreApplication::translate("procglass::MainWindow", "%1: exited").arg(at);
        case State::Offline:
            return QCoreApplication::translate("procglass::MainWindow", "%1: connection lost").arg(at);
        case State::Running:
            break;
        }
        return QCoreApplication::translate("procglass::MainWindow", "%1: running").arg(at);
    }
    switch (state()) {
    case State::Held:
        return QCoreApplication::translate("procglass::MainWindow", "%1 (%2): held — every thread stopped")
            .arg(name())
            .arg(pid);
    case State::Exited:
        return QCoreApplication::translate("procglass::MainWindow", "%1 (%2): exited").arg(name()).arg(pid);
    case State::Running:
    case State::Offline:
        break;
    }
    return QCoreApplication::translate("procglass::MainWindow", "%1 (%2): running").arg(name()).arg(pid);
}

QString LiveDocument::windowTitle() const
{
    if (m_hostInfo.agent)
        return QCoreApplication::translate("procglass::MainWindow", "%1 (%2) on %3 as %4 — Procglass")
            .arg(name())
            .arg(m_target->identity().pid)
            .arg(m_hostInfo.hostName, m_hostInfo.user);
    return QCoreApplication::translate("procglass::MainWindow", "%1 (%2) — Procglass")
        .arg(name())
        .arg(m_target->identity().pid);
}

void LiveDocument::start()
{
    m_session->requestRegions();
}

void LiveDocument::refresh()
{
    if (state() == State::Exited || state() == State::Offline)
        return;
    m_session->requestRegions();
    pages().invalidate(); // the bytes may have changed too
}

void LiveDocument::setHeld(bool held)
{
    // The session ignores a request that does not change its state.
    if (held)
        m_session->requestHold();
    else
        m_session->requestRelease();
}

void LiveDocument::write(Address address, QByteArray bytes)
{
    m_session->requestWrite(address, std::move(bytes));
}

void LiveDocument::dump(DumpJob job)
{
    m_session->requestDump(std::move(job));
}

void LiveDocument::fetchPages(quint64 generation, const std::vector<Address>& bases)
{
    if (state() != State::Exited && state() != State::Offline) {
        m_session->requestPages(generation, bases);
        return;
    }
    // Nothing can be read any more: answer at once, so the view shows why instead of loading.
    const QString why = state() == State::Offline
        ? QCoreApplication::translate("procglass::MainWindow", "the connection to the agent was lost")
        : QCoreApplication::translate("procglass::MainWindow", "the process exited");
    std::vector<PageCache::Page> out;
    for (Address base : bases)
        out.push_back(PageCache::unreadablePage(base, why));
    answerPages(out);
}

void LiveDocument::answerPages(const std::vector<PageCache::Page>& out)
{
    pages().add(out);
    // Pages that came back unreadable for a reason of their own (the process exited): say it, where
    // the "??" the view draws for them would say only "unreadable".
    const auto it = std::find_if(out.begin(), out.end(), [](const PageCache::Page& p) { return !p.reason.isEmpty(); });
    if (it != out.end())
        emit pageProblem(QCoreApplication::translate(
            "procglass::MainWindow", "The memory from %1 on cannot be shown: %2. What was read before stays on screen.")
                             .arg(formatAddress(it->base), it->reason));
}

std::function<SymbolIndex()> LiveDocument::symbolWork(SharedRegions regions) const
{
    // The files through /proc, checked to be the very files it maps.
    return [target = m_target, regions] { return buildSymbolIndex(*target, *regions); };
}

std::function<ProcessFacts()> LiveDocument::factsWork(SharedRegions regions, bool withAuxv) const
{
    // Off the GUI thread: the vector's strings are read from the target's stack.
    const bool local = !m_hostInfo.agent;
    return [target = m_target, regions, withAuxv, local] {
        ProcessFacts f = statusFacts(target->readProcFile(ProcFile::Status), local);
        f.withAuxv = withAuxv;
        if (!withAuxv)
            return f;
        if (auto raw = target->readProcFile(ProcFile::Auxv))
            f.auxv = describeAuxv(parseAuxv(*raw), *regions, target.get());
        else
            f.auxvError = raw.error().message;
        return f;
    };
}

std::function<std::vector<SmapsEntry>()> LiveDocument::smapsWork() const
{
    // On the thread pool, not the session thread: for 65,000 mappings the kernel needs ~200 ms to
    // format smaps, and closing the target must not wait for that.
    return [target = m_target] {
        auto smaps = target->readSmaps();
        return smaps ? std::move(smaps.value()) : std::vector<SmapsEntry>();
    };
}

} // namespace procglass
