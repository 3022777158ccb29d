#include "mainwindow.h"

#include "background.h"
#include "bookmarkspane.h"
#include "codedialog.h"
#include "codeview.h"
#include "columnchoice.h"
#include "core/parse/addressspec.h"
#include "core/parse/auxv.h"
#include "core/io/bundlesource.h"
#include "core/code/elfsymbols.h"
#include "core/model/format.h"
#include "core/io/imagefile.h"
#include "core/teach/location.h"
#include "core/parse/procstatus.h"
#include "currentlocation.h"
#include "demolauncher.h"
#include "gotodialog.h"
#include "guidedtour.h"
#include "infopane.h"
#include "lastfolder.h"
#include "models/disassemblymodel.h"
#include "models/processmodel.h"
#include "models/regionmodel.h"
#include "models/searchresultmodel.h"
#include "platform/linux/access.h"
#include "platform/linux/mappedfiles.h"
#include "platform/linux/procfs.h"
#include "platform/linux/target.h"
#include "processlistpane.h"
#include "searchpanel.h"
#include "ui_mainwindow.h"
#include "widgets/syntaxhighlighting.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTimer>
#include <QUndoCommand>
#include <QtConcurrent>

#include <array>
#include <unistd.h>
#include <utility>

namespace procglass {

namespace {
// One write to the target. Pushed once the write has succeeded, so the stack never holds a write
// that did not happen; undo writes the old bytes back through the same path.
class WriteCommand : public QUndoCommand
{
public:
    WriteCommand(MainWindow* window, Address address, QByteArray newBytes, QByteArray oldBytes)
        : m_window(window)
        , m_address(address)
        , m_new(std::move(newBytes))
        , m_old(std::move(oldBytes))
    {
        setText(QCoreApplication::translate(
            "procglass::MainWindow", "write of %n byte(s) at %1", nullptr, int(m_new.size()))
                    .arg(formatAddress(address)));
    }
    void redo() override
    {
        if (m_done) {
            m_done = false; // the first redo is the push: the bytes are written already
            return;
        }
        m_window->writeBytes(m_address, m_new, m_old, MainWindow::WriteKind::Redo);
    }
    void undo() override { m_window->writeBytes(m_address, m_old, m_new, MainWindow::WriteKind::Undo); }

private:
    MainWindow* m_window;
    Address m_address;
    QByteArray m_new;
    QByteArray m_old;
    bool m_done = true;
};
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_regionModel(new RegionModel(this))
    , m_regionProxy(new RegionFilterModel(this))
    , m_autoRefresh(new QTimer(this))
    , m_intervalSpin(new QSpinBox(this))
    , m_stateLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_code = new CodeView(this);
    m_code->setObjectName(QStringLiteral("codeView"));
    m_location = new CurrentLocation(this);
    connect(m_code, &CodeView::locationChanged, m_location, &CurrentLocation::set);
    m_ui->centerTabs->insertTab(m_ui->centerTabs->indexOf(m_ui->memoryTab) + 1, m_code, tr("&Code"));
    m_search = new SearchPanel(this);
    m_search->setObjectName(QStringLiteral("searchPanel"));
    m_search->setSource(nullptr);
    // The panel's hints wrap so that it fits a 1280 px window; a scroll area keeps a narrower
    // window (or a longer language) from taking its minimum width from the panel.
    auto* searchTab = new QScrollArea(this);
    searchTab->setObjectName(QStringLiteral("searchTab"));
    searchTab->setFrameShape(QFrame::NoFrame);
    searchTab->setWidgetResizable(true);
    searchTab->setWidget(m_search);
    m_ui->centerTabs->addTab(searchTab, tr("&Search"));
    m_search->setSelectionProviders(
        [this] {
            std::vector<AddressRange> ranges;
            for (const QModelIndex& row : m_ui->regionView->selectionModel()->selectedRows()) {
                const int i = row.data(RegionModel::RegionIndexRole).toInt();
                ranges.push_back(m_regionModel->regions()[size_t(i)].range);
            }
            return ranges;
        },
        [this] { return m_ui->hexView->selection(); });
    connect(m_search, &SearchPanel::hitActivated, this, &MainWindow::showMemory);
    connect(m_ui->centerTabs, &QTabWidget::currentChanged, this, [this] {
        // The view in front is where the user looks: its cursor is the location.
        const QWidget* page = m_ui->centerTabs->currentWidget();
        if (page == m_ui->memoryTab && !m_regionModel->regions().empty())
            m_location->set(m_ui->hexView->cursor());
        else if (page == m_code && m_code->model()->rowCount() > 0)
            m_location->set(m_code->current());
    });
    setUpBookmarks();
    m_demo = new DemoLauncher(this);
    connect(m_demo, &DemoLauncher::ready, this, [this](pid_t pid) { openProcess(pid); });
    connect(m_demo, &DemoLauncher::failed, this, [this](const QString& program, const QString& reason) {
        showDiagnostics(tr("The demo target %1 could not be started: %2").arg(program, reason));
    });
    setUpActions();
    setUpProcessPane();
    setUpRegionPane();
    m_ui->targetLayout->setStretchFactor(m_ui->regionSplitter, 1);
    // A wider or narrower window (or the tour's dock) changes the mappings' width, not the list's
    // or the picture's.
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->regionSplitter->setStretchFactor(0, 1);
    m_ui->regionSplitter->setStretchFactor(1, 0);
    showDiagnostics({});
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    statusBar()->addPermanentWidget(m_stateLabel);
    statusBar()->addPermanentWidget(
        new QLabel(tr("Procglass runs as %1 (uid %2)%3")
                       .arg(userName(geteuid()))
                       .arg(geteuid())
                       .arg(haveCapSysPtrace() ? tr(", may read every process") : QString())));
    restoreSettings();
    refreshProcesses();
}

MainWindow::~MainWindow()
{
    // The docks are hidden as QWidget's destructor deletes them, after this window's members are
    // gone: what they tell this window must not arrive then.
    if (m_tourDock)
        m_tourDock->disconnect(this);
    m_smapsWatcher.waitForFinished();
    m_session.reset(); // releases a hold
    m_demo->stop(); // does not wait for it to end
}

void MainWindow::setUpActions()
{
    m_ui->actionRefresh->setShortcut(QKeySequence::Refresh);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionFilter->setShortcut(QKeySequence::Find);
    m_ui->actionFilterRegions->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_ui->actionHold->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_ui->actionCloseTarget->setShortcut(QKeySequence::Close);
    m_ui->actionTree->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionOpenDemo, &QAction::triggered, this, [this] { startDemo(); });
    m_ui->actionTour->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    connect(m_ui->actionTour, &QAction::triggered, this, &MainWindow::startTour);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Procglass"),
            tr("<h3>Procglass %1</h3><p>See inside the memory of a running process: its mappings, its bytes, "
               "its code.</p><p>Qt %2; code highlighting: %3.</p><p>The user guide is in <tt>docs/user-guide.md</tt> "
               "of the source tree; Help ▸ Guided tour walks through a process's memory layout.</p>")
                .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                    syntax::available() ? syntax::describe() : tr("none, code is plain text")));
    });
    auto* openBundleAction = new QAction(tr("Open a &bundle…"), this);
    openBundleAction->setObjectName(QStringLiteral("actionOpenBundle"));
    openBundleAction->setStatusTip(tr("Browse a process saved with File > Export > Process as a bundle, offline"));
    connect(openBundleAction, &QAction::triggered, this, [this] {
        const QString dir
            = QFileDialog::getExistingDirectory(this, tr("Open a bundle"), fileDialogStart(FileKind::Bundle));
        if (dir.isEmpty())
            return;
        rememberFileDialogChoice(FileKind::Bundle, dir);
        openBundle(dir);
    });
    m_ui->menuFile->insertAction(m_ui->actionCloseTarget, openBundleAction);
    auto* addBookmarkAction = new QAction(tr("Add &bookmark at the cursor…"), this);
    addBookmarkAction->setObjectName(QStringLiteral("actionAddBookmark"));
    addBookmarkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(addBookmarkAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_bookmarks->addBookmark(m_ui->hexView->cursor());
    });
    m_ui->menuTarget->addAction(addBookmarkAction);
    m_ui->actionEdit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_ui->actionEdit, &QAction::toggled, this, [this](bool on) {
        m_ui->hexView->setEditable(on);
        if (on) {
            m_ui->centerTabs->setCurrentWidget(m_ui->memoryTab);
            m_ui->hexView->setFocus();
        }
    });
    QAction* undo = m_undo.createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = m_undo.createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("actionRedo"));
    m_ui->menuTarget->insertActions(m_ui->actionGoTo, { undo, redo });
    m_ui->actionGoTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    auto* exportMenu = new QMenu(tr("E&xport"), this);
    const std::pair<ExportWhat, QString> exports[] = {
        { ExportWhat::SelectedMappings, tr("Selected mappings as &raw bytes…") },
        { ExportWhat::Bundle, tr("Process as a &bundle…") },
        { ExportWhat::Core, tr("Process as an ELF &core…") },
        { ExportWhat::HexSelection, tr("Memory view &selection as raw bytes…") },
    };
    for (const auto& [what, text] : exports) {
        QAction* a = exportMenu->addAction(text, this, [this, what = what] { exportWithDialog(what); });
        m_exportActions.push_back(a);
        a->setEnabled(false);
    }
    m_ui->menuFile->insertMenu(m_ui->actionQuit, exportMenu);
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    auto* vdso = new QAction(tr("Save [&vdso] as an ELF file…"), this);
    vdso->setObjectName(QStringLiteral("actionSaveVdso"));
    vdso->setStatusTip(tr("The kernel maps a small shared library into every process: save it, then try "
                          "`file` and `objdump -T` on it"));
    connect(vdso, &QAction::triggered, this, [this] { exportWithDialog(ExportWhat::Vdso); });
    m_exportActions.push_back(vdso);
    vdso->setEnabled(false);
    auto* searchAction = new QAction(tr("&Search memory…"), this);
    searchAction->setObjectName(QStringLiteral("actionSearch"));
    searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    searchAction->setStatusTip(tr("Search the process's memory for bytes, text, numbers or a regular expression"));
    connect(searchAction, &QAction::triggered, this, &MainWindow::showSearch);
    m_ui->menuTarget->addAction(searchAction);
    auto* codeAction = new QAction(tr("Show &code at the cursor"), this);
    codeAction->setObjectName(QStringLiteral("actionShowCode"));
    codeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(codeAction, &QAction::triggered, this, [this] {
        if (m_session || m_bundle)
            showCode(m_ui->hexView->cursor());
    });
    m_ui->menuTarget->addAction(codeAction);
    m_ui->menuTarget->addSeparator();
    m_ui->menuTarget->addAction(vdso);
    connect(m_ui->actionGoTo, &QAction::triggered, this, [this] {
        // Not modal for the application: the window goes on receiving what the target sends.
        auto* dialog = new GoToDialog(
            [this](const QString& text) {
                m_lastGoTo = text;
                return goTo(text);
            },
            m_lastGoTo, this);
        dialog->setObjectName(QStringLiteral("goToDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->actionCloseTarget, &QAction::triggered, this, &MainWindow::closeTarget);
    connect(m_ui->actionFilter, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus();
        m_ui->filterEdit->selectAll();
    });
    connect(m_ui->actionFilterRegions, &QAction::triggered, this, [this] {
        m_ui->regionFilterEdit->setFocus();
        m_ui->regionFilterEdit->selectAll();
    });
    connect(m_ui->actionHold, &QAction::toggled, this, [this](bool on) {
        if (!m_session)
            return;
        // The session ignores a request that does not change its state.
        if (on)
            m_session->requestHold();
        else
            m_session->requestRelease();
    });

    m_intervalSpin->setRange(1, 3600);
    m_intervalSpin->setValue(2);
    m_intervalSpin->setSuffix(tr(" s"));
    m_intervalSpin->setToolTip(tr("Auto-refresh interval"));
    m_ui->mainToolBar->insertWidget(m_ui->actionTree, m_intervalSpin);
    connect(m_ui->actionAutoRefresh, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_autoRefresh->start(m_intervalSpin->value() * 1000);
        else
            m_autoRefresh->stop();
    });
    connect(m_intervalSpin, &QSpinBox::valueChanged, this, [this](int s) { m_autoRefresh->setInterval(s * 1000); });
    // Auto-refresh is about the open process (its mappings and the bytes on screen); the process
    // list follows processes that start and end by itself (ProcessListPane).
    connect(m_autoRefresh, &QTimer::timeout, this, &MainWindow::refresh);
}

void MainWindow::setUpProcessPane()
{
    m_processPane = new ProcessListPane(m_ui->processView, m_ui->filterEdit, m_ui->actionTree, this);
    m_ui->menuView->insertAction(m_ui->actionTree, m_processPane->kernelThreadsAction());
    connect(m_processPane, &ProcessListPane::openRequested, this,
        [this](const ProcessIdentity& identity) { openProcess(identity); });
    connect(m_processPane, &ProcessListPane::listingFailed, this,
        [this](const QString& message) { statusBar()->showMessage(message); });
    connect(m_processPane, &ProcessListPane::refreshed, this, &MainWindow::processesRefreshed);
}

ProcessModel* MainWindow::processModel() const
{
    return m_processPane->model();
}

bool MainWindow::isRefreshingProcesses() const
{
    return m_processPane->isRefreshing();
}

void MainWindow::setUpBookmarks()
{
    m_bookmarks = new BookmarksPane([this]() -> const std::vector<Region>& { return m_regionModel->regions(); }, this);
    m_ui->centerTabs->addTab(m_bookmarks, tr("&Bookmarks"));
    connect(m_bookmarks, &BookmarksPane::goToRequested, this, [this](const QString& location) {
        if (const QString error = goTo(location); !error.isEmpty())
            showDiagnostics(error);
    });
}

void MainWindow::writeBytes(Address address, const QByteArray& bytes, const QByteArray& oldBytes, WriteKind kind)
{
    if (m_replayingUndo)
        return; // only moving the stack back after a write that did not happen
    QString refusal;
    if (!m_session)
        refusal = tr("No process is open: nothing was written.");
    else if (m_state != TargetSession::State::Held)
        refusal = tr("Hold the target to change its memory: nothing was written.");
    if (!refusal.isEmpty()) {
        showDiagnostics(refusal);
        revertUndoStep(kind);
        return;
    }
    m_pendingWrites.push_back({ kind, oldBytes });
    m_session->requestWrite(address, bytes);
}

void MainWindow::revertUndoStep(WriteKind kind)
{
    // When the write did not happen, move the stack back without writing, so that it keeps telling
    // the truth. Queued: QUndoStack calls the command before it moves its own index.
    if (kind == WriteKind::Edit)
        return;
    QMetaObject::invokeMethod(
        this,
        [this, kind] {
            m_replayingUndo = true;
            if (kind == WriteKind::Undo)
                m_undo.redo();
            else
                m_undo.undo();
            m_replayingUndo = false;
        },
        Qt::QueuedConnection);
}

void MainWindow::onWritten(
    Address address, const QByteArray& bytes, const QByteArray& oldBytes, quint64 count, const Error& error)
{
    const PendingWrite pending
        = m_pendingWrites.empty() ? PendingWrite { WriteKind::Edit, {} } : m_pendingWrites.front();
    if (!m_pendingWrites.empty())
        m_pendingWrites.pop_front();
    if (count > 0) {
        m_ui->hexView->patch(address, bytes.left(qsizetype(count)));
        updateInspector();
    }
    if (error) {
        // Never silently: say what was not written, and why.
        const QString what = pending.kind == WriteKind::Undo ? tr("Undoing the write at %1 failed: %2")
                                                             : tr("Writing at %1 failed: %2");
        showDiagnostics(what.arg(formatAddress(address + count), error.message));
        statusBar()->showMessage(what.arg(formatAddress(address + count), error.message), 8000);
        if (count == 0)
            revertUndoStep(pending.kind);
        return;
    }
    // Undo restores what the target held just before the write, read by the session: the view's
    // copy could be older than the hold.
    if (pending.kind == WriteKind::Edit)
        m_undo.push(
            new WriteCommand(this, address, bytes, oldBytes.size() == bytes.size() ? oldBytes : pending.oldBytes));
    statusBar()->showMessage(tr("Wrote %1 bytes at %2").arg(count).arg(formatAddress(address)), 3000);
}

void MainWindow::updateInspector()
{
    // Up to 64 bytes from the cursor on (numbers use 8, text previews the rest), stopping at the
    // first one that is not there.
    HexView* hex = m_ui->hexView;
    std::byte bytes[64];
    size_t n = 0;
    bool loading = false;
    for (; n < std::size(bytes); ++n) {
        const int v = hex->byteAt(hex->cursor() + n);
        if (v < 0) {
            loading = v == -1 && n == 0;
            break;
        }
        bytes[n] = std::byte(v);
    }
    m_ui->inspectorView->setBytes(std::span(bytes, n), m_regionModel->regions(), loading, m_symbols.get());
    const AddressRange sel = hex->selection();
    if (!sel.isEmpty())
        statusBar()->showMessage(tr("Selected %1 bytes (%2) from %3")
                                     .arg(sel.size())
                                     .arg(formatBytes(sel.size()), formatAddress(sel.start)));
}

void MainWindow::exportWithDialog(ExportWhat what)
{
    if (!m_session || isExporting())
        return;
    const std::vector<Region>& regions = m_regionModel->regions();
    DumpJob job;
    QString name = m_targetName.isEmpty() ? QStringLiteral("process") : m_targetName;
    name += u'-' + QString::number(m_session->target()->pid());
    switch (what) {
    case ExportWhat::SelectedMappings:
        for (const QModelIndex& row : m_ui->regionView->selectionModel()->selectedRows())
            job.ranges.push_back(regions[size_t(row.data(RegionModel::RegionIndexRole).toInt())].range);
        if (job.ranges.empty()) {
            showDiagnostics(tr("Select the mappings to export in the Mappings table first."));
            return;
        }
        name += job.ranges.size() == 1 ? QStringLiteral("-%1.bin").arg(job.ranges[0].start, 0, 16)
                                       : QStringLiteral(".bin");
        break;
    case ExportWhat::HexSelection: {
        const AddressRange sel = m_ui->hexView->selection();
        if (sel.isEmpty()) {
            showDiagnostics(tr("Select bytes in the Memory view first (drag, or Shift+arrows)."));
            return;
        }
        job.ranges = { sel };
        name += QStringLiteral("-%1.bin").arg(sel.start, 0, 16);
        break;
    }
    case ExportWhat::Vdso: {
        const auto vdso
            = std::find_if(regions.begin(), regions.end(), [](const Region& r) { return r.kind == RegionKind::Vdso; });
        if (vdso == regions.end()) {
            showDiagnostics(tr("This process has no [vdso] mapping."));
            return;
        }
        job.ranges = { vdso->range };
        name = QStringLiteral("vdso.so");
        break;
    }
    case ExportWhat::Bundle:
        job.format = DumpJob::Format::Bundle;
        job.regions = regions;
        name += QStringLiteral("-bundle");
        break;
    case ExportWhat::Core:
        job.format = DumpJob::Format::Core;
        job.regions = regions;
        name = QStringLiteral("core.") + QString::number(m_session->target()->pid());
        break;
    }
    const QString title = what == ExportWhat::Bundle ? tr("Export a bundle (a new folder)")
        : what == ExportWhat::Core                   ? tr("Save an ELF core")
                                                     : tr("Export raw bytes");
    // Each kind of export starts where the last one of its kind went.
    const FileKind kind = what == ExportWhat::Bundle ? FileKind::Bundle
        : what == ExportWhat::Core                   ? FileKind::Core
        : what == ExportWhat::Vdso                   ? FileKind::Vdso
                                                     : FileKind::RawBytes;
    const QString start = fileDialogStart(kind, name);
    // The file dialog asks before replacing a file; a bundle is a folder, so ask here.
    const QString path = m_askSavePath ? m_askSavePath(title, start) : QFileDialog::getSaveFileName(this, title, start);
    if (path.isEmpty())
        return;
    rememberFileDialogChoice(kind, path);
    job.path = path;
    job.overwrite = QFileInfo::exists(path);
    if (job.format == DumpJob::Format::Bundle && job.overwrite
        && QMessageBox::question(
               this, title, tr("%1 exists. Replace it? Only a Procglass bundle is replaced.").arg(path))
            != QMessageBox::Yes)
        return;
    startExport(std::move(job));
}

void MainWindow::startExport(DumpJob job)
{
    if (!m_session || isExporting())
        return;
    m_exportProgress = job.progress;
    if (!m_exportDialog) {
        m_exportDialog = new QProgressDialog(this);
        m_exportDialog->setObjectName(QStringLiteral("exportProgress"));
        m_exportDialog->setWindowTitle(tr("Export"));
        m_exportDialog->setAutoClose(false);
        m_exportDialog->setAutoReset(false);
        m_exportDialog->setMinimumDuration(300);
        m_exportDialog->setRange(0, 1000);
        connect(m_exportDialog, &QProgressDialog::canceled, this, [this] {
            if (m_exportProgress)
                m_exportProgress->cancel = true;
        });
        m_exportPoll = new QTimer(this);
        m_exportPoll->setInterval(100);
        connect(m_exportPoll, &QTimer::timeout, this, [this] {
            if (!m_exportProgress)
                return;
            const quint64 total = m_exportProgress->total, done = m_exportProgress->done;
            if (total > 0) {
                m_exportDialog->setValue(int(done * 1000 / total));
                m_exportDialog->setLabelText(
                    tr("Writing %1\n%2 of %3; the process is stopped meanwhile.")
                        .arg(m_exportDialog->property("path").toString(), formatBytes(done), formatBytes(total)));
            }
        });
    }
    m_exportDialog->setProperty("path", job.path);
    m_exportDialog->setProperty("format", int(job.format)); // what onDumped says about unreadable bytes
    m_exportDialog->setLabelText(tr("Writing %1…").arg(job.path));
    m_exportDialog->setValue(0);
    m_exportPoll->start();
    m_session->requestDump(std::move(job));
}

QString MainWindow::unreadableExportNote(const DumpReport& report, quint64 unreadable) const
{
    const auto format = DumpJob::Format(m_exportDialog->property("format").toInt());
    const QString path = m_exportDialog->property("path").toString();
    if (format != DumpJob::Format::Core) {
        // A raw export's sidecar or a bundle's manifest names every unreadable range.
        const QString list
            = format == DumpJob::Format::Raw ? path + QStringLiteral(".json") : path + QStringLiteral("/manifest.json");
        return tr("%1 could not be read and are zeros; %2 lists where.").arg(formatBytes(unreadable), list);
    }
    // A core has no sidecar and no way to mark them: the PT_LOAD of a readable mapping holds all its
    // bytes (p_filesz = p_memsz), the unreadable ones written as zeros.
    QStringList ranges;
    for (size_t i = 0; i < report.unreadable.size() && i < 3; ++i)
        ranges << tr("%1–%2").arg(formatAddress(report.unreadable[i].start), formatAddress(report.unreadable[i].end));
    if (report.unreadable.size() > 3)
        ranges << tr("and %n more", nullptr, int(report.unreadable.size() - 3));
    return tr("%1 could not be read and are written as zeros in the core, which cannot mark them: a debugger "
              "shows zeros there as if the process held them (%2).")
        .arg(formatBytes(unreadable), ranges.join(QStringLiteral(", ")));
}

void MainWindow::onDumped(const QString& path, const DumpReport& report, const Error& error)
{
    if (!m_exportProgress)
        return; // already ended (the target was closed)
    m_exportProgress.reset();
    m_exportPoll->stop();
    m_exportDialog->reset();
    m_exportDialog->hide();
    QString message;
    if (error) {
        message = error.message;
        showDiagnostics(message);
    } else {
        quint64 unreadable = 0;
        for (const AddressRange& u : report.unreadable)
            unreadable += u.size();
        message = tr("Wrote %1 (%2, readable by you only).")
                      .arg(report.files.join(QStringLiteral(", ")), formatBytes(report.bytes));
        if (unreadable)
            message += u' ' + unreadableExportNote(report, unreadable);
        statusBar()->showMessage(message, 10000);
        message.clear();
    }
    emit exportFinished(path, message);
}

void MainWindow::copyAsCode()
{
    bool unreadable = false;
    const QByteArray bytes = m_ui->hexView->selectionBytes(&unreadable);
    const AddressRange sel = m_ui->hexView->selection();
    CodeDialog dialog(bytes, sel.isEmpty() ? m_ui->hexView->cursor() : sel.start, unreadable, this);
    dialog.exec();
}

QString MainWindow::symbolName(Address address) const
{
    return m_symbols ? m_symbols->describe(address) : QString();
}

void MainWindow::loadSymbols(const std::vector<Region>& regions)
{
    // Only when the mapped files change: reading them all is the costly part.
    QStringList modules;
    for (const Region& r : regions) {
        if (r.isFileBacked() || r.kind == RegionKind::Vdso)
            modules << r.path;
    }
    const std::shared_ptr<LinuxTarget> live = m_session ? m_session->target() : nullptr;
    const std::shared_ptr<MemorySource> source
        = live ? std::shared_ptr<MemorySource>(live) : std::shared_ptr<MemorySource>(m_bundle);
    if (modules == m_symbolModules || !source)
        return;
    m_symbolModules = modules;
    runInBackground(
        this,
        [source, live, regions] {
            // A live process's files through /proc, checked to be the very files it maps; a bundle's
            // from this computer, only where the file at the path is still the one it mapped.
            if (live)
                return std::make_shared<const SymbolIndex>(buildSymbolIndex(*live, regions));
            return std::make_shared<const SymbolIndex>(
                SymbolIndex::build(*source, regions, [](const Region& region) -> std::unique_ptr<ImageBytes> {
                    auto file = ImageFile::openLocal(region);
                    return file ? std::move(file.value()) : nullptr;
                }));
        },
        [this, source](std::shared_ptr<const SymbolIndex> index) {
            const bool current = (m_session && m_session->target() == source) || (m_bundle && m_bundle == source);
            if (!current)
                return; // another target meanwhile
            m_symbols = std::move(index);
            m_search->model()->setRegions(m_regionModel->regions()); // its names may now be symbols
            m_code->setSymbols(m_symbols);
            emit symbolsLoaded();
        });
}

void MainWindow::showCode(Address address)
{
    // There first, then in front: the tab's own location is not where the user is going.
    m_code->goTo(address);
    m_ui->centerTabs->setCurrentWidget(m_code);
    m_code->view()->setFocus();
}

QString MainWindow::showCode(const QString& addressOrSymbol)
{
    const QString error = m_code->goTo(addressOrSymbol);
    m_ui->centerTabs->setCurrentWidget(m_code);
    m_code->view()->setFocus();
    return error;
}

void MainWindow::showSearch()
{
    for (int i = 0; i < m_ui->centerTabs->count(); ++i) {
        if (m_ui->centerTabs->widget(i)->isAncestorOf(m_search))
            m_ui->centerTabs->setCurrentIndex(i); // its tab is the scroll area around it
    }
    m_search->focusPattern();
}

QString MainWindow::goTo(const QString& addressText)
{
    auto address = resolveAddress(addressText, m_regionModel->regions(), m_symbols.get());
    if (!address)
        return address.error().message;
    showMemory(*address);
    return {};
}

void MainWindow::showMemory(Address address, quint64 selectLength)
{
    m_ui->hexView->goTo(address, selectLength);
    m_ui->centerTabs->setCurrentWidget(m_ui->memoryTab);
    m_ui->hexView->setFocus();
}

void MainWindow::showPageReason(const std::vector<PageCache::Page>& pages)
{
    // Pages that came back unreadable for a reason of their own (the process exited): say it, where
    // the "??" the view draws for them would say only "unreadable".
    const auto it
        = std::find_if(pages.begin(), pages.end(), [](const PageCache::Page& p) { return !p.reason.isEmpty(); });
    if (it != pages.end())
        showDiagnostics(tr("The memory from %1 on cannot be shown: %2. What was read before stays on screen.")
                            .arg(formatAddress(it->base), it->reason));
}

void MainWindow::setUpRegionPane()
{
    connect(m_ui->regionView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        const Region& r = m_regionModel->regions()[size_t(index.data(RegionModel::RegionIndexRole).toInt())];
        if (r.perms.execute && r.perms.read) {
            showCode(r.range.start); // code is read as instructions
            return;
        }
        showMemory(r.range.start);
    });
    connect(m_ui->hexView, &HexView::pagesNeeded, this, [this](quint64 generation, const std::vector<Address>& bases) {
        if (m_session && m_state != TargetSession::State::Exited) {
            m_session->requestPages(generation, bases);
        } else if (m_session) {
            // Nothing can be read any more: answer at once, so the view shows why instead of loading.
            std::vector<PageCache::Page> pages;
            for (Address base : bases)
                pages.push_back(PageCache::unreadablePage(base, tr("the process exited")));
            m_ui->hexView->addPages(pages);
            showPageReason(pages);
            updateInspector();
        } else if (m_bundle) {
            // A bundle is files: read them on the thread pool, never on this thread. A page the
            // bundle refuses (a damaged file) shows as unreadable, and the message names the file.
            runInBackground(
                this,
                [bundle = m_bundle, bases] {
                    std::pair<std::vector<PageCache::Page>, QString> out;
                    for (Address base : bases) {
                        auto page = PageCache::readPage(*bundle, base);
                        if (page) {
                            out.first.push_back(std::move(*page));
                            continue;
                        }
                        if (out.second.isEmpty())
                            out.second = page.error().message;
                        out.first.push_back(PageCache::unreadablePage(base, page.error().message));
                    }
                    return out;
                },
                [this, bundle = m_bundle](const std::pair<std::vector<PageCache::Page>, QString>& result) {
                    if (bundle != m_bundle)
                        return; // closed meanwhile
                    m_ui->hexView->addPages(result.first);
                    if (!result.second.isEmpty())
                        showDiagnostics(result.second);
                    updateInspector();
                });
        }
    });
    connect(m_ui->hexView, &HexView::editRequested, this,
        [this](
            Address a, const QByteArray& bytes, const QByteArray& old) { writeBytes(a, bytes, old, WriteKind::Edit); });
    connect(m_ui->hexView, &HexView::editRejected, this, [this](const QString& reason) {
        showDiagnostics(reason);
        statusBar()->showMessage(reason, 5000);
    });
    connect(
        m_ui->inspectorView, &DataInspectorView::followRequested, this, [this](Address a) { m_ui->hexView->goTo(a); });
    connect(m_ui->hexView, &HexView::cursorMoved, this, &MainWindow::updateInspector);
    connect(m_ui->hexView, &HexView::exportRequested, this, [this] { exportWithDialog(ExportWhat::HexSelection); });
    m_ui->hexView->setAddressNamer([this](Address a) {
        const QString mangled = m_symbols ? m_symbols->mangledName(a) : QString();
        return mangled.isEmpty() ? symbolName(a) : symbolName(a) + u'\n' + tr("Mangled: %1").arg(mangled);
    });
    m_search->model()->setAddressNamer([this](Address a) { return symbolName(a); },
        [this](Address a) { return m_symbols ? m_symbols->mangledName(a) : QString(); });
    // The CSV export names its rows on a worker: it gets the symbols as they are when it starts.
    m_search->model()->setThreadSafeNamer([this] {
        return [symbols = m_symbols](Address a) { return symbols ? symbols->describe(a) : QString(); };
    });
    connect(m_ui->hexView, &HexView::copyAsCodeRequested, this, &MainWindow::copyAsCode);
    connect(m_ui->hexView, &HexView::cursorMoved, m_location, &CurrentLocation::set);
    connect(m_location, &CurrentLocation::changed, this, [this] { followLocation(); });
    connect(m_location, &CurrentLocation::changed, this, [this](Address a) {
        const qsizetype i = findRegion(m_regionModel->regions(), a);
        // The location as search hits write it (formatLocation), which Go to reads back.
        statusBar()->showMessage(i < 0
                ? tr("%1: not mapped").arg(formatAddress(a))
                : QStringLiteral("%1: %2 (%3)") // no words to translate
                      .arg(formatAddress(a), formatLocation(a, m_regionModel->regions(), m_symbols.get()),
                          regionKindName(m_regionModel->regions()[size_t(i)].kind)));
    });
    connect(&m_smapsWatcher, &QFutureWatcher<std::vector<SmapsEntry>>::finished, this, [this] {
        // Drop figures that belong to a target closed meanwhile.
        if (!m_session)
            return;
        if (m_session->target()->pid() != m_smapsWatcher.property("pid").toInt()
            || m_session->target()->identity().startTime != m_smapsWatcher.property("startTime").toULongLong()) {
            loadSmaps(); // those were for a target closed meanwhile: ask for the current one's
            return;
        }
        m_regionModel->setSmaps(m_smapsWatcher.result());
    });
    m_regionProxy->setSourceModel(m_regionModel);
    QTableView* view = m_ui->regionView;
    view->setModel(m_regionProxy);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    // The path says what the mapping is: it comes first, takes the width the numbers leave, and
    // loses the middle of a long path (the file name stays; the tooltip has it all).
    view->setTextElideMode(Qt::ElideMiddle);
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(RegionModel::PathColumn, QHeaderView::Stretch);
    // Only what a newcomer reads fits at 1280 px; the expert columns are a right-click away.
    for (int c : { RegionModel::EndColumn, RegionModel::PssColumn, RegionModel::SwapColumn, RegionModel::OffsetColumn,
             RegionModel::DeviceColumn, RegionModel::InodeColumn })
        view->horizontalHeader()->setSectionHidden(c, true);
    offerColumnChoice(view->horizontalHeader());
    view->sortByColumn(RegionModel::StartColumn, Qt::AscendingOrder);
    auto* copy = new QAction(tr("&Copy rows"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &MainWindow::copySelectedRegions);
    view->addAction(copy);
    auto* searchSelected = new QAction(tr("&Search in selected mappings…"), view);
    connect(searchSelected, &QAction::triggered, this, [this] {
        m_search->setScope(SearchPanel::Scope::SelectedRegions);
        showSearch();
    });
    view->addAction(searchSelected);
    auto* exportSelected = new QAction(tr("&Export selected mappings…"), view);
    connect(exportSelected, &QAction::triggered, this, [this] { exportWithDialog(ExportWhat::SelectedMappings); });
    view->addAction(exportSelected);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onRegionSelected);
    connect(m_ui->addressSpaceView, &AddressSpaceView::regionClicked, this, &MainWindow::selectRegion);
    connect(m_ui->infoPane, &InfoPane::mappingRequested, this,
        [this](Address a) { selectRegion(int(findRegion(m_regionModel->regions(), a))); });
    connect(m_ui->infoPane, &InfoPane::showMemoryRequested, this, [this](Address a) { showMemory(a); });
    connect(m_ui->infoPane, &InfoPane::showCodeRequested, this, qOverload<Address>(&MainWindow::showCode));

    m_ui->kindCombo->addItem(tr("All kinds"), -1);
    for (int k = 0; k < regionKindCount(); ++k)
        m_ui->kindCombo->addItem(regionKindName(RegionKind(k)), k);
    connect(m_ui->regionFilterEdit, &QLineEdit::textChanged, this, &MainWindow::updateRegionFilter);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &MainWindow::updateRegionFilter);
    for (QCheckBox* box : { m_ui->permReadCheck, m_ui->permWriteCheck, m_ui->permExecCheck })
        connect(box, &QCheckBox::toggled, this, &MainWindow::updateRegionFilter);
}

