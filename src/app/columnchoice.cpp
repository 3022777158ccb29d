// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "columnchoice.h"

#include <QHeaderView>
#include <QMenu>

namespace procglass {

void offerColumnChoice(QHeaderView* header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, header, [header](const QPoint& pos) {
        QMenu menu(header);
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->visualIndex(logical) == 0)
                continue; // what the rows are: never hidden
            QAction* a
                = menu.addAction(header->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(logical));
            QObject::connect(
                a, &QAction::toggled, header, [header, logical](bool on) { header->setSectionHidden(logical, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

} // namespace procglass
