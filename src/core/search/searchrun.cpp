// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "searchrun.h"

#include <limits>

namespace procglass {

SearchRun::SearchRun(SearchRequest request)
    : m_request(std::move(request))
{
    if (m_request.valueType)
        m_hitSet = std::make_unique<HitSet>(*m_request.valueType);
}

void SearchRun::run(MemorySource& source)
{
    SearchOptions options;
    const bool keepAll = m_hitSet && m_request.keepAllValueHits;
    options.maxResults = keepAll ? std::numeric_limits<quint64>::max() : m_request.maxResults;
    if (m_request.aligned)
        options.alignment = quint64(m_request.pattern.length());
    // A value search's HitSet takes its hits in address order: none to reorder once written out.
    options.ordered = m_hitSet != nullptr;
    SearchSummary summary = searchMemory(
        source, m_request.pattern, m_request.ranges, options, &cancel,
        [this](std::vector<SearchHit> batch) { addHits(std::move(batch)); },
        [this](quint64 done, quint64 total) { setProgress(done, total); });
    finish(std::move(summary));
}

void SearchRun::addHits(std::vector<SearchHit> batch)
{
    const bool stream = !m_hitSet || m_request.streamValueHits;
    std::lock_guard lock(m_mutex);
    if (m_hitSet)
        m_hitSet->addHits(batch);
    if (!stream)
        return;
    if (m_hitSet && m_request.keepAllValueHits) {
        // Only the first maxResults go to the list; the HitSet has them all.
        const quint64 room = m_request.maxResults > m_streamed ? m_request.maxResults - m_streamed : 0;
        const size_t n = size_t(std::min<quint64>(room, batch.size()));
        m_pending.insert(m_pending.end(), batch.begin(), batch.begin() + qsizetype(n));
        m_streamed += n;
        return;
    }
    m_pending.insert(m_pending.end(), batch.begin(), batch.end());
}

void SearchRun::setProgress(quint64 done, quint64 total)
{
    m_done = done;
    m_total = total;
}

void SearchRun::finish(SearchSummary summary)
{
    std::lock_guard lock(m_mutex);
    if (m_hitSet)
        m_hitSet->finish();
    if (m_hitSet && m_request.keepAllValueHits) {
        // Here or on an agent, every hit was found: only the list was cut.
        summary.truncated = summary.hits > m_request.maxResults;
        if (!summary.error && m_hitSet->error())
            summary.error = m_hitSet->error(); // the scratch file failed: the hits are not all there
    }
    m_summary = std::move(summary);
}

std::vector<SearchHit> SearchRun::takeHits()
{
    std::vector<SearchHit> out;
    std::lock_guard lock(m_mutex);
    out.swap(m_pending);
    return out;
}

} // namespace procglass
