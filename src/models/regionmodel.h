#pragma once

#include "core/region.h"

#include <QAbstractTableModel>

#include <vector>

namespace procglass {

// The mappings of one process, one row each.
class RegionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartColumn,
        EndColumn,
        SizeColumn,
        PermsColumn,
        OffsetColumn,
        DeviceColumn,
        InodeColumn,
        KindColumn,
        PathColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, KindRole };

    explicit RegionModel(QObject* parent = nullptr);

    void setRegions(std::vector<Region> regions);
    [[nodiscard]] const std::vector<Region>& regions() const { return m_regions; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Region> m_regions;
};

} // namespace procglass
