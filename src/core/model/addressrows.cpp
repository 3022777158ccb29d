// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/model/addressrows.h"

#include <algorithm>

namespace procglass {

AddressRows::AddressRows(const std::vector<Region>& regions, int bytesPerRow)
    : m_bytesPerRow(bytesPerRow)
{
    const quint64 bpr = quint64(bytesPerRow);
    for (const Region& r : regions) {
        const Address start = r.range.start - r.range.start % bpr;
        // Mappings that touch (or share a row) form one run.
        if (!m_runs.empty() && start <= m_runs.back().end) {
            m_runs.back().end = std::max(m_runs.back().end, r.range.end);
            continue;
        }
        m_runs.push_back({ 0, start, r.range.end, 0 });
    }
    quint64 row = 0;
    for (size_t i = 0; i < m_runs.size(); ++i) {
        Run& run = m_runs[i];
        run.firstRow = row;
        run.rows = (run.end - run.start + bpr - 1) / bpr;
        row += run.rows + (i + 1 < m_runs.size() ? 1 : 0);
    }
    m_rowCount = row;
}

AddressRows::Row AddressRows::row(quint64 index) const
{
    if (m_runs.empty() || index >= m_rowCount)
        return {};
    auto it
        = std::upper_bound(m_runs.begin(), m_runs.end(), index, [](quint64 i, const Run& r) { return i < r.firstRow; });
    --it;
    const quint64 offset = index - it->firstRow;
    if (offset < it->rows)
        return { false, it->start + offset * quint64(m_bytesPerRow), 0 };
    const Address holeStart = it->end;
    const Address holeEnd = std::next(it) != m_runs.end() ? std::next(it)->start : holeStart;
    return { true, holeStart, holeEnd };
}

quint64 AddressRows::rowOf(Address address) const
{
    if (m_runs.empty())
        return 0;
    auto it
        = std::upper_bound(m_runs.begin(), m_runs.end(), address, [](Address a, const Run& r) { return a < r.start; });
    if (it == m_runs.begin())
        return 0; // before the first mapping: show the top
    --it;
    if (address < it->end)
        return it->firstRow + (address - it->start) / quint64(m_bytesPerRow);
    return std::next(it) == m_runs.end() ? m_rowCount - 1 : it->firstRow + it->rows; // the gap row after the run
}

bool AddressRows::isMapped(Address address) const
{
    auto it
        = std::upper_bound(m_runs.begin(), m_runs.end(), address, [](Address a, const Run& r) { return a < r.start; });
    return it != m_runs.begin() && address < std::prev(it)->end;
}

} // namespace procglass
