// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/model/pagecache.h"

#include <algorithm>

namespace procglass {

Result<PageCache::Page> PageCache::readPage(MemorySource& source, Address address)
{
    Page page { pageBase(address), QByteArray(qsizetype(kPageBytes), Qt::Uninitialized), {} };
    auto span = std::span(reinterpret_cast<std::byte*>(page.bytes.data()), size_t(page.bytes.size()));
    if (page.base > ~quint64(0) - kPageBytes)
        span = span.first(size_t(~quint64(0) - page.base)); // the last page of the address space
    ReadResult r = source.read(page.base, span);
    if (r.error)
        return r.error;
    page.unreadable = std::move(r.unreadable);
    return page;
}

PageCache::Page PageCache::unreadablePage(Address address, const QString& reason)
{
    const Address base = pageBase(address);
    const Address end = base > ~quint64(0) - kPageBytes ? ~quint64(0) : base + kPageBytes;
    return Page { base, QByteArray(qsizetype(kPageBytes), '\0'), { AddressRange { base, end } }, reason };
}

bool PageCache::Page::isReadable(Address a) const
{
    return std::none_of(unreadable.begin(), unreadable.end(), [a](const AddressRange& r) { return r.contains(a); });
}

PageCache::PageCache(quint64 capacityBytes)
    : m_capacity(std::max(capacityBytes, kPageBytes))
{ }

const PageCache::Page* PageCache::find(Address a)
{
    auto it = m_index.find(pageBase(a));
    if (it == m_index.end())
        return nullptr;
    m_lru.splice(m_lru.begin(), m_lru, it->second);
    return &*it->second;
}

void PageCache::insert(Page page)
{
    page.base = pageBase(page.base);
    page.bytes.resize(qsizetype(kPageBytes));
    auto it = m_index.find(page.base);
    if (it != m_index.end()) {
        *it->second = std::move(page);
        m_lru.splice(m_lru.begin(), m_lru, it->second);
        return;
    }
    m_lru.push_front(std::move(page));
    m_index.emplace(m_lru.front().base, m_lru.begin());
    evict();
}

void PageCache::clear()
{
    m_lru.clear();
    m_index.clear();
}

void PageCache::setCapacity(quint64 bytes)
{
    m_capacity = std::max(bytes, kPageBytes);
    evict();
}

void PageCache::evict()
{
    while (memoryUsed() > m_capacity) {
        m_index.erase(m_lru.back().base);
        m_lru.pop_back();
    }
}

} // namespace procglass
