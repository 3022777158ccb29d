// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "diffpane.h"

#include "core/model/format.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace procglass {

namespace {

QString hexBytes(const QByteArray& bytes, bool shortened)
{
    QString out = QString::fromLatin1(bytes.toHex(' '));
    if (shortened)
        out += QStringLiteral(" …");
    return out;
}

// The row of the range that contains address or starts after it (rows sorted by start).
size_t lowerRow(const std::vector<DiffRangeModel::Row>& rows, Address address)
{
    return size_t(std::lower_bound(rows.begin(), rows.end(), address, [](const DiffRangeModel::Row& r, Address a) {
        return r.range.start < a;
    }) - rows.begin());
}

} // namespace

void DiffRangeModel::setOutcome(const DiffOutcome* outcome, const DiffPane* pane)
{
    beginResetModel();
    m_rows.clear();
    if (outcome) {
        for (const MappingDiff& m : outcome->report.mappings) {
            const QString name = pane ? pane->nameOf(m) : DiffPane::mappingName(m);
            for (size_t k = 0; k < m.changed.size(); ++k) {
                Row row { m.changed[k], name, {}, {} };
                if (k < m.previews.size()) {
                    row.oldFirst = m.previews[k].beforeBytes();
                    row.newFirst = m.previews[k].afterBytes();
                }
                m_rows.push_back(std::move(row));
            }
        }
        // Mappings come by address, and their ranges too: keep them so whatever the report did.
        std::stable_sort(
            m_rows.begin(), m_rows.end(), [](const Row& a, const Row& b) { return a.range.start < b.range.start; });
    }
    m_order.resize(m_rows.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    m_position = m_order;
    endResetModel();
}

int DiffRangeModel::viewRowOf(Address start) const
{
    const size_t i = lowerRow(m_rows, start);
    return i < m_rows.size() && m_rows[i].range.start == start ? m_position[i] : -1;
}

int DiffRangeModel::nextAfter(Address address) const
{
    if (m_rows.empty())
        return -1;
    size_t i = lowerRow(m_rows, address);
    if (i < m_rows.size() && m_rows[i].range.start <= address)
        ++i;
    // Past the last change: round to the first, as a find does.
    return m_position[i < m_rows.size() ? i : 0];
}

int DiffRangeModel::previousBefore(Address address) const
{
    if (m_rows.empty())
        return -1;
    // The last range starting at or before address; if address lies in it (the memory view
    // selects a range it shows, the cursor on its last byte), the one before that.
    size_t i = size_t(std::upper_bound(m_rows.begin(), m_rows.end(), address, [](Address a, const Row& r) {
        return a < r.range.start;
    }) - m_rows.begin());
    if (i > 0 && m_rows[i - 1].range.contains(address))
        --i;
    return m_position[i > 0 ? i - 1 : m_rows.size() - 1];
}

QVariant DiffRangeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& r = rowAt(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == LengthColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::FontRole && index.column() != MappingColumn && index.column() != LengthColumn) {
        QFont f(QStringLiteral("monospace"));
        f.setStyleHint(QFont::Monospace);
        return f;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool shortened = r.range.size() > quint64(DiffOutcome::kPreviewBytes);
    switch (index.column()) {
    case AddressColumn:
        return formatAddress(r.range.start);
    case LengthColumn:
        return role == Qt::ToolTipRole ? tr("%n byte(s)", nullptr, int(std::min<quint64>(r.range.size(), INT_MAX)))
                                       : QLocale().toString(r.range.size());
    case MappingColumn:
        return r.mapping;
    case OldColumn:
        return r.oldFirst.isEmpty() ? QString() : hexBytes(r.oldFirst, shortened);
    case NewColumn:
        return r.newFirst.isEmpty() ? QString() : hexBytes(r.newFirst, shortened);
    default:
        return {};
    }
}

QVariant DiffRangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case LengthColumn:
        return tr("Length");
    case MappingColumn:
        return tr("Mapping");
    case OldColumn:
        return tr("Before");
    case NewColumn:
        return tr("After");
    default:
        return {};
    }
}

void DiffRangeModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> oldRows;
    for (const QModelIndex& i : before)
        oldRows.push_back(m_order[size_t(i.row())]);
    const auto key = [&](const Row& a, const Row& b) {
        switch (column) {
        case LengthColumn:
            return a.range.size() < b.range.size();
        case MappingColumn:
            return a.mapping < b.mapping;
        case OldColumn:
            return a.oldFirst < b.oldFirst;
        case NewColumn:
            return a.newFirst < b.newFirst;
        default:
            return a.range.start < b.range.start;
        }
    };
    std::iota(m_order.begin(), m_order.end(), 0);
    // Stable on address order: equal keys stay by address.
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        return order == Qt::AscendingOrder ? key(m_rows[size_t(a)], m_rows[size_t(b)])
                                           : key(m_rows[size_t(b)], m_rows[size_t(a)]);
    });
    for (size_t i = 0; i < m_order.size(); ++i)
        m_position[size_t(m_order[i])] = int(i);
    QModelIndexList after;
    for (size_t k = 0; k < size_t(before.size()); ++k)
        after << index(m_position[size_t(oldRows[k])], before[qsizetype(k)].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void DiffMappingModel::setOutcome(const DiffOutcome* outcome, const DiffPane* pane)
{
    beginResetModel();
    m_mappings.clear();
    m_names.clear();
    if (outcome) {
        for (const MappingDiff& m : outcome->report.mappings) {
            if (m.change == MappingDiff::Change::Same)
                continue; // only what changed: the picture shows the rest
            MappingDiff copy = m;
            copy.changed.clear();
            copy.changed.shrink_to_fit();
            m_names.push_back(pane ? pane->nameOf(m) : DiffPane::mappingName(m));
            m_mappings.push_back(std::move(copy));
        }
    }
    endResetModel();
}

QVariant DiffMappingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const MappingDiff& m = m_mappings[size_t(index.row())];
    const Region& r = m.after ? *m.after : *m.before;
    if (role == Qt::UserRole) { // sort keys
        switch (index.column()) {
        case AddressColumn:
            return r.range.start;
        case ChangedColumn:
            return m.changedBytes;
        case ComparedColumn:
            return m.comparedBytes;
        case HeatColumn:
            return m.heat();
        case ChangeColumn:
            return int(m.change);
        default:
            return m_names[size_t(index.row())];
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= ChangedColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case MappingColumn:
        return m_names[size_t(index.row())];
    case AddressColumn:
        return formatAddress(r.range.start);
    case ChangeColumn:
        return DiffPane::changeName(m.change);
    case ChangedColumn:
        return formatBytes(m.changedBytes);
    case ComparedColumn:
        return formatBytes(m.comparedBytes);
    case HeatColumn:
        return QLocale().toString(m.heat() * 100, 'f', m.heat() > 0 && m.heat() < 0.01 ? 2 : 0) + QStringLiteral(" %");
    default:
        return {};
    }
}

QVariant DiffMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MappingColumn:
        return tr("Mapping");
    case AddressColumn:
        return tr("Start");
    case ChangeColumn:
        return tr("Change");
    case ChangedColumn:
        return tr("Changed");
    case ComparedColumn:
        return tr("Compared");
    case HeatColumn:
        return tr("Heat");
    default:
        return {};
    }
}

