// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/pagecache.h"

#include <QObject>

#include <vector>

namespace procglass {

// The bytes of the open target as pages: the cache, the requests in flight and their generation.
// The document owns it and fetches what it asks for; the hex view draws from it and the data
// inspector and copy-as-code read from it, so no pane reads bytes through another pane.
// Lives on the GUI thread.
class PageStore : public QObject
{
    Q_OBJECT
public:
    explicit PageStore(QObject* parent = nullptr);

    [[nodiscard]] PageCache& cache() { return m_cache; }
    [[nodiscard]] const PageCache::Page* find(Address address) { return m_cache.find(address); }
    // The byte at address: -1 while its page is not loaded, -2 when it is unreadable.
    [[nodiscard]] int byteAt(Address address);

    // Whether a request replaces the one in flight (a view that moved on: what it showed before is
    // not wanted any more) or adds to it (one more page, wanted besides what is on its way).
    enum class InFlight { Supersede, Keep };
    // Asks for the pages among bases that are not cached. A request that adds nothing to the one in
    // flight is not sent; a new one supersedes it (the fetcher may drop the older one unread),
    // unless inFlight is Keep: then it asks for those again too.
    void request(const std::vector<Address>& bases, InFlight inFlight = InFlight::Supersede);
    // Fetched pages, from any generation: pages are valid data whenever they come.
    void add(const std::vector<PageCache::Page>& pages);
    // Forgets every page (a refresh, a hold): whoever draws them asks again.
    void invalidate();
    // Forgets everything (another target).
    void reset();
    // Bytes written into the target, changed in the cached pages too.
    void patch(Address address, const QByteArray& bytes);
    [[nodiscard]] quint64 generation() const { return m_generation; }

signals:
    void pagesNeeded(quint64 generation, const std::vector<procglass::Address>& pageBases);
    void pagesAdded(const std::vector<procglass::PageCache::Page>& pages);
    void aboutToInvalidate(); // the pages are still there: compare the next ones with them
    void invalidated();
    void patched();

private:
    PageCache m_cache;
    std::vector<Address> m_inFlight;
    quint64 m_generation = 0;
};

} // namespace procglass
