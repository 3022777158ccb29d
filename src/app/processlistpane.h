#pragma once

#include "core/model/processinfo.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>

#include <vector>

class QAction;
class QLineEdit;
class QSettings;
class QTimer;
class QTreeView;

namespace procglass {

class ProcessModel;
class ProcessFilterModel;

// Whether Procglass may read each process, by pid and start time (empty: it may).
using AccessCache = QHash<QPair<pid_t, quint64>, QString>;

struct ProcessListing
{
    std::vector<ProcessInfo> processes;
    QString error; // the listing failed: keep showing the last one
};

// The process list: the filter box and the list (widgets of the window's form), the listing read
// off the UI thread every 2 s while the list is visible, View > Show Kernel Threads, the process
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
    AccessCache m_accessKnown; // from the last listing
    bool m_columnsSized = false;
    pid_t m_pendingPid = 0; // select once listed
};

} // namespace procglass
