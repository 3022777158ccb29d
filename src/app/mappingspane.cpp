// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "mappingspane.h"
#include "columnchoice.h"

#include "core/model/format.h"
#include "core/teach/location.h"
#include "currentlocation.h"
#include "infopane.h"
#include "models/regionmodel.h"
#include "widgets/addressspaceview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSet>
#include <QTableView>

#include <array>
#include <utility>

namespace procglass {

MappingsPane::MappingsPane(Widgets widgets, RegionModel* model, CurrentLocation* location, QObject* parent)
    : QObject(parent)
    , m_w(widgets)
    , m_model(model)
    , m_proxy(new RegionFilterModel(this))
    , m_location(location)
{
    connect(m_w.table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const Region& r = m_model->regions()[size_t(index.data(RegionModel::RegionIndexRole).toInt())];
        if (r.perms.execute && r.perms.read) {
            emit showCodeRequested(r.range.start); // code is read as instructions
            return;
        }
        emit showMemoryRequested(r.range.start);
    });
    m_proxy->setSourceModel(m_model);
    QTableView* view = m_w.table;
    view->setModel(m_proxy);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    // The path says what the mapping is: it comes first, takes the width the numbers leave, and
    // loses the middle of a long path (the file name stays; the tooltip has it all).
    view->setTextElideMode(Qt::ElideMiddle);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(RegionModel::PathColumn, QHeaderView::Stretch);
    // Only what a newcomer reads fits at 1280 px; the expert columns are a right-click away.
    for (int c : { RegionModel::EndColumn, RegionModel::PssColumn, RegionModel::SwapColumn, RegionModel::OffsetColumn,
             RegionModel::DeviceColumn, RegionModel::InodeColumn })
        view->horizontalHeader()->setSectionHidden(c, true);
    offerColumnChoice(view->horizontalHeader());
    view->sortByColumn(RegionModel::StartColumn, Qt::AscendingOrder);
    auto* copy = new QAction(QCoreApplication::translate("procglass::MainWindow", "&Copy rows"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &MappingsPane::copySelected);
    view->addAction(copy);
    auto* searchSelected
        = new QAction(QCoreApplication::translate("procglass::MainWindow", "&Search in selected mappings…"), view);
    connect(searchSelected, &QAction::triggered, this, &MappingsPane::searchSelectedRequested);
    view->addAction(searchSelected);
    auto* exportSelected
        = new QAction(QCoreApplication::translate("procglass::MainWindow", "&Export selected mappings…"), view);
    connect(exportSelected, &QAction::triggered, this, &MappingsPane::exportSelectedRequested);
    view->addAction(exportSelected);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MappingsPane::onRegionSelected);
    connect(m_w.picture, &AddressSpaceView::regionClicked, this, &MappingsPane::selectRegion);
    connect(m_w.info, &InfoPane::mappingRequested, this,
        [this](Address a) { selectRegion(int(findRegion(m_model->regions(), a))); });
    connect(m_w.info, &InfoPane::showMemoryRequested, this, &MappingsPane::showMemoryRequested);
    connect(m_w.info, &InfoPane::showCodeRequested, this, &MappingsPane::showCodeRequested);

    m_w.kind->addItem(QCoreApplication::translate("procglass::MainWindow", "All kinds"), -1);
    for (int k = 0; k < regionKindCount(); ++k)
        m_w.kind->addItem(regionKindName(RegionKind(k)), k);
    connect(m_w.filter, &QLineEdit::textChanged, this, &MappingsPane::updateFilter);
    connect(m_w.kind, &QComboBox::currentIndexChanged, this, &MappingsPane::updateFilter);
    for (QCheckBox* box : { m_w.readable, m_w.writable, m_w.executable })
        connect(box, &QCheckBox::toggled, this, &MappingsPane::updateFilter);
    connect(m_location, &CurrentLocation::changed, this, [this] { followLocation(); });
}

