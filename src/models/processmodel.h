#pragma once

#include "core/processinfo.h"

#include <QAbstractTableModel>

#include <vector>

namespace procglass {

// The process list. setProcesses() merges a new listing into the rows in place, so views keep
// their selection and scroll position across refreshes (the GammaRay approach).
class ProcessModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PidColumn, NameColumn, UserColumn, ThreadsColumn, RssColumn, CommandLineColumn, ColumnCount };
    enum Role { PidRole = Qt::UserRole + 1, SortRole };

    explicit ProcessModel(QObject* parent = nullptr);

    void setProcesses(std::vector<ProcessInfo> processes);
    [[nodiscard]] const ProcessInfo* process(int row) const;
    [[nodiscard]] int rowOf(pid_t pid) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<ProcessInfo> m_rows;
};

} // namespace procglass
