// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/host/host.h"

#include <atomic>
#include <chrono>
#include <memory>

namespace procglass {

// Brief and hold modes for one target, through Target::hold(): locally the thread that stops a
// process is its tracer, so a controller lives on (and must only be used from) one thread, which
// creates and destroys its holds. An agent's target keeps the same rule (its holds live in the
// agent; here they are handles).
class HoldController
{
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout { 2000 };

    // abandon: see Target::hold; it must outlive this controller.
    explicit HoldController(std::shared_ptr<Target> target, const std::atomic<bool>* abandon = nullptr);
    ~HoldController();
    HoldController(const HoldController&) = delete;
    HoldController& operator=(const HoldController&) = delete;

    // Hold mode: the target stays stopped until release().
    [[nodiscard]] Error hold();
    Error release();
    [[nodiscard]] bool isHeld() const { return m_hold != nullptr; }
    [[nodiscard]] bool heldTargetDied() const { return m_hold && m_hold->targetDied(); }

    // Brief mode: the target is stopped while the returned object lives -- unless it is held
    // already, in which case nothing changes. Destroy it to let the target run again.
    [[nodiscard]] Result<std::shared_ptr<TargetHold>> stopBriefly();

private:
    std::shared_ptr<Target> m_target;
    const std::atomic<bool>* m_abandon = nullptr;
    std::shared_ptr<TargetHold> m_hold;
};

} // namespace procglass
