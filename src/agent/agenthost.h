// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QCoreApplication>

#include "agent/connection.h"
#include "core/host/host.h"

#include <memory>

namespace procglass {

// A procglass-agent reached through a command (connect.h): every Host and Target call travels
// over its connection, synchronously; safe from any thread (never the GUI thread: a call waits
// for the agent). A lost connection makes every call fail with connectionError().
class AgentHost final : public Host
{
public:
    explicit AgentHost(std::shared_ptr<agent::Connection> connection);
    // Closes the agent's stdin: it releases every hold and exits; the child is reaped.
    ~AgentHost() override;
    [[nodiscard]] HostInfo info() const override;
    [[nodiscard]] Result<std::vector<ProcessInfo>> processes() override;
    [[nodiscard]] Result<std::shared_ptr<Target>> open(const ProcessIdentity& identity) override;
    // Without opening the process: its memory need not be readable (the status of any process).
    [[nodiscard]] Result<ParsedMaps> readMaps(const ProcessIdentity& identity) override;
    [[nodiscard]] Result<QByteArray> readProcFile(const ProcessIdentity& identity, ProcFile file) override;
    [[nodiscard]] Error connectionError() const override;
    [[nodiscard]] const std::shared_ptr<agent::Connection>& connection() const { return m_connection; }

private:
    std::shared_ptr<agent::Connection> m_connection;
};

class AgentHold final : public TargetHold
{
public:
    AgentHold(std::shared_ptr<agent::Connection> connection, quint64 id);
    ~AgentHold() override;
    Error release() override;
    [[nodiscard]] bool targetDied() const override;
    [[nodiscard]] Result<std::vector<ThreadRegisters>> threadRegisters() const override;
    [[nodiscard]] quint64 id() const { return m_id; }

private:
    std::shared_ptr<agent::Connection> m_connection;
    quint64 m_id;
    bool m_released = false;
};

class AgentTarget final : public Target
{
    Q_DECLARE_TR_FUNCTIONS(procglass::AgentTarget)

public:
    AgentTarget(std::shared_ptr<agent::Connection> connection, const agent::OpenReply& opened);
    ~AgentTarget() override;

    Result<std::vector<Region>> regions() override;
    // Pieces of up to 8 MiB, several in flight; the data lands straight in out.
    ReadResult read(Address address, std::span<std::byte> out) override;
    QString description() const override;

    [[nodiscard]] ProcessIdentity identity() const override { return m_identity; }
    [[nodiscard]] QString name() const override { return m_name; }
    [[nodiscard]] Error checkAlive() const override;
    [[nodiscard]] int exitFd() const override { return m_exitFd; }
    [[nodiscard]] Result<ParsedMaps> readMaps() override;
    [[nodiscard]] Result<std::vector<SmapsEntry>> readSmaps() override;
    [[nodiscard]] Result<QByteArray> readProcFile(ProcFile file) override;
    [[nodiscard]] BundleInfo bundleInfo() override;
    [[nodiscard]] Result<quint64> write(Address address, std::span<const std::byte> data) override;
    [[nodiscard]] Result<std::unique_ptr<TargetHold>> hold(
        std::chrono::milliseconds timeout, const std::atomic<bool>* abandon = nullptr) override;
    [[nodiscard]] Result<std::unique_ptr<ImageBytes>> mappedFile(const Region& region) override;
    void search(SearchRun& run) override;
    [[nodiscard]] Result<HitSet> rescan(
        const HitSet& hits, HitSet::Filter filter, QStringView operand, const std::atomic<bool>* cancel) override;
    [[nodiscard]] Result<DumpReport> dump(const DumpJob& job, TargetHold* hold, const BundleInfo& info) override;
    // The baseline stays with the agent; its next steps bring only hits (agent::Type::UnknownNext).
    [[nodiscard]] Result<std::shared_ptr<ScanBaseline>> unknownScan(
        const UnknownScanRequest& request, const ScanControl& control) override;

    // A rescan sends the hits to the agent in one message: at most this many (the protocol's cap
    // of a hit set); more are read through the agent and compared here.
    static constexpr size_t kMaxRescanHits = size_t(1) << 26;
    static constexpr quint64 kReadPiece = 8u << 20;
    static constexpr int kReadsInFlight = 4;

private:
    [[nodiscard]] QByteArray request(std::initializer_list<quint64> words) const;

    std::shared_ptr<agent::Connection> m_connection;
    quint64 m_handle;
    ProcessIdentity m_identity;
    QString m_name;
    QString m_description;
    int m_exitFd = -1;
};

} // namespace procglass
