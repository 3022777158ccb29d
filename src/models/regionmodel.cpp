// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "regionmodel.h"

#include "core/model/format.h"
#include "core/teach/explain.h"

#include <QFont>
#include <QFontDatabase>

namespace procglass {

RegionModel::RegionModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RegionModel::setRegions(std::vector<Region> regions)
{
    // A refresh usually finds the same mappings: update them in place so that views keep their
    // scroll position and selection, and the smaps figures stay until new ones arrive.
    const bool sameRanges = !regions.empty() && regions.size() == m_regions.size()
        && std::equal(regions.begin(), regions.end(), m_regions.begin(),
            [](const Region& a, const Region& b) { return a.range == b.range; });
    if (sameRanges) {
        m_regions = std::move(regions);
        emit dataChanged(index(0, 0), index(int(m_regions.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_regions = std::move(regions);
    m_smaps.clear();
    endResetModel();
}

void RegionModel::setSmaps(const std::vector<SmapsEntry>& entries)
{
    m_smaps.assign(m_regions.size(), std::nullopt);
    // Both lists come sorted by address: walk them together.
    size_t j = 0;
    for (size_t i = 0; i < m_regions.size(); ++i) {
        while (j < entries.size() && entries[j].range.start < m_regions[i].range.start)
            ++j;
        if (j < entries.size() && entries[j].range == m_regions[i].range)
            m_smaps[i] = entries[j];
    }
    if (!m_regions.empty())
        emit dataChanged(index(0, RssColumn), index(int(m_regions.size()) - 1, SwapColumn));
}

QModelIndex RegionModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_regions.size() || column >= ColumnCount)
        return {};
    return createIndex(row, column);
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
    const SmapsEntry* sm = size_t(index.row()) < m_smaps.size() && m_smaps[size_t(index.row())]
        ? &*m_smaps[size_t(index.row())]
        : nullptr;
    switch (role) {
    case KindRole:
        return int(r.kind);
    case PermsRole:
        return r.perms.toString();
    case RegionIndexRole:
        return index.row();
    case Qt::ToolTipRole:
        if (index.column() == PathColumn && !r.path.isEmpty()) // the whole path: the cell elides its middle
            return QStringLiteral("%1\n\n%2").arg(data(index, Qt::DisplayRole).toString(), regionExplanation(r));
        if (index.column() == KindColumn || index.column() == PathColumn) {
            // Where a .bss ends and plain anonymous memory begins, as the program headers say.
            const QString bss = bssSummary(m_regions, size_t(index.row()));
            return bss.isEmpty() ? regionExplanation(r) : regionExplanation(r) + QStringLiteral("\n\n") + bss;
        }
        if (index.column() == PermsColumn)
            return tr("r: readable, w: writable, x: executable; p: private (copy on write) or s: shared");
        return {};
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
        case RssColumn:
            return sm ? qulonglong(sm->rss) : qulonglong(0);
        case PssColumn:
            return sm ? qulonglong(sm->pss) : qulonglong(0);
        case SwapColumn:
            return sm ? qulonglong(sm->swap) : qulonglong(0);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::FontRole:
        if (index.column() == StartColumn || index.column() == EndColumn || index.column() == OffsetColumn
            || index.column() == PermsColumn)
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
    case KindColumn:
        return kindText(m_regions, size_t(index.row()));
    case RssColumn:
        return sm ? formatBytes(sm->rss) : QVariant();
    case PssColumn:
        return sm ? formatBytes(sm->pss) : QVariant();
    case SwapColumn:
        return sm ? formatBytes(sm->swap) : QVariant();
    case PathColumn:
        return r.deleted ? tr("%1 (deleted)").arg(r.path) : r.path;
    }
    return {};
}

QString RegionModel::kindText(const std::vector<Region>& regions, size_t i)
{
    const Region& r = regions[i];
    if (r.kind != RegionKind::Executable && r.kind != RegionKind::Library)
        return regionKindName(r.kind);
    QString file = r.fileName();
    // A .bss follows its image's data directly; look back only over the image's own mappings.
    for (size_t j = i;
         file.isEmpty() && j > 0 && regions[j - 1].kind == r.kind && regions[j - 1].range.end == regions[j].range.start;
         --j)
        file = regions[j - 1].fileName();
    if (file.isEmpty())
        return regionKindName(r.kind);
    return QStringLiteral("%1 %2").arg(
        file, r.segment == ImageSegment::None ? regionKindName(r.kind) : imageSegmentText(r));
}

QVariant RegionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StartColumn:
            return tr("The first address of the mapping");
        case EndColumn:
            return tr("The first address after the mapping");
        case SizeColumn:
            return tr("How much address space the mapping takes (not how much of it is in RAM: see Rss)");
        case PermsColumn:
            return tr("r: readable, w: writable, x: executable; p: private (copy on write) or s: shared");
        case OffsetColumn:
            return tr("For a file mapping: where in the file the mapping starts (hexadecimal)");
        case DeviceColumn:
            return tr("The device (major:minor, hexadecimal) holding the mapped file; 00:00 for anonymous memory");
        case InodeColumn:
            return tr("The mapped file's inode on that device; 0 for anonymous memory. With the device it names "
                      "the file even after it was renamed or deleted");
        case KindColumn:
            return tr("What the mapping is, as Procglass reads it from the path, the permissions and the threads' "
                      "stack pointers");
        case RssColumn:
            return tr("Resident: how much of the mapping is in RAM now (from /proc/PID/smaps)");
        case PssColumn:
            return tr("Proportional share: resident memory with pages shared by N processes counted as 1/N");
        case SwapColumn:
            return tr("How much of the mapping has been written out to swap");
        case PathColumn:
            return tr("The mapped file, or a name the kernel gives: [heap], [stack], [vdso], [anon:NAME]...");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
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
    case RssColumn:
        return tr("Rss");
    case PssColumn:
        return tr("Pss");
    case SwapColumn:
        return tr("Swap");
    case PathColumn:
        return tr("Path");
    }
    return {};
}

} // namespace procglass

