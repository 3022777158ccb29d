// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "processmodel.h"

#include "core/model/format.h"

#include <QColor>
#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace procglass {

namespace {
// A small filled dot: green for readable, red for not. Drawn, so it needs no icon theme.
QPixmap dot(const QColor& color)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(140));
    p.setBrush(color);
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return pm;
}
} // namespace

ProcessModel::ProcessModel(QObject* parent)
    : QAbstractItemModel(parent)
{ }

void ProcessModel::setProcesses(std::vector<ProcessInfo> processes)
{
    if (!m_tree) {
        mergeFlat(std::move(processes));
        return;
    }
    beginResetModel();
    m_rows = std::move(processes);
    rebuildTree();
    endResetModel();
}

void ProcessModel::setTreeMode(bool tree)
{
    if (tree == m_tree)
        return;
    beginResetModel();
    m_tree = tree;
    rebuildTree();
    endResetModel();
}

void ProcessModel::mergeFlat(std::vector<ProcessInfo> processes)
{
    QHash<pid_t, size_t> incoming;
    for (size_t i = 0; i < processes.size(); ++i)
        incoming.insert(processes[i].pid(), i);

    // 1. Remove rows whose process is gone (or whose pid now names another process), in runs.
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        auto gone = [&](int r) {
            auto it = incoming.constFind(m_rows[size_t(r)].pid());
            return it == incoming.constEnd() || processes[*it].identity != m_rows[size_t(r)].identity;
        };
        if (!gone(row)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && gone(first - 1))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        endRemoveRows();
        row = first - 1;
    }
    // 2. Update the rows that stay, in place.
    std::vector<bool> used(processes.size());
    for (size_t row = 0; row < m_rows.size(); ++row) {
        const size_t i = incoming.value(m_rows[row].pid());
        used[i] = true;
        m_rows[row] = std::move(processes[i]);
    }
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    // 3. Append the new ones.
    const auto fresh = size_t(std::count(used.begin(), used.end(), false));
    if (fresh > 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh) - 1);
        for (size_t i = 0; i < processes.size(); ++i) {
            if (!used[i])
                m_rows.push_back(std::move(processes[i]));
        }
        endInsertRows();
    }
}

void ProcessModel::rebuildTree()
{
    m_parentOf.assign(m_rows.size(), -1);
    m_rowInParent.assign(m_rows.size(), 0);
    m_children.assign(m_rows.size(), {});
    m_roots.clear();
    if (!m_tree)
        return;
    QHash<pid_t, int> byPid;
    for (size_t i = 0; i < m_rows.size(); ++i)
        byPid.insert(m_rows[i].pid(), int(i));
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const int parent = byPid.value(m_rows[i].ppid, -1);
        auto& list = parent >= 0 && parent != int(i) ? m_children[size_t(parent)] : m_roots;
        m_parentOf[i] = parent != int(i) ? parent : -1;
        m_rowInParent[i] = int(list.size());
        list.push_back(int(i));
    }
}

const ProcessInfo* ProcessModel::process(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_rows.size())
        return nullptr;
    return &m_rows[index.internalId()];
}

QModelIndex ProcessModel::indexOf(pid_t pid, int column) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].pid() == pid)
            return createIndex(m_tree ? m_rowInParent[i] : int(i), column, quintptr(i));
    }
    return {};
}

QModelIndex ProcessModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!m_tree) {
        if (parent.isValid() || size_t(row) >= m_rows.size())
            return {};
        return createIndex(row, column, quintptr(row));
    }
    if (parent.isValid() && parent.column() != 0)
        return {};
    const std::vector<int>& list = parent.isValid() ? m_children[parent.internalId()] : m_roots;
    if (size_t(row) >= list.size())
        return {};
    return createIndex(row, column, quintptr(list[size_t(row)]));
}

QModelIndex ProcessModel::parent(const QModelIndex& child) const
{
    if (!m_tree || !child.isValid())
        return {};
    const int p = m_parentOf[child.internalId()];
    return p < 0 ? QModelIndex() : createIndex(m_rowInParent[size_t(p)], 0, quintptr(p));
}

int ProcessModel::rowCount(const QModelIndex& parent) const
{
    if (!m_tree)
        return parent.isValid() ? 0 : int(m_rows.size());
    if (!parent.isValid())
        return int(m_roots.size());
    return parent.column() == 0 ? int(m_children[parent.internalId()].size()) : 0;
}

int ProcessModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ProcessModel::data(const QModelIndex& index, int role) const
{
    const ProcessInfo* p = process(index);
    if (!p)
        return {};
    const bool readable = p->accessProblem.isEmpty();
    switch (role) {
    case PidRole:
        return p->pid();
    case FilterRole:
        // What the filter field matches: name, pid, user and command line.
        return QStringList { QString::number(p->pid()), p->name, p->user, p->commandLine.join(u' ') }.join(u'\n');
    case SortRole:
        switch (index.column()) {
        case PidColumn:
            return p->pid();
        case ThreadsColumn:
            return p->threads;
        case RssColumn:
            return qulonglong(p->rssBytes);
        case ReadableColumn:
            return readable;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole: {
        const int c = index.column();
        return (c == PidColumn || c == ThreadsColumn || c == RssColumn) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                        : QVariant();
    }
    case Qt::DecorationRole:
        // Also beside the name: the Readable column is hidden unless asked for.
        if (index.column() == ReadableColumn || index.column() == NameColumn) {
            static const QPixmap yes = dot(QColor(0x3c, 0xb3, 0x71));
            static const QPixmap no = dot(QColor(0xd9, 0x4a, 0x4a));
            return readable ? yes : no;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReadableColumn || index.column() == NameColumn)
            return readable ? tr("Procglass may read the memory of this process.") : p->accessProblem;
        if (index.column() == CommandLineColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case PidColumn:
        return p->pid();
    case NameColumn:
        return p->name;
    case UserColumn:
        return p->user;
    case ThreadsColumn:
        return p->threads;
    case RssColumn:
        return formatBytes(p->rssBytes);
    case ReadableColumn:
        return readable ? tr("yes") : tr("no");
    case CommandLineColumn:
        return p->commandLine.isEmpty() ? QStringLiteral("[%1]").arg(p->name) : p->commandLine.join(u' ');
    }
    return {};
}

QVariant ProcessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PidColumn:
            return tr("Process ID");
        case UserColumn:
            return tr("The owner of /proc/PID: the effective user, or root while the process is not dumpable");
        case RssColumn:
            return tr("Resident set size: memory of the process that is in RAM now");
        case ReadableColumn:
            return tr(
                "Whether Procglass may read the process's memory; the tooltip of a \"no\" says why and how to fix it");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PidColumn:
        return tr("PID");
    case NameColumn:
        return tr("Name");
    case UserColumn:
        return tr("User");
    case ThreadsColumn:
        return tr("Threads");
    case RssColumn:
        return tr("RSS");
    case ReadableColumn:
        return tr("Readable");
    case CommandLineColumn:
        return tr("Command line");
    }
    return {};
}

ProcessFilterModel::ProcessFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void ProcessFilterModel::setShowKernelThreads(bool show)
{
    if (show == m_showKernelThreads)
        return;
    m_showKernelThreads = show;
    invalidateFilter();
}

bool ProcessFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_showKernelThreads) {
        if (const auto* model = qobject_cast<const ProcessModel*>(sourceModel())) {
            const ProcessInfo* p = model->process(model->index(sourceRow, 0, sourceParent));
            if (p && p->isKernelThread())
                return false;
        }
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace procglass