void MainWindow::updateRegionFilter()
{
    m_regionProxy->setText(m_ui->regionFilterEdit->text());
    const int kind = m_ui->kindCombo->currentData().toInt();
    m_regionProxy->setKind(kind < 0 ? std::nullopt : std::optional<RegionKind>(RegionKind(kind)));
    QString perms;
    if (m_ui->permReadCheck->isChecked())
        perms += u'r';
    if (m_ui->permWriteCheck->isChecked())
        perms += u'w';
    if (m_ui->permExecCheck->isChecked())
        perms += u'x';
    m_regionProxy->setRequiredPerms(perms);
}

void MainWindow::restoreSettings()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    if (!m_ui->mainSplitter->restoreState(s.value(QStringLiteral("window/mainSplitter")).toByteArray()))
        m_ui->mainSplitter->setSizes({ 380, 900 });
    if (!m_ui->regionSplitter->restoreState(s.value(QStringLiteral("window/regionSplitter")).toByteArray()))
        m_ui->regionSplitter->setSizes({ 680, 220 });
    if (!m_ui->memorySplitter->restoreState(s.value(QStringLiteral("window/memorySplitter")).toByteArray()))
        m_ui->memorySplitter->setSizes({ 380, 200 });
    if (!m_ui->targetSplitter->restoreState(s.value(QStringLiteral("window/targetSplitter")).toByteArray()))
        m_ui->targetSplitter->setSizes({ 600, 200 });
    // Without saved widths, the columns fit their contents once the first data is in.
    // "processes/columns": the name column moved first since "processes/header" was saved.
    m_processPane->restoreSettings(s);
    // "regions/columns": the columns were reordered (path first) since "regions/header" was saved.
    m_regionColumnsSized
        = m_ui->regionView->horizontalHeader()->restoreState(s.value(QStringLiteral("regions/columns")).toByteArray());
    m_ui->hexView->setBytesPerRow(s.value(QStringLiteral("memory/bytesPerRow"), 16).toInt());
    m_ui->hexView->setGrouping(s.value(QStringLiteral("memory/grouping"), 1).toInt());
    m_ui->hexView->setTextEncoding(
        HexView::TextEncoding(std::clamp(s.value(QStringLiteral("memory/encoding"), 0).toInt(), 0, 2)));
    m_ui->hexView->cache().setCapacity(s.value(QStringLiteral("memory/cacheMiB"), 64).toULongLong() << 20);
    m_intervalSpin->setValue(s.value(QStringLiteral("refresh/interval"), 2).toInt());
    m_ui->actionAutoRefresh->setChecked(s.value(QStringLiteral("refresh/auto"), false).toBool());
    m_ui->regionFilterEdit->setText(s.value(QStringLiteral("regions/filter")).toString());
    m_ui->kindCombo->setCurrentIndex(
        std::max(0, m_ui->kindCombo->findData(s.value(QStringLiteral("regions/kind"), -1))));
    const QString perms = s.value(QStringLiteral("regions/perms")).toString();
    m_ui->permReadCheck->setChecked(perms.contains(u'r'));
    m_ui->permWriteCheck->setChecked(perms.contains(u'w'));
    m_ui->permExecCheck->setChecked(perms.contains(u'x'));
}

