// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/address.h"

#include <QObject>

#include <vector>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QHeaderView;
class QTableView;

namespace procglass {

class AddressSpaceView;
class CurrentLocation;
class InfoPane;
class RegionFilterModel;
class RegionModel;

// The mappings pane: the table and its filter, the address-space picture and the Explain pane
// beside it, all following the location. It drives the widgets of the window's form; what it
// asks of the rest (show code or memory, search or export the selection) goes out as signals.
class MappingsPane : public QObject
{
    Q_OBJECT
public:
    struct Widgets
    {
        QTableView* table;
        QLineEdit* filter;
        QComboBox* kind;
        QCheckBox* readable;
        QCheckBox* writable;
        QCheckBox* executable;
        AddressSpaceView* picture;
        InfoPane* info;
    };
    MappingsPane(Widgets widgets, RegionModel* model, CurrentLocation* location, QObject* parent);

    [[nodiscard]] RegionFilterModel* proxy() const { return m_proxy; }
    // Selects the mapping (an index into the model's regions; -1: none), clearing filters that hide it.
    void selectRegion(int regionIndex);
    // The mappings selected in the table.
    [[nodiscard]] std::vector<AddressRange> selectedRanges() const;
    // New mappings are in the model: size the columns once, and show where the user is (just opened:
    // the opening mapping, openingRegion()).
    void regionsChanged();
    void clear(); // no target
    // Saved column widths were restored: they are not measured again.
    void setColumnsSized(bool sized) { m_columnsSized = sized; }

signals:
    void showCodeRequested(procglass::Address address);
    void showMemoryRequested(procglass::Address address);
    void searchSelectedRequested();
    void exportSelectedRequested();

private:
    void onRegionSelected();
    // The table, Explain and the picture show the mapping that holds the location (force: even
    // when it is the one shown, after the mappings changed).
    void followLocation(bool force = false);
    void updateFilter();
    void copySelected();
    void sizeColumns();

    Widgets m_w;
    RegionModel* m_model;
    RegionFilterModel* m_proxy;
    CurrentLocation* m_location;
    int m_locationRegion = -1; // the mapping the panes show for the location
    bool m_following = false; // the table is moved to follow the location, not by the user
    bool m_columnsSized = false;
    bool m_opened = false; // the target's first mappings came: its opening mapping was chosen
};

} // namespace procglass
