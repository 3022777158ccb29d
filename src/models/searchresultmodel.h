#pragma once

#include "core/teach/location.h"
#include "core/model/region.h"
#include "core/search/searchengine.h"
#include "core/search/valuescan.h"

#include <QAbstractTableModel>

#include <functional>
#include <memory>
#include <vector>

class QIODevice;

namespace procglass {

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
    // Forgets every hit.
    void clear();
    // Pattern search: appends a batch (in any order; sort() orders them).
    void appendHits(const std::vector<SearchHit>& hits);
    // Value scan: shows this hit set instead (rows in address order).
    void setHitSet(std::shared_ptr<const HitSet> hits);
    [[nodiscard]] std::shared_ptr<const HitSet> hitSet() const { return m_hitSet; }
    [[nodiscard]] bool isValueScan() const { return m_hitSet != nullptr; }

    [[nodiscard]] Address address(int row) const;
    [[nodiscard]] quint64 length(int row) const;

    // address,location,kind,length,bytes (or value): every row in the order shown, RFC 4180.
    [[nodiscard]] bool writeCsv(QIODevice* out) const;

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
    LocationFormatter m_locations; // of m_regions
    std::vector<SearchHit> m_hits; // pattern search
    std::shared_ptr<const HitSet> m_hitSet; // value scan
    std::vector<quint32> m_order; // row -> hit, once sorted (empty: in the order they came)
};

} // namespace procglass
