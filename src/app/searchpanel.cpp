// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "searchpanel.h"

#include "core/host/host.h"
#include "core/io/privatefile.h"
#include "core/model/format.h"
#include "core/parse/addressspec.h"
#include "core/search/searchrun.h"
#include "core/search/watchlist.h"
#include "lastfolder.h"
#include "models/searchresultmodel.h"
#include "ui_searchpanel.h"
#include "watchpane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QtConcurrent>

#include <climits>

namespace procglass {

// Not Ui::SearchPanel in the header: its namespace (procglass::Ui, for the translation context)
// would hide the window's ::Ui wherever the header is included.
struct SearchPanel::Form : Ui::SearchPanel
{
};

// What a worker shares with the panel. The panel polls it; the worker never calls into widgets.
struct SearchPanel::Job
{
    std::unique_ptr<SearchRun> search; // a search; null for a next scan
    // A next scan:
    std::atomic<bool> cancel = false;
    std::unique_ptr<HitSet> hits; // what it kept
    Error error; // it failed (or was cancelled)
    quint64 hitsBefore = 0; // how many there were
    QString description;
    QElapsedTimer clock;
    // Issue 18: an unknown first scan's baseline (its result), progress of a scan that gives it.
    bool unknown = false;
    std::shared_ptr<ScanBaseline> baseline;
    std::atomic<quint64> done = 0;
    std::atomic<quint64> total = 0;
};

// Live values: the hits on screen, read on the pool.
struct SearchPanel::LiveRead
{
    std::shared_ptr<const HitSet> hits; // the results belong to this hit set only
    std::vector<size_t> wanted; // hit indexes
    std::vector<std::pair<size_t, std::optional<quint64>>> values;
};

// A CSV export running on a worker: the rows as they were when it started, and what it shares.
struct SearchPanel::Export
{
    SearchResultCsv rows;
    QString path;
    std::atomic<bool> cancel = false;
    std::atomic<quint64> done = 0;
    Error error;
};

namespace {
const HitSet::Filter kFilters[] = { HitSet::Filter::Equal, HitSet::Filter::Changed, HitSet::Filter::Unchanged,
    HitSet::Filter::Increased, HitSet::Filter::Decreased, HitSet::Filter::IncreasedBy, HitSet::Filter::DecreasedBy };

bool needsOperand(HitSet::Filter f)
{
    return f == HitSet::Filter::Equal || f == HitSet::Filter::IncreasedBy || f == HitSet::Filter::DecreasedBy;
}
} // namespace

SearchPanel::SearchPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Form>())
    , m_model(new SearchResultModel(this))
{
    buildUi();
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &SearchPanel::poll);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &SearchPanel::onFinished);
    connect(&m_exportWatcher, &QFutureWatcher<void>::finished, this, &SearchPanel::onExportFinished);
    m_liveTimer.setInterval(500);
    connect(&m_liveTimer, &QTimer::timeout, this, &SearchPanel::readLiveValues);
    connect(&m_liveWatcher, &QFutureWatcher<void>::finished, this, [this] {
        const std::shared_ptr<LiveRead> read = std::exchange(m_liveRead, nullptr);
        if (read && read->hits == m_model->hitSet())
            m_model->setLiveValues(read->values);
    });
    // The kind searched for last time: someone who searches text keeps searching text.
    const int lastKind = QSettings().value(QStringLiteral("search/kind"), int(Kind::Hex)).toInt();
    if (lastKind >= 0 && lastKind < m_ui->searchKindCombo->count())
        m_ui->searchKindCombo->setCurrentIndex(lastKind);
    updateOptions();
    updateButtons();
}

SearchPanel::~SearchPanel()
{
    cancel();
    m_watcher.waitForFinished();
    m_exportWatcher.waitForFinished();
    m_liveWatcher.waitForFinished();
}

QTableView* SearchPanel::resultView() const
{
    return m_ui->searchResultView;
}

