// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/host/host.h"

#include <atomic>
#include <memory>
#include <mutex>

namespace procglass::test {

// A Host that says it is an agent (HostInfo.agent, a user and a machine of its choosing) but reads
// this computer in process, through LocalHost: the window's agent paths without the agent program.
// loseConnection() plays a link that breaks: from then on every call fails with that error,
// connectionError() says it, and every target's exitFd() becomes readable -- while the processes
// themselves run on. setCallDelay() makes every call take that long (a slow link), to show that
// nothing waits for it on the GUI thread.
class FakeAgentHost final : public Host, public std::enable_shared_from_this<FakeAgentHost>
{
public:
    struct Identity
    {
        QString where = QStringLiteral("ssh build1 procglass-agent");
        QString hostName = QStringLiteral("build1");
        QString user = QStringLiteral("root");
        uid_t uid = 0;
    };
    explicit FakeAgentHost(Identity identity);
    FakeAgentHost()
        : FakeAgentHost(Identity())
    { }
    ~FakeAgentHost() override;

    [[nodiscard]] HostInfo info() const override;
    [[nodiscard]] Result<std::vector<ProcessInfo>> processes() override;
    [[nodiscard]] Result<std::shared_ptr<Target>> open(const ProcessIdentity& identity) override;
    [[nodiscard]] Error connectionError() const override;

    void loseConnection();
    void setCallDelay(int ms) { m_delayMs = ms; }
    // How many calls reached it (processes, open, and every target's).
    [[nodiscard]] int calls() const { return m_calls; }
    // How many of them came from the GUI thread (each a wait for the link, there): should be none.
    [[nodiscard]] int guiThreadCalls() const { return m_guiThreadCalls; }

    // For its targets: counts the call, sleeps the delay, says whether the link is lost.
    [[nodiscard]] Error call() const;
    // Becomes readable once the connection is lost (each target watches it with its pidfd).
    [[nodiscard]] int lostFd() const { return m_lostFd; }

private:
    Identity m_identity;
    std::shared_ptr<Host> m_local;
    mutable std::mutex m_mutex;
    Error m_lost;
    std::atomic<int> m_delayMs = 0;
    mutable std::atomic<int> m_calls = 0;
    mutable std::atomic<int> m_guiThreadCalls = 0;
    int m_lostFd = -1; // an eventfd
};

} // namespace procglass::test
