// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "mainwindow.h"

#include "bookmarkspane.h"
#include "codedialog.h"
#include "codeview.h"
#include "columnchoice.h"
#include "core/code/elfsymbols.h"
#include "core/model/format.h"
#include "core/parse/addressspec.h"
#include "core/teach/bookmarks.h"
#include "core/teach/location.h"
#include "currentlocation.h"
#include "demolauncher.h"
#include "editcontroller.h"
#include "exportcontroller.h"
#include "gotodialog.h"
#include "guidedtour.h"
#include "infopane.h"
#include "lastfolder.h"
#include "mappingspane.h"
#include "models/disassemblymodel.h"
#include "models/processmodel.h"
#include "models/regionmodel.h"
#include "models/searchresultmodel.h"
#include "platform/linux/access.h"
#include "platform/linux/localhost.h"
#include "platform/linux/procfs.h"
#include "processlistpane.h"
#include "searchpanel.h"
#include "session/documentopener.h"
#include "session/livedocument.h"
#include "snapshotcontroller.h"
#include "ui_mainwindow.h"
#include "watchpane.h"
#include "widgets/syntaxhighlighting.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>

#include <array>
#include <unistd.h>
#include <utility>

namespace procglass {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_regionModel(new RegionModel(this))
    , m_autoRefresh(new QTimer(this))
    , m_intervalSpin(new QSpinBox(this))
    , m_stateLabel(new QLabel(this))
    , m_hostLabel(new QLabel(this))
    , m_host(std::make_shared<LocalHost>())
    , m_opener(new DocumentOpener(this))
    , m_edits(new EditController(this))
    , m_exports(new ExportController(this))
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
        [this] { return m_mappings->selectedRanges(); }, [this] { return m_ui->hexView->selection(); });
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
    setUpWatchList();
    m_demo = new DemoLauncher(this);
    connect(m_demo, &DemoLauncher::ready, this, [this](pid_t pid) { openProcess(pid); });
    connect(m_demo, &DemoLauncher::failed, this, [this](const QString& program, const QString& reason) {
        showDiagnostics(tr("The demo target %1 could not be started: %2").arg(program, reason));
    });
    setUpActions();
    setUpProcessPane();
    m_mappings
        = new MappingsPane({ m_ui->regionView, m_ui->regionFilterEdit, m_ui->kindCombo, m_ui->permReadCheck,
                               m_ui->permWriteCheck, m_ui->permExecCheck, m_ui->addressSpaceView, m_ui->infoPane },
            m_regionModel, m_location, this);
    connect(m_mappings, &MappingsPane::showCodeRequested, this, qOverload<Address>(&MainWindow::showCode));
    connect(m_mappings, &MappingsPane::showMemoryRequested, this, [this](Address a) { showMemory(a); });
    connect(m_mappings, &MappingsPane::searchSelectedRequested, this, [this] {
        m_search->setScope(SearchPanel::Scope::SelectedRegions);
        showSearch();
    });
    connect(m_mappings, &MappingsPane::exportSelectedRequested, this,
        [this] { exportWithDialog(ExportWhat::SelectedMappings); });
    setUpRegionPane();
    connect(m_edits, &EditController::problem, this, &MainWindow::showDiagnostics);
    connect(m_edits, &EditController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_edits, &EditController::bytesChanged, this, &MainWindow::updateInspector);
    m_exports->setSelections(
        [this] { return m_mappings->selectedRanges(); }, [this] { return m_ui->hexView->selection(); });
    connect(m_exports, &ExportController::problem, this, &MainWindow::showDiagnostics);
    connect(m_exports, &ExportController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_exports, &ExportController::finished, this, &MainWindow::exportFinished);
    // Issue 18: snapshots and diffs (the Snapshots menu, the Diff dock, the views' comparison marks).
    m_snapshots = new SnapshotController(this, m_ui->menuView->menuAction(), m_ui->hexView, m_ui->addressSpaceView);
    connect(m_snapshots, &SnapshotController::problem, this, &MainWindow::showDiagnostics);
    connect(m_snapshots, &SnapshotController::statusMessage, statusBar(), &QStatusBar::showMessage);
    // The focus stays where it is (the Diff dock's table, walked with the arrow keys).
    connect(m_snapshots, &SnapshotController::memoryShown, this,
        [this] { m_ui->centerTabs->setCurrentWidget(m_ui->memoryTab); });
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
    m_hostLabel->setObjectName(QStringLiteral("hostLabel"));
    statusBar()->addPermanentWidget(m_hostLabel);
    m_opener->setHost(m_host);
    m_processPane->setHost(m_host);
    m_hostInfo = m_host->info(); // this computer's: uname and the user, no waiting
    updateHostLabel();
    restoreSettings();
    refreshProcesses();
}