void SearchPanel::buildUi()
{
    m_ui->setupUi(this);
    m_ui->searchMaxSpin->setGroupSeparatorShown(true);
    // What the form cannot say: fixed-width fonts, texts that depend on the build, menus and
    // items with data, sizes measured in characters.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->searchPatternEdit->setFont(fixed);
    m_ui->searchRangeEdit->setFont(fixed);
    m_ui->searchResultView->setFont(fixed);
    // The hints wrap: in a narrow window (or a long language) they take lines, not width.
    for (QLabel* hint : { m_ui->hexHint, m_ui->integerHint, m_ui->floatHint, m_ui->regexHint })
        hint->setMinimumWidth(hint->fontMetrics().averageCharWidth() * 32); // two or three lines at most
    m_ui->regexHint->setText(SearchPattern::regexAvailable()
            ? tr("PCRE syntax over bytes: \\x00 is a byte, . any byte. A hit is where a match starts.")
            : tr("This build has no regular expressions (it was built without Vectorscan)."));
    // Only the page shown takes room: the others' wrapped hints must not make the row tall.
    connect(m_ui->searchOptions, &QStackedWidget::currentChanged, m_ui->searchOptions, [this](int current) {
        for (int i = 0; i < m_ui->searchOptions->count(); ++i)
            m_ui->searchOptions->widget(i)->setSizePolicy(
                QSizePolicy::Preferred, i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_ui->searchOptions->adjustSize();
    });

    // Where.
    const std::pair<Scope, QString> scopes[]
        = { { Scope::All, tr("All readable mappings") }, { Scope::ProgramData, tr("Program data") },
              { Scope::Kinds, tr("Mappings of these kinds") }, { Scope::SelectedRegions, tr("Selected mappings") },
              { Scope::Range, tr("Address range") }, { Scope::HexSelection, tr("Memory view selection") } };
    for (const auto& [scope, name] : scopes)
        m_ui->searchScopeCombo->addItem(name, int(scope));
    m_ui->searchScopeCombo->setItemData(m_ui->searchScopeCombo->findData(int(Scope::ProgramData)),
        tr("Where a program keeps its variables: the heap, the stacks, anonymous memory and the executable's own "
           "data and .bss. Not libraries, code, constants or mapped files, which hold copies of many values. "
           "The scope of a value search until you choose another."),
        Qt::ToolTipRole);
    connect(m_ui->searchScopeCombo, &QComboBox::activated, this, [this] { m_scopeChosen = true; });
    auto* kindsMenu = new QMenu(m_ui->searchKindsButton);
    for (int k = 0; k < regionKindCount(); ++k) {
        const RegionKind kind = RegionKind(k);
        if (kind == RegionKind::Vvar || kind == RegionKind::Vsyscall || kind == RegionKind::Guard)
            continue;
        QAction* a = kindsMenu->addAction(regionKindName(kind));
        a->setCheckable(true);
        a->setChecked(kind == RegionKind::Heap || kind == RegionKind::MainStack || kind == RegionKind::ThreadStack
            || kind == RegionKind::Anonymous);
        a->setData(k);
    }
    m_ui->searchKindsButton->setMenu(kindsMenu);

    // Progress and results.
    m_ui->searchProgress->hide(); // until there is something to show
    m_ui->searchAsTextButton->hide(); // offered when the pattern is not what its kind says but is text
    connect(m_ui->searchAsTextButton, &QPushButton::clicked, this, [this] {
        m_ui->searchKindCombo->setCurrentIndex(int(Kind::Text));
        startSearch();
    });
    QTableView* view = m_ui->searchResultView;
    view->setModel(m_model);
    view->sortByColumn(SearchResultModel::AddressColumn, Qt::AscendingOrder);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    const int digit = view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    view->setColumnWidth(SearchResultModel::AddressColumn, digit * 16);
    view->setColumnWidth(SearchResultModel::LocationColumn, digit * 27);
    view->setColumnWidth(SearchResultModel::KindColumn, digit * 12);

    connect(m_ui->searchKindCombo, &QComboBox::currentIndexChanged, this, &SearchPanel::updateOptions);
    connect(m_ui->searchScopeCombo, &QComboBox::currentIndexChanged, this, &SearchPanel::updateOptions);
    connect(m_ui->searchFilterCombo, &QComboBox::currentIndexChanged, this, &SearchPanel::updateOptions);
    connect(m_ui->searchPatternEdit, &QLineEdit::returnPressed, this, [this] {
        if (!isBusy())
            startSearch();
    });
    connect(m_ui->searchButton, &QPushButton::clicked, this, [this] { startSearch(); });
    connect(m_ui->searchCancelButton, &QPushButton::clicked, this, &SearchPanel::cancel);
    connect(m_ui->searchNextScanButton, &QPushButton::clicked, this,
        [this] { startNextScan(kFilters[m_ui->searchFilterCombo->currentIndex()], m_ui->searchOperandEdit->text()); });
    connect(m_ui->searchOperandEdit, &QLineEdit::returnPressed, m_ui->searchNextScanButton, &QPushButton::click);
    connect(m_ui->searchExportButton, &QPushButton::clicked, this, &SearchPanel::exportWithDialog);
    connect(m_ui->searchResultView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit hitActivated(m_model->address(index.row()), m_model->length(index.row()));
    });
    // Issue 18: unknown initial value, quick next scans, undo, the watch list.
    m_unknownCheck = new QCheckBox(tr("Unknown initial value"), this);
    m_unknownCheck->setObjectName(QStringLiteral("searchUnknownCheck"));
    m_unknownCheck->setToolTip(tr("Do not know the value? The first scan keeps the memory of the scope instead of "
                                  "hits; change the value in the program, then press Changed, Increased or "
                                  "Decreased until few hits are left."));
    m_ui->checkRow->insertWidget(2, m_unknownCheck);
    connect(m_unknownCheck, &QCheckBox::toggled, this, &SearchPanel::updateOptions);
    struct Quick
    {
        HitSet::Filter filter;
        QString text;
        QString tip;
    };
    const Quick quick[] = {
        { HitSet::Filter::Changed, tr("Changed"),
            tr("Next scan: keep the hits whose value changed since the last scan") },
        { HitSet::Filter::Unchanged, tr("Unchanged"),
            tr("Next scan: keep the hits whose value stayed the same since the last scan") },
        { HitSet::Filter::Increased, tr("Increased"),
            tr("Next scan: keep the hits whose value grew since the last scan") },
        { HitSet::Filter::Decreased, tr("Decreased"),
            tr("Next scan: keep the hits whose value shrank since the last scan") },
    };
    // A row of their own under the filter: the buttons that GameConqueror and Cheat Engine users
    // press most, and Undo. (In one row with the filter they would not fit 1280 px in German.)
    m_quickRow = new QWidget(this);
    m_quickRow->setObjectName(QStringLiteral("searchQuickRow"));
    auto* quickLayout = new QHBoxLayout(m_quickRow);
    quickLayout->setContentsMargins(0, 0, 0, 0);
    quickLayout->addWidget(new QLabel(tr("Since the last scan:"), m_quickRow));
    for (const auto& [filter, text, tip] : quick) {
        auto* b = new QPushButton(text, m_quickRow);
        b->setObjectName(QStringLiteral("searchQuick%1").arg(int(filter)));
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, [this, filter = filter] { startNextScan(filter); });
        quickLayout->addWidget(b);
        m_quickButtons.push_back(b);
    }
    m_undoButton = new QPushButton(tr("Undo scan"), m_quickRow);
    m_undoButton->setObjectName(QStringLiteral("searchUndoButton"));
    m_undoButton->setToolTip(tr("Back to the hits of the scan before the last one"));
    quickLayout->addWidget(m_undoButton);
    quickLayout->addStretch(1);
    m_ui->panelLayout->insertWidget(m_ui->panelLayout->indexOf(m_ui->searchNextScanRow) + 1, m_quickRow);
    connect(m_undoButton, &QPushButton::clicked, this, [this] {
        const QString why = undoScan();
        if (!why.isEmpty())
            showStatus(why, true);
    });
    m_watchButton = new QPushButton(tr("Watch"), this);
    m_watchButton->setObjectName(QStringLiteral("searchWatchButton"));
    m_watchButton->setToolTip(tr("Add the selected hits (or the first 100) to the watch list"));
    m_ui->statusRow->insertWidget(m_ui->statusRow->indexOf(m_ui->searchExportButton), m_watchButton);
    connect(m_watchButton, &QPushButton::clicked, this, &SearchPanel::requestWatch);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& pos) {
        const QModelIndex index = view->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(this);
        QAction* watch = menu.addAction(tr("Add to watch list"), this, &SearchPanel::requestWatch);
        watch->setEnabled(m_model->isValueScan());
        menu.addAction(tr("Show in memory view"), this,
            [this, index] { emit hitActivated(m_model->address(index.row()), m_model->length(index.row())); });
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
    auto* escape = new QAction(this);
    escape->setShortcut(Qt::Key_Escape);
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &SearchPanel::cancel);
    addAction(escape);
}

