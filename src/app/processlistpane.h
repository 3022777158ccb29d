// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/host/host.h"
#include "core/model/processinfo.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <memory>
#include <vector>

class QAction;
class QLineEdit;
class QSettings;
class QTimer;
class QTreeView;

namespace procglass {

class ProcessModel;
class ProcessFilterModel;

struct ProcessListing
{
    std::vector<ProcessInfo> processes;
    QString error; // the listing failed: keep showing the last one
    QString lost; // Host::connectionError(): the link to the agent is gone
};

// The process list: the filter box and the list (widgets of the window's form), the host's listing
// (Host::processes(): this computer's, or an agent's) read off the UI thread every 2 s while the
// list is visible, View > Show Kernel Threads, the process
// tree and the columns (sized once, remembered). Activating a row asks to open that process.
class ProcessListPane : public QObject
{
    Q_OBJECT
public:
    // treeAction: the window's "Process tree" toggle; the pane adds "Show Kernel Threads" itself.
    ProcessListPane(QTreeView* view, QLineEdit* filter, QAction* treeAction, QObject* parent = nullptr);

    [[nodiscard]] ProcessModel* model() const { return m_model; }
    [[nodiscard]] ProcessFilterModel* proxy() const { return m_proxy; }
    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] QAction* kernelThreadsAction() const { return m_kernelThreadsAction; }
    [[nodiscard]] bool isRefreshing() const { return m_watcher.isRunning(); }
    // Lists this host's processes from now on (the list empties until its first listing).
    void setHost(std::shared_ptr<Host> host);
    [[nodiscard]] const std::shared_ptr<Host>& host() const { return m_host; }
    // One listing at a time; the next timer tick or F5 catches up. recheckAccess: ask again
    // whether each process may be read, not only new ones.
    void refresh(bool recheckAccess = true);
    // Makes the process the current row; a process the list lacks yet is selected once it has it.
    void select(pid_t pid);
    // The width that shows the names and PIDs (the tour narrows the list to it).
    [[nodiscard]] int namesWidth() const;

    void restoreSettings(const QSettings& settings);
    void saveSettings(QSettings& settings) const;

signals:
    void openRequested(const ProcessIdentity& identity);
    void refreshed(); // a listing came in (or failed: listingFailed() came first)
    void listingFailed(const QString& message); // the last list stays
    void connectionLost(const QString& message); // the host's link is gone (after listingFailed)

private:
    void setUpView();
    void onListed();

    QTreeView* m_view;
    QAction* m_treeAction;
    ProcessModel* m_model;
    ProcessFilterModel* m_proxy;
    QAction* m_kernelThreadsAction;
    QTimer* m_timer;
    QFutureWatcher<ProcessListing> m_watcher;
    std::shared_ptr<Host> m_host;
    const Host* m_listing = nullptr; // the host the listing under way reads
    bool m_refreshAgain = false; // the host changed while a listing ran
    bool m_columnsSized = false;
    pid_t m_pendingPid = 0; // select once listed
};

} // namespace procglass
