// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "bookmarkspane.h"

#include "core/model/format.h"
#include "core/parse/addressspec.h"
#include "core/teach/bookmarks.h"
#include "core/teach/location.h"

#include <QAction>
#include <QCoreApplication>
#include <QInputDialog>
#include <QSettings>

namespace procglass {

// Its words keep the window's context (they were the window's): the translations have them there.
BookmarksPane::BookmarksPane(RegionsProvider regions, QWidget* parent)
    : QTreeWidget(parent)
    , m_regions(std::move(regions))
{
    setObjectName(QStringLiteral("bookmarkList"));
    setHeaderLabels({ QCoreApplication::translate("procglass::MainWindow", "Name"),
        QCoreApplication::translate("procglass::MainWindow", "Location"),
        QCoreApplication::translate("procglass::MainWindow", "Address now") });
    setRootIsDecorated(false);
    setToolTip(QCoreApplication::translate("procglass::MainWindow",
        "Bookmarks of this executable, kept between runs. Double-click to show the memory; Delete removes one."));
    connect(
        this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { emit goToRequested(item->text(1)); });
    auto* remove = new QAction(QCoreApplication::translate("procglass::MainWindow", "Remove bookmark"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    addAction(remove);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(remove, &QAction::triggered, this, [this] {
        if (QTreeWidgetItem* item = currentItem(); item && !m_executable.isEmpty()) {
            QSettings settings;
            BookmarkStore(settings, m_executable).remove(item->text(0));
            showBookmarks();
        }
    });
}

void BookmarksPane::setExecutable(const QString& executable)
{
    if (executable != m_executable || topLevelItemCount() == 0) {
        m_executable = executable;
        showBookmarks();
    }
}

void BookmarksPane::clearTarget()
{
    m_executable.clear();
    clear();
}

void BookmarksPane::addBookmark(Address address)
{
    const std::vector<Region>& regions = m_regions();
    if (regions.empty())
        return;
    const QString location = describeAddress(address, regions);
    bool ok = false;
    const QString name = QInputDialog::getText(window(),
        QCoreApplication::translate("procglass::MainWindow", "Add bookmark"),
        QCoreApplication::translate("procglass::MainWindow", "Name for %1 (kept for %2):").arg(location, m_executable),
        QLineEdit::Normal, location, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QSettings settings;
    BookmarkStore(settings, m_executable).add({ name.trimmed(), location });
    showBookmarks();
}

void BookmarksPane::showBookmarks()
{
    clear();
    if (m_executable.isEmpty())
        return;
    QSettings settings;
    const std::vector<Region>& regions = m_regions();
    for (const Bookmark& b : BookmarkStore(settings, m_executable).bookmarks()) {
        auto address = resolveAddress(b.location, regions);
        new QTreeWidgetItem(this,
            { b.name, b.location,
                address ? formatAddress(*address)
                        : QCoreApplication::translate("procglass::MainWindow", "not mapped in this run") });
    }
}

} // namespace procglass