void SearchPanel::updateOptions()
{
    static const int kPages[] = { 0, 1, 2, 3, 3, 4 }; // float and double share a page
    m_ui->searchOptions->setCurrentIndex(kPages[m_ui->searchKindCombo->currentIndex()]);
    const Kind k = kind();
    // A number is looked for where the program keeps its own (a library holds copies of many
    // values); bytes and text everywhere. Until the user says where.
    if (!m_scopeChosen) {
        const bool value = k == Kind::Integer || k == Kind::Float || k == Kind::Double;
        m_ui->searchScopeCombo->setCurrentIndex(
            m_ui->searchScopeCombo->findData(int(value ? Scope::ProgramData : Scope::All)));
    }
    m_ui->searchScopeCombo->setToolTip(m_ui->searchScopeCombo->currentData(Qt::ToolTipRole).toString());
    m_ui->searchAlignedCheck->setVisible(k == Kind::Integer || k == Kind::Float || k == Kind::Double);
    const bool number = k == Kind::Integer || k == Kind::Float || k == Kind::Double;
    if (m_unknownCheck) {
        m_unknownCheck->setVisible(number);
        m_ui->searchPatternEdit->setEnabled(!(number && m_unknownCheck->isChecked()));
    }
    static const char* const kPlaceholders[]
        = { QT_TR_NOOP("7f 45 4c 46 ?? 01"), QT_TR_NOOP("text to find"), QT_TR_NOOP("42, -7, 0x2a or 10..20"),
              QT_TR_NOOP("3.14"), QT_TR_NOOP("2718.28125"), QT_TR_NOOP("key=[a-z0-9]+") };
    m_ui->searchPatternEdit->setPlaceholderText(number && unknownInitialValue()
            ? tr("any value: the first scan keeps the memory")
            : tr(kPlaceholders[m_ui->searchKindCombo->currentIndex()]));
    const Scope scope = this->scope();
    m_ui->searchKindsButton->setVisible(scope == Scope::Kinds);
    m_ui->searchRangeEdit->setVisible(scope == Scope::Range);
    m_ui->searchOperandEdit->setEnabled(needsOperand(kFilters[m_ui->searchFilterCombo->currentIndex()]));
    updateButtons();
}

namespace {
// %n is an int: a hit count beyond it still reads as "many".
int countForTr(quint64 n)
{
    return int(std::min<quint64>(n, INT_MAX));
}
} // namespace

quint64 SearchPanel::shownCap() const
{
    return quint64(m_ui->searchMaxSpin->value());
}

QString SearchPanel::shownNote() const
{
    const std::shared_ptr<const HitSet> hits = m_model->hitSet();
    if (!hits || m_model->shownHits() >= hits->size())
        return {};
    return u' '
        + tr("The list shows the first %n (\"At most\"); next scans narrow all of them.", nullptr,
            countForTr(m_model->shownHits()));
}

void SearchPanel::updateButtons()
{
    const bool busy = isBusy();
    m_ui->searchButton->setEnabled(!busy && m_source);
    m_ui->searchCancelButton->setEnabled(busy);
    m_ui->searchNextScanRow->setEnabled(!busy && m_source && m_history.current());
    m_ui->searchExportButton->setEnabled(!busy && m_model->rowCount() > 0);
    if (m_undoButton) {
        for (QPushButton* b : m_quickButtons)
            b->setEnabled(!busy && m_source && m_history.current());
        m_undoButton->setEnabled(!busy && m_history.canUndo());
        m_watchButton->setEnabled(m_model->isValueScan() && m_model->rowCount() > 0);
    }
    // Live values while a value scan's hits are shown.
    if (m_source && m_model->isValueScan() && m_model->rowCount() > 0 && m_liveTimer.interval() > 0) {
        if (!m_liveTimer.isActive())
            m_liveTimer.start();
    } else {
        m_liveTimer.stop();
    }
}

