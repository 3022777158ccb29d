// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "session/targetdocument.h"

#include "core/model/tr.h"

namespace procglass {

TargetDocument::TargetDocument(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<SharedRegions>();
    connect(&m_pages, &PageStore::pagesNeeded, this,
        [this](quint64 generation, const std::vector<Address>& bases) { fetchPages(generation, bases); });
}

TargetDocument::~TargetDocument() = default;

void TargetDocument::write(Address address, QByteArray bytes)
{
    emit written(
        address, bytes, {}, 0, makeError(ErrorKind::Permission, tr("This target is read-only: nothing was written.")));
}

void TargetDocument::dump(DumpJob job)
{
    emit dumped(job.path, {}, makeError(ErrorKind::Permission, tr("This target cannot be exported.")));
}

QString TargetDocument::symbolName(Address address) const
{
    return m_symbols ? m_symbols->describe(address) : QString();
}

int TargetDocument::byteAt(Address address)
{
    if (findRegion(*m_regions, address) < 0)
        return -2;
    const int v = m_pages.byteAt(address);
    // Besides the pages on their way (the memory view's): this must not make the fetcher drop them.
    if (v == -1)
        m_pages.request({ PageCache::pageBase(address) }, PageStore::InFlight::Keep);
    return v;
}

QByteArray TargetDocument::bytes(AddressRange range, bool* unreadable)
{
    QByteArray out;
    bool gaps = false;
    for (Address a = range.start; a < range.end && out.size() < (1 << 24); ++a) {
        const int v = findRegion(*m_regions, a) < 0 ? -2 : m_pages.byteAt(a);
        gaps |= v < 0;
        out.append(char(v < 0 ? 0 : v));
    }
    if (unreadable)
        *unreadable = gaps;
    return out;
}

void TargetDocument::setRegions(std::vector<Region> regions, int unparsed)
{
    m_regions = std::make_shared<const std::vector<Region>>(std::move(regions));
    emit regionsChanged(unparsed);
    loadSymbols();
    loadSmaps(); // the costly figures follow, off this thread
    loadFacts();
}

void TargetDocument::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    // What is shown was read while the target ran: read it as held.
    if (state == State::Held)
        m_pages.invalidate();
    emit stateChanged(state);
}

void TargetDocument::loadSymbols()
{
    // Only when the mapped files change: reading them all is the costly part.
    QStringList modules;
    for (const Region& r : *m_regions) {
        if (r.isFileBacked() || r.kind == RegionKind::Vdso)
            modules << r.path;
    }
    if (modules == m_symbolModules)
        return;
    m_symbolModules = modules;
    m_symbolJobs.run([work = symbolWork(m_regions)] { return std::make_shared<const SymbolIndex>(work()); },
        [this](std::shared_ptr<const SymbolIndex> index) {
            m_symbols = std::move(index);
            emit symbolsChanged();
        });
}

void TargetDocument::loadFacts()
{
    // The vector never changes: it is read once per target; the status on every refresh. A
    // refresh's status may overtake the first one's vector, so the vector is not tied to the
    // newest job.
    const bool withAuxv = !m_auxvAsked;
    m_auxvAsked = true;
    auto work = factsWork(m_regions, withAuxv);
    const quint64 ticket = m_factsJobs.start();
    runInBackground(this, std::move(work), [this, ticket, withAuxv](ProcessFacts f) {
        if (withAuxv) {
            m_facts.auxv = std::move(f.auxv);
            m_facts.auxvError = std::move(f.auxvError);
            m_auxvLoaded = true;
            emit auxvChanged();
        }
        if (m_factsJobs.isCurrent(ticket)) {
            m_facts.status = std::move(f.status);
            m_facts.statusError = std::move(f.statusError);
            emit statusChanged();
        }
    });
}

void TargetDocument::loadSmaps()
{
    auto work = smapsWork();
    if (!work)
        return;
    m_smapsJobs.run(std::move(work), [this](std::vector<SmapsEntry> entries) {
        m_smaps = std::move(entries);
        emit smapsChanged();
    });
}

} // namespace procglass
