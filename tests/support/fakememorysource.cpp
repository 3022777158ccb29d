// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "fakememorysource.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace procglass {

void FakeMemorySource::addSegment(Region region, QByteArray data)
{
    std::lock_guard lock(m_mutex);
    Q_ASSERT(quint64(data.size()) == region.range.size());
    auto it = std::lower_bound(m_segments.begin(), m_segments.end(), region.range.start,
        [](const Segment& s, Address a) { return s.region.range.start < a; });
    m_segments.insert(it, Segment { std::move(region), std::move(data) });
}

void FakeMemorySource::addUnreadable(AddressRange range)
{
    std::lock_guard lock(m_mutex);
    m_unreadable.push_back({ pageFloor(range.start), pageCeil(range.end) });
}

void FakeMemorySource::setBytes(Address address, const QByteArray& bytes)
{
    std::lock_guard lock(m_mutex);
    for (Segment& s : m_segments) {
        if (s.region.range.contains(address)) {
            const qsizetype offset = qsizetype(address - s.region.range.start);
            s.data.replace(offset, std::min(bytes.size(), s.data.size() - offset), bytes);
            return;
        }
    }
}

void FakeMemorySource::injectError(Error error)
{
    std::lock_guard lock(m_mutex);
    m_error = std::move(error);
}

int FakeMemorySource::readCalls() const
{
    std::lock_guard lock(m_mutex);
    return m_readCalls;
}

Result<std::vector<Region>> FakeMemorySource::regions()
{
    std::lock_guard lock(m_mutex);
    if (m_error)
        return m_error;
    std::vector<Region> out;
    out.reserve(m_segments.size());
    for (const auto& s : m_segments)
        out.push_back(s.region);
    return out;
}

ReadResult FakeMemorySource::read(Address address, std::span<std::byte> out)
{
    std::lock_guard lock(m_mutex);
    ++m_readCalls;
    ReadResult result;
    if ((result.error = validateReadRange(address, out.size())))
        return result;
    if (m_error) {
        result.error = m_error;
        return result;
    }
    if (out.empty())
        return result;
    std::memset(out.data(), 0, out.size());
    const AddressRange want { address, address + out.size() };
    // Walk page by page: a page is readable when a segment covers it and no unreadable range does.
    Address a = address;
    while (a < want.end) {
        const Address stop = a + std::min<quint64>(want.end - a, kPageSize - (a & (kPageSize - 1))); // no wrap at 2^64
        const auto seg = std::find_if(
            m_segments.begin(), m_segments.end(), [&](const Segment& s) { return s.region.range.contains(a); });
        const bool blocked = std::any_of(
            m_unreadable.begin(), m_unreadable.end(), [&](const AddressRange& r) { return r.contains(a); });
        if (seg == m_segments.end() || blocked) {
            result.addUnreadable({ a, stop });
        } else {
            const Address end = std::min(stop, seg->region.range.end);
            std::memcpy(out.data() + (a - address), seg->data.constData() + (a - seg->region.range.start), end - a);
            result.bytesRead += end - a;
            if (end < stop) {
                a = end;
                continue;
            }
        }
        a = stop;
    }
    return result;
}

QString FakeMemorySource::description() const
{
    return QCoreApplication::translate("procglass::FakeMemorySource", "fake memory");
}

} // namespace procglass
