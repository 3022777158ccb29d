// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/region.h"
#include "core/parse/smaps.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace procglass {

// The mappings of one process, one row each; smaps figures join in when they arrive.
class RegionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What the mapping is comes first (its path, then its kind: "libc.so.6 text"), then the numbers;
    // the ones only an expert reads (End, Pss, Swap, Offset, Device, Inode) last.
    enum Column {
        PathColumn,
        KindColumn,
        StartColumn,
        EndColumn,
        SizeColumn,
        PermsColumn,
        RssColumn,
        PssColumn,
        SwapColumn,
        OffsetColumn,
        DeviceColumn,
        InodeColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, KindRole, PermsRole, RegionIndexRole };

    explicit RegionModel(QObject* parent = nullptr);

    void setRegions(std::vector<Region> regions);
    // Attaches smaps figures to the rows with the same range (others show nothing).
    void setSmaps(const std::vector<SmapsEntry>& entries);
    [[nodiscard]] const std::vector<Region>& regions() const { return m_regions; }
    [[nodiscard]] bool hasSmaps() const { return !m_smaps.empty(); }
    // The Kind column's text for regions[i]: the file name and segment of an ELF image ("libc.so.6
    // text"; a .bss, which has no path, is named after the image before it), else the kind ("heap",
    // "main stack", "anonymous"...).
    [[nodiscard]] static QString kindText(const std::vector<Region>& regions, size_t i);

    // Without QAbstractTableModel's hasIndex (two virtual calls): the sort proxy asks for two indexes
    // per comparison, a million of them when 65,000 mappings arrive.
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Region> m_regions;
    std::vector<std::optional<SmapsEntry>> m_smaps; // parallel to m_regions
};

// Filters regions by text (path, kind, addresses), kind and required permissions.
class RegionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RegionFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setKind(std::optional<RegionKind> kind); // nullopt: every kind
    // Letters that must all be present ("rw", "x"...); empty: any permissions.
    void setRequiredPerms(const QString& letters);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // Compares the regions themselves: sorting 65,000 rows through QVariants takes ~100 ms.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_text;
    std::optional<RegionKind> m_kind;
    QString m_perms;
};

} // namespace procglass