std::vector<AddressRange> MappingsPane::selectedRanges() const
{
    std::vector<AddressRange> ranges;
    for (const QModelIndex& row : m_w.table->selectionModel()->selectedRows())
        ranges.push_back(m_model->regions()[size_t(row.data(RegionModel::RegionIndexRole).toInt())].range);
    return ranges;
}

void MappingsPane::regionsChanged()
{
    if (!m_columnsSized) {
        m_columnsSized = true;
        sizeColumns();
    }
    // The mapping where the user is may have changed (mprotect) or gone.
    if (m_location->address()) {
        followLocation(true);
    } else if (!m_opened) {
        // Just opened, nowhere yet: on the program's code (or its heap), so that Explain, the picture
        // and the hex view have something to show -- unless the user's filters hide that mapping.
        m_opened = true;
        const qsizetype i = openingRegion(m_model->regions());
        if (i >= 0 && m_proxy->mapFromSource(m_model->index(int(i), 0)).isValid())
            selectRegion(int(i));
        else
            onRegionSelected();
    } else {
        onRegionSelected();
    }
}

void MappingsPane::clear()
{
    m_locationRegion = -1;
    m_opened = false;
}

void MappingsPane::onRegionSelected()
{
    if (m_following)
        return; // the table is following the location: nothing to send back
    const QModelIndex current = m_w.table->currentIndex();
    const int i = current.isValid() ? current.data(RegionModel::RegionIndexRole).toInt() : -1;
    if (i < 0) {
        // No row: nothing is explained until the user goes somewhere again.
        m_locationRegion = -1;
        m_w.picture->setSelectedRegion(-1);
        m_w.info->explain(m_model->regions(), -1);
        return;
    }
    // A row chosen (a click here or in the picture, the tour, a start-up vector entry) moves the
    // location to its start, unless the location is in it already (a cursor inside the mapping).
    const Region& r = m_model->regions()[size_t(i)];
    if (m_location->contains(r.range))
        followLocation(true);
    else
        m_location->set(r.range.start);
}

void MappingsPane::followLocation(bool force)
{
    const auto address = m_location->address();
    if (!address)
        return;
    const std::vector<Region>& regions = m_model->regions();
    const int i = int(findRegion(regions, *address));
    const bool moved = i != m_locationRegion;
    if (!moved && !force)
        return; // a cursor moving inside the mapping shown
    m_locationRegion = i;
    m_w.picture->setSelectedRegion(i);
    m_w.info->explain(regions, i);
    // Its row, selected and in sight; a selection of several rows that holds it stays as it is.
    QTableView* view = m_w.table;
    QItemSelectionModel* selection = view->selectionModel();
    const QModelIndex row = i < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(i, 0));
    const QScopedValueRollback following(m_following, true);
    if (!row.isValid()) {
        selection->clear(); // not mapped, or filtered out of the table: no row is it
        return;
    }
    // Scrolled to when the user went elsewhere, not on every refresh: the user may be looking around.
    const bool scroll = moved || view->currentIndex().row() != row.row();
    if (!selection->isRowSelected(row.row(), {}))
        selection->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else if (view->currentIndex().row() != row.row())
        selection->setCurrentIndex(row, QItemSelectionModel::NoUpdate);
    if (scroll)
        view->scrollTo(row);
}

void MappingsPane::selectRegion(int regionIndex)
{
    if (regionIndex < 0) {
        m_w.table->selectionModel()->clear();
        m_w.table->setCurrentIndex({});
        return;
    }
    const QModelIndex source = m_model->index(regionIndex, 0);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        // Filtered out: clear the filters so that what was clicked can be shown.
        m_w.filter->clear();
        m_w.kind->setCurrentIndex(0);
        for (QCheckBox* box : { m_w.readable, m_w.writable, m_w.executable })
            box->setChecked(false);
        index = m_proxy->mapFromSource(source);
    }
    m_w.table->setCurrentIndex(index);
    m_w.table->selectRow(index.row());
    m_w.table->scrollTo(index);
}