namespace procglass {

RegionFilterModel::RegionFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RegionModel::SortRole);
}

void RegionFilterModel::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void RegionFilterModel::setKind(std::optional<RegionKind> kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

void RegionFilterModel::setRequiredPerms(const QString& letters)
{
    m_perms = letters;
    invalidateRowsFilter();
}

bool RegionFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* model = static_cast<const RegionModel*>(sourceModel());
    const Region& a = model->regions()[size_t(left.row())];
    const Region& b = model->regions()[size_t(right.row())];
    switch (left.column()) {
    case RegionModel::StartColumn:
        return a.range.start < b.range.start;
    case RegionModel::EndColumn:
        return a.range.end < b.range.end;
    case RegionModel::SizeColumn:
        return a.range.size() < b.range.size();
    case RegionModel::OffsetColumn:
        return a.offset < b.offset;
    case RegionModel::InodeColumn:
        return a.inode < b.inode;
    case RegionModel::PermsColumn:
        return a.perms.toString() < b.perms.toString();
    case RegionModel::PathColumn:
        return a.path < b.path;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

bool RegionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = static_cast<const RegionModel*>(sourceModel());
    if (sourceParent.isValid() || size_t(sourceRow) >= model->regions().size())
        return false;
    const Region& r = model->regions()[size_t(sourceRow)];
    if (m_kind && r.kind != *m_kind)
        return false;
    // Each letter asked for must be set (no string per row: this runs for every row on each reset).
    for (QChar c : m_perms) {
        const bool has = c == u'r' ? r.perms.read
            : c == u'w'            ? r.perms.write
            : c == u'x'            ? r.perms.execute
            : c == u's'            ? r.perms.shared
            : c == u'p'            ? !r.perms.shared
                                   : false;
        if (!has)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    // An address typed in hex finds the mapping that contains it.
    bool isHex = false;
    const Address a
        = QStringView(m_text).mid(m_text.startsWith(QLatin1StringView("0x")) ? 2 : 0).toULongLong(&isHex, 16);
    if (isHex && m_text.size() > 4 && r.range.contains(a))
        return true;
    return r.path.contains(m_text, Qt::CaseInsensitive) || regionKindName(r.kind).contains(m_text, Qt::CaseInsensitive)
        || imageSegmentId(r.segment).contains(m_text, Qt::CaseInsensitive);
}

} // namespace procglass
