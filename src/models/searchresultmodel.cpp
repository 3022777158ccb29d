// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "searchresultmodel.h"

#include "core/model/format.h"
#include "core/search/watchlist.h"

#include <QColor>

#include <QIODevice>

#include <algorithm>
#include <map>
#include <numeric>

namespace procglass {

namespace {

QString hexBytes(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i)
            out += u' ';
        out += QStringLiteral("%1").arg(static_cast<unsigned char>(bytes[i]), 2, 16, QLatin1Char('0'));
    }
    return out;
}

QString printable(QByteArrayView bytes)
{
    QString out;
    for (char c : bytes)
        out += (c >= 0x20 && c < 0x7f) ? QChar(QLatin1Char(c)) : QChar(u'.');
    return out;
}

QString csvField(const QString& s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    return u'"' + QString(s).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

SearchResultModel::SearchResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SearchResultModel::setRegions(std::vector<Region> regions)
{
    m_regions = std::move(regions);
    m_locations.reset(&m_regions);
    if (rowCount() > 0)
        emit dataChanged(index(0, LocationColumn), index(rowCount() - 1, KindColumn));
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_hits.clear();
    m_hits.shrink_to_fit();
    m_hitSet.reset();
    m_shown = 0;
    m_order.clear();
    m_live.clear();
    endResetModel();
}

void SearchResultModel::appendHits(const std::vector<SearchHit>& hits)
{
    if (hits.empty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(hits.size()) - 1);
    m_hits.insert(m_hits.end(), hits.begin(), hits.end());
    // Rows appended while sorted go at the end, unsorted, until the next sort().
    for (size_t i = size_t(first); !m_order.empty() && i < m_hits.size(); ++i)
        m_order.push_back(quint32(i));
    endInsertRows();
}

void SearchResultModel::setHitSet(std::shared_ptr<const HitSet> hits, quint64 displayCap)
{
    beginResetModel();
    m_hits.clear();
    m_hits.shrink_to_fit();
    m_order.clear();
    m_live.clear();
    m_hitSet = std::move(hits);
    // Rows are ints, and sorting reads every row's key on this thread: a bounded number of them.
    m_shown = m_hitSet ? size_t(std::min({ quint64(m_hitSet->size()), displayCap, kMaxShownHits })) : 0;
    endResetModel();
}

size_t SearchResultModel::shownHits() const
{
    return m_hitSet ? m_shown : m_hits.size();
}

void SearchResultModel::setLiveValues(const std::vector<std::pair<size_t, std::optional<quint64>>>& values)
{
    if (!m_hitSet || values.empty())
        return;
    if (m_live.size() + values.size() > 65536)
        m_live.clear(); // rows scrolled past long ago: read again when shown
    for (const auto& [hit, value] : values) {
        if (hit < m_hitSet->size())
            m_live[hit] = value;
    }
    emit dataChanged(index(0, MatchColumn), index(rowCount() - 1, MatchColumn),
        { Qt::DisplayRole, Qt::ForegroundRole, Qt::ToolTipRole, Qt::FontRole });
}

bool SearchResultModel::liveChanged(int row) const
{
    if (!m_hitSet || row < 0 || row >= rowCount())
        return false;
    const auto it = m_live.find(hitIndex(row));
    return it != m_live.end() && (!it->second || *it->second != m_hitSet->raw(hitIndex(row)));
}

Address SearchResultModel::address(int row) const
{
    const size_t i = hitIndex(row);
    return m_hitSet ? m_hitSet->address(i) : m_hits[i].address;
}

quint64 SearchResultModel::length(int row) const
{
    return m_hitSet ? quint64(m_hitSet->type().size()) : m_hits[hitIndex(row)].length;
}

const Region* SearchResultModel::regionOf(Address address) const
{
    const qsizetype i = findRegion(m_regions, address);
    return i < 0 ? nullptr : &m_regions[size_t(i)];
}

QString SearchResultModel::location(Address address) const
{
    // One syntax for every location Procglass prints; Go to and the CLI read it back.
    return m_locations.format(address, m_namer ? m_namer(address) : QString());
}

QString SearchResultModel::matchText(size_t hit) const
{
    if (m_hitSet)
        return m_hitSet->valueText(hit);
    const SearchHit& h = m_hits[hit];
    const QByteArrayView bytes = h.previewBytes();
    QString text = hexBytes(bytes) + QStringLiteral("  ") + printable(bytes);
    if (h.length > h.previewSize)
        text += tr(" … (%1 bytes)").arg(h.length);
    return text;
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(shownHits());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const size_t hit = hitIndex(index.row());
    const Address a = m_hitSet ? m_hitSet->address(hit) : m_hits[hit].address;
    switch (role) {
    case AddressRole:
        return QVariant::fromValue(quint64(a));
    case LengthRole:
        return QVariant::fromValue(length(index.row()));
    case Qt::DisplayRole:
        switch (index.column()) {
        case AddressColumn:
            return formatAddress(a);
        case LocationColumn:
            return location(a);
        case KindColumn: {
            const Region* r = regionOf(a);
            return r ? regionKindName(r->kind) : QString();
        }
        case MatchColumn:
            if (m_hitSet) {
                if (const auto it = m_live.find(hit); it != m_live.end())
                    return it->second ? formatRaw(*it->second, m_hitSet->type()) : tr("unreadable");
            }
            return matchText(hit);
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == MatchColumn && m_hitSet) {
            const auto it = m_live.find(hit);
            if (it != m_live.end() && !it->second)
                return QColor(0x80, 0x80, 0x80);
            if (it != m_live.end() && *it->second != m_hitSet->raw(hit))
                return QColor(0xc0, 0x36, 0x00); // changed since the scan
        }
        break;
    case Qt::FontRole:
        if (index.column() == AddressColumn || index.column() == MatchColumn)
            return QVariant(); // the view sets a fixed font for the whole table
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AddressColumn || (m_hitSet && index.column() == MatchColumn))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == MatchColumn && !m_hitSet)
            return tr("The %n byte(s) matched, as the search read them", nullptr, int(m_hits[hit].length));
        if (index.column() == MatchColumn) {
            const auto it = m_live.find(hit);
            if (it == m_live.end())
                return tr("The value when it was last scanned");
            if (!it->second)
                return tr("Cannot be read now; at the scan: %1").arg(m_hitSet->valueText(hit));
            return *it->second == m_hitSet->raw(hit)
                ? tr("The value now, as at the scan")
                : tr("The value now; at the scan: %1").arg(m_hitSet->valueText(hit));
        }
        if (index.column() == LocationColumn && m_mangledNamer) {
            if (const QString mangled = m_mangledNamer(a); !mangled.isEmpty())
                return tr("%1\nMangled: %2\nDouble-click to show it in the memory view").arg(location(a), mangled);
        }
        return tr("Double-click to show it in the memory view");
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case LocationColumn:
        return tr("Location");
    case KindColumn:
        return tr("Region kind");
    case MatchColumn:
        return m_hitSet ? tr("Value") : tr("Bytes");
    }
    return {};
}

