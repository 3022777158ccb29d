// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "session/pagestore.h"

#include <algorithm>

namespace procglass {

PageStore::PageStore(QObject* parent)
    : QObject(parent)
{ }

int PageStore::byteAt(Address address)
{
    const PageCache::Page* page = m_cache.find(address);
    if (!page)
        return -1;
    if (!page->isReadable(address))
        return -2;
    return static_cast<unsigned char>(page->bytes.at(qsizetype(address - page->base)));
}

void PageStore::request(const std::vector<Address>& bases, InFlight inFlight)
{
    std::vector<Address> missing;
    for (Address base : bases) {
        if (!m_cache.find(base) && std::find(missing.begin(), missing.end(), base) == missing.end())
            missing.push_back(base);
    }
    if (missing.empty())
        return;
    // Only a request for something new goes out; the fetcher drops the older ones it has not started.
    const bool allInFlight = std::all_of(missing.begin(), missing.end(),
        [&](Address a) { return std::find(m_inFlight.begin(), m_inFlight.end(), a) != m_inFlight.end(); });
    if (allInFlight)
        return;
    if (inFlight == InFlight::Keep) {
        for (Address a : m_inFlight) {
            if (std::find(missing.begin(), missing.end(), a) == missing.end())
                missing.push_back(a);
        }
    }
    m_inFlight = missing;
    emit pagesNeeded(++m_generation, missing);
}

void PageStore::add(const std::vector<PageCache::Page>& pages)
{
    for (const PageCache::Page& p : pages) {
        std::erase(m_inFlight, p.base);
        m_cache.insert(p);
    }
    emit pagesAdded(pages);
}

void PageStore::invalidate()
{
    emit aboutToInvalidate();
    m_cache.clear();
    m_inFlight.clear();
    emit invalidated();
}

void PageStore::reset()
{
    m_cache.clear();
    m_inFlight.clear();
}

void PageStore::patch(Address address, const QByteArray& bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const Address a = address + quint64(i);
        if (auto* page = const_cast<PageCache::Page*>(m_cache.find(a)))
            page->bytes[qsizetype(a - page->base)] = bytes[i];
    }
    emit patched();
}

} // namespace procglass