void SearchPanel::setSource(std::shared_ptr<MemorySource> source)
{
    // A CSV export goes on: it writes the rows it took when it started.
    cancelSearch();
    m_watcher.waitForFinished(); // within 100 ms: the search checks for cancellation between chunks
    m_source = std::move(source);
    m_job.reset();
    m_history.clear(); // a baseline holds the target: it goes with it
    m_model->clear();
    m_ui->searchProgress->reset();
    m_ui->searchProgress->hide();
    showStatus(m_source ? tr("Type a pattern and press Enter.") : tr("Open a process to search its memory."));
    updateButtons();
}

void SearchPanel::setRegions(const std::vector<Region>& regions)
{
    m_regions = regions;
    m_model->setRegions(regions);
}

void SearchPanel::setSelectionProviders(
    std::function<std::vector<AddressRange>()> selectedRegions, std::function<AddressRange()> hexSelection)
{
    m_selectedRegions = std::move(selectedRegions);
    m_hexSelection = std::move(hexSelection);
}

void SearchPanel::setPattern(Kind kind, const QString& text)
{
    m_ui->searchKindCombo->setCurrentIndex(int(kind));
    m_ui->searchPatternEdit->setText(text);
}

void SearchPanel::setIntegerType(int bits, bool isSigned, bool bigEndian)
{
    m_ui->searchWidthCombo->setCurrentIndex(bits == 8 ? 0 : bits == 16 ? 1 : bits == 32 ? 2 : 3);
    m_ui->searchSignedCheck->setChecked(isSigned);
    m_ui->searchBigEndianCheck->setChecked(bigEndian);
}

void SearchPanel::setAligned(bool aligned)
{
    m_ui->searchAlignedCheck->setChecked(aligned);
}

void SearchPanel::setScope(Scope scope)
{
    m_scopeChosen = true;
    m_ui->searchScopeCombo->setCurrentIndex(m_ui->searchScopeCombo->findData(int(scope)));
}

SearchPanel::Scope SearchPanel::scope() const
{
    return Scope(m_ui->searchScopeCombo->currentData().toInt());
}

void SearchPanel::setRange(const QString& range)
{
    m_ui->searchRangeEdit->setText(range);
}

void SearchPanel::setMaxResults(int max)
{
    m_ui->searchMaxSpin->setValue(max);
}

void SearchPanel::focusPattern()
{
    m_ui->searchPatternEdit->setFocus();
    m_ui->searchPatternEdit->selectAll();
}

SearchPanel::Kind SearchPanel::kind() const
{
    return Kind(m_ui->searchKindCombo->currentIndex());
}

bool SearchPanel::isBusy() const
{
    return m_watcher.isRunning() || m_exportWatcher.isRunning();
}

bool SearchPanel::isExporting() const
{
    return m_exportWatcher.isRunning();
}

QString SearchPanel::statusText() const
{
    return m_ui->searchStatusLabel->text();
}

void SearchPanel::showStatus(const QString& text, bool error)
{
    m_ui->searchAsTextButton->hide(); // offered again only by the error that calls for it
    m_ui->searchStatusLabel->setText(text);
    m_ui->searchStatusLabel->setStyleSheet(error
            ? QStringLiteral("color: palette(highlighted-text); background: #b3261e; "
                             "padding: 2px 6px; border-radius: 3px;")
            : QString());
}

Result<SearchPattern> SearchPanel::pattern() const
{
    const QString text = m_ui->searchPatternEdit->text();
    switch (kind()) {
    case Kind::Hex:
        return SearchPattern::hex(text);
    case Kind::Text: {
        static const SearchPattern::Encoding kEncodings[]
            = { SearchPattern::Encoding::Utf8, SearchPattern::Encoding::Utf16LE, SearchPattern::Encoding::Utf16BE };
        return SearchPattern::text(
            text, kEncodings[m_ui->searchEncodingCombo->currentIndex()], m_ui->searchTextIgnoreCase->isChecked());
    }
    case Kind::Integer:
        return SearchPattern::integer(text, 8 << m_ui->searchWidthCombo->currentIndex(),
            m_ui->searchSignedCheck->isChecked(), m_ui->searchBigEndianCheck->isChecked());
    case Kind::Float:
    case Kind::Double: {
        bool ok = false;
        const double tolerance = m_ui->searchToleranceEdit->text().trimmed().toDouble(&ok);
        if (!ok)
            return makeError(ErrorKind::InvalidArgument,
                tr("The tolerance '%1' is not a number; write it like 0.001.").arg(m_ui->searchToleranceEdit->text()));
        return SearchPattern::floating(text, kind() == Kind::Double, tolerance);
    }
    case Kind::Regex:
        return SearchPattern::regex(text, m_ui->searchRegexIgnoreCase->isChecked());
    }
    return makeError(ErrorKind::InvalidArgument, QString());
}

