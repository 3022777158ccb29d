// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/memorysource.h"

#include "core/model/address.h"

#include <QByteArray>
#include <QString>

#include <list>
#include <unordered_map>
#include <vector>

namespace procglass {

// Fixed-size pages of a sparse address space, least recently used first out, bounded in bytes.
// Not thread-safe: it lives on the thread that draws (results arrive there as queued signals).
class PageCache
{
public:
    static constexpr quint64 kPageBytes = 64 * 1024; // large enough to fetch efficiently, small enough to draw soon
    static constexpr quint64 kDefaultCapacity = 64ull << 20;

    struct Page
    {
        Page() = default;
        Page(Address base, QByteArray bytes, std::vector<AddressRange> unreadable, QString reason = {})
            : base(base)
            , bytes(std::move(bytes))
            , unreadable(std::move(unreadable))
            , reason(std::move(reason))
        { }

        Address base = 0;
        QByteArray bytes; // kPageBytes long; unreadable bytes are zero here and listed below
        std::vector<AddressRange> unreadable;
        // Why the unreadable bytes cannot be read, when it is not the ordinary reason (a page not
        // mapped or refused by the kernel): "the process exited". Shown to the user.
        QString reason;

        [[nodiscard]] bool isReadable(Address a) const;
    };

    explicit PageCache(quint64 capacityBytes = kDefaultCapacity);

    [[nodiscard]] static constexpr Address pageBase(Address a) { return a & ~(kPageBytes - 1); }
    // Reads the cache page holding address from source (the last page of the address space is
    // shorter). An error voids the page (the source failed, e.g. the process exited).
    [[nodiscard]] static Result<Page> readPage(MemorySource& source, Address address);
    // The page holding address with no byte readable, for the reason given: what a request is
    // answered with when the source is gone, so that nothing waits for it any more.
    [[nodiscard]] static Page unreadablePage(Address address, const QString& reason);

    // The page holding a, or nullptr when it is not cached. Marks it as recently used.
    [[nodiscard]] const Page* find(Address a);
    // Replaces a page that is already cached. Evicts the least recently used pages beyond the capacity.
    void insert(Page page);
    void clear();
    void setCapacity(quint64 bytes);

    [[nodiscard]] quint64 capacity() const { return m_capacity; }
    [[nodiscard]] quint64 memoryUsed() const { return quint64(m_lru.size()) * kPageBytes; }
    [[nodiscard]] size_t pageCount() const { return m_lru.size(); }

private:
    void evict();

    quint64 m_capacity;
    std::list<Page> m_lru; // front: most recently used
    std::unordered_map<Address, std::list<Page>::iterator> m_index;
};

} // namespace procglass