DiffPane::DiffPane(QWidget* parent)
    : QWidget(parent)
    , m_ranges(new DiffRangeModel(this))
    , m_mappings(new DiffMappingModel(this))
    , m_mappingProxy(new QSortFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_mappingView(new QTableView(this))
    , m_rangeView(new QTableView(this))
    , m_next(new QAction(tr("&Next change"), this))
    , m_previous(new QAction(tr("&Previous change"), this))
{
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Showing the progress or a new summary must not lay the whole window out again (tens of ms
    // on a busy machine): the bar keeps its room when hidden, the summary has two lines' height.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_summary->setFixedHeight(2 * m_summary->fontMetrics().lineSpacing() + 4);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_progressBar->setRange(0, 1000);
    m_progressBar->setFixedWidth(160);
    for (QWidget* w : { static_cast<QWidget*>(m_progressBar), static_cast<QWidget*>(m_cancel) }) {
        QSizePolicy p = w->sizePolicy();
        p.setRetainSizeWhenHidden(true);
        w->setSizePolicy(p);
    }
    m_progressBar->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &DiffPane::cancelRequested);

    m_next->setObjectName(QStringLiteral("actionNextChange"));
    m_next->setShortcut(QKeySequence(Qt::Key_F8));
    m_next->setStatusTip(tr("Show the next changed bytes after the memory view's cursor"));
    m_previous->setObjectName(QStringLiteral("actionPreviousChange"));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8));
    m_previous->setStatusTip(tr("Show the changed bytes before the memory view's cursor"));
    connect(m_next, &QAction::triggered, this, &DiffPane::nextChange);
    connect(m_previous, &QAction::triggered, this, &DiffPane::previousChange);
    auto* nextButton = new QToolButton(this);
    nextButton->setDefaultAction(m_next);
    auto* previousButton = new QToolButton(this);
    previousButton->setDefaultAction(m_previous);

    m_mappingProxy->setSourceModel(m_mappings);
    m_mappingProxy->setSortRole(Qt::UserRole);
    for (QTableView* view : { m_mappingView, m_rangeView }) {
        view->setSortingEnabled(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::SingleSelection);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
        view->horizontalHeader()->setStretchLastSection(true);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
    }
    m_mappingView->setObjectName(QStringLiteral("diffMappingView"));
    m_mappingView->setModel(m_mappingProxy);
    m_mappingView->sortByColumn(DiffMappingModel::AddressColumn, Qt::AscendingOrder);
    m_rangeView->setObjectName(QStringLiteral("diffRangeView"));
    m_rangeView->setModel(m_ranges);
    m_rangeView->sortByColumn(DiffRangeModel::AddressColumn, Qt::AscendingOrder);
    m_rangeView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    connect(m_rangeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) {
            if (!current.isValid())
                return;
            const DiffRangeModel::Row& r = m_ranges->rowAt(current.row());
            emit showRequested(r.range.start, std::min<quint64>(r.range.size(), 4096));
        });
    connect(m_mappingView, &QTableView::activated, this, [this](const QModelIndex& index) {
        // The mapping's first change, or its start.
        const MappingDiff& m = m_mappings->mappingAt(m_mappingProxy->mapToSource(index).row());
        const Region& r = m.after ? *m.after : *m.before;
        const int row = m_ranges->nextAfter(r.range.start > 0 ? r.range.start - 1 : 0);
        if (row >= 0 && r.range.contains(m_ranges->rowAt(row).range.start))
            selectViewRow(row);
        else
            emit showRequested(r.range.start, 0);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_progressBar);
    top->addWidget(m_cancel);
    top->addWidget(previousButton);
    top->addWidget(nextButton);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_mappingView);
    split->addWidget(m_rangeView);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    clear();
}

void DiffPane::clear()
{
    m_outcome.reset();
    m_ranges->setOutcome(nullptr);
    m_mappings->setOutcome(nullptr);
    m_progressBar->hide();
    m_cancel->hide();
    m_next->setEnabled(false);
    m_previous->setEnabled(false);
    m_summary->setText(tr("Take a snapshot (Snapshots ▸ Take snapshot), let the target run, then compare: "
                          "what changed is listed here."));
}

void DiffPane::showComparing(const QString& before, const QString& after)
{
    m_summary->setText(tr("Comparing %1 with %2…").arg(before, after));
    m_progressBar->setValue(0);
    m_progressBar->show();
    m_cancel->show();
}

void DiffPane::setProgress(quint64 done, quint64 total)
{
    m_progressBar->setValue(total ? int(std::min<quint64>(1000, done * 1000 / total)) : 0);
}

void DiffPane::setOutcome(std::shared_ptr<const DiffOutcome> outcome)
{
    m_outcome = std::move(outcome);
    m_progressBar->hide();
    m_cancel->hide();
    const bool good = m_outcome && !m_outcome->error && !m_outcome->report.cancelled;
    m_ranges->setOutcome(good ? m_outcome.get() : nullptr, this);
    m_mappings->setOutcome(good ? m_outcome.get() : nullptr, this);
    m_rangeView->sortByColumn(DiffRangeModel::AddressColumn, Qt::AscendingOrder);
    m_rangeView->resizeColumnsToContents();
    m_mappingView->resizeColumnsToContents();
    m_next->setEnabled(m_ranges->rowCount() > 0);
    m_previous->setEnabled(m_ranges->rowCount() > 0);
    updateSummary();
}

