// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/error.h"
#include "core/model/region.h"

#include <cstddef>
#include <span>
#include <vector>

namespace procglass {

struct ReadResult
{
    // Bytes of out that hold real data. Every other byte of the request lies in `unreadable`
    // (and was set to zero) -- unless `error` is set, which voids the whole read.
    quint64 bytesRead = 0;
    std::vector<AddressRange> unreadable; // sorted, merged, page granular inside mappings
    Error error; // fatal: process exited, permission refused...

    [[nodiscard]] bool complete() const { return !error && unreadable.empty(); }
    void addUnreadable(AddressRange range); // merges with the last range when adjacent
};

// A sparse address space: regions plus bytes. Short reads and holes are normal results.
// Implementations are safe to call from any thread.
class MemorySource
{
public:
    virtual ~MemorySource();

    // The current mappings, sorted by address. Live sources read them anew on every call.
    [[nodiscard]] virtual Result<std::vector<Region>> regions() = 0;

    // Reads out.size() bytes starting at address. See ReadResult for the contract.
    [[nodiscard]] virtual ReadResult read(Address address, std::span<std::byte> out) = 0;

    // A short human description ("pid 1234 (firefox)", "fake").
    [[nodiscard]] virtual QString description() const = 0;
};

// Checks the arguments every implementation must reject the same way.
[[nodiscard]] Error validateReadRange(Address address, quint64 size);

} // namespace procglass
