#pragma once

#include "core/model/processinfo.h"
#include "core/parse/smaps.h"
#include "platform/linux/targetsession.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QUndoStack>

#include <deque>
#include <functional>

#include <memory>
#include <vector>

class QAction;
class QDockWidget;
class QLabel;
class QProgressDialog;
class QSortFilterProxyModel;
class QSpinBox;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace procglass {

class BundleSource;
class SymbolIndex;
class ProcessModel;
class RegionModel;
class CodeView;
class CurrentLocation;
class GuidedTour;
class InfoPane;
class SearchPanel;

class RegionFilterModel;
class BookmarksPane;
class DemoLauncher;
class ProcessListPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the process: its mappings appear, or the reason it cannot be read.
    void openProcess(pid_t pid);
    void openProcess(const ProcessIdentity& identity);
    void closeTarget();
    // Opens a saved bundle for browsing offline, read-only; returns the error message, or empty.
    QString openBundle(const QString& directory);
    [[nodiscard]] bool isOffline() const { return m_bundle != nullptr; }
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
    [[nodiscard]] TargetSession* session() const { return m_session.get(); }
    [[nodiscard]] SearchPanel* searchPanel() const { return m_search; }
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
    [[nodiscard]] QUndoStack* undoStack() { return &m_undo; }

    // Exports of the open target. The dialog asks where (and before replacing anything), then
    // the session writes the file with the target stopped while a progress dialog can cancel it.
    enum class ExportWhat { SelectedMappings, Bundle, Core, Vdso, HexSelection };
    void exportWithDialog(ExportWhat what);
    // Asks where to save (title, the path the dialog starts at); empty: cancelled. A QFileDialog
    // unless replaced (tests).
    using SavePathAsker = std::function<QString(const QString& title, const QString& start)>;
    void setSavePathAsker(SavePathAsker asker) { m_askSavePath = std::move(asker); }
    // Without asking: starts the job; exportFinished() says how it ended.
    void startExport(DumpJob job);
    [[nodiscard]] bool isExporting() const { return m_exportProgress != nullptr; }

    enum class WriteKind { Edit, Undo, Redo };
    // Writes bytes into the target on its session thread; the result arrives in onWritten().
    void writeBytes(Address address, const QByteArray& bytes, const QByteArray& oldBytes, WriteKind kind);

public slots:
    void refresh();
    // recheckAccess: ask again whether each process may be read (F5), not only new ones.
    void refreshProcesses(bool recheckAccess = true);

signals:
    void targetOpened(pid_t pid); // its mappings are shown
    void symbolsLoaded(); // the symbols of the target's mapped files are read
    void startUpVectorLoaded(); // the Start-up vector tab shows the target's auxv (or why not)
    void processesRefreshed();
    void exportFinished(const QString& path, const QString& error); // error empty: written

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void setUpActions();
    void setUpProcessPane();
    void setUpBookmarks();
    void setUpRegionPane();
    void restoreSettings();
    void saveSettings() const;
    void openTarget(pid_t pid, Result<std::unique_ptr<LinuxTarget>> target);
    void onWritten(
        Address address, const QByteArray& bytes, const QByteArray& oldBytes, quint64 count, const Error& error);
    void revertUndoStep(WriteKind kind);
    void onRegionsReady(const ParsedMaps& maps);
    void onStateChanged(TargetSession::State state);
    void onRegionSelected();
    // The mappings table, Explain and the picture show the mapping that holds the location (force:
    // even when it is the one shown, after the mappings changed).
    void followLocation(bool force = false);
    void updateRegionFilter();
    void copySelectedRegions();
    void showDiagnostics(const QString& text);
    void updateTargetLabel();
    void sizeRegionColumns();
    void loadSmaps();
    // The Process and Start-up vector tabs: /proc/PID/status and auxv, or the bundle's copies.
    void loadProcessFacts(const std::vector<Region>& regions);
    // A process that cannot be read: its /proc/PID/status, which anyone may read, and why the rest is not shown.
    void loadUnreadableProcessFacts(pid_t pid, const QString& why);
    void updateInspector();
    void onDumped(const QString& path, const DumpReport& report, const Error& error);
    [[nodiscard]] QString unreadableExportNote(const DumpReport& report, quint64 unreadable) const;
    void showPageReason(const std::vector<PageCache::Page>& pages);
    void copyAsCode();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ProcessListPane* m_processPane = nullptr;
    RegionModel* m_regionModel;
    RegionFilterModel* m_regionProxy;
    QFutureWatcher<std::vector<SmapsEntry>> m_smapsWatcher;
    QTimer* m_autoRefresh; // the open process, when Auto-refresh is on
    QSpinBox* m_intervalSpin;
    QLabel* m_stateLabel;
    std::unique_ptr<TargetSession> m_session;
    std::shared_ptr<BundleSource> m_bundle; // an offline bundle instead of a session
    std::shared_ptr<const SymbolIndex> m_symbols; // of the open target, built off this thread
    QStringList m_symbolModules; // the mapped files m_symbols was (or is being) built from
    void loadSymbols(const std::vector<Region>& regions);
    QObject* m_sessionContext = nullptr;
    QUndoStack m_undo;
    bool m_replayingUndo = false;
    BookmarksPane* m_bookmarks = nullptr;
    SearchPanel* m_search;
    CodeView* m_code;
    CurrentLocation* m_location;
    int m_locationRegion = -1; // the mapping the panes show for the location
    bool m_followingLocation = false; // the table is moved to follow the location, not by the user
    GuidedTour* m_tour = nullptr;
    QDockWidget* m_tourDock = nullptr;
    ProcessIdentity m_auxvOf; // whose auxiliary vector is shown
    bool m_startUpVectorLoaded = false;
    quint64 m_factsGeneration = 0; // of the latest loadProcessFacts()
    bool m_tourPending = false; // the tour begins once the demo's start-up vector is read
    struct PendingWrite
    {
        WriteKind kind;
        QByteArray oldBytes;
    };
    std::deque<PendingWrite> m_pendingWrites; // the session answers in order
    TargetSession::State m_state = TargetSession::State::Running;
    QString m_targetName;
    QString m_lastGoTo;
    bool m_regionColumnsSized = false;
    DemoLauncher* m_demo = nullptr;
    std::shared_ptr<DumpJob::Progress> m_exportProgress; // the export under way
    QProgressDialog* m_exportDialog = nullptr;
    QTimer* m_exportPoll = nullptr;
    std::vector<QAction*> m_exportActions; // enabled while a target is open
    SavePathAsker m_askSavePath;
};

} // namespace procglass