void MainWindow::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/mainSplitter"), m_ui->mainSplitter->saveState());
    s.setValue(QStringLiteral("window/regionSplitter"), m_ui->regionSplitter->saveState());
    s.setValue(QStringLiteral("window/targetSplitter"), m_ui->targetSplitter->saveState());
    s.setValue(QStringLiteral("window/memorySplitter"), m_ui->memorySplitter->saveState());
    m_processPane->saveSettings(s);
    s.setValue(QStringLiteral("regions/columns"), m_ui->regionView->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("memory/bytesPerRow"), m_ui->hexView->bytesPerRow());
    s.setValue(QStringLiteral("memory/grouping"), m_ui->hexView->grouping());
    s.setValue(QStringLiteral("memory/encoding"), int(m_ui->hexView->textEncoding()));
    s.setValue(QStringLiteral("memory/cacheMiB"), m_ui->hexView->cache().capacity() >> 20);
    s.setValue(QStringLiteral("refresh/interval"), m_intervalSpin->value());
    s.setValue(QStringLiteral("refresh/auto"), m_ui->actionAutoRefresh->isChecked());
    s.setValue(QStringLiteral("regions/filter"), m_ui->regionFilterEdit->text());
    s.setValue(QStringLiteral("regions/kind"), m_ui->kindCombo->currentData());
    QString perms;
    for (auto [box, letter] :
        { std::pair { m_ui->permReadCheck, u'r' }, { m_ui->permWriteCheck, u'w' }, { m_ui->permExecCheck, u'x' } }) {
        if (box->isChecked())
            perms += letter;
    }
    s.setValue(QStringLiteral("regions/perms"), perms);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_tourDock)
        m_tourDock->hide(); // gives the process list its width back before the splitter is saved
    saveSettings();
    m_session.reset(); // quitting releases the target
    m_demo->stop(); // the demo ends with the window, which does not wait for it
    event->accept();
}

