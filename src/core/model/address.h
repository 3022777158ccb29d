// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstdint>

namespace procglass {

using Address = quint64;

constexpr quint64 kPageSize = 4096;

constexpr Address pageFloor(Address a)
{
    return a & ~(kPageSize - 1);
}
// Saturates at the top of the address space instead of wrapping to 0.
constexpr Address pageCeil(Address a)
{
    return a > ~quint64(0) - (kPageSize - 1) ? ~quint64(0) : pageFloor(a + kPageSize - 1);
}

// A half-open range [start, end).
struct AddressRange
{
    Address start = 0;
    Address end = 0;

    [[nodiscard]] constexpr quint64 size() const { return end > start ? end - start : 0; }
    [[nodiscard]] constexpr bool isEmpty() const { return end <= start; }
    [[nodiscard]] constexpr bool contains(Address a) const { return a >= start && a < end; }
    [[nodiscard]] constexpr bool intersects(const AddressRange& o) const { return start < o.end && o.start < end; }
    [[nodiscard]] constexpr AddressRange intersected(const AddressRange& o) const
    {
        return { std::max(start, o.start), std::min(end, o.end) };
    }
    constexpr bool operator==(const AddressRange&) const = default;
};

} // namespace procglass
