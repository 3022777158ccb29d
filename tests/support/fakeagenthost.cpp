// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakeagenthost.h"

#include "platform/linux/localhost.h"

#include <QCoreApplication>
#include <QThread>

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace procglass::test {

namespace {

// A local target seen through the fake link: every call goes through FakeAgentHost::call().
class FakeAgentTarget final : public Target
{
public:
    FakeAgentTarget(std::shared_ptr<FakeAgentHost> host, std::shared_ptr<Target> local)
        : m_host(std::move(host))
        , m_local(std::move(local))
    {
        // Readable once the process exits (its pidfd) or the link is lost (the host's eventfd).
        m_exitFd = epoll_create1(EPOLL_CLOEXEC);
        for (const int fd : { m_local->exitFd(), m_host->lostFd() }) {
            epoll_event e {};
            e.events = EPOLLIN;
            e.data.fd = fd;
            epoll_ctl(m_exitFd, EPOLL_CTL_ADD, fd, &e);
        }
    }
    ~FakeAgentTarget() override { ::close(m_exitFd); }

    Result<std::vector<Region>> regions() override
    {
        if (Error e = m_host->call())
            return e;
        return m_local->regions();
    }
    ReadResult read(Address address, std::span<std::byte> out) override
    {
        if (Error e = m_host->call()) {
            ReadResult r;
            r.error = e;
            return r;
        }
        return m_local->read(address, out);
    }
    QString description() const override { return m_local->description(); }
    ProcessIdentity identity() const override { return m_local->identity(); }
    QString name() const override { return m_local->name(); }
    Error checkAlive() const override
    {
        if (Error e = m_host->call())
            return e;
        return m_local->checkAlive();
    }
    int exitFd() const override { return m_exitFd; }
    Result<ParsedMaps> readMaps() override
    {
        if (Error e = m_host->call())
            return e;
        return m_local->readMaps();
    }
    Result<std::vector<SmapsEntry>> readSmaps() override
    {
        if (Error e = m_host->call())
            return e;
        return m_local->readSmaps();
    }
    Result<QByteArray> readProcFile(ProcFile file) override
    {
        if (Error e = m_host->call())
            return e;
        return m_local->readProcFile(file);
    }
    BundleInfo bundleInfo() override { return m_host->call() ? BundleInfo() : m_local->bundleInfo(); }
    Result<quint64> write(Address address, std::span<const std::byte> data) override
    {
        if (Error e = m_host->call())
            return e;
        return m_local->write(address, data);
    }
    Result<std::unique_ptr<TargetHold>> hold(
        std::chrono::milliseconds timeout, const std::atomic<bool>* abandon) override
    {
        if (Error e = m_host->call())
            return e;
        // The local hold, on this (the session's) thread: as the agent's would be on its side. Its
        // release works after the link is lost too -- the agent lets go as its input closes.
        return m_local->hold(timeout, abandon);
    }
    Result<std::unique_ptr<ImageBytes>> mappedFile(const Region& region) override
    {
        if (Error e = m_host->call())
            return e;
        return m_local->mappedFile(region);
    }
    Result<DumpReport> dump(const DumpJob& job, TargetHold* hold, const BundleInfo& info) override
    {
        if (Error e = m_host->call())
            return e;
        return m_local->dump(job, hold, info);
    }

private:
    std::shared_ptr<FakeAgentHost> m_host;
    std::shared_ptr<Target> m_local;
    int m_exitFd = -1;
};

} // namespace

FakeAgentHost::FakeAgentHost(Identity identity)
    : m_identity(std::move(identity))
    , m_local(std::make_shared<LocalHost>())
    , m_lostFd(eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK))
{ }

FakeAgentHost::~FakeAgentHost()
{
    ::close(m_lostFd);
}

HostInfo FakeAgentHost::info() const
{
    HostInfo h;
    h.where = m_identity.where;
    h.hostName = m_identity.hostName;
    h.kernel = m_local->info().kernel;
    h.uid = m_identity.uid;
    h.user = m_identity.user;
    h.agent = true;
    h.agentVersion = QStringLiteral("fake");
    h.protocolVersion = 1;
    return h;
}

Error FakeAgentHost::call() const
{
    ++m_calls;
    if (QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread()) {
        ++m_guiThreadCalls; // what a real link would make the window wait for
        if (qEnvironmentVariableIsSet("PROCGLASS_FAKE_AGENT_TRACE"))
            qWarning("FakeAgentHost called on the GUI thread");
    }
    if (const int ms = m_delayMs.load())
        QThread::msleep(ulong(ms));
    return connectionError();
}

Result<std::vector<ProcessInfo>> FakeAgentHost::processes()
{
    if (Error e = call())
        return e;
    return m_local->processes();
}

Result<std::shared_ptr<Target>> FakeAgentHost::open(const ProcessIdentity& identity)
{
    if (Error e = call())
        return e;
    auto local = m_local->open(identity);
    if (!local)
        return local.error();
    return std::shared_ptr<Target>(std::make_shared<FakeAgentTarget>(shared_from_this(), std::move(local.value())));
}

Error FakeAgentHost::connectionError() const
{
    const std::lock_guard lock(m_mutex);
    return m_lost;
}

void FakeAgentHost::loseConnection()
{
    {
        const std::lock_guard lock(m_mutex);
        m_lost = makeError(ErrorKind::Io, QStringLiteral("procglass-agent closed its output (ssh: exit status 255)."));
    }
    const quint64 one = 1;
    [[maybe_unused]] const auto n = ::write(m_lostFd, &one, sizeof one);
}

} // namespace procglass::test
