// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/host/host.h"
#include "core/model/error.h"
#include "core/model/processinfo.h"
#include "session/jobtracker.h"

#include <QObject>

#include <functional>
#include <memory>

namespace procglass {

class LinuxTarget;
class TargetDocument;

// Opens targets off the GUI thread: opening a process reads its command line under the target's
// mmap lock (a target can stall that) or asks an agent over its link, opening a bundle reads and
// checks its files. Processes are opened through the Host (this computer unless set). Only the
// newest open answers; an older one still under way is dropped (and what it opened closed).
class DocumentOpener : public QObject
{
    Q_OBJECT
public:
    using Opened = std::function<void(Result<std::unique_ptr<TargetDocument>>)>;

    explicit DocumentOpener(QObject* parent = nullptr);
    ~DocumentOpener() override;

    // Where processes are opened from (LocalHost by default). An open under way answers nobody.
    void setHost(std::shared_ptr<Host> host);
    [[nodiscard]] const std::shared_ptr<Host>& host() const { return m_host; }

    // identity.startTime 0: whichever process has the pid now.
    void openProcess(const ProcessIdentity& identity, Opened done);
    void openBundle(const QString& directory, Opened done);
    // The open under way, if any, answers nobody.
    void cancel();
    [[nodiscard]] bool isOpening() const { return m_opening; }
    // How a process of this computer is opened, on the thread pool (Host::open unless replaced:
    // tests that open with fewer privileges, which are per thread, or slowly).
    using ProcessOpen = std::function<Result<std::unique_ptr<LinuxTarget>>(const ProcessIdentity& identity)>;
    void setProcessOpen(ProcessOpen open) { m_processOpen = std::move(open); }

private:
    JobTracker m_jobs { this };
    bool m_opening = false;
    ProcessOpen m_processOpen;
    std::shared_ptr<Host> m_host;
};

} // namespace procglass