Result<std::vector<AddressRange>> SearchPanel::ranges() const
{
    SearchScope scope;
    scope.includeUnreadable = m_ui->searchUnreadableCheck->isChecked();
    switch (this->scope()) {
    case Scope::All:
        break;
    case Scope::ProgramData:
        scope.programDataOnly = true;
        break;
    case Scope::Kinds:
        for (const QAction* a : m_ui->searchKindsButton->menu()->actions()) {
            if (a->isChecked())
                scope.kinds.push_back(RegionKind(a->data().toInt()));
        }
        if (scope.kinds.empty())
            return makeError(ErrorKind::InvalidArgument, tr("Choose at least one kind of mapping under Kinds."));
        break;
    case Scope::SelectedRegions:
        scope.within = m_selectedRegions ? m_selectedRegions() : std::vector<AddressRange>();
        if (scope.within.empty())
            return makeError(ErrorKind::InvalidArgument, tr("Select mappings in the Mappings table first."));
        scope.includeUnreadable = true; // chosen one by one: search what the user picked
        break;
    case Scope::Range: {
        auto range = parseAddressRange(m_ui->searchRangeEdit->text());
        if (!range)
            return range.error();
        scope.within = { *range };
        break;
    }
    case Scope::HexSelection: {
        const AddressRange selection = m_hexSelection ? m_hexSelection() : AddressRange();
        if (selection.isEmpty())
            return makeError(ErrorKind::InvalidArgument, tr("Select bytes in the Memory view first."));
        scope.within = { selection };
        break;
    }
    }
    std::vector<AddressRange> out = searchRanges(m_regions, scope);
    if (out.empty())
        return makeError(ErrorKind::InvalidArgument,
            tr("Nothing to search: no readable mapping lies in this scope."
               " Mappings without read permission are searched only when asked."));
    return out;
}

QString SearchPanel::startSearch()
{
    if (!m_source) {
        showStatus(tr("Open a process to search its memory."), true);
        return m_ui->searchStatusLabel->text();
    }
    if (isBusy())
        return tr("A search is running.");
    const Kind kindNow = kind();
    if (unknownInitialValue() && (kindNow == Kind::Integer || kindNow == Kind::Float || kindNow == Kind::Double))
        return startUnknownScan();
    auto p = pattern();
    if (!p) {
        showStatus(p.error().message, true);
        // Typed text with the kind left at hex (or a number): offer what was meant.
        const QString text = m_ui->searchPatternEdit->text();
        m_ui->searchAsTextButton->setVisible(kind() != Kind::Text && !text.trimmed().isEmpty()
            && SearchPattern::text(text, SearchPattern::Encoding::Utf8, false).ok());
        return p.error().message;
    }
    auto where = ranges();
    if (!where) {
        showStatus(where.error().message, true);
        return where.error().message;
    }

    QSettings().setValue(QStringLiteral("search/kind"), int(kind()));
    auto job = std::make_shared<Job>();
    job->description = p->description();
    SearchRequest request;
    request.pattern = std::move(*p);
    request.ranges = std::move(*where);
    request.maxResults = quint64(m_ui->searchMaxSpin->value());
    const Kind k = kind();
    if (k == Kind::Integer || k == Kind::Float || k == Kind::Double) {
        // A value search: its hits stay in a compact hit set that next scans narrow.
        const auto type = k == Kind::Integer ? ScanValueType::Kind::Integer
            : k == Kind::Float               ? ScanValueType::Kind::Float
                                             : ScanValueType::Kind::Double;
        request.valueType = ScanValueType { type, 1 << m_ui->searchWidthCombo->currentIndex(),
            m_ui->searchSignedCheck->isChecked(), m_ui->searchBigEndianCheck->isChecked() };
        request.aligned = m_ui->searchAlignedCheck->isChecked();
        // Every hit is kept (beyond 16 Mi in a private scratch file): "At most" caps the rows the
        // list shows, next scans narrow them all -- as GameConqueror and Cheat Engine do.
        request.keepAllValueHits = true;
    }
    job->search = std::make_unique<SearchRun>(std::move(request));
    m_history.clear();
    m_model->clear();
    m_model->setRegions(m_regions);
    m_job = job;
    job->clock.start();
    m_ui->searchProgress->setRange(0, 1000);
    m_ui->searchProgress->setValue(0);
    m_ui->searchProgress->show();
    showStatus(tr("Searching for %1…").arg(job->description));
    m_watcher.setFuture(QtConcurrent::run([job, source = m_source] { job->search->run(*source); }));
    m_poll.start();
    updateButtons();
    return {};
}

QString SearchPanel::startNextScan(HitSet::Filter filter, const QString& operand)
{
    const ScanStep* step = m_history.current();
    QString why;
    if (!m_source)
        why = tr("Open a process to search its memory.");
    else if (isBusy())
        why = tr("A search is running.");
    else if (!step)
        why = tr("Next scans narrow the hits of an integer, float or double search: search for a value first.");
    else if (needsOperand(filter) && operand.trimmed().isEmpty())
        why = tr("Give the value to compare with.");
    else if (step->baseline && filter == HitSet::Filter::Equal)
        why = tr("After an unknown initial value, compare with it first: Changed, Unchanged, Increased, "
                 "Decreased or by a number.");
    if (!why.isEmpty()) {
        showStatus(why, true);
        return why;
    }
    auto job = std::make_shared<Job>();
    job->hitsBefore = step->count();
    job->description = m_ui->searchFilterCombo->itemText(
                           int(std::find(std::begin(kFilters), std::end(kFilters), filter) - std::begin(kFilters)))
        + (needsOperand(filter) ? u' ' + operand.trimmed() : QString());
    m_job = job;
    job->clock.start();
    m_ui->searchProgress->setRange(0, 0); // until the scan says how much it reads
    m_ui->searchProgress->show();
    showStatus(step->baseline
            ? tr("Next scan (%1) of %2 positions…").arg(job->description, QLocale().toString(step->count()))
            : tr("Next scan (%1) of %n hit(s)…", nullptr, int(step->count())).arg(job->description));
    // Through the target where it can (an agent compares on its side and sends only the hits).
    const std::shared_ptr<Target> target = std::dynamic_pointer_cast<Target>(m_source);
    m_watcher.setFuture(QtConcurrent::run(
        [job, source = m_source, target, hits = step->hits, baseline = step->baseline, filter, operand] {
            Result<HitSet> narrowed = makeError(ErrorKind::InvalidArgument, QString());
            if (baseline) {
                ScanControl control;
                control.cancel = &job->cancel;
                control.progress = [job](quint64 done, quint64 total) {
                    job->total = total;
                    job->done = done;
                };
                narrowed = baseline->next(filter, operand, control);
            } else if (target) {
                narrowed = target->rescan(*hits, filter, operand, &job->cancel);
            } else {
                narrowed = hits->rescan(*source, filter, operand, &job->cancel);
            }
            if (narrowed)
                job->hits = std::make_unique<HitSet>(std::move(*narrowed));
            else
                job->error = narrowed.error();
        }));
    m_poll.start();
    updateButtons();
    return {};
}

