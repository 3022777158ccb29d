// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "session/snapshotlist.h"

#include <QObject>

#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QTimer;

namespace procglass {

class AddressSpaceView;
class ComparisonPages;
class DiffPane;
class HexView;
class TargetDocument;

// The window's snapshots and diffs: the Snapshots menu, the Diff dock, the memory view's marks
// against the chosen snapshot and the picture's heat view -- for whatever document is open (a
// live process, through an agent too, or a bundle compared with another bundle).
class SnapshotController : public QObject
{
    Q_OBJECT
public:
    // Adds the Snapshots menu before `before` in the window's menu bar and the Diff dock.
    SnapshotController(QMainWindow* window, QAction* before, HexView* hexView, AddressSpaceView* picture);
    ~SnapshotController() override;

    // The open target (nullptr: none). The snapshots of the previous one are removed.
    void setDocument(TargetDocument* document);
    [[nodiscard]] SnapshotList* snapshots() const { return m_list.get(); }
    [[nodiscard]] DiffPane* diffPane() const { return m_pane; }
    [[nodiscard]] QDockWidget* dock() const { return m_dock; }
    [[nodiscard]] QMenu* menu() const { return m_menu; }
    [[nodiscard]] QAction* takeAction() const { return m_take; }

    // Snapshots ▸ Take snapshot.
    void takeSnapshot();
    // Compares (on the pool; the dock shows the progress); compared() follows.
    void compare(DiffSide before, DiffSide after);
    // Opens a snapshot or bundle folder to compare the open target with.
    void compareWithFolder(const QString& directory);

signals:
    void statusMessage(const QString& message, int timeoutMs);
    void problem(const QString& message);
    void snapshotTaken(int index);
    // The memory view was moved to a change (the window brings it to the front).
    void memoryShown(procglass::Address address, quint64 length);
    void compared();

private:
    void updateActions();
    void fillCompareMenu();
    void onCompared(const std::shared_ptr<const DiffOutcome>& outcome);

    QMainWindow* m_window;
    HexView* m_hexView;
    AddressSpaceView* m_picture;
    TargetDocument* m_document = nullptr;
    std::unique_ptr<SnapshotList> m_list;
    ComparisonPages* m_comparison = nullptr;
    DiffPane* m_pane;
    QDockWidget* m_dock;
    QMenu* m_menu;
    QMenu* m_compareMenu;
    QAction* m_take;
    QAction* m_openToCompare;
    QAction* m_keepFolder;
    QTimer* m_poll;
};

} // namespace procglass
