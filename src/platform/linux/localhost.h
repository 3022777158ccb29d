// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QCoreApplication>

#include "core/host/host.h"

#include <QHash>
#include <QPair>

#include <mutex>

namespace procglass {

class Hold;
class LinuxTarget;

// This computer, read in this process: ptrace and /proc as the user Procglass runs as. The agent
// serves exactly this to its peer.
class LocalHost final : public Host
{
    Q_DECLARE_TR_FUNCTIONS(procglass::LocalHost)

public:
    [[nodiscard]] HostInfo info() const override;
    // Remembers each process's readability (keyed by pid and start time) and checks only new
    // processes again: opening every /proc/PID/mem on each refresh costs, and a security module
    // logs each refusal.
    [[nodiscard]] Result<std::vector<ProcessInfo>> processes() override;
    // The next processes() checks every process's readability again (the process list's F5).
    void forgetAccess();
    [[nodiscard]] Result<std::shared_ptr<Target>> open(const ProcessIdentity& identity) override;
    // From /proc directly, without opening the memory.
    [[nodiscard]] Result<ParsedMaps> readMaps(const ProcessIdentity& identity) override;
    [[nodiscard]] Result<QByteArray> readProcFile(const ProcessIdentity& identity, ProcFile file) override;

private:
    std::mutex m_mutex;
    QHash<QPair<pid_t, quint64>, QString> m_accessKnown; // from the last listing
};

// A held local process (see Hold: create and destroy it on one thread).
class LocalHold final : public TargetHold
{
public:
    explicit LocalHold(std::unique_ptr<Hold> hold);
    ~LocalHold() override;
    Error release() override;
    [[nodiscard]] bool targetDied() const override;
    [[nodiscard]] Result<std::vector<ThreadRegisters>> threadRegisters() const override;
    [[nodiscard]] const Hold& hold() const { return *m_hold; }

private:
    std::unique_ptr<Hold> m_hold;
};

// A process of this computer: LinuxTarget and the /proc files around it.
class LocalTarget final : public Target
{
public:
    explicit LocalTarget(std::shared_ptr<LinuxTarget> target);
    ~LocalTarget() override;

    [[nodiscard]] const std::shared_ptr<LinuxTarget>& linuxTarget() const { return m_target; }

    Result<std::vector<Region>> regions() override;
    ReadResult read(Address address, std::span<std::byte> out) override;
    QString description() const override;

    [[nodiscard]] ProcessIdentity identity() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] Error checkAlive() const override;
    [[nodiscard]] int exitFd() const override;
    [[nodiscard]] Result<ParsedMaps> readMaps() override;
    [[nodiscard]] Result<std::vector<SmapsEntry>> readSmaps() override;
    [[nodiscard]] Result<QByteArray> readProcFile(ProcFile file) override;
    [[nodiscard]] BundleInfo bundleInfo() override;
    [[nodiscard]] Result<quint64> write(Address address, std::span<const std::byte> data) override;
    [[nodiscard]] Result<std::unique_ptr<TargetHold>> hold(
        std::chrono::milliseconds timeout, const std::atomic<bool>* abandon = nullptr) override;
    [[nodiscard]] Result<std::unique_ptr<ImageBytes>> mappedFile(const Region& region) override;
    [[nodiscard]] Result<DumpReport> dump(const DumpJob& job, TargetHold* hold, const BundleInfo& info) override;

private:
    std::shared_ptr<LinuxTarget> m_target;
};

} // namespace procglass
