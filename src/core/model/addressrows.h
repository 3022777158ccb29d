// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/region.h"

#include <vector>

namespace procglass {

// The rows of a hex view over a sparse address space: the mapped runs, row after row, with one
// row standing for each hole between them. Rows are 64-bit: 128 TiB at 16 bytes a row is 2^43.
class AddressRows
{
public:
    struct Row
    {
        bool gap = false;
        Address address = 0; // first address of a data row, or the start of the hole
        Address gapEnd = 0; // for a gap row: where the hole ends
    };

    AddressRows() = default;
    AddressRows(const std::vector<Region>& regions, int bytesPerRow);

    [[nodiscard]] quint64 rowCount() const { return m_rowCount; }
    [[nodiscard]] int bytesPerRow() const { return m_bytesPerRow; }
    [[nodiscard]] Row row(quint64 index) const;
    // The row showing address, or of the gap containing it.
    [[nodiscard]] quint64 rowOf(Address address) const;
    // Whether address lies in a mapped run (not in a hole).
    [[nodiscard]] bool isMapped(Address address) const;

private:
    struct Run
    {
        quint64 firstRow = 0;
        Address start = 0; // aligned down to bytesPerRow
        Address end = 0; // end of the last mapping in the run
        quint64 rows = 0;
    };
    std::vector<Run> m_runs; // each followed by one gap row, except the last
    quint64 m_rowCount = 0;
    int m_bytesPerRow = 16;
};

} // namespace procglass
