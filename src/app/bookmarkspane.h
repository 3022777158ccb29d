// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/region.h"

#include <QTreeWidget>

#include <functional>
#include <vector>

namespace procglass {

// The Bookmarks tab: the bookmarks of the open target's executable, kept in the settings between
// runs, each with the address it has in this run. Activating one asks to go there.
class BookmarksPane : public QTreeWidget
{
    Q_OBJECT
public:
    // regions: the open target's mappings, which the bookmarks are relative to.
    using RegionsProvider = std::function<const std::vector<Region>&()>;
    explicit BookmarksPane(RegionsProvider regions, QWidget* parent = nullptr);

    // The target's mappings were read: shows the bookmarks of executable (its path, or the
    // process name when it has none) unless they are shown already.
    void setExecutable(const QString& executable);
    [[nodiscard]] QString executable() const { return m_executable; }
    // Nothing is open: no bookmarks.
    void clearTarget();
    // Asks for a name (a dialog) and bookmarks address for the executable.
    void addBookmark(Address address);
    // Reads the bookmarks again and places them in the mappings.
    void showBookmarks();

signals:
    void goToRequested(const QString& location);

private:
    RegionsProvider m_regions;
    QString m_executable; // whose bookmarks are shown
};

} // namespace procglass
