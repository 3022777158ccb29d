// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "connectdialog.h"
#include "core/host/host.h"
#include "core/model/processinfo.h"
#include "exportcontroller.h"
#include "session/jobtracker.h"
#include "session/targetdocument.h"

#include <QMainWindow>
#include <QUndoStack>

#include <functional>

#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QSpinBox;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace procglass {

class DocumentOpener;
class MappingsPane;
class EditController;
class ProcessModel;
class RegionModel;
class CodeView;
class CurrentLocation;
class GuidedTour;
class InfoPane;
class SearchPanel;
class SnapshotController;

class RegionFilterModel;
class BookmarksPane;
class DemoLauncher;
class ProcessListPane;
class WatchPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the process off this thread ("Opening…" meanwhile): targetOpened() once its mappings
    // are shown, or openFailed() with the reason it cannot be read. A newer open or a close
    // supersedes it.
    void openProcess(pid_t pid);
    void openProcess(const ProcessIdentity& identity);

    // Where processes are listed and opened from: this computer (LocalHost, the default; also for
    // null) or an agent. Closes what is open. hostChanged() follows.
    void setHost(std::shared_ptr<Host> host);
    [[nodiscard]] const std::shared_ptr<Host>& host() const { return m_host; }
    [[nodiscard]] const HostInfo& hostInfo() const { return m_hostInfo; }
    // Starts the agent command off this thread (the window goes on): setHost() with it once it
    // answers, or connectFailed() with what the command said. Then opens pid, if not 0.
    void connectAgent(const QString& command, pid_t openPid = 0);
    [[nodiscard]] bool isConnecting() const;
    // File > Connect...: the dialog, not modal for the application.
    void showConnectDialog();
    [[nodiscard]] ConnectDialog* connectDialog() const { return m_connectDialog; }
    // File > Disconnect: back to this computer.
    void disconnectAgent();
    // How agents are reached (connectAgent() unless replaced: tests).
    void setAgentConnect(AgentConnect connect) { m_agentConnect = std::move(connect); }
    void closeTarget();
    // Process > Hold for the open target (false: Release), as if the user had chosen it; nothing
    // when no target is open or it cannot be held. `procglass --hold` calls it once it is open.
    void setHeld(bool held);
    // Opens a saved bundle for browsing offline, read-only, off this thread: targetOpened(), or
    // openFailed() with the message (what was open stays open then).
    void openBundle(const QString& directory);
    [[nodiscard]] bool isOpening() const;
    [[nodiscard]] DocumentOpener* opener() const { return m_opener; }
    [[nodiscard]] bool isOffline() const { return m_document && !m_document->capabilities().live; }
    // "libc.so.6!memcpy+0x12" once the target's symbols are read (in the background); else empty.
    [[nodiscard]] QString symbolName(Address address) const;
    // Starts the bundled demo target and opens it once it has told us its addresses.
    void startDemo();
    [[nodiscard]] bool isDemoOpen() const;
    // The guided tour of the demo's memory layout, in a dock; starts the demo first when needed.
    void startTour();
    [[nodiscard]] GuidedTour* tour() const { return m_tour; }
    [[nodiscard]] InfoPane* infoPane() const;
    // Selects the mapping (an index into regionModel()->regions(); -1: none) in the Mappings tab.
    void selectRegion(int regionIndex);
    void showMappings();

    [[nodiscard]] ProcessModel* processModel() const;
    [[nodiscard]] RegionModel* regionModel() const { return m_regionModel; }
    // What is open (a live process, a bundle), or nullptr.
    [[nodiscard]] TargetDocument* document() const { return m_document.get(); }
    [[nodiscard]] SearchPanel* searchPanel() const { return m_search; }
    // The watch list (a dock; issue 18) and its dock.
    [[nodiscard]] WatchPane* watchPane() const { return m_watch; }
    void showWatchList();
    // Shows the search tab, ready for a pattern.
    void showSearch();
    // Shows memory at address in the Memory tab, selecting selectLength bytes.
    void showMemory(Address address, quint64 selectLength = 0);
    // Shows the code at address in the Code tab.
    void showCode(Address address);
    // The same for an address or symbol as the user types it; returns the error message, or empty.
    QString showCode(const QString& addressOrSymbol);
    [[nodiscard]] CodeView* codeView() const { return m_code; }
    // Where the user is: every pane that describes "here" follows it.
    [[nodiscard]] CurrentLocation* location() const { return m_location; }
    [[nodiscard]] bool isRefreshingProcesses() const;
    // Shows memory at an address as the user types it; returns the error message, or empty.
    QString goTo(const QString& addressText);
    [[nodiscard]] QUndoStack* undoStack();

    // Exports of the open target. The dialog asks where (and before replacing anything), then
    // the session writes the file with the target stopped while a progress dialog can cancel it.
    // (The ExportController does it.)
    using ExportWhat = ExportController::ExportWhat;
    void exportWithDialog(ExportWhat what);
    // Asks where to save (title, the path the dialog starts at); empty: cancelled. A QFileDialog
    // unless replaced (tests).
    using SavePathAsker = ExportController::SavePathAsker;
    void setSavePathAsker(SavePathAsker asker);
    [[nodiscard]] ExportController* exportController() const { return m_exports; }
    // Without asking: starts the job; exportFinished() says how it ended.
    void startExport(DumpJob job);
    [[nodiscard]] bool isExporting() const;
    // Snapshots and diffs of the open target (the Snapshots menu, the Diff dock).
    [[nodiscard]] SnapshotController* snapshotController() const { return m_snapshots; }