void MainWindow::loadSmaps()
{
    // On the thread pool, not the session thread: for 65,000 mappings the kernel needs ~200 ms to
    // format smaps, and closing the target must not wait for that.
    if (!m_session || m_smapsWatcher.isRunning())
        return;
    const ProcessIdentity identity = m_session->target()->identity();
    m_smapsWatcher.setProperty("pid", identity.pid);
    m_smapsWatcher.setProperty("startTime", identity.startTime);
    m_smapsWatcher.setFuture(QtConcurrent::run([pid = identity.pid] {
        auto smaps = readSmaps(pid);
        return smaps ? std::move(smaps.value()) : std::vector<SmapsEntry>();
    }));
}

void MainWindow::loadProcessFacts(const std::vector<Region>& regions)
{
    struct Facts
    {
        std::vector<StatusFact> status;
        std::vector<AuxvLine> auxv;
        QString statusError;
        QString auxvError;
    };
    // Results of an earlier call that arrive late (a refresh after another) are dropped.
    const quint64 generation = ++m_factsGeneration;
    if (m_bundle) {
        // Off this thread too: the vector's strings are read from the bundle's copy of the stack.
        runInBackground(
            this,
            [bundle = m_bundle, regions] {
                const BundleInfo& info = bundle->info();
                const QString missing
                    = tr("This bundle does not have it: it was saved by an older Procglass, or the file could "
                         "not be read when it was saved.");
                Facts f { info.status.isEmpty() ? std::vector<StatusFact>()
                                                : summarizeProcStatus(parseProcStatus(info.status)),
                    describeAuxv(parseAuxv(info.auxv), regions, bundle.get()), missing, missing };
                return f;
            },
            [this, generation](const Facts& f) {
                if (generation != m_factsGeneration || !m_bundle)
                    return;
                m_ui->infoPane->setStatus(f.status, f.statusError);
                m_ui->infoPane->setAuxv(f.auxv, f.auxvError);
                m_startUpVectorLoaded = true;
                emit startUpVectorLoaded();
            });
        return;
    }
    if (!m_session)
        return;
    // Off this thread: the vector's strings are read from the target's stack. The vector never
    // changes, so it is read once per target; the status on every refresh.
    const ProcessIdentity identity = m_session->target()->identity();
    const bool withAuxv = !(m_auxvOf == identity);
    m_auxvOf = identity;
    runInBackground(
        this,
        [target = m_session->target(), regions, pid = identity.pid, withAuxv] {
            Facts f;
            if (auto text = readProcFile(pid, "status")) {
                const ProcStatus status = parseProcStatus(*text);
                f.status = summarizeProcStatus(status, identifyTracer(pid_t(status.value(u"TracerPid").toInt())));
            } else {
                f.statusError = text.error().message;
            }
            if (!withAuxv)
                return f;
            if (auto raw = readProcFile(pid, "auxv"))
                f.auxv = describeAuxv(parseAuxv(*raw), regions, target.get());
            else
                f.auxvError = raw.error().message;
            return f;
        },
        [this, identity, withAuxv, generation](const Facts& f) {
            if (!m_session || !(m_session->target()->identity() == identity))
                return; // another target by now
            if (withAuxv) {
                // Always shown: a later refresh's status may have overtaken it, not its vector.
                m_ui->infoPane->setAuxv(f.auxv, f.auxvError);
                m_startUpVectorLoaded = true;
                if (m_tourPending && isDemoOpen()) {
                    m_tourPending = false;
                    m_tour->restart();
                }
                emit startUpVectorLoaded();
            }
            if (generation == m_factsGeneration)
                m_ui->infoPane->setStatus(f.status, f.statusError);
        });
}