QString SearchPanel::startUnknownScan()
{
    auto where = ranges();
    if (!where) {
        showStatus(where.error().message, true);
        return where.error().message;
    }
    QSettings().setValue(QStringLiteral("search/kind"), int(kind()));
    UnknownScanRequest request;
    request.ranges = std::move(*where);
    request.type = valueType();
    request.aligned = m_ui->searchAlignedCheck->isChecked();
    auto job = std::make_shared<Job>();
    job->unknown = true;
    job->description = tr("unknown %1").arg(WatchModel::typeName(request.type));
    m_history.clear();
    m_model->clear();
    m_model->setRegions(m_regions);
    m_job = job;
    job->clock.start();
    m_ui->searchProgress->setRange(0, 1000);
    m_ui->searchProgress->setValue(0);
    m_ui->searchProgress->show();
    showStatus(tr("Keeping the memory for an unknown initial value (%1)…").arg(job->description));
    const std::shared_ptr<Target> target = std::dynamic_pointer_cast<Target>(m_source);
    m_watcher.setFuture(QtConcurrent::run([job, source = m_source, target, request = std::move(request)] {
        ScanControl control;
        control.cancel = &job->cancel;
        control.progress = [job](quint64 done, quint64 total) {
            job->total = total;
            job->done = done;
        };
        if (target) {
            auto baseline = target->unknownScan(request, control);
            if (baseline)
                job->baseline = std::move(*baseline);
            else
                job->error = baseline.error();
        } else {
            auto baseline = captureBaseline(source, request, control);
            if (baseline)
                job->baseline = std::shared_ptr<ScanBaseline>(std::move(*baseline));
            else
                job->error = baseline.error();
        }
    }));
    m_poll.start();
    updateButtons();
    return {};
}

void SearchPanel::setUnknownInitialValue(bool unknown)
{
    m_unknownCheck->setChecked(unknown);
}

bool SearchPanel::unknownInitialValue() const
{
    return m_unknownCheck && m_unknownCheck->isChecked();
}

ScanValueType SearchPanel::valueType() const
{
    const Kind k = kind();
    const auto type = k == Kind::Integer ? ScanValueType::Kind::Integer
        : k == Kind::Float               ? ScanValueType::Kind::Float
                                         : ScanValueType::Kind::Double;
    return ScanValueType { type,
        type == ScanValueType::Kind::Integer ? 1 << m_ui->searchWidthCombo->currentIndex()
                                             : (type == ScanValueType::Kind::Float ? 4 : 8),
        m_ui->searchSignedCheck->isChecked(), m_ui->searchBigEndianCheck->isChecked() };
}

QString SearchPanel::undoScan()
{
    if (isBusy())
        return tr("A search is running.");
    if (!m_history.canUndo())
        return tr("There is no earlier scan step to go back to.");
    const QString undone = m_history.current()->description;
    (void)m_history.undo();
    showStep(tr("Undid %1.").arg(undone));
    updateButtons();
    return {};
}

// Shows the current step of the history: its hits, or what its baseline holds.
void SearchPanel::showStep(const QString& note)
{
    const ScanStep* step = m_history.current();
    if (!step) {
        m_model->clear();
        return;
    }
    const QString steps = tr("step %1 of the scan").arg(m_history.steps().size());
    if (step->baseline) {
        m_model->clear();
        showStatus(note + u' '
            + tr("%1 (%2): %3 positions kept in %4. Change the value in the program, then press Changed, "
                 "Increased or Decreased.")
                  .arg(step->description, steps, QLocale().toString(step->baseline->positions()),
                      formatBytes(step->baseline->bytes())));
        return;
    }
    m_model->setHitSet(step->hits, shownCap());
    const QHeaderView* header = m_ui->searchResultView->horizontalHeader();
    m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    showStatus(note + u' '
        + tr("%1 (%2): %n hit(s).", nullptr, countForTr(step->hits->size())).arg(step->description, steps)
        + shownNote());
}

void SearchPanel::setLiveInterval(int ms)
{
    m_liveTimer.setInterval(std::max(ms, 0));
    updateButtons();
}

std::vector<Address> SearchPanel::selectedHitAddresses() const
{
    std::vector<Address> out;
    if (!m_model->isValueScan())
        return out;
    QModelIndexList rows = m_ui->searchResultView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& i : rows)
        out.push_back(m_model->address(i.row()));
    return out;
}

