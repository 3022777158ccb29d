// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/memorysource.h"

#include <QByteArray>

#include <mutex>

namespace procglass {

// An in-memory address space for tests: segments with real bytes, holes between them, pages that
// fail to read, and an error that can be injected into every following call.
class FakeMemorySource final : public MemorySource
{
public:
    // Adds a mapping holding data (its size is the mapping's size). Segments must not overlap.
    void addSegment(Region region, QByteArray data);
    // Reads of these addresses fail as unreadable even though a segment covers them (page granular).
    void addUnreadable(AddressRange range);
    // Changes bytes inside a segment, as a running process would.
    void setBytes(Address address, const QByteArray& bytes);
    // Every later call fails with this error (e.g. ErrorKind::Exited) until cleared with Error{}.
    void injectError(Error error);

    Result<std::vector<Region>> regions() override;
    ReadResult read(Address address, std::span<std::byte> out) override;
    QString description() const override;

    [[nodiscard]] int readCalls() const;

private:
    struct Segment
    {
        Region region;
        QByteArray data;
    };
    mutable std::mutex m_mutex;
    std::vector<Segment> m_segments; // sorted by start
    std::vector<AddressRange> m_unreadable;
    Error m_error;
    int m_readCalls = 0;
};

} // namespace procglass
