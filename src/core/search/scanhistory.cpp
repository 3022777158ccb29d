// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/search/scanhistory.h"

namespace procglass {

quint64 ScanStep::count() const
{
    if (hits)
        return hits->size();
    return baseline ? baseline->positions() : 0;
}

void ScanHistory::push(ScanStep step)
{
    m_steps.push_back(std::move(step));
}

bool ScanHistory::undo()
{
    if (m_steps.size() < 2)
        return false;
    m_steps.pop_back();
    return true;
}

void ScanHistory::clear()
{
    m_steps.clear();
}

} // namespace procglass