void MappingsPane::copySelected()
{
    QStringList lines;
    const QModelIndexList rows = m_w.table->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        QStringList cells;
        for (int c = 0; c < RegionModel::ColumnCount; ++c)
            cells << m_proxy->index(row.row(), c).data().toString();
        lines << cells.join(u'\t');
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void MappingsPane::sizeColumns()
{
    // Every column but the path and the kind has a known widest form; measuring those beats
    // resizeColumnsToContents, which reads 1,000 rows of every column (50 ms for a big process).
    // The path takes what is left (it stretches).
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics normal(m_w.table->font());
    auto* header = m_w.table->horizontalHeader();
    const struct
    {
        int column;
        const QFontMetrics& metrics;
        QString sample;
    } widest[] = {
        { RegionModel::StartColumn, fixed, formatAddress(0x7fffffffffff) },
        { RegionModel::EndColumn, fixed, formatAddress(0x7fffffffffff) },
        { RegionModel::SizeColumn, normal, formatBytes(1023ull << 20) + QStringLiteral(".9") },
        { RegionModel::PermsColumn, fixed, QStringLiteral("rwxp") },
        { RegionModel::OffsetColumn, fixed, QStringLiteral("00000000") },
        { RegionModel::DeviceColumn, normal, QStringLiteral("103:00") },
        { RegionModel::InodeColumn, normal, QStringLiteral("99999999") },
        { RegionModel::RssColumn, normal, formatBytes(1023ull << 20) + QStringLiteral(".9") },
        { RegionModel::PssColumn, normal, formatBytes(1023ull << 20) + QStringLiteral(".9") },
        { RegionModel::SwapColumn, normal, formatBytes(1023ull << 20) + QStringLiteral(".9") },
    };
    const auto titleWidth = [&](int column) {
        return header->fontMetrics().horizontalAdvance(
                   m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString())
            + 12; // and the sort indicator
    };
    for (const auto& w : widest)
        header->resizeSection(w.column, std::max(w.metrics.horizontalAdvance(w.sample), titleWidth(w.column)) + 12);
    // The kind names a file ("libstdc++.so.6.0.30 rodata"): as wide as the widest one here, up to a
    // limit past which the middle is elided. A process maps few distinct files.
    // Only images' rows name a file; the others say their kind, measured once per kind, and the
    // rows of one image run together (65,000 mappings: a pass without a string per row).
    const std::vector<Region>& regions = m_model->regions();
    QSet<QString> seen;
    std::array<bool, regionKindCount()> kindMeasured {};
    int kind = titleWidth(RegionModel::KindColumn);
    const Region* previous = nullptr;
    for (size_t i = 0; i < regions.size(); ++i) {
        const Region& r = regions[i];
        const bool image = r.kind == RegionKind::Executable || r.kind == RegionKind::Library;
        if (!image && std::exchange(kindMeasured[size_t(r.kind)], true))
            continue;
        if (image && previous && previous->segment == r.segment && previous->path == r.path)
            continue;
        previous = image ? &r : nullptr;
        QString text = RegionModel::kindText(regions, i);
        if (!seen.contains(text)) {
            kind = std::max(kind, normal.horizontalAdvance(text));
            seen.insert(std::move(text));
        }
    }
    header->resizeSection(RegionModel::KindColumn, std::min(kind, normal.averageCharWidth() * 24) + 12);
}

void MappingsPane::updateFilter()
{
    m_proxy->setText(m_w.filter->text());
    const int kind = m_w.kind->currentData().toInt();
    m_proxy->setKind(kind < 0 ? std::nullopt : std::optional<RegionKind>(RegionKind(kind)));
    QString perms;
    if (m_w.readable->isChecked())
        perms += u'r';
    if (m_w.writable->isChecked())
        perms += u'w';
    if (m_w.executable->isChecked())
        perms += u'x';
    m_proxy->setRequiredPerms(perms);
}

} // namespace procglass