void SearchPanel::requestWatch()
{
    if (!m_model->isValueScan() || m_model->rowCount() == 0) {
        showStatus(tr("Only the hits of an integer, float or double scan can be watched."), true);
        return;
    }
    std::vector<Address> addresses = selectedHitAddresses();
    if (addresses.empty()) {
        for (int row = 0; row < std::min(m_model->rowCount(), 100); ++row)
            addresses.push_back(m_model->address(row));
    }
    emit watchRequested(addresses, m_model->hitSet()->type());
}

void SearchPanel::readLiveValues()
{
    QTableView* view = m_ui->searchResultView;
    const std::shared_ptr<const HitSet> hits = m_model->hitSet();
    if (!m_source || !hits || hits->size() == 0 || m_liveWatcher.isRunning() || isBusy() || !view->isVisible())
        return;
    // Only the rows on screen: a million hits are never read again, the fifty shown are.
    const int first = std::max(0, view->rowAt(0));
    int last = view->rowAt(view->viewport()->height() - 1);
    if (last < 0)
        last = m_model->rowCount() - 1;
    last = std::min(last, first + 199);
    auto read = std::make_shared<LiveRead>();
    read->hits = hits;
    for (int row = first; row <= last; ++row)
        read->wanted.push_back(m_model->hitAt(row));
    m_liveRead = read;
    m_liveWatcher.setFuture(QtConcurrent::run([read, source = m_source] {
        const ScanValueType type = read->hits->type();
        QByteArray bytes(type.size(), '\0');
        for (size_t hit : read->wanted) {
            const ReadResult r = source->read(
                read->hits->address(hit), std::as_writable_bytes(std::span(bytes.data(), size_t(bytes.size()))));
            if (r.complete())
                read->values.emplace_back(hit, decodeValue(bytes, type));
            else
                read->values.emplace_back(hit, std::nullopt);
        }
    }));
}

void SearchPanel::cancel()
{
    cancelSearch();
    if (m_export)
        m_export->cancel = true;
}

void SearchPanel::cancelSearch()
{
    if (m_job) {
        m_job->cancel = true;
        if (m_job->search)
            m_job->search->cancel = true;
    }
}

void SearchPanel::poll()
{
    if (m_export && isExporting()) {
        const quint64 rows = m_export->rows.rows();
        if (rows > 0)
            m_ui->searchProgress->setValue(int(m_export->done * 1000 / rows));
    }
    if (m_job && !m_job->search) {
        const quint64 total = m_job->total, done = m_job->done;
        if (total > 0) {
            m_ui->searchProgress->setRange(0, 1000);
            m_ui->searchProgress->setValue(int(std::min(done, total) * 1000 / total));
            m_ui->searchProgress->setFormat(QStringLiteral("%1 / %2").arg(formatBytes(done), formatBytes(total)));
        }
        return;
    }
    if (!m_job || !m_job->search)
        return;
    SearchRun& search = *m_job->search;
    m_model->appendHits(search.takeHits());
    const quint64 total = search.total(), done = search.done();
    if (total > 0) {
        m_ui->searchProgress->setValue(int(done * 1000 / total));
        m_ui->searchProgress->setFormat(QStringLiteral("%1 / %2").arg(formatBytes(done), formatBytes(total)));
    }
    if (!search.isValueSearch())
        showStatus(tr("Searching for %1… %n hit(s) so far", nullptr, m_model->rowCount()).arg(m_job->description));
}