void MainWindow::loadUnreadableProcessFacts(pid_t pid, const QString& why)
{
    const quint64 generation = ++m_factsGeneration;
    runInBackground(
        this,
        [pid] {
            std::pair<std::vector<StatusFact>, QString> out;
            if (auto text = readProcFile(pid, "status")) {
                const ProcStatus status = parseProcStatus(*text);
                out.first = summarizeProcStatus(status, identifyTracer(pid_t(status.value(u"TracerPid").toInt())));
            } else {
                out.second = text.error().message;
            }
            return out;
        },
        [this, generation, why](const std::pair<std::vector<StatusFact>, QString>& facts) {
            if (generation != m_factsGeneration || m_session || m_bundle)
                return; // something else is open by now
            const QString limitation
                = tr("Procglass cannot read this process's memory, so its mappings, bytes and start-up vector are "
                     "not shown. %1 What is shown here comes from /proc/PID/status, which anyone may read.")
                      .arg(why);
            m_ui->infoPane->setStatus(facts.first, facts.second, limitation);
            m_ui->infoPane->setAuxv({}, why);
            m_ui->infoPane->setCurrentIndex(InfoPane::ProcessTab);
        });
}

void MainWindow::refresh()
{
    refreshProcesses();
    if (m_session && m_state != TargetSession::State::Exited) {
        m_session->requestRegions();
        m_ui->hexView->invalidate(); // the bytes may have changed too
    }
}

