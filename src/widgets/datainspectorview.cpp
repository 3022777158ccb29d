// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "datainspectorview.h"

#include <QHeaderView>

namespace procglass {

namespace {
constexpr int kPointerRole = Qt::UserRole + 1;
}

DataInspectorView::DataInspectorView(QWidget* parent)
    : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({ tr("Type"), tr("Value") });
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    setWordWrap(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    connect(this, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        const QVariant target = this->item(item->row(), 1)->data(kPointerRole);
        if (target.isValid())
            emit followRequested(Address(target.toULongLong()));
    });
}

void DataInspectorView::setBytes(
    std::span<const std::byte> bytes, const std::vector<Region>& regions, bool loading, const SymbolIndex* symbols)
{
    if (loading) {
        setRowCount(1);
        setItem(0, 0, new QTableWidgetItem(tr("bytes")));
        setItem(0, 1, new QTableWidgetItem(tr("loading…")));
        return;
    }
    const std::vector<InspectedValue> values = inspectBytes(bytes, regions, symbols);
    setRowCount(int(values.size()));
    for (int i = 0; i < int(values.size()); ++i) {
        const InspectedValue& v = values[size_t(i)];
        setItem(i, 0, new QTableWidgetItem(v.type));
        auto* value = new QTableWidgetItem(v.value);
        if (v.pointer) {
            value->setData(kPointerRole, qulonglong(*v.pointer));
            value->setToolTip(tr("Double-click to follow the pointer"));
            QFont f = value->font();
            f.setUnderline(true);
            value->setFont(f);
        }
        setItem(i, 1, value);
    }
    resizeColumnToContents(0);
}

} // namespace procglass