void SearchResultModel::sort(int column, Qt::SortOrder order)
{
    const size_t n = size_t(rowCount());
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Persistent indexes (selection, current row) follow their hits.
    const QModelIndexList before = persistentIndexList();
    std::vector<size_t> persistentHits;
    for (const QModelIndex& i : before)
        persistentHits.push_back(hitIndex(i.row()));

    auto addr = [this](size_t i) { return m_hitSet ? m_hitSet->address(i) : m_hits[i].address; };
    // Keys that cost a lookup are computed once per hit, not once per comparison.
    std::vector<double> key;
    if (column == LocationColumn || column == KindColumn) {
        std::vector<const Region*> regionByHit(n);
        for (size_t i = 0; i < n; ++i)
            regionByHit[i] = regionOf(addr(i));
        std::vector<const Region*> distinct(regionByHit);
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        std::sort(distinct.begin(), distinct.end(), [column](const Region* a, const Region* b) {
            if (!a || !b)
                return b != nullptr; // unmapped first
            // By the name the Location column shows, then by address.
            auto name = [column](const Region* r) {
                return column == KindColumn ? regionKindName(r->kind)
                    : r->isFileBacked()     ? r->fileName()
                    : r->path.isEmpty()     ? regionKindName(r->kind)
                                            : r->path;
            };
            const int c = name(a).compare(name(b), Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a->range.start < b->range.start;
        });
        std::map<const Region*, double> rank;
        for (size_t r = 0; r < distinct.size(); ++r)
            rank[distinct[r]] = double(r);
        key.resize(n);
        for (size_t i = 0; i < n; ++i)
            key[i] = rank[regionByHit[i]];
    } else if (column == MatchColumn && m_hitSet) {
        key.resize(n);
        for (size_t i = 0; i < n; ++i)
            key[i] = m_hitSet->numericValue(i);
    }
    std::vector<quint32> rows(n);
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(), [&](quint32 a, quint32 b) {
        if (!key.empty() && key[a] != key[b])
            return key[a] < key[b];
        if (column == MatchColumn && !m_hitSet) {
            const int c = m_hits[a].previewBytes().compare(m_hits[b].previewBytes());
            if (c != 0)
                return c < 0;
        }
        return addr(a) < addr(b);
    });
    if (order == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
    m_order = std::move(rows);

    std::vector<int> rowOfHit(n);
    for (size_t row = 0; row < n; ++row)
        rowOfHit[m_order[row]] = int(row);
    QModelIndexList after;
    for (qsizetype k = 0; k < before.size(); ++k)
        after.append(index(rowOfHit[persistentHits[size_t(k)]], before[k].column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool SearchResultModel::writeCsv(QIODevice* out) const
{
    return csvSnapshot().write(out);
}

SearchResultCsv SearchResultModel::csvSnapshot() const
{
    SearchResultCsv csv;
    csv.m_regions = std::make_shared<const std::vector<Region>>(m_regions);
    csv.m_hits = m_hits;
    csv.m_hitSet = m_hitSet;
    csv.m_shown = m_shown;
    csv.m_order = m_order;
    if (m_threadSafeNamer) {
        csv.m_namer = m_threadSafeNamer();
    } else if (m_namer) {
        csv.m_names.reserve(size_t(rowCount()));
        for (int row = 0; row < rowCount(); ++row)
            csv.m_names.push_back(m_namer(address(row)));
    }
    return csv;
}

bool SearchResultCsv::write(QIODevice* out, const std::atomic<bool>* cancel, std::atomic<quint64>* rowsDone) const
{
    // Its own formatter: LocationFormatter caches as it goes, so one is never shared by threads.
    const LocationFormatter locations(m_regions.get());
    const std::vector<Region>& regions = *m_regions;
    QByteArray text = (QStringList { QStringLiteral("address"), QStringLiteral("location"), QStringLiteral("kind"),
                           QStringLiteral("length"), m_hitSet ? QStringLiteral("value") : QStringLiteral("bytes") }
                           .join(u',')
        + u'\n')
                          .toUtf8();
    const quint64 count = rows();
    for (quint64 row = 0; row < count; ++row) {
        const size_t hit = m_order.empty() ? size_t(row) : m_order[size_t(row)];
        const Address a = m_hitSet ? m_hitSet->address(hit) : m_hits[hit].address;
        const quint64 length = m_hitSet ? quint64(m_hitSet->type().size()) : m_hits[hit].length;
        const qsizetype r = findRegion(regions, a);
        const QString name = !m_names.empty() ? m_names[size_t(row)] : m_namer ? m_namer(a) : QString();
        const QString match = m_hitSet ? m_hitSet->valueText(hit)
                                       : QString::fromLatin1(m_hits[hit].previewBytes().toByteArray().toHex());
        text += (QStringList { formatAddress(a), csvField(locations.format(a, name)),
                     r < 0 ? QString() : regionKindId(regions[size_t(r)].kind), QString::number(length),
                     csvField(match) }
                     .join(u',')
            + u'\n')
                    .toUtf8();
        if (text.size() > (1 << 20)) {
            if (out->write(text) != text.size())
                return false;
            text.clear();
        }
        if (row % 1024 == 1023) {
            if (rowsDone)
                *rowsDone = row + 1;
            if (cancel && *cancel)
                return false;
        }
    }
    if (rowsDone)
        *rowsDone = count;
    return out->write(text) == text.size();
}

} // namespace procglass
