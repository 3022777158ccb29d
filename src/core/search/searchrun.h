// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/search/pattern.h"
#include "core/search/searchengine.h"
#include "core/search/valuescan.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace procglass {

// A search as the user asks for it, from the window's search panel or from `procglass-cli search`.
struct SearchRequest
{
    SearchPattern pattern;
    std::vector<AddressRange> ranges;
    quint64 maxResults = 100000;
    // A value search (integer, float, double): its hits are kept with their values in a HitSet,
    // which next scans (the panel's, `procglass-cli rescan`) narrow.
    std::optional<ScanValueType> valueType;
    // Only at multiples of the pattern's length (a value's size), where compilers put numbers. The
    // window and the CLI ask it of value searches only.
    bool aligned = false;
    // Hand every hit out through takeHits() too (a value search's are otherwise only in its HitSet:
    // 16 bytes a hit instead of a SearchHit's 40).
    bool streamValueHits = false;
    // A value search keeps every hit in its HitSet (beyond HitSet::memoryCap() in a scratch file),
    // as GameConqueror does: maxResults then cuts only the hits handed out through takeHits()
    // (the list the window shows), and the summary's truncated says that list was cut while its
    // hits count them all. Through an agent (AgentTarget::search) every hit travels, at most one
    // per position searched, and is kept here.
    bool keepAllValueHits = false;
};

// One search running: the window runs it on a worker thread and polls it, the CLI runs it in line.
// cancel, progress() and takeHits() may be used from another thread while run() works; the rest
// once it has returned.
class SearchRun
{
public:
    explicit SearchRun(SearchRequest request);

    // Searches source; returns when the search is done, capped, cancelled or failed.
    void run(MemorySource& source);

    // For a search that runs elsewhere (procglass-agent: Target::search): its hits, progress and
    // summary, delivered as run() would deliver them; finish() once, after the last hits.
    void addHits(std::vector<SearchHit> hits);
    void setProgress(quint64 done, quint64 total);
    void finish(SearchSummary summary);

    std::atomic<bool> cancel = false;
    [[nodiscard]] quint64 done() const { return m_done; }
    [[nodiscard]] quint64 total() const { return m_total; }
    // The hits found since the last call, in no order.
    [[nodiscard]] std::vector<SearchHit> takeHits();

    [[nodiscard]] const SearchRequest& request() const { return m_request; }
    [[nodiscard]] const SearchSummary& summary() const { return m_summary; }
    [[nodiscard]] bool isValueSearch() const { return m_request.valueType.has_value(); }
    // A value search's hits with their values, in address order (null for other searches, and
    // after it was taken).
    [[nodiscard]] std::unique_ptr<HitSet> takeHitSet() { return std::move(m_hitSet); }

private:
    SearchRequest m_request;
    std::atomic<quint64> m_done = 0;
    std::atomic<quint64> m_total = 0;
    std::mutex m_mutex; // guards m_pending and m_hitSet while run() works
    std::vector<SearchHit> m_pending;
    std::unique_ptr<HitSet> m_hitSet;
    quint64 m_streamed = 0; // hits handed out through takeHits() (keepAllValueHits)
    SearchSummary m_summary;
};

} // namespace procglass
