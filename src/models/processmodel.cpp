#include "processmodel.h"

#include "core/format.h"

#include <QHash>

namespace procglass {

ProcessModel::ProcessModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ProcessModel::setProcesses(std::vector<ProcessInfo> processes)
{
    QHash<pid_t, size_t> incoming;
    for (size_t i = 0; i < processes.size(); ++i)
        incoming.insert(processes[i].pid(), i);

    // 1. Remove rows whose process is gone (or whose pid now names another process), last first.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        auto it = incoming.constFind(m_rows[size_t(row)].pid());
        if (it == incoming.constEnd() || processes[*it].identity != m_rows[size_t(row)].identity) {
            beginRemoveRows({}, row, row);
            m_rows.erase(m_rows.begin() + row);
            endRemoveRows();
        }
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
    size_t fresh = 0;
    for (bool u : used)
        fresh += u ? 0 : 1;
    if (fresh > 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh) - 1);
        for (size_t i = 0; i < processes.size(); ++i) {
            if (!used[i])
                m_rows.push_back(std::move(processes[i]));
        }
        endInsertRows();
    }
}

const ProcessInfo* ProcessModel::process(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)] : nullptr;
}

int ProcessModel::rowOf(pid_t pid) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].pid() == pid)
            return int(i);
    }
    return -1;
}

int ProcessModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProcessModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProcessModel::data(const QModelIndex& index, int role) const
{
    const ProcessInfo* p = process(index.row());
    if (!p || !index.isValid())
        return {};
    if (role == PidRole)
        return p->pid();
    if (role == SortRole) {
        switch (index.column()) {
        case PidColumn:
            return p->pid();
        case ThreadsColumn:
            return p->threads;
        case RssColumn:
            return qulonglong(p->rssBytes);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        return (c == PidColumn || c == ThreadsColumn || c == RssColumn) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                        : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
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
    case CommandLineColumn:
        return p->commandLine.isEmpty() ? QStringLiteral("[%1]").arg(p->name) : p->commandLine.join(u' ');
    }
    return {};
}

QVariant ProcessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
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
    case CommandLineColumn:
        return tr("Command line");
    }
    return {};
}

} // namespace procglass
