// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/processinfo.h"

#include <QAbstractItemModel>
#include <QSortFilterProxyModel>

#include <vector>

namespace procglass {

// The process list, flat or as a parent/child tree. In flat mode setProcesses() merges a new
// listing into the rows in place (GammaRay's mergeProcesses), so views keep selection and scroll
// position across refreshes; processes that exit simply disappear.
class ProcessModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        PidColumn,
        NameColumn,
        UserColumn,
        ThreadsColumn,
        RssColumn,
        ReadableColumn,
        CommandLineColumn,
        ColumnCount
    };
    enum Role { PidRole = Qt::UserRole + 1, SortRole, FilterRole };

    explicit ProcessModel(QObject* parent = nullptr);

    void setProcesses(std::vector<ProcessInfo> processes);
    void setTreeMode(bool tree);
    [[nodiscard]] bool treeMode() const { return m_tree; }

    [[nodiscard]] const ProcessInfo* process(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex indexOf(pid_t pid, int column = 0) const;
    [[nodiscard]] int processCount() const { return int(m_rows.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void mergeFlat(std::vector<ProcessInfo> processes);
    void rebuildTree();

    std::vector<ProcessInfo> m_rows;
    bool m_tree = false;
    // Tree mode: positions in m_rows.
    std::vector<int> m_parentOf; // -1 for a root
    std::vector<int> m_rowInParent;
    std::vector<std::vector<int>> m_children;
    std::vector<int> m_roots;
};

// The process list as the view shows it: sorted, filtered by the text typed (FilterRole) and,
// unless asked for, without kernel threads -- they have no user memory to inspect, and a machine
// has hundreds of them (htop hides them the same way).
class ProcessFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProcessFilterModel(QObject* parent = nullptr);
    void setShowKernelThreads(bool show);
    [[nodiscard]] bool showKernelThreads() const { return m_showKernelThreads; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_showKernelThreads = false;
};

} // namespace procglass