QString DiffPane::summary() const
{
    return m_summary->text();
}

void DiffPane::updateSummary()
{
    if (!m_outcome)
        return clear();
    if (m_outcome->error) {
        m_summary->setText(tr("%1 and %2 could not be compared: %3")
                               .arg(m_outcome->beforeLabel, m_outcome->afterLabel, m_outcome->error.message));
        return;
    }
    if (m_outcome->report.cancelled) {
        m_summary->setText(tr("The comparison was cancelled."));
        return;
    }
    const DiffReport& r = m_outcome->report;
    int changedMappings = 0;
    for (const MappingDiff& m : r.mappings)
        changedMappings += m.change != MappingDiff::Change::Same;
    QString text
        = tr("%1 → %2: %3 of %4 mappings changed; %5 of %6 compared differ, in %7 ranges.")
              .arg(m_outcome->beforeLabel, m_outcome->afterLabel)
              .arg(changedMappings)
              .arg(r.mappings.size())
              .arg(formatBytes(r.changedBytes), formatBytes(r.comparedBytes), QLocale().toString(r.changedRanges));
    if (quint64(m_ranges->rowCount()) < r.changedRanges)
        text += u' ' + tr("The first %1 are listed.").arg(QLocale().toString(m_ranges->rowCount()));
    m_summary->setText(text);
}

void DiffPane::selectViewRow(int row)
{
    if (row < 0)
        return;
    const QModelIndex index = m_ranges->index(row, 0);
    m_rangeView->scrollTo(index);
    // Through currentRowChanged: the memory view follows. The same row again: say it again.
    if (m_rangeView->currentIndex().row() == row) {
        const DiffRangeModel::Row& r = m_ranges->rowAt(row);
        emit showRequested(r.range.start, std::min<quint64>(r.range.size(), 4096));
    }
    m_rangeView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

bool DiffPane::nextChange()
{
    const int row = m_ranges->nextAfter(m_cursor ? m_cursor() : 0);
    selectViewRow(row);
    return row >= 0;
}

bool DiffPane::previousChange()
{
    const int row = m_ranges->previousBefore(m_cursor ? m_cursor() : 0);
    selectViewRow(row);
    return row >= 0;
}

std::vector<AddressSpaceView::Heat> DiffPane::heatOf(const DiffReport& report)
{
    std::vector<AddressSpaceView::Heat> out;
    for (const MappingDiff& m : report.mappings) {
        if (!m.after)
            continue; // removed: not in the picture of now
        out.push_back({ m.after->range.start, m.heat(), m.changedBytes, m.change == MappingDiff::Change::Added });
    }
    return out;
}

QString DiffPane::mappingName(const MappingDiff& mapping)
{
    const Region& r = mapping.after ? *mapping.after : *mapping.before;
    const QString name = r.displayName();
    return name.isEmpty() ? regionKindName(r.kind) : name;
}

QString DiffPane::nameOf(const MappingDiff& mapping) const
{
    const Region& r = mapping.after ? *mapping.after : *mapping.before;
    const qsizetype i = findRegion(m_knownRegions, r.range.start);
    if (i < 0 || m_knownRegions[size_t(i)].range.start != r.range.start)
        return mappingName(mapping);
    const Region& known = m_knownRegions[size_t(i)];
    const QString name = known.displayName();
    // An image's .data and .bss: its file's name with the part, as the picture's labels say.
    if (known.segment == ImageSegment::Bss || known.segment == ImageSegment::Data) {
        const qsizetype image = i > 0 ? i - 1 : i;
        const QString file = m_knownRegions[size_t(image)].fileName();
        if (!file.isEmpty() && name.isEmpty())
            return tr("%1 (.bss)").arg(file);
    }
    return name.isEmpty() ? regionKindName(known.kind) : name;
}

QString DiffPane::changeName(MappingDiff::Change change)
{
    switch (change) {
    case MappingDiff::Change::Same:
        return tr("unchanged");
    case MappingDiff::Change::Changed:
        return tr("changed");
    case MappingDiff::Change::Added:
        return tr("added");
    case MappingDiff::Change::Removed:
        return tr("removed");
    case MappingDiff::Change::Grown:
        return tr("grown");
    case MappingDiff::Change::Shrunk:
        return tr("shrunk");
    }
    return {};
}

} // namespace procglass