MainWindow::~MainWindow()
{
    // The docks are hidden as QWidget's destructor deletes them, after this window's members are
    // gone: what they tell this window must not arrive then.
    if (m_tourDock)
        m_tourDock->disconnect(this);
    letGoOfDocument(); // releases a hold
    m_demo->stop(); // does not wait for it to end
    if (m_connectDialog)
        m_connectDialog->disconnect(this);
}

void MainWindow::letGoOfDocument()
{
    m_opener->cancel(); // an open under way answers nobody now
    m_exports->setDocument(nullptr); // cancels an export under way: the session removes what it began
    m_edits->setDocument(nullptr); // its writes belong to the target that is gone
    if (m_watch)
        m_watch->setDocument(nullptr); // freezing stops with the target
    m_snapshots->setDocument(nullptr); // its snapshots are removed (unless kept in a folder)
    m_ui->hexView->setPageStore(nullptr); // it must not point into the document that goes
    m_document.reset(); // drops whatever it still had on its way
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
    m_connectAction = new QAction(tr("Co&nnect…"), this);
    m_connectAction->setObjectName(QStringLiteral("actionConnect"));
    m_connectAction->setStatusTip(
        tr("Read the processes of another user, machine or container through procglass-agent"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::showConnectDialog);
    m_disconnectAction = new QAction(tr("Disconnec&t"), this);
    m_disconnectAction->setObjectName(QStringLiteral("actionDisconnect"));
    m_disconnectAction->setStatusTip(tr("Close the connection to the agent and read this computer's processes again"));
    m_disconnectAction->setEnabled(false);
    connect(m_disconnectAction, &QAction::triggered, this, &MainWindow::disconnectAgent);
    m_ui->menuFile->insertActions(m_ui->menuFile->actions().value(0), { m_connectAction, m_disconnectAction });
    m_ui->menuFile->insertSeparator(m_ui->menuFile->actions().value(2));
    auto* addBookmarkAction = new QAction(tr("Add &bookmark at the cursor…"), this);
    addBookmarkAction->setObjectName(QStringLiteral("actionAddBookmark"));
    addBookmarkAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(addBookmarkAction, &QAction::triggered, this, [this] {
        if (m_document && m_document->capabilities().live)
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
    QAction* undo = m_edits->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = m_edits->undoStack()->createRedoAction(this, tr("&Redo"));
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
        if (m_document)
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
        if (m_document)
            m_document->setHeld(on);
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
    connect(m_processPane, &ProcessListPane::connectionLost, this, &MainWindow::onConnectionLost);
    connect(m_processPane, &ProcessListPane::listingFailed, this, [this](const QString& message) {
        // Once the link is lost, "the connection was lost" stays: a listing that failed with it
        // says nothing new.
        if (m_connectionLost.isEmpty())
            statusBar()->showMessage(message);
    });
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

void MainWindow::updateInspector()
{
    // Up to 64 bytes from the cursor on (numbers use 8, text previews the rest), stopping at the
    // first one that is not there. Read through the document, which fetches what is missing.
    const Address cursor = m_ui->hexView->cursor();
    std::byte bytes[64];
    size_t n = 0;
    bool loading = false;
    for (; m_document && n < std::size(bytes); ++n) {
        const int v = m_document->byteAt(cursor + n);
        if (v < 0) {
            loading = v == -1 && n == 0;
            break;
        }
        bytes[n] = std::byte(v);
    }
    m_ui->inspectorView->setBytes(
        std::span(bytes, n), m_regionModel->regions(), loading, m_document ? m_document->symbols().get() : nullptr);
    const AddressRange sel = m_ui->hexView->selection();
    if (!sel.isEmpty())
        statusBar()->showMessage(tr("Selected %1 bytes (%2) from %3")
                                     .arg(sel.size())
                                     .arg(formatBytes(sel.size()), formatAddress(sel.start)));
}

void MainWindow::exportWithDialog(ExportWhat what)
{
    m_exports->exportWithDialog(what);
}

void MainWindow::startExport(DumpJob job)
{
    m_exports->startExport(std::move(job));
}

bool MainWindow::isExporting() const
{
    return m_exports->isExporting();
}

void MainWindow::setSavePathAsker(SavePathAsker asker)
{
    m_exports->setSavePathAsker(std::move(asker));
}

QUndoStack* MainWindow::undoStack()
{
    return m_edits->undoStack();
}

void MainWindow::copyAsCode()
{
    if (!m_document)
        return;
    // The bytes come from the document, not from the view that shows them.
    const AddressRange sel = m_ui->hexView->selection();
    const Address cursor = m_ui->hexView->cursor();
    bool unreadable = false;
    const QByteArray bytes = m_document->bytes(sel.isEmpty() ? AddressRange { cursor, cursor + 1 } : sel, &unreadable);
    CodeDialog dialog(bytes, sel.isEmpty() ? cursor : sel.start, unreadable, this);
    dialog.exec();
}

QString MainWindow::symbolName(Address address) const
{
    return m_document ? m_document->symbolName(address) : QString();
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
    auto address
        = resolveAddress(addressText, m_regionModel->regions(), m_document ? m_document->symbols().get() : nullptr);
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

void MainWindow::setUpRegionPane()
{
    connect(m_ui->hexView, &HexView::editRequested, this,
        [this](Address a, const QByteArray& bytes, const QByteArray& old) {
            m_edits->writeBytes(a, bytes, old, EditController::WriteKind::Edit);
        });
    connect(m_ui->hexView, &HexView::editRejected, this, [this](const QString& reason) {
        showDiagnostics(reason);
        statusBar()->showMessage(reason, 5000);
    });
    connect(
        m_ui->inspectorView, &DataInspectorView::followRequested, this, [this](Address a) { m_ui->hexView->goTo(a); });
    connect(m_ui->hexView, &HexView::cursorMoved, this, &MainWindow::updateInspector);
    connect(m_ui->hexView, &HexView::exportRequested, this, [this] { exportWithDialog(ExportWhat::HexSelection); });
    m_ui->hexView->setAddressNamer([this](Address a) {
        const auto symbols = m_document ? m_document->symbols() : nullptr;
        const QString mangled = symbols ? symbols->mangledName(a) : QString();
        return mangled.isEmpty() ? symbolName(a) : symbolName(a) + u'\n' + tr("Mangled: %1").arg(mangled);
    });
    m_search->model()->setAddressNamer([this](Address a) { return symbolName(a); },
        [this](Address a) {
            const auto symbols = m_document ? m_document->symbols() : nullptr;
            return symbols ? symbols->mangledName(a) : QString();
        });
    // The CSV export names its rows on a worker: it gets the symbols as they are when it starts.
    m_search->model()->setThreadSafeNamer([this] {
        return [symbols = m_document ? m_document->symbols() : nullptr](
                   Address a) { return symbols ? symbols->describe(a) : QString(); };
    });
    connect(m_ui->hexView, &HexView::copyAsCodeRequested, this, &MainWindow::copyAsCode);
    connect(m_ui->hexView, &HexView::cursorMoved, m_location, &CurrentLocation::set);
    connect(m_location, &CurrentLocation::changed, this, [this](Address a) {
        const qsizetype i = findRegion(m_regionModel->regions(), a);
        // The location as search hits write it (formatLocation), which Go to reads back.
        statusBar()->showMessage(i < 0 ? tr("%1: not mapped").arg(formatAddress(a))
                                       : QStringLiteral("%1: %2 (%3)") // no words to translate
                                             .arg(formatAddress(a),
                                                 formatLocation(a, m_regionModel->regions(),
                                                     m_document ? m_document->symbols().get() : nullptr),
                                                 regionKindName(m_regionModel->regions()[size_t(i)].kind)));
    });
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
    m_mappings->setColumnsSized(
        m_ui->regionView->horizontalHeader()->restoreState(s.value(QStringLiteral("regions/columns")).toByteArray()));
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
    letGoOfDocument(); // quitting releases the target, and cancels an export of it
    m_demo->stop(); // the demo ends with the window, which does not wait for it
    event->accept();
}

void MainWindow::loadUnreadableProcessFacts(pid_t pid, const QString& why)
{
    // Through the host: an agent reads its own machine's /proc/PID/status.
    m_unreadableFacts.run(
        [host = m_host, pid] {
            return readStatusFacts(*host, ProcessIdentity { pid, 0 });
        },
        [this, why](const ProcessFacts& facts) {
            if (m_document || isOpening())
                return; // something else is open by now
            const QString limitation
                = tr("Procglass cannot read this process's memory, so its mappings, bytes and start-up vector are "
                     "not shown. %1 What is shown here comes from /proc/PID/status, which anyone may read.")
                      .arg(why);
            m_ui->infoPane->setStatus(facts.status, facts.statusError, limitation);
            m_ui->infoPane->setAuxv({}, why);
            m_ui->infoPane->setCurrentIndex(InfoPane::ProcessTab);
        });
}

void MainWindow::refresh()
{
    refreshProcesses();
    if (m_document)
        m_document->refresh(); // the mappings, and the bytes on screen
}

void MainWindow::setHost(std::shared_ptr<Host> host)
{
    closeTarget();
    m_host = host ? std::move(host) : std::make_shared<LocalHost>();
    m_connectionLost.clear();
    m_opener->setHost(m_host);
    m_processPane->setHost(m_host);
    m_hostInfo = {};
    m_hostInfo.where = tr("connecting…");
    m_disconnectAction->setEnabled(!dynamic_cast<LocalHost*>(m_host.get()));
    updateHostLabel();
    // An agent's info() may wait for its link: asked off this thread.
    m_hostInfoJob.run([host = m_host] { return host->info(); },
        [this](const HostInfo& info) {
            m_hostInfo = info;
            m_disconnectAction->setEnabled(info.agent);
            updateHostLabel();
            emit hostChanged();
        });
}

void MainWindow::connectAgent(const QString& command, pid_t openPid)
{
    if (!m_connector) {
        m_connector = new AgentConnector(m_agentConnect, this);
        connect(m_connector, &AgentConnector::connected, this,
            [this](const std::shared_ptr<Host>& host, const QString& command) {
                ConnectDialog::rememberCommand(command);
                const pid_t pid = m_connector->property("openPid").toInt();
                setHost(host);
                statusBar()->showMessage(tr("Connected with %1").arg(command), 5000);
                if (pid)
                    openProcess(pid);
            });
        connect(m_connector, &AgentConnector::failed, this, [this](const QString& message, const QString& command) {
            updateHostLabel();
            const QString text = tr("Could not connect with %1: %2").arg(command, message);
            showDiagnostics(text);
            statusBar()->showMessage(text);
            emit connectFailed(message);
        });
    }
    m_connector->setProperty("openPid", int(openPid));
    m_hostLabel->setText(tr("Connecting with %1… (a password may be asked)").arg(command));
    m_connector->start(command);
}

bool MainWindow::isConnecting() const
{
    return (m_connector && m_connector->isConnecting()) || (m_connectDialog && m_connectDialog->isConnecting());
}

void MainWindow::showConnectDialog()
{
    if (m_connectDialog) {
        m_connectDialog->raise();
        m_connectDialog->activateWindow();
        return;
    }
    m_connectDialog = new ConnectDialog(m_agentConnect, this);
    m_connectDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_connectDialog, &QDialog::accepted, this, [this] {
        setHost(m_connectDialog->host()); // null: this computer
        if (m_connectDialog->host())
            statusBar()->showMessage(tr("Connected with %1").arg(m_connectDialog->command()), 5000);
    });
    connect(m_connectDialog, &QObject::destroyed, this, [this] { m_connectDialog = nullptr; });
    m_connectDialog->open();
}

void MainWindow::disconnectAgent()
{
    if (m_connector)
        m_connector->cancel();
    setHost(nullptr);
    statusBar()->showMessage(tr("Disconnected: the processes of this computer again"), 5000);
}

void MainWindow::updateHostLabel()
{
    const HostInfo& h = m_hostInfo;
    QString text;
    if (!m_connectionLost.isEmpty())
        text = tr("Connection lost: %1 (%2)").arg(h.hostName, h.where);
    else if (h.agent)
        text = tr("Reading on %1 as %2 (uid %3) through %4").arg(h.hostName, h.user).arg(h.uid).arg(h.where);
    else if (h.where.isEmpty() || dynamic_cast<LocalHost*>(m_host.get()))
        text = tr("Procglass runs as %1 (uid %2)%3")
                   .arg(userName(geteuid()))
                   .arg(geteuid())
                   .arg(haveCapSysPtrace() ? tr(", may read every process") : QString());
    else
        text = h.where;
    m_hostLabel->setText(text);
}

void MainWindow::onConnectionLost(const QString& message)
{
    if (!m_connectionLost.isEmpty())
        return; // said once
    m_connectionLost = message.isEmpty() ? tr("the agent stopped answering") : message;
    while (m_connectionLost.endsWith(u'.'))
        m_connectionLost.chop(1);
    updateHostLabel();
    showDiagnostics(tr("The connection to %1 (%2) was lost: %3. What was read stays on screen; File ▸ Disconnect "
                       "reads this computer again, File ▸ Connect… connects anew.")
                        .arg(m_hostInfo.hostName, m_hostInfo.where, m_connectionLost));
    statusBar()->showMessage(tr("The connection to %1 was lost").arg(m_hostInfo.hostName));
    emit connectionLost(m_connectionLost);
}

void MainWindow::refreshProcesses(bool recheckAccess)
{
    m_processPane->refresh(recheckAccess);
}

void MainWindow::openProcess(pid_t pid)
{
    openProcess(ProcessIdentity { pid, 0 });
}

void MainWindow::openProcess(const ProcessIdentity& identity)
{
    closeTarget();
    beginOpening(tr("Opening process %1…").arg(identity.pid));
    const pid_t pid = identity.pid;
    m_opener->openProcess(identity,
        [this, pid](Result<std::unique_ptr<TargetDocument>> document) { onOpened(pid, std::move(document)); });
}

void MainWindow::beginOpening(const QString& what)
{
    m_ui->targetLabel->setText(what);
    m_stateLabel->setText(tr("Opening…"));
}

bool MainWindow::isOpening() const
{
    return m_opener->isOpening();
}

void MainWindow::onOpened(pid_t pid, Result<std::unique_ptr<TargetDocument>> document)
{
    if (!document) {
        const QString message = document.error().message;
        if (pid) {
            m_ui->targetLabel->setText(tr("Process %1 cannot be read").arg(pid));
            m_stateLabel->clear();
            showDiagnostics(message);
            loadUnreadableProcessFacts(pid, message);
        } else {
            // A bundle that cannot be opened leaves what was open as it was.
            if (m_document) {
                m_ui->targetLabel->setText(m_document->summary());
                m_stateLabel->setText(m_document->stateText());
            } else {
                m_ui->targetLabel->setText(tr("No process open. Double-click one in the list."));
                m_stateLabel->clear();
            }
            showDiagnostics(message);
        }
        emit openFailed(message);
        return;
    }
    if (!pid)
        closeTarget(); // a bundle replaces what was open once it is open
    attachDocument(std::move(document.value()));
    if (pid)
        m_processPane->select(pid);
}

void MainWindow::attachDocument(std::unique_ptr<TargetDocument> document)
{
    m_document = std::move(document);
    TargetDocument* doc = m_document.get();
    // The panes follow the document; what it sends dies with it (it is the context).
    connect(doc, &TargetDocument::regionsChanged, this, &MainWindow::onRegionsChanged);
    connect(doc, &TargetDocument::stateChanged, this, &MainWindow::onStateChanged);
    connect(doc, &TargetDocument::pageProblem, this, &MainWindow::showDiagnostics);
    connect(&doc->pages(), &PageStore::pagesAdded, this, &MainWindow::updateInspector);
    m_edits->setDocument(doc);
    m_exports->setDocument(doc);
    m_watch->setDocument(doc);
    m_snapshots->setDocument(doc);
    connect(doc, &TargetDocument::failed, this, [this](const Error& e) {
        showDiagnostics(e.message);
        m_ui->actionHold->setChecked(m_document->state() == TargetDocument::State::Held);
    });
    connect(doc, &TargetDocument::symbolsChanged, this, [this] {
        m_search->model()->setRegions(m_regionModel->regions()); // its names may now be symbols
        m_code->setSymbols(m_document->symbols());
        emit symbolsLoaded();
    });
    connect(doc, &TargetDocument::smapsChanged, this, [this] { m_regionModel->setSmaps(m_document->smaps()); });
    connect(doc, &TargetDocument::statusChanged, this,
        [this] { m_ui->infoPane->setStatus(m_document->facts().status, m_document->facts().statusError); });
    connect(doc, &TargetDocument::auxvChanged, this, &MainWindow::onAuxvChanged);
    m_ui->hexView->setPageStore(&doc->pages());
    m_search->setSource(doc->source());
    m_code->setSource(doc->source(), {});
    const TargetDocument::Capabilities can = doc->capabilities();
    for (QAction* a : m_exportActions)
        a->setEnabled(can.dump);
    m_ui->actionHold->setEnabled(can.hold);
    m_ui->actionCloseTarget->setEnabled(true);
    m_ui->actionGoTo->setEnabled(true);
    onStateChanged(doc->state());
    doc->start();
}

void MainWindow::onAuxvChanged()
{
    m_ui->infoPane->setAuxv(m_document->facts().auxv, m_document->facts().auxvError);
    m_startUpVectorLoaded = true;
    if (m_tourPending && isDemoOpen()) {
        m_tourPending = false;
        m_tour->restart();
    }
    emit startUpVectorLoaded();
}

void MainWindow::openBundle(const QString& directory)
{
    // What is open stays open until the bundle is: one that cannot be opened changes nothing.
    beginOpening(tr("Opening the bundle %1…").arg(directory));
    m_opener->openBundle(
        directory, [this](Result<std::unique_ptr<TargetDocument>> document) { onOpened(0, std::move(document)); });
}

void MainWindow::closeTarget()
{
    m_unreadableFacts.cancel();
    m_search->setSource(nullptr); // cancels a search of this target
    m_search->setRegions({});
    m_code->setSource(nullptr, {});
    for (QAction* a : m_exportActions)
        a->setEnabled(false);
    letGoOfDocument();
    m_bookmarks->clearTarget();
    m_ui->actionEdit->setChecked(false);
    m_ui->actionEdit->setEnabled(false);
    m_regionModel->setRegions({});
    m_ui->addressSpaceView->setRegions({});
    m_ui->hexView->reset();
    m_ui->actionGoTo->setEnabled(false);
    m_location->clear();
    m_mappings->clear();
    m_ui->infoPane->clear();
    m_startUpVectorLoaded = false;
    m_ui->actionHold->setChecked(false);
    m_ui->actionHold->setEnabled(false);
    m_ui->actionCloseTarget->setEnabled(false);
    m_ui->targetLabel->setText(tr("No process open. Double-click one in the list."));
    m_stateLabel->clear();
    showDiagnostics({});
    setWindowTitle(tr("Procglass"));
}

void MainWindow::onRegionsChanged(int unparsed)
{
    const SharedRegions shared = m_document->regions();
    const std::vector<Region>& regions = *shared;
    m_regionModel->setRegions(regions);
    m_ui->addressSpaceView->setRegions(regions);
    m_ui->hexView->setRegions(regions);
    m_search->setRegions(regions);
    m_code->setSource(m_document->source(), regions);
    showDiagnostics(unparsed == 0
            ? QString()
            : tr("%n line(s) of the memory map could not be read and are not shown.", nullptr, unparsed));
    updateTargetLabel();
    if (m_document->capabilities().live) {
        // Bookmarks belong to the executable: addresses in them are relative to its mappings.
        const auto exe = std::find_if(
            regions.begin(), regions.end(), [](const Region& r) { return r.kind == RegionKind::Executable; });
        m_bookmarks->setExecutable(exe != regions.end() ? exe->path : m_document->name());
    }
    setWindowTitle(m_document->windowTitle());
    m_mappings->regionsChanged(); // sized once; where the user is may have changed (mprotect) or gone
    emit targetOpened(m_document->identity().pid);
}

void MainWindow::setHeld(bool held)
{
    if (m_document && m_ui->actionHold->isEnabled())
        m_ui->actionHold->setChecked(held); // toggled(): the document holds or releases
}

void MainWindow::updateTargetLabel()
{
    if (m_document)
        m_ui->targetLabel->setText(m_document->summary());
}

void MainWindow::onStateChanged(TargetDocument::State state)
{
    const QSignalBlocker blocker(m_ui->actionHold);
    m_ui->actionHold->setChecked(state == TargetDocument::State::Held);
    m_ui->actionHold->setText(state == TargetDocument::State::Held ? tr("Release") : tr("&Hold"));
    m_ui->actionHold->setEnabled(m_document->capabilities().hold && state != TargetDocument::State::Exited
        && state != TargetDocument::State::Offline);
    // Edits go to a held target only: a running one would change the bytes under the typing.
    m_ui->actionEdit->setEnabled(state == TargetDocument::State::Held);
    if (state != TargetDocument::State::Held)
        m_ui->actionEdit->setChecked(false);
    m_stateLabel->setText(m_document->stateText());
    if (state == TargetDocument::State::Exited) {
        showDiagnostics(tr("The process has exited. Its last memory map stays on screen."));
        refreshProcesses();
    } else if (state == TargetDocument::State::Offline && m_document->capabilities().live) {
        const auto* live = qobject_cast<const LiveDocument*>(m_document.get());
        onConnectionLost(live ? live->connectionError().message : QString());
    }
}

InfoPane* MainWindow::infoPane() const
{
    return m_ui->infoPane;
}

void MainWindow::selectRegion(int regionIndex)
{
    m_mappings->selectRegion(regionIndex);
}

void MainWindow::showMappings()
{
    m_ui->centerTabs->setCurrentWidget(m_ui->mappingsTab);
}

void MainWindow::showDiagnostics(const QString& text)
{
    m_ui->diagnosticsLabel->setText(text);
    m_ui->diagnosticsLabel->setVisible(!text.isEmpty());
}

bool MainWindow::isDemoOpen() const
{
    return m_demo->pid() != 0 && m_document && m_document->capabilities().live
        && m_document->identity().pid == m_demo->pid();
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
    // some steps show its start-up vector: it begins once the document has read it (onAuxvChanged()).
    m_tourPending = true;
    if (!isDemoOpen())
        startDemo();
}

void MainWindow::startDemo()
{
    m_demo->start();
}

} // namespace procglass

namespace procglass {

void MainWindow::setUpWatchList()
{
    m_watch = new WatchPane(m_edits, this);
    m_watchDock = new QDockWidget(tr("Watch list"), this);
    m_watchDock->setObjectName(QStringLiteral("watchDock"));
    m_watchDock->setWidget(m_watch);
    addDockWidget(Qt::BottomDockWidgetArea, m_watchDock);
    m_watchDock->hide(); // until a value is added, or View > Watch list
    QAction* toggle = m_watchDock->toggleViewAction();
    toggle->setText(tr("&Watch list"));
    toggle->setObjectName(QStringLiteral("actionWatchList"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_ui->menuView->addSeparator();
    m_ui->menuView->addAction(toggle);
    auto* save = new QAction(tr("Save the &watch list…"), this);
    save->setObjectName(QStringLiteral("actionSaveWatchList"));
    connect(save, &QAction::triggered, m_watch, &WatchPane::saveWithDialog);
    auto* load = new QAction(tr("&Load a watch list…"), this);
    load->setObjectName(QStringLiteral("actionLoadWatchList"));
    connect(load, &QAction::triggered, this, [this] {
        showWatchList();
        m_watch->loadWithDialog();
    });
    m_ui->menuFile->insertActions(m_ui->actionQuit, { save, load });
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    connect(m_watch, &WatchPane::addressActivated, this, &MainWindow::showMemory);
    connect(m_watch, &WatchPane::problem, this, &MainWindow::showDiagnostics);
    connect(m_watch, &WatchPane::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_search, &SearchPanel::watchRequested, this,
        [this](const std::vector<Address>& addresses, const ScanValueType& type) {
            m_watch->addAddresses(addresses, type);
            showWatchList();
        });
    // Frozen values are written into the process ten times a second: never without a sign of it.
    m_frozenLabel = new QLabel(this);
    m_frozenLabel->setObjectName(QStringLiteral("frozenLabel"));
    m_frozenLabel->setStyleSheet(
        QStringLiteral("color: #0b3d91; background: #cfe8fc; padding: 1px 6px; border-radius: 3px;"));
    m_frozenLabel->hide();
    statusBar()->addPermanentWidget(m_frozenLabel);
    connect(m_watch, &WatchPane::frozenCountChanged, this, [this](int count) {
        m_frozenLabel->setText(tr("❄ %n value(s) frozen", nullptr, count));
        m_frozenLabel->setToolTip(
            tr("Procglass writes %n value(s) into the process ten times a second (Watch list).", nullptr, count));
        m_frozenLabel->setVisible(count > 0);
    });
}

void MainWindow::showWatchList()
{
    const bool first = !m_watchDock->isVisible();
    m_watchDock->show();
    m_watchDock->raise();
    // A strip under the window, not half of it: the hits above stay in sight.
    if (first && !m_watchDock->isFloating())
        resizeDocks({ m_watchDock }, { std::max(height() / 4, m_watch->minimumSizeHint().height()) }, Qt::Vertical);
}

} // namespace procglass
