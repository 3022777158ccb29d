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
    const bool stream = !m_hitSet || m_request.streamValueHits;
    m_summary = searchMemory(
        source, m_request.pattern, m_request.ranges, options, &cancel,
        [this, stream](std::vector<SearchHit> batch) {
            std::lock_guard lock(m_mutex);
            if (m_hitSet)
                m_hitSet->addHits(batch);
            if (stream)
                m_pending.insert(m_pending.end(), batch.begin(), batch.end());
        },
        [this](quint64 done, quint64 total) {
            m_done = done;
            m_total = total;
        });
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
