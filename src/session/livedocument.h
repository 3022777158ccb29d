// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/host/host.h"
#include "session/targetdocument.h"

namespace procglass {

class TargetSession;

// A running process of a Host -- this computer, or an agent's (another user, machine or
// container) -- read through its TargetSession (a thread of its own that holds the hold).
class LiveDocument final : public TargetDocument
{
    Q_OBJECT
public:
    // info: host->info(), read off the GUI thread (the texts say where the target lives).
    LiveDocument(std::shared_ptr<Host> host, HostInfo info, std::shared_ptr<Target> target, QObject* parent = nullptr);
    // Releases a hold: the session stops (see ~TargetSession).
    ~LiveDocument() override;

    [[nodiscard]] Capabilities capabilities() const override { return { true, true, true, true }; }
    [[nodiscard]] std::shared_ptr<MemorySource> source() const override;
    [[nodiscard]] ProcessIdentity identity() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString stateText() const override;
    [[nodiscard]] QString windowTitle() const override;
    [[nodiscard]] const HostInfo& hostInfo() const { return m_hostInfo; }
    [[nodiscard]] std::shared_ptr<Host> host() const { return m_host; }
    // Set once the agent's connection is lost (state() is Offline then).
    [[nodiscard]] const Error& connectionError() const { return m_lost; }
    // The target itself, for work on the thread pool that writes while it runs (a frozen value of
    // the watch list, written again at an interval): Target is safe from any thread, and the
    // work holds it, never this document.
    [[nodiscard]] std::shared_ptr<Target> target() const { return m_target; }

    void start() override;
    void refresh() override;
    void setHeld(bool held) override;
    void write(Address address, QByteArray bytes) override;
    void dump(DumpJob job) override;

protected:
    void fetchPages(quint64 generation, const std::vector<Address>& bases) override;
    [[nodiscard]] std::function<SymbolIndex()> symbolWork(SharedRegions regions) const override;
    [[nodiscard]] std::function<ProcessFacts()> factsWork(SharedRegions regions, bool withAuxv) const override;
    [[nodiscard]] std::function<std::vector<SmapsEntry>()> smapsWork() const override;

private:
    void answerPages(const std::vector<PageCache::Page>& pages);

    std::shared_ptr<Host> m_host;
    HostInfo m_hostInfo;
    std::shared_ptr<Target> m_target;
    std::unique_ptr<TargetSession> m_session;
    Error m_lost;
};

// /proc/PID/status, which anyone may read, of a process whose memory cannot be read: through
// Host::readProcFile, so an agent's host answers for its own processes (the tracer is named only
// on this computer). Blocks on the host: call it off the UI thread.
[[nodiscard]] ProcessFacts readStatusFacts(Host& host, const ProcessIdentity& identity);

} // namespace procglass