void MainWindow::refreshProcesses(bool recheckAccess)
{
    m_processPane->refresh(recheckAccess);
}

void MainWindow::openProcess(pid_t pid)
{
    closeTarget();
    auto target = LinuxTarget::open(pid);
    openTarget(pid, std::move(target));
}

void MainWindow::openProcess(const ProcessIdentity& identity)
{
    closeTarget();
    // The row's identity, not just its pid: a stale row must not open whoever has the pid now.
    auto target = LinuxTarget::open(identity);
    openTarget(identity.pid, std::move(target));
}

void MainWindow::openTarget(pid_t pid, Result<std::unique_ptr<LinuxTarget>> target)
{
    if (!target) {
        m_ui->targetLabel->setText(tr("Process %1 cannot be read").arg(pid));
        showDiagnostics(target.error().message);
        loadUnreadableProcessFacts(pid, target.error().message);
        return;
    }
    m_targetName = (*target)->name();
    m_state = TargetSession::State::Running;
    m_session = std::make_unique<TargetSession>(std::shared_ptr<LinuxTarget>(std::move(target.value())));
    // Everything the session sends arrives through this context, which dies with the session: Qt
    // then discards what is still queued, so a closed target's results never reach the next one.
    m_sessionContext = new QObject(this);
    connect(m_session.get(), &TargetSession::regionsReady, m_sessionContext,
        [this](const ParsedMaps& maps) { onRegionsReady(maps); });
    connect(m_session.get(), &TargetSession::pagesReady, m_sessionContext,
        [this](quint64, const std::vector<PageCache::Page>& pages) {
            m_ui->hexView->addPages(pages);
            showPageReason(pages);
            updateInspector();
        });
    connect(m_session.get(), &TargetSession::stateChanged, m_sessionContext,
        [this](TargetSession::State state) { onStateChanged(state); });
    connect(m_session.get(), &TargetSession::written, m_sessionContext,
        [this](Address a, const QByteArray& bytes, const QByteArray& old, quint64 count, const Error& e) {
            onWritten(a, bytes, old, count, e);
        });
    connect(m_session.get(), &TargetSession::dumped, m_sessionContext,
        [this](const QString& path, const DumpReport& report, const Error& e) { onDumped(path, report, e); });
    connect(m_session.get(), &TargetSession::failed, m_sessionContext, [this](const Error& e) {
        showDiagnostics(e.message);
        m_ui->actionHold->setChecked(m_state == TargetSession::State::Held);
    });
    m_session->requestRegions();
    m_search->setSource(m_session->target());
    m_code->setSource(m_session->target(), {});
    for (QAction* a : m_exportActions)
        a->setEnabled(true);
    m_ui->actionHold->setEnabled(true);
    m_ui->actionCloseTarget->setEnabled(true);
    m_ui->actionGoTo->setEnabled(true);
    onStateChanged(TargetSession::State::Running);
    m_processPane->select(pid);
}

