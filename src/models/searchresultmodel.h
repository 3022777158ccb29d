// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/region.h"
#include "core/search/searchengine.h"
#include "core/search/valuescan.h"
#include "core/teach/location.h"

#include <QAbstractTableModel>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

class QIODevice;

namespace procglass {

// The rows of a SearchResultModel as shown when they were taken, for the CSV export: it holds
// copies of all it reads (the hit set is immutable and shared), so that it can be written on a
// worker thread while the window goes on.
class SearchResultCsv
{
public:
    [[nodiscard]] quint64 rows() const { return m_order.empty() ? quint64(hitCount()) : m_order.size(); }
    // address,location,kind,length,bytes (or value): every row in the order shown, RFC 4180.
    // Stops (false) once cancel is set; rowsDone counts the rows formatted.
    [[nodiscard]] bool write(
        QIODevice* out, const std::atomic<bool>* cancel = nullptr, std::atomic<quint64>* rowsDone = nullptr) const;

private:
    friend class SearchResultModel;
    [[nodiscard]] size_t hitCount() const { return m_hitSet ? std::min(m_hitSet->size(), m_shown) : m_hits.size(); }

    std::shared_ptr<const std::vector<Region>> m_regions;
    std::function<QString(Address)> m_namer; // thread-safe, or null
    std::vector<QString> m_names; // per row, when the namer had to be called on the model's thread
    std::vector<SearchHit> m_hits;
    std::shared_ptr<const HitSet> m_hitSet;
    size_t m_shown = 0; // of m_hitSet: its first hits, as the model shows them
    std::vector<quint32> m_order;
};

// The hits of a search, one row each. Two kinds of content: the hits of a pattern search, which
// stream in batches and carry the bytes they matched; or a value scan's hit set (held compactly
// by HitSet, 16 bytes a hit), whose rows show each value as last read.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AddressColumn, LocationColumn, KindColumn, MatchColumn, ColumnCount };
    enum Role { AddressRole = Qt::UserRole + 1, LengthRole };

    explicit SearchResultModel(QObject* parent = nullptr);

    // The mappings hits are located in (module+offset, kind). Call before adding hits.
    void setRegions(std::vector<Region> regions);
    // Names addresses in the Location column ("libc.so.6!memcpy+0x12") where it can; the
    // location as formatLocation() writes it otherwise. mangledNamer: the mangled name of a C++
    // symbol, for the tooltip.
    void setAddressNamer(std::function<QString(Address)> namer, std::function<QString(Address)> mangledNamer = {})
    {
        m_namer = std::move(namer);
        m_mangledNamer = std::move(mangledNamer);
    }
    // A namer for work off this thread (the CSV export), asked for when that work starts: what it
    // returns must be safe to call on any thread (hold the symbol index by value). Without one,
    // csvSnapshot() calls the namer of setAddressNamer() for every row, on this thread.
    void setThreadSafeNamer(std::function<std::function<QString(Address)>()> namer)
    {
        m_threadSafeNamer = std::move(namer);
    }
    // Forgets every hit.
    void clear();
    // Pattern search: appends a batch (in any order; sort() orders them).
    void appendHits(const std::vector<SearchHit>& hits);
    // Value scan: shows this hit set instead (rows in address order): its first displayCap hits
    // (a hit set may hold hundreds of millions, partly on disk; next scans narrow them all).
    void setHitSet(std::shared_ptr<const HitSet> hits, quint64 displayCap = kMaxShownHits);
    static constexpr quint64 kMaxShownHits = 10'000'000;
    // How many of the hit set's hits are rows (all of a pattern search's).
    [[nodiscard]] size_t shownHits() const;
    [[nodiscard]] std::shared_ptr<const HitSet> hitSet() const { return m_hitSet; }
    [[nodiscard]] bool isValueScan() const { return m_hitSet != nullptr; }

    [[nodiscard]] Address address(int row) const;
    [[nodiscard]] quint64 length(int row) const;

    // Live values of a value scan (issue 18): the value now of hits on screen, read again at an
    // interval; the Value column shows it -- in another colour when it differs from the value
    // at the scan, "unreadable" when it could not be read. Keyed by hit (hitAt(row)); nullopt:
    // unreadable. The export keeps the values of the scan.
    [[nodiscard]] size_t hitAt(int row) const { return hitIndex(row); }
    void setLiveValues(const std::vector<std::pair<size_t, std::optional<quint64>>>& values);
    [[nodiscard]] bool hasLiveValue(int row) const { return m_live.contains(hitIndex(row)); }
    // Whether the value of row now differs from its value at the scan (false when not read).
    [[nodiscard]] bool liveChanged(int row) const;

    // address,location,kind,length,bytes (or value): every row in the order shown, RFC 4180.
    [[nodiscard]] bool writeCsv(QIODevice* out) const;
    // The rows as shown now, to write as CSV on another thread.
    [[nodiscard]] SearchResultCsv csvSnapshot() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    [[nodiscard]] size_t hitIndex(int row) const { return m_order.empty() ? size_t(row) : m_order[size_t(row)]; }
    [[nodiscard]] QString location(Address address) const;
    [[nodiscard]] QString matchText(size_t hit) const;
    [[nodiscard]] const Region* regionOf(Address address) const;

    std::vector<Region> m_regions;
    std::function<QString(Address)> m_namer;
    std::function<QString(Address)> m_mangledNamer;
    std::function<std::function<QString(Address)>()> m_threadSafeNamer;
    LocationFormatter m_locations; // of m_regions
    std::vector<SearchHit> m_hits; // pattern search
    std::shared_ptr<const HitSet> m_hitSet; // value scan
    size_t m_shown = 0; // rows of m_hitSet: its first hits
    std::vector<quint32> m_order; // row -> hit, once sorted (empty: in the order they came)
    std::unordered_map<size_t, std::optional<quint64>> m_live; // hit -> value now (bounded)
};

} // namespace procglass
