// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "connect.h"

#include "agent/agenthost.h"

namespace procglass {

Result<std::shared_ptr<Host>> connectAgent(
    const QString& command, std::chrono::milliseconds timeout, const std::atomic<bool>* cancel)
{
    auto connection = agent::Connection::start(command, timeout, cancel);
    if (!connection)
        return connection.error();
    return std::shared_ptr<Host>(std::make_shared<AgentHost>(std::move(*connection)));
}

} // namespace procglass