QString MainWindow::openBundle(const QString& directory)
{
    auto bundle = BundleSource::open(directory);
    if (!bundle) {
        showDiagnostics(bundle.error().message);
        return bundle.error().message;
    }
    closeTarget();
    m_bundle = std::shared_ptr<BundleSource>(std::move(bundle.value()));
    auto regions = m_bundle->regions();
    m_regionModel->setRegions(*regions);
    m_ui->addressSpaceView->setRegions(*regions);
    m_ui->hexView->setRegions(*regions);
    m_search->setSource(m_bundle);
    m_search->setRegions(*regions);
    m_code->setSource(m_bundle, *regions);
    loadSymbols(*regions);
    loadProcessFacts(*regions);
    if (!m_regionColumnsSized) {
        m_regionColumnsSized = true;
        sizeRegionColumns();
    }
    const BundleInfo& info = m_bundle->info();
    const QString exe = QFileInfo(info.executable).fileName();
    m_ui->targetLabel->setText(
        tr("Bundle of process %1 (%2), saved %3: %n mapping(s), read-only", nullptr, int(regions->size()))
            .arg(info.pid)
            .arg(exe.isEmpty() ? tr("unknown executable") : exe,
                QLocale().toString(info.time.toLocalTime(), QLocale::ShortFormat)));
    m_stateLabel->setText(tr("offline: %1").arg(directory));
    m_ui->actionCloseTarget->setEnabled(true);
    m_ui->actionGoTo->setEnabled(true);
    setWindowTitle(tr("%1 (bundle) — Procglass").arg(exe.isEmpty() ? directory : exe));
    return {};
}

void MainWindow::closeTarget()
{
    m_bundle.reset();
    m_symbols.reset();
    m_symbolModules.clear();
    m_search->setSource(nullptr); // cancels a search of this target
    m_search->setRegions({});
    m_code->setSource(nullptr, {});
    for (QAction* a : m_exportActions)
        a->setEnabled(false);
    if (m_exportProgress) {
        m_exportProgress->cancel = true; // the session finishes it (removing the file) as it stops
        onDumped(
            QString(), {}, makeError(ErrorKind::Cancelled, tr("The export was cancelled: the target was closed.")));
    }
    m_session.reset();
    delete m_sessionContext; // after the session: it may post until its thread has stopped
    m_sessionContext = nullptr;
    m_undo.clear(); // its writes belong to the target that is gone
    m_bookmarks->clearTarget();
    m_pendingWrites.clear();
    m_ui->actionEdit->setChecked(false);
    m_ui->actionEdit->setEnabled(false);
    m_regionModel->setRegions({});
    m_ui->addressSpaceView->setRegions({});
    m_ui->hexView->reset();
    m_ui->actionGoTo->setEnabled(false);
    m_location->clear();
    m_locationRegion = -1;
    m_ui->infoPane->clear();
    m_auxvOf = {};
    m_startUpVectorLoaded = false;
    m_ui->actionHold->setChecked(false);
    m_ui->actionHold->setEnabled(false);
    m_ui->actionCloseTarget->setEnabled(false);
    m_ui->targetLabel->setText(tr("No process open. Double-click one in the list."));
    m_stateLabel->clear();
    showDiagnostics({});
    setWindowTitle(tr("Procglass"));
}

void MainWindow::onRegionsReady(const ParsedMaps& maps)
{
    m_regionModel->setRegions(maps.regions);
    m_ui->addressSpaceView->setRegions(maps.regions);
    m_ui->hexView->setRegions(maps.regions);
    m_search->setRegions(maps.regions);
    m_code->setSource(m_session->target(), maps.regions);
    loadSymbols(maps.regions);
    if (!m_regionColumnsSized) {
        m_regionColumnsSized = true;
        sizeRegionColumns();
    }
    showDiagnostics(maps.errors.empty() ? QString()
                                        : tr("%n line(s) of the memory map could not be read and are not shown.",
                                            nullptr, int(maps.errors.size())));
    updateTargetLabel();
    // Bookmarks belong to the executable: addresses in them are relative to its mappings.
    const auto exe = std::find_if(
        maps.regions.begin(), maps.regions.end(), [](const Region& r) { return r.kind == RegionKind::Executable; });
    m_bookmarks->setExecutable(exe != maps.regions.end() ? exe->path : m_targetName);
    setWindowTitle(tr("%1 (%2) — Procglass").arg(m_targetName).arg(m_session->target()->pid()));
    loadSmaps(); // the costly figures follow, off this thread
    loadProcessFacts(maps.regions);
    // The mapping where the user is may have changed (mprotect) or gone.
    if (m_location->address())
        followLocation(true);
    else
        onRegionSelected();
    emit targetOpened(m_session->target()->pid());
}

void MainWindow::sizeRegionColumns()
{
    // Every column but the path and the kind has a known widest form; measuring those beats
    // resizeColumnsToContents, which reads 1,000 rows of every column (50 ms for a big process).
    // The path takes what is left (it stretches).
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QFontMetrics normal(m_ui->regionView->font());
    auto* header = m_ui->regionView->horizontalHeader();
    const struct
    {
        int column;
        const QFontMetrics& metrics;
        QString sample;
    } widest[] = {
        { RegionModel::StartColumn, fixed, formatAddress(0x7fffffffffff) },
        { RegionModel::EndColumn, fixed, formatAddress(0x7fffffffffff) },
        { RegionModel::SizeColumn, normal, formatBytes(1023ull << 20) + QStringLiteral(".9") },
        { RegionModel::PermsColumn, fixed, QStringLiteral("rwxp") },
        { RegionModel::OffsetColumn, fixed, QStringLiteral("00000000") },
        { RegionModel::DeviceColumn, normal, QStringLiteral("103:00") },
        { RegionModel::InodeColumn, normal, QStringLiteral("99999999") },
        { RegionModel::RssColumn, normal, formatBytes(1023ull << 20) + QStringLiteral(".9") },
        { RegionModel::PssColumn, normal, formatBytes(1023ull << 20) + QStringLiteral(".9") },
        { RegionModel::SwapColumn, normal, formatBytes(1023ull << 20) + QStringLiteral(".9") },
    };
    const auto titleWidth = [&](int column) {
        return header->fontMetrics().horizontalAdvance(
                   m_regionModel->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString())
            + 12; // and the sort indicator
    };
    for (const auto& w : widest)
        header->resizeSection(w.column, std::max(w.metrics.horizontalAdvance(w.sample), titleWidth(w.column)) + 12);
    // The kind names a file ("libstdc++.so.6.0.30 rodata"): as wide as the widest one here, up to a
    // limit past which the middle is elided. A process maps few distinct files.
    // Only images' rows name a file; the others say their kind, measured once per kind, and the
    // rows of one image run together (65,000 mappings: a pass without a string per row).
    const std::vector<Region>& regions = m_regionModel->regions();
    QSet<QString> seen;
    std::array<bool, regionKindCount()> kindMeasured {};
    int kind = titleWidth(RegionModel::KindColumn);
    const Region* previous = nullptr;
    for (size_t i = 0; i < regions.size(); ++i) {
        const Region& r = regions[i];
        const bool image = r.kind == RegionKind::Executable || r.kind == RegionKind::Library;
        if (!image && std::exchange(kindMeasured[size_t(r.kind)], true))
            continue;
        if (image && previous && previous->segment == r.segment && previous->path == r.path)
            continue;
        previous = image ? &r : nullptr;
        QString text = RegionModel::kindText(regions, i);
        if (!seen.contains(text)) {
            kind = std::max(kind, normal.horizontalAdvance(text));
            seen.insert(std::move(text));
        }
    }
    header->resizeSection(RegionModel::KindColumn, std::min(kind, normal.averageCharWidth() * 24) + 12);
}

