// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/region.h"

#include <QString>

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace procglass {

class SymbolIndex;

struct InspectedValue
{
    QString type; // "int32 (little endian)"
    QString value; // "-123", or why there is no value ("needs 4 bytes")
    std::optional<Address> pointer; // for the pointer row: where it points, if into a mapping
};

// Every common reading of the bytes at the cursor: integers of each width, signed and unsigned,
// little and big endian; float and double; a pointer (which mapping it points into); the UTF-8
// and UTF-16 character and text up to the first NUL; the first byte in binary. `available` bytes may be fewer than 8
// (the end of readable memory): types that need more say so instead of inventing a value. Where
// the pointer points is written as every location is (formatLocation), by symbol if symbols know it.
[[nodiscard]] std::vector<InspectedValue> inspectBytes(
    std::span<const std::byte> available, const std::vector<Region>& regions, const SymbolIndex* symbols = nullptr);

} // namespace procglass
