#include "regionmodel.h"

#include "core/format.h"

#include <QFont>
#include <QFontDatabase>

namespace procglass {

RegionModel::RegionModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RegionModel::setRegions(std::vector<Region> regions)
{
    beginResetModel();
    m_regions = std::move(regions);
    endResetModel();
}

int RegionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_regions.size());
}

int RegionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_regions.size())
        return {};
    const Region& r = m_regions[size_t(index.row())];
    switch (role) {
    case KindRole:
        return int(r.kind);
    case SortRole:
        switch (index.column()) {
        case StartColumn:
            return qulonglong(r.range.start);
        case EndColumn:
            return qulonglong(r.range.end);
        case SizeColumn:
            return qulonglong(r.range.size());
        case OffsetColumn:
            return qulonglong(r.offset);
        case InodeColumn:
            return qulonglong(r.inode);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::FontRole:
        if (index.column() <= EndColumn || index.column() == OffsetColumn || index.column() == PermsColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn || index.column() == InodeColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case StartColumn:
        return formatAddress(r.range.start);
    case EndColumn:
        return formatAddress(r.range.end);
    case SizeColumn:
        return formatBytes(r.range.size());
    case PermsColumn:
        return r.perms.toString();
    case OffsetColumn:
        return QStringLiteral("%1").arg(r.offset, 8, 16, QLatin1Char('0'));
    case DeviceColumn:
        return QStringLiteral("%1:%2")
            .arg(r.devMajor, 2, 16, QLatin1Char('0'))
            .arg(r.devMinor, 2, 16, QLatin1Char('0'));
    case InodeColumn:
        return qulonglong(r.inode);
    case KindColumn: {
        QString kind = regionKindName(r.kind);
        if (r.segment != ImageSegment::None)
            kind += QStringLiteral(" (%1)").arg(imageSegmentId(r.segment));
        return kind;
    }
    case PathColumn:
        return r.deleted ? tr("%1 (deleted)").arg(r.path) : r.path;
    }
    return {};
}

QVariant RegionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case SizeColumn:
        return tr("Size");
    case PermsColumn:
        return tr("Perms");
    case OffsetColumn:
        return tr("Offset");
    case DeviceColumn:
        return tr("Device");
    case InodeColumn:
        return tr("Inode");
    case KindColumn:
        return tr("Kind");
    case PathColumn:
        return tr("Path");
    }
    return {};
}

} // namespace procglass