void MainWindow::updateTargetLabel()
{
    if (!m_session)
        return;
    quint64 mapped = 0;
    for (const Region& r : m_regionModel->regions())
        mapped += r.range.size();
    m_ui->targetLabel->setText(tr("Process %1 (%2): %3 mappings, %4 of address space")
                                   .arg(m_session->target()->pid())
                                   .arg(m_targetName)
                                   .arg(m_regionModel->regions().size())
                                   .arg(formatBytes(mapped)));
}

void MainWindow::onStateChanged(TargetSession::State state)
{
    m_state = state;
    const QSignalBlocker blocker(m_ui->actionHold);
    m_ui->actionHold->setChecked(state == TargetSession::State::Held);
    m_ui->actionHold->setText(state == TargetSession::State::Held ? tr("Release") : tr("&Hold"));
    m_ui->actionHold->setEnabled(state != TargetSession::State::Exited);
    // Edits go to a held target only: a running one would change the bytes under the typing.
    m_ui->actionEdit->setEnabled(state == TargetSession::State::Held);
    if (state != TargetSession::State::Held)
        m_ui->actionEdit->setChecked(false);
    else
        m_ui->hexView->invalidate(); // what is shown was read while the target ran: read it as held
    switch (state) {
    case TargetSession::State::Running:
        m_stateLabel->setText(tr("%1 (%2): running").arg(m_targetName).arg(m_session->target()->pid()));
        break;
    case TargetSession::State::Held:
        m_stateLabel->setText(
            tr("%1 (%2): held — every thread stopped").arg(m_targetName).arg(m_session->target()->pid()));
        break;
    case TargetSession::State::Exited:
        m_stateLabel->setText(tr("%1 (%2): exited").arg(m_targetName).arg(m_session->target()->pid()));
        showDiagnostics(tr("The process has exited. Its last memory map stays on screen."));
        refreshProcesses();
        break;
    }
}

void MainWindow::onRegionSelected()
{
    if (m_followingLocation)
        return; // the table is following the location: nothing to send back
    const QModelIndex current = m_ui->regionView->currentIndex();
    const int i = current.isValid() ? current.data(RegionModel::RegionIndexRole).toInt() : -1;
    if (i < 0) {
        // No row: nothing is explained until the user goes somewhere again.
        m_locationRegion = -1;
        m_ui->addressSpaceView->setSelectedRegion(-1);
        m_ui->infoPane->explain(m_regionModel->regions(), -1);
        return;
    }
    // A row chosen (a click here or in the picture, the tour, a start-up vector entry) moves the
    // location to its start, unless the location is in it already (a cursor inside the mapping).
    const Region& r = m_regionModel->regions()[size_t(i)];
    if (m_location->contains(r.range))
        followLocation(true);
    else
        m_location->set(r.range.start);
}

void MainWindow::followLocation(bool force)
{
    const auto address = m_location->address();
    if (!address)
        return;
    const std::vector<Region>& regions = m_regionModel->regions();
    const int i = int(findRegion(regions, *address));
    const bool moved = i != m_locationRegion;
    if (!moved && !force)
        return; // a cursor moving inside the mapping shown
    m_locationRegion = i;
    m_ui->addressSpaceView->setSelectedRegion(i);
    m_ui->infoPane->explain(regions, i);
    // Its row, selected and in sight; a selection of several rows that holds it stays as it is.
    QTableView* view = m_ui->regionView;
    QItemSelectionModel* selection = view->selectionModel();
    const QModelIndex row = i < 0 ? QModelIndex() : m_regionProxy->mapFromSource(m_regionModel->index(i, 0));
    const QScopedValueRollback following(m_followingLocation, true);
    if (!row.isValid()) {
        selection->clear(); // not mapped, or filtered out of the table: no row is it
        return;
    }
    // Scrolled to when the user went elsewhere, not on every refresh: the user may be looking around.
    const bool scroll = moved || view->currentIndex().row() != row.row();
    if (!selection->isRowSelected(row.row(), {}))
        selection->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else if (view->currentIndex().row() != row.row())
        selection->setCurrentIndex(row, QItemSelectionModel::NoUpdate);
    if (scroll)
        view->scrollTo(row);
}

InfoPane* MainWindow::infoPane() const
{
    return m_ui->infoPane;
}

void MainWindow::showMappings()
{
    m_ui->centerTabs->setCurrentWidget(m_ui->mappingsTab);
}

void MainWindow::selectRegion(int regionIndex)
{
    if (regionIndex < 0) {
        m_ui->regionView->selectionModel()->clear();
        m_ui->regionView->setCurrentIndex({});
        return;
    }
    const QModelIndex source = m_regionModel->index(regionIndex, 0);
    QModelIndex index = m_regionProxy->mapFromSource(source);
    if (!index.isValid()) {
        // Filtered out: clear the filters so that what was clicked can be shown.
        m_ui->regionFilterEdit->clear();
        m_ui->kindCombo->setCurrentIndex(0);
        for (QCheckBox* box : { m_ui->permReadCheck, m_ui->permWriteCheck, m_ui->permExecCheck })
            box->setChecked(false);
        index = m_regionProxy->mapFromSource(source);
    }
    m_ui->regionView->setCurrentIndex(index);
    m_ui->regionView->selectRow(index.row());
    m_ui->regionView->scrollTo(index);
}

void MainWindow::copySelectedRegions()
{
    QStringList lines;
    const QModelIndexList rows = m_ui->regionView->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        QStringList cells;
        for (int c = 0; c < RegionModel::ColumnCount; ++c)
            cells << m_regionProxy->index(row.row(), c).data().toString();
        lines << cells.join(u'\t');
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void MainWindow::showDiagnostics(const QString& text)
{
    m_ui->diagnosticsLabel->setText(text);
    m_ui->diagnosticsLabel->setVisible(!text.isEmpty());
}

bool MainWindow::isDemoOpen() const
{
    return m_demo->pid() != 0 && m_session && m_session->target()->pid() == m_demo->pid();
}

void MainWindow::startTour()
{
    if (!m_tour) {
        m_tour = new GuidedTour(this);
        m_tourDock = new QDockWidget(tr("Guided tour"), this);
        m_tourDock->setObjectName(QStringLiteral("tourDock"));
        m_tourDock->setWidget(m_tour);
        m_tourDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
        addDockWidget(Qt::LeftDockWidgetArea, m_tourDock);
        connect(m_tour, &GuidedTour::finished, m_tourDock, &QWidget::hide);
        // The tour is about the open demo, not the process list: while it is open, the list
        // narrows to its names (it is not squeezed to bare PIDs) and the mappings keep their width.
        auto before = std::make_shared<QList<int>>();
        connect(m_tourDock, &QDockWidget::visibilityChanged, this, [this, before](bool visible) {
            QSplitter* split = m_ui->mainSplitter;
            const QList<int> sizes = split->sizes();
            if (visible && before->isEmpty()) {
                *before = sizes;
                const int total = sizes.value(0) + sizes.value(1);
                const int names = m_processPane->namesWidth();
                if (sizes.value(0) > names)
                    split->setSizes({ names, total - names });
            } else if (!visible && !before->isEmpty() && !m_tourDock->isVisible()) {
                const int total = sizes.value(0) + sizes.value(1);
                split->setSizes({ before->value(0), total - before->value(0) });
                before->clear();
            }
        });
    }
    m_tourDock->show();
    m_tourDock->raise();
    resizeDocks({ m_tourDock }, { m_tour->sizeHint().width() }, Qt::Horizontal);
    if (isDemoOpen() && m_startUpVectorLoaded) {
        m_tour->restart();
        return;
    }
    // The tour's words fit the demo (its threads, its 64 MiB block, its string on the heap), and
    // some steps show its start-up vector: it begins once that is read (loadProcessFacts()).
    m_tourPending = true;
    if (!isDemoOpen())
        startDemo();
}

void MainWindow::startDemo()
{
    m_demo->start();
}

} // namespace procglass
