// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "session/snapshotlist.h"
#include "widgets/addressspaceview.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

class QAction;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace procglass {

// The changed byte ranges of a comparison: one row each, sortable by every column; the rows are
// kept in address order underneath so that next/previous change need no sort.
class DiffPane;

class DiffRangeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AddressColumn, LengthColumn, MappingColumn, OldColumn, NewColumn, ColumnCount };
    struct Row
    {
        AddressRange range;
        QString mapping;
        QByteArray oldFirst; // empty: not read
        QByteArray newFirst;
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setOutcome(const DiffOutcome* outcome, const DiffPane* pane = nullptr);
    [[nodiscard]] const Row& rowAt(int viewRow) const { return m_rows[size_t(m_order[size_t(viewRow)])]; }
    // The view row of the range starting at start, or -1.
    [[nodiscard]] int viewRowOf(Address start) const;
    // In address order: the first range starting after address, the last one starting before it
    // (wrapping around at the ends); -1 when there is none.
    [[nodiscard]] int nextAfter(Address address) const;
    [[nodiscard]] int previousBefore(Address address) const;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_order.size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    std::vector<Row> m_rows; // by address
    std::vector<int> m_order; // view row -> m_rows index
    std::vector<int> m_position; // m_rows index -> view row
};

// The mappings of a comparison with their change, counts and heat.
class DiffMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MappingColumn, AddressColumn, ChangeColumn, ChangedColumn, ComparedColumn, HeatColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setOutcome(const DiffOutcome* outcome, const DiffPane* pane = nullptr);
    [[nodiscard]] const MappingDiff& mappingAt(int row) const { return m_mappings[size_t(row)]; }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_mappings.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<MappingDiff> m_mappings; // copied without their ranges
    std::vector<QString> m_names;
};

// The Diff dock: what changed between two moments -- the mappings with their change, the changed
// ranges (sortable), next/previous change (F8, Shift+F8) moving the memory view, and the progress
// of a comparison under way with its cancel.
class DiffPane : public QWidget
{
    Q_OBJECT
public:
    explicit DiffPane(QWidget* parent = nullptr);

    void setOutcome(std::shared_ptr<const DiffOutcome> outcome);
    [[nodiscard]] const std::shared_ptr<const DiffOutcome>& outcome() const { return m_outcome; }
    // A comparison under way (before -> after): progress instead of the summary.
    void showComparing(const QString& before, const QString& after);
    void setProgress(quint64 done, quint64 total);
    void clear();

    // Where "next change" starts from: the memory view's cursor.
    void setCursorProvider(std::function<Address()> cursor) { m_cursor = std::move(cursor); }
    [[nodiscard]] QAction* nextAction() const { return m_next; }
    [[nodiscard]] QAction* previousAction() const { return m_previous; }
    // Moves to the next (previous) change after (before) the cursor: selects its row and asks the
    // memory view to show it. False when there is no change at all.
    bool nextChange();
    bool previousChange();

    [[nodiscard]] DiffRangeModel* rangeModel() const { return m_ranges; }
    [[nodiscard]] DiffMappingModel* mappingModel() const { return m_mappings; }
    [[nodiscard]] QTableView* rangeView() const { return m_rangeView; }
    [[nodiscard]] QTableView* mappingView() const { return m_mappingView; }
    [[nodiscard]] QString summary() const;

    // The heat of every mapping of the after side, for the address-space picture.
    [[nodiscard]] static std::vector<AddressSpaceView::Heat> heatOf(const DiffReport& report);
    // "[heap]", "libc.so.6", or the kind for anonymous memory.
    [[nodiscard]] static QString mappingName(const MappingDiff& mapping);
    // Names mappings better where the window knows more (thread stacks): the open target's
    // mappings. Set before setOutcome().
    void setKnownRegions(std::vector<Region> regions) { m_knownRegions = std::move(regions); }
    [[nodiscard]] QString nameOf(const MappingDiff& mapping) const;
    [[nodiscard]] static QString changeName(MappingDiff::Change change);

signals:
    // Show these bytes in the memory view (a range's start, its length).
    void showRequested(procglass::Address address, quint64 length);
    void cancelRequested();

private:
    void selectViewRow(int row);
    void updateSummary();

    std::shared_ptr<const DiffOutcome> m_outcome;
    std::vector<Region> m_knownRegions;
    std::function<Address()> m_cursor;
    DiffRangeModel* m_ranges;
    DiffMappingModel* m_mappings;
    QSortFilterProxyModel* m_mappingProxy;
    QLabel* m_summary;
    QProgressBar* m_progressBar;
    QToolButton* m_cancel;
    QTableView* m_mappingView;
    QTableView* m_rangeView;
    QAction* m_next;
    QAction* m_previous;
    bool m_selecting = false;
};

} // namespace procglass