void SearchPanel::onFinished()
{
    m_poll.stop();
    const std::shared_ptr<Job> job = m_job;
    if (!job)
        return; // the target was closed meanwhile
    poll();
    const qint64 ms = job->clock.elapsed();
    m_ui->searchProgress->setRange(0, 1000);
    if (job->unknown) {
        if (job->error || !job->baseline) {
            showStatus(job->error.kind == ErrorKind::Cancelled
                    ? tr("The unknown-value scan was cancelled: nothing was kept.")
                    : tr("The unknown-value scan failed: %1").arg(job->error.message),
                job->error.kind != ErrorKind::Cancelled);
        } else {
            m_history.push({ job->description, nullptr, job->baseline });
            m_ui->searchProgress->setValue(1000);
            m_ui->searchProgress->setFormat(QStringLiteral("%p%"));
            showStep(tr("Done in %1 ms.").arg(ms));
        }
    } else if (!job->search) {
        if (job->error) {
            showStatus(job->error.kind == ErrorKind::Cancelled
                    ? tr("Next scan cancelled: the %n hit(s) are as they were.", nullptr, int(job->hitsBefore))
                    : tr("The next scan failed: %1").arg(job->error.message),
                job->error.kind != ErrorKind::Cancelled);
        } else {
            const auto hits = std::shared_ptr<const HitSet>(std::move(job->hits));
            m_history.push({ job->description, hits, nullptr });
            m_model->setHitSet(hits, shownCap());
            const QHeaderView* header = m_ui->searchResultView->horizontalHeader();
            m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
            m_ui->searchProgress->setRange(0, 1000);
            m_ui->searchProgress->setValue(1000);
            m_ui->searchProgress->setFormat(QStringLiteral("%p%"));
            const auto& steps = m_history.steps();
            const bool fromBaseline = steps.size() >= 2 && steps[steps.size() - 2].baseline;
            if (hits->size() == 0)
                // The step is kept all the same: Undo brings back what there was.
                showStatus(fromBaseline
                        ? tr("%1: no hits: Undo brings back the %2 positions of the unknown initial value.")
                              .arg(job->description, QLocale().toString(job->hitsBefore))
                        : tr("%1: no hits: Undo brings back %n hit(s).", nullptr, countForTr(job->hitsBefore))
                              .arg(job->description),
                    true);
            else if (fromBaseline)
                showStatus(tr("%1: %2 of %3 positions kept (%4 ms).")
                               .arg(job->description)
                               .arg(QLocale().toString(quint64(hits->size())))
                               .arg(QLocale().toString(job->hitsBefore))
                               .arg(ms)
                    + shownNote());
            else
                showStatus(tr("%1: %2 of %n hit(s) kept (%3 ms).", nullptr, countForTr(job->hitsBefore))
                               .arg(job->description)
                               .arg(QLocale().toString(quint64(hits->size())))
                               .arg(ms)
                    + shownNote());
        }
    } else {
        if (auto hits = job->search->takeHitSet()) {
            const auto shared = std::shared_ptr<const HitSet>(std::move(hits));
            m_model->setHitSet(shared, shownCap());
            if (!job->search->summary().cancelled && !job->search->summary().error)
                m_history.push({ job->description, shared, nullptr });
        }
        // Streamed rows arrived unsorted: order them as the header says.
        const QHeaderView* header = m_ui->searchResultView->horizontalHeader();
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        const SearchSummary& s = job->search->summary();
        const QString searched = formatBytes(s.bytesSearched);
        QString text;
        bool error = false;
        if (s.error) {
            text = tr("The search stopped: %1 %n hit(s) found before that.", nullptr, m_model->rowCount())
                       .arg(s.error.message);
            error = true;
        } else if (s.cancelled) {
            text = tr("Cancelled after %1: %n hit(s) so far.", nullptr, m_model->rowCount()).arg(searched);
        } else if (s.truncated && m_model->isValueScan()) {
            text = tr("%1 hits for %2 in %3 (%4 ms).")
                       .arg(QLocale().toString(quint64(m_model->hitSet()->size())), job->description, searched)
                       .arg(ms)
                + shownNote();
        } else if (s.truncated) {
            text = tr("Showing the first %n hit(s) for %1; there are more. Raise \"At most\" or narrow the scope.",
                nullptr, m_model->rowCount())
                       .arg(job->description);
        } else {
            text = tr("%n hit(s) for %1 in %2 (%3 ms).", nullptr, m_model->rowCount())
                       .arg(job->description, searched)
                       .arg(ms);
        }
        if (s.bytesUnreadable > 0)
            text += u' ' + tr("%1 could not be read and was skipped.").arg(formatBytes(s.bytesUnreadable));
        if (m_model->isValueScan() && !s.error && m_model->rowCount() > 0)
            text += u' ' + tr("Narrow them with a next scan.");
        if (!s.cancelled && !s.error) {
            m_ui->searchProgress->setValue(1000);
            m_ui->searchProgress->setFormat(QStringLiteral("%p%"));
        }
        showStatus(text, error);
    }
    updateButtons();
    emit finished();
}

namespace {
// Writes rows as CSV to path (0600, through a temporary file: nothing is left on failure).
Error writeCsvFile(const SearchResultCsv& rows, const QString& path, const std::atomic<bool>* cancel = nullptr,
    std::atomic<quint64>* done = nullptr)
{
    // The file dialog has asked before an existing file is replaced.
    return writePrivateFile(path, true, [&](QIODevice& out) -> Error {
        if (rows.write(&out, cancel, done))
            return {};
        if (cancel && *cancel)
            return makeError(ErrorKind::Cancelled, SearchPanel::tr("The export was cancelled; nothing was saved."));
        return writeError(path, out);
    });
}
} // namespace

QString SearchPanel::exportCsv(const QString& path)
{
    const Error e = writeCsvFile(m_model->csvSnapshot(), path);
    return e ? e.message : QString();
}

bool SearchPanel::startCsvExport(const QString& path)
{
    if (isBusy()) {
        showStatus(tr("A search is running."), true);
        return false;
    }
    auto job = std::make_shared<Export>();
    job->rows = m_model->csvSnapshot();
    job->path = path;
    m_export = job;
    m_ui->searchProgress->setRange(0, 1000);
    m_ui->searchProgress->setValue(0);
    m_ui->searchProgress->setFormat(QStringLiteral("%p%"));
    m_ui->searchProgress->show();
    showStatus(tr("Writing %1…").arg(path));
    m_exportWatcher.setFuture(
        QtConcurrent::run([job] { job->error = writeCsvFile(job->rows, job->path, &job->cancel, &job->done); }));
    m_poll.start();
    updateButtons();
    return true;
}

void SearchPanel::onExportFinished()
{
    if (!m_watcher.isRunning())
        m_poll.stop();
    const std::shared_ptr<Export> job = std::exchange(m_export, nullptr);
    if (!job)
        return;
    const bool ok = !job->error;
    if (ok)
        m_ui->searchProgress->setValue(1000);
    showStatus(ok ? tr("%n hit(s) written to %1 (readable by you only).", nullptr, int(job->rows.rows())).arg(job->path)
                  : job->error.message,
        !ok && job->error.kind != ErrorKind::Cancelled);
    updateButtons();
    emit csvExportFinished(job->path, ok ? QString() : job->error.message);
}

void SearchPanel::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export search results"),
        fileDialogStart(FileKind::SearchCsv, QStringLiteral("procglass-hits.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    rememberFileDialogChoice(FileKind::SearchCsv, path);
    startCsvExport(path);
}

} // namespace procglass