public slots:
    void refresh();
    // recheckAccess: ask again whether each process may be read (F5), not only new ones.
    void refreshProcesses(bool recheckAccess = true);

signals:
    void targetOpened(pid_t pid); // its mappings are shown
    void openFailed(const QString& message); // shown in the window too
    void symbolsLoaded(); // the symbols of the target's mapped files are read
    void startUpVectorLoaded(); // the Start-up vector tab shows the target's auxv (or why not)
    void processesRefreshed();
    void exportFinished(const QString& path, const QString& error); // error empty: written
    void hostChanged(); // setHost(): the list and the title follow
    void connectFailed(const QString& message);
    void connectionLost(const QString& message); // said in the status bar too

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpActions();
    void setUpProcessPane();
    void setUpBookmarks();
    void setUpRegionPane();
    void restoreSettings();
    void saveSettings() const;
    void beginOpening(const QString& what);
    void onOpened(pid_t pid, Result<std::unique_ptr<TargetDocument>> document);
    void attachDocument(std::unique_ptr<TargetDocument> document);
    // Closes the document, and everything that still points into it: an open under way, an export
    // (cancelled), the edits, the memory view's pages. Closing the target and quitting both do it.
    void letGoOfDocument();
    void onRegionsChanged(int unparsed);
    void onStateChanged(TargetDocument::State state);
    void onAuxvChanged();
    void showDiagnostics(const QString& text);
    void updateTargetLabel();
    void updateHostLabel();
    // The host's link is gone: said (once) in the status bar and the diagnostics.
    void onConnectionLost(const QString& message);
    // A process that cannot be read: its /proc/PID/status, which anyone may read, and why the rest is not shown.
    void loadUnreadableProcessFacts(pid_t pid, const QString& why);
    void updateInspector();
    void copyAsCode();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProcessListPane* m_processPane = nullptr;
    RegionModel* m_regionModel;
    QTimer* m_autoRefresh; // the open process, when Auto-refresh is on
    QSpinBox* m_intervalSpin;
    QLabel* m_stateLabel;
    QLabel* m_hostLabel; // who reads, and where
    std::shared_ptr<Host> m_host;
    HostInfo m_hostInfo;
    QString m_connectionLost; // why the host's link is gone; empty while it holds
    AgentConnect m_agentConnect;
    AgentConnector* m_connector = nullptr; // connectAgent()'s
    ConnectDialog* m_connectDialog = nullptr;
    QAction* m_connectAction = nullptr;
    QAction* m_disconnectAction = nullptr;
    std::unique_ptr<TargetDocument> m_document; // what is open
    DocumentOpener* m_opener;
    JobTracker m_unreadableFacts { this }; // the status of a process that cannot be read
    JobTracker m_hostInfoJob { this };
    EditController* m_edits; // writes and their undo stack
    ExportController* m_exports; // exports, their progress and cancel
    SnapshotController* m_snapshots = nullptr;
    MappingsPane* m_mappings = nullptr; // the table, its filter, the picture and Explain
    BookmarksPane* m_bookmarks = nullptr;
    SearchPanel* m_search;
    CodeView* m_code;
    CurrentLocation* m_location;
    GuidedTour* m_tour = nullptr;
    QDockWidget* m_tourDock = nullptr;
    bool m_startUpVectorLoaded = false;
    bool m_tourPending = false; // the tour begins once the demo's start-up vector is read
    QString m_lastGoTo;
    DemoLauncher* m_demo = nullptr;
    std::vector<QAction*> m_exportActions; // enabled while a target is open
    // Issue 18: the watch list, its dock, and the status bar's word on frozen values.
    void setUpWatchList();
    WatchPane* m_watch = nullptr;
    QDockWidget* m_watchDock = nullptr;
    QLabel* m_frozenLabel = nullptr;
};

} // namespace procglass
