// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/search/unknownscan.h"
#include "core/search/valuescan.h"

#include <QString>

#include <memory>
#include <vector>

namespace procglass {

// Every step of a value scan, so that a step that kept nothing (or the wrong thing) can be undone:
// each step is its hits or, after an unknown first scan, its baseline. Steps share what they
// keep (shared_ptr): the window's search panel and `procglass-cli` keep one each.
struct ScanStep
{
    QString description; // "unknown int32", "changed", "increased by 5", "= 100"
    std::shared_ptr<const HitSet> hits; // null for a baseline step
    std::shared_ptr<ScanBaseline> baseline; // null for a hits step
    [[nodiscard]] quint64 count() const; // hits, or the baseline's positions
};

class ScanHistory
{
public:
    void push(ScanStep step);
    // Drops the current step; the previous one is current again. False when there is none.
    bool undo();
    void clear();
    [[nodiscard]] bool canUndo() const { return m_steps.size() > 1; }
    [[nodiscard]] const ScanStep* current() const { return m_steps.empty() ? nullptr : &m_steps.back(); }
    [[nodiscard]] const std::vector<ScanStep>& steps() const { return m_steps; }

private:
    std::vector<ScanStep> m_steps;
};

} // namespace procglass
