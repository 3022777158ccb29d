// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "session/holdcontroller.h"

namespace procglass {

HoldController::HoldController(std::shared_ptr<Target> target, const std::atomic<bool>* abandon)
    : m_target(std::move(target))
    , m_abandon(abandon)
{ }

HoldController::~HoldController() = default;

Error HoldController::hold()
{
    if (m_hold)
        return {};
    auto h = m_target->hold(kDefaultTimeout, m_abandon);
    if (!h)
        return h.error();
    m_hold = std::move(h.value());
    return {};
}

Error HoldController::release()
{
    if (!m_hold)
        return {};
    Error e = m_hold->release();
    m_hold.reset();
    return e;
}

Result<std::shared_ptr<TargetHold>> HoldController::stopBriefly()
{
    if (m_hold)
        return m_hold;
    auto h = m_target->hold(kDefaultTimeout, m_abandon);
    if (!h)
        return h.error();
    return std::shared_ptr<TargetHold>(std::move(h.value()));
}

} // namespace procglass
