#include "searchrun.h"

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
    options.maxResults = m_request.maxResults;
    if (m_request.valueType && m_request.aligned)
        options.alignment = quint64(m_request.pattern.length());
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
    if (stream)
        m_pending.insert(m_pending.end(), batch.begin(), batch.end());
}

void SearchRun::setProgress(quint64 done, quint64 total)
{
    m_done = done;
    m_total = total;
}

void SearchRun::finish(SearchSummary summary)
{
    m_summary = std::move(summary);
    std::lock_guard lock(m_mutex);
    if (m_hitSet)
        m_hitSet->finish();
}

std::vector<SearchHit> SearchRun::takeHits()
{
    std::vector<SearchHit> out;
    std::lock_guard lock(m_mutex);
    out.swap(m_pending);
    return out;
}

} // namespace procglass
