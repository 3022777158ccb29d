// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/host/host.h"

#include <QString>

#include <atomic>
#include <chrono>
#include <memory>

namespace procglass {

// Starts command (split as a shell splits words: QProcess::splitCommand) whose standard input and
// output speak the agent protocol -- `pkexec /usr/bin/procglass-agent`, `ssh HOST procglass-agent`,
// `docker exec -i C procglass-agent`... -- greets the agent and returns it as a Host. Fails with
// what the command said on its standard error when it ends first (ssh's "Permission denied",
// pkexec's "Not authorized"). cancel (from any thread) gives up; timeout bounds the greeting
// (long enough for a password to be typed at pkexec's or ssh's prompt).
[[nodiscard]] Result<std::shared_ptr<Host>> connectAgent(const QString& command,
    std::chrono::milliseconds timeout = std::chrono::minutes(2), const std::atomic<bool>* cancel = nullptr);

} // namespace procglass
