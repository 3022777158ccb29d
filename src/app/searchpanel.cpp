#include "searchpanel.h"

#include "core/parse/addressspec.h"
#include "core/model/format.h"
#include "core/io/privatefile.h"
#include "lastfolder.h"
#include "models/searchresultmodel.h"

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
#include <QVBoxLayout>
#include <QtConcurrent>

#include <mutex>

namespace procglass {

// What a worker shares with the panel. The panel polls it; the worker never calls into widgets.
struct SearchPanel::Job
{
    std::atomic<bool> cancel = false;
    std::atomic<quint64> done = 0;
    std::atomic<quint64> total = 0;
    std::mutex mutex; // guards pending
    std::vector<SearchHit> pending; // pattern search: hits not yet in the model
    std::unique_ptr<HitSet> hits; // value scan: the hit set being built (first scan) or narrowed
    bool nextScan = false;
    SearchSummary summary;
    Error error; // a next scan failed (or was cancelled)
    QString description;
    quint64 hitsBefore = 0; // next scan: how many there were
    QElapsedTimer clock;
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
    , m_model(new SearchResultModel(this))
{
    buildUi();
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &SearchPanel::poll);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &SearchPanel::onFinished);
    // The kind searched for last time: someone who searches text keeps searching text.
    const int lastKind = QSettings().value(QStringLiteral("search/kind"), int(Kind::Hex)).toInt();
    if (lastKind >= 0 && lastKind < m_kindCombo->count())
        m_kindCombo->setCurrentIndex(lastKind);
    updateOptions();
    updateButtons();
}

SearchPanel::~SearchPanel()
{
    cancel();
    m_watcher.waitForFinished();
}

void SearchPanel::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // What to look for.
    auto* patternRow = new QHBoxLayout;
    m_kindCombo = new QComboBox;
    m_kindCombo->setObjectName(QStringLiteral("searchKindCombo"));
    m_kindCombo->addItems(
        { tr("Hex bytes"), tr("Text"), tr("Integer"), tr("Float"), tr("Double"), tr("Regular expression") });
    m_kindCombo->setToolTip(tr("What kind of pattern to search for"));
    m_patternEdit = new QLineEdit;
    m_patternEdit->setObjectName(QStringLiteral("searchPatternEdit"));
    m_patternEdit->setClearButtonEnabled(true);
    m_patternEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_searchButton = new QPushButton(tr("Sea&rch"));
    m_searchButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the search (Esc); the hits found so far stay"));
    patternRow->addWidget(m_kindCombo);
    patternRow->addWidget(m_patternEdit, 1);
    patternRow->addWidget(m_searchButton);
    patternRow->addWidget(m_cancelButton);
    layout->addLayout(patternRow);

    // The options of each kind.
    m_options = new QStackedWidget;
    auto page = [this](const std::function<void(QHBoxLayout*)>& fill) {
        auto* w = new QWidget;
        auto* row = new QHBoxLayout(w);
        row->setContentsMargins(0, 0, 0, 0);
        fill(row);
        row->addStretch(1);
        m_options->addWidget(w);
    };
    // The hints wrap: in a narrow window (or a long language) they take lines, not width.
    const auto hint = [](const QString& text) {
        auto* label = new QLabel(text);
        label->setWordWrap(true);
        label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 32); // two or three lines at most
        return label;
    };
    page([&hint](QHBoxLayout* row) {
        row->addWidget(hint(tr("Two hex digits a byte, as in 7f 45 4c 46; ?? is any byte, 4? any low nibble.")), 1);
    });
    page([this](QHBoxLayout* row) {
        m_encodingCombo = new QComboBox;
        m_encodingCombo->addItems({ tr("UTF-8 / ASCII"), tr("UTF-16 little endian"), tr("UTF-16 big endian") });
        m_textIgnoreCase = new QCheckBox(tr("&Ignore case"));
        m_textIgnoreCase->setToolTip(tr("A and a match alike (ASCII letters)"));
        row->addWidget(new QLabel(tr("Encoding:")));
        row->addWidget(m_encodingCombo);
        row->addWidget(m_textIgnoreCase);
    });
    page([this, &hint](QHBoxLayout* row) {
        m_widthCombo = new QComboBox;
        m_widthCombo->addItems({ tr("8 bits"), tr("16 bits"), tr("32 bits"), tr("64 bits") });
        m_widthCombo->setCurrentIndex(2);
        m_signedCheck = new QCheckBox(tr("Si&gned"));
        m_signedCheck->setChecked(true);
        m_bigEndianCheck = new QCheckBox(tr("B&ig endian"));
        row->addWidget(new QLabel(tr("Width:")));
        row->addWidget(m_widthCombo);
        row->addWidget(m_signedCheck);
        row->addWidget(m_bigEndianCheck);
        row->addWidget(hint(tr("Decimal, 0x hex, or a range like 10..20. Then narrow with next scans.")), 1);
    });
    page([this, &hint](QHBoxLayout* row) { // float and double
        m_toleranceEdit = new QLineEdit(QStringLiteral("0"));
        m_toleranceEdit->setMaximumWidth(120);
        m_toleranceEdit->setToolTip(tr("How far a value may be from the one searched for; 0: exactly"));
        row->addWidget(new QLabel(tr("Tolerance ±")));
        row->addWidget(m_toleranceEdit);
        row->addWidget(hint(tr("Then narrow with next scans.")), 1);
    });
    page([this, &hint](QHBoxLayout* row) {
        m_regexIgnoreCase = new QCheckBox(tr("I&gnore case"));
        row->addWidget(m_regexIgnoreCase);
        row->addWidget(
            hint(SearchPattern::regexAvailable()
                    ? tr("PCRE syntax over bytes: \\x00 is a byte, . any byte. A hit is where a match starts.")
                    : tr("This build has no regular expressions (it was built without Vectorscan).")),
            1);
    });
    // Only the page shown takes room: the others' wrapped hints must not make the row tall.
    connect(m_options, &QStackedWidget::currentChanged, m_options, [this](int current) {
        for (int i = 0; i < m_options->count(); ++i)
            m_options->widget(i)->setSizePolicy(
                QSizePolicy::Preferred, i == current ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_options->adjustSize();
    });
    m_options->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_options);

    // Where.
    auto* scopeRow = new QHBoxLayout;
    m_scopeCombo = new QComboBox;
    m_scopeCombo->setObjectName(QStringLiteral("searchScopeCombo"));
    const std::pair<Scope, QString> scopes[]
        = { { Scope::All, tr("All readable mappings") }, { Scope::ProgramData, tr("Program data") },
              { Scope::Kinds, tr("Mappings of these kinds") }, { Scope::SelectedRegions, tr("Selected mappings") },
              { Scope::Range, tr("Address range") }, { Scope::HexSelection, tr("Memory view selection") } };
    for (const auto& [scope, name] : scopes)
        m_scopeCombo->addItem(name, int(scope));
    m_scopeCombo->setItemData(m_scopeCombo->findData(int(Scope::ProgramData)),
        tr("Where a program keeps its variables: the heap, the stacks, anonymous memory and the executable's own "
           "data and .bss. Not libraries, code, constants or mapped files, which hold copies of many values. "
           "The scope of a value search until you choose another."),
        Qt::ToolTipRole);
    connect(m_scopeCombo, &QComboBox::activated, this, [this] { m_scopeChosen = true; });
    m_kindsButton = new QToolButton;
    m_kindsButton->setText(tr("Kinds"));
    m_kindsButton->setPopupMode(QToolButton::InstantPopup);
    auto* kindsMenu = new QMenu(m_kindsButton);
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
    m_kindsButton->setMenu(kindsMenu);
    m_rangeEdit = new QLineEdit;
    m_rangeEdit->setPlaceholderText(tr("0x7f0000000000-0x7f0000100000"));
    m_rangeEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_alignedCheck = new QCheckBox(tr("&Aligned"));
    m_alignedCheck->setChecked(true);
    m_alignedCheck->setToolTip(tr("Only at addresses that are a multiple of the value's size, where compilers put "
                                  "numbers: far fewer false hits"));
    m_unreadableCheck = new QCheckBox(tr("Also mappings &without read permission"));
    m_unreadableCheck->setToolTip(tr("The kernel lets a tracer read some mappings the process itself may not "
                                     "(PROT_NONE reservations, execute-only code). [vvar] never."));
    m_maxSpin = new QSpinBox;
    m_maxSpin->setRange(1, 10'000'000);
    m_maxSpin->setValue(100'000);
    m_maxSpin->setGroupSeparatorShown(true);
    m_maxSpin->setToolTip(tr("Stop after this many hits"));
    scopeRow->addWidget(new QLabel(tr("In:")));
    scopeRow->addWidget(m_scopeCombo);
    scopeRow->addWidget(m_kindsButton);
    scopeRow->addWidget(m_rangeEdit, 1);
    scopeRow->addStretch(0);
    scopeRow->addWidget(new QLabel(tr("At most:")));
    scopeRow->addWidget(m_maxSpin);
    layout->addLayout(scopeRow);
    // The check boxes get a row of their own, so that the panel fits a 1280 px window in any language.
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_unreadableCheck);
    checkRow->addWidget(m_alignedCheck);
    checkRow->addStretch(1);
    layout->addLayout(checkRow);

    // Next scans: narrow a value scan's hits.
    m_nextScanRow = new QWidget;
    auto* nextRow = new QHBoxLayout(m_nextScanRow);
    nextRow->setContentsMargins(0, 0, 0, 0);
    m_filterCombo = new QComboBox;
    m_filterCombo->addItems({ tr("Equal to"), tr("Changed"), tr("Unchanged"), tr("Increased"), tr("Decreased"),
        tr("Increased by"), tr("Decreased by") });
    m_operandEdit = new QLineEdit;
    m_operandEdit->setMaximumWidth(160);
    m_nextScanButton = new QPushButton(tr("Next scan"));
    m_nextScanButton->setToolTip(tr("Read every hit again and keep those whose value passes the test"));
    nextRow->addWidget(new QLabel(tr("Keep values that:")));
    nextRow->addWidget(m_filterCombo);
    nextRow->addWidget(m_operandEdit);
    nextRow->addWidget(m_nextScanButton);
    nextRow->addStretch(1);
    layout->addWidget(m_nextScanRow);

    // Progress and results.
    auto* statusRow = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide(); // until there is something to show
    m_status = new QLabel(tr("Type a pattern and press Enter."));
    m_status->setObjectName(QStringLiteral("searchStatusLabel"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_exportButton = new QPushButton(tr("Export CSV…"));
    m_asTextButton = new QPushButton(tr("Search as text instead"));
    m_asTextButton->setObjectName(QStringLiteral("searchAsTextButton"));
    m_asTextButton->setToolTip(tr("Search for what you typed as text (UTF-8 / ASCII)"));
    m_asTextButton->hide();
    connect(m_asTextButton, &QPushButton::clicked, this, [this] {
        m_kindCombo->setCurrentIndex(int(Kind::Text));
        startSearch();
    });
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_asTextButton);
    statusRow->addWidget(m_exportButton);
    layout->addLayout(statusRow);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("searchResultView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(SearchResultModel::AddressColumn, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(SearchResultModel::AddressColumn, digit * 16);
    m_view->setColumnWidth(SearchResultModel::LocationColumn, digit * 27);
    m_view->setColumnWidth(SearchResultModel::KindColumn, digit * 12);
    layout->addWidget(m_view, 1);

    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &SearchPanel::updateOptions);
    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, &SearchPanel::updateOptions);
    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, &SearchPanel::updateOptions);
    connect(m_patternEdit, &QLineEdit::returnPressed, this, [this] {
        if (!isBusy())
            startSearch();
    });
    connect(m_searchButton, &QPushButton::clicked, this, [this] { startSearch(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &SearchPanel::cancel);
    connect(m_nextScanButton, &QPushButton::clicked, this,
        [this] { startNextScan(kFilters[m_filterCombo->currentIndex()], m_operandEdit->text()); });
    connect(m_operandEdit, &QLineEdit::returnPressed, m_nextScanButton, &QPushButton::click);
    connect(m_exportButton, &QPushButton::clicked, this, &SearchPanel::exportWithDialog);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit hitActivated(m_model->address(index.row()), m_model->length(index.row()));
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
    m_options->setCurrentIndex(kPages[m_kindCombo->currentIndex()]);
    const Kind k = kind();
    // A number is looked for where the program keeps its own (a library holds copies of many
    // values); bytes and text everywhere. Until the user says where.
    if (!m_scopeChosen) {
        const bool value = k == Kind::Integer || k == Kind::Float || k == Kind::Double;
        m_scopeCombo->setCurrentIndex(m_scopeCombo->findData(int(value ? Scope::ProgramData : Scope::All)));
    }
    m_scopeCombo->setToolTip(m_scopeCombo->currentData(Qt::ToolTipRole).toString());
    m_alignedCheck->setVisible(k == Kind::Integer || k == Kind::Float || k == Kind::Double);
    static const char* const kPlaceholders[]
        = { QT_TR_NOOP("7f 45 4c 46 ?? 01"), QT_TR_NOOP("text to find"), QT_TR_NOOP("42, -7, 0x2a or 10..20"),
              QT_TR_NOOP("3.14"), QT_TR_NOOP("2718.28125"), QT_TR_NOOP("key=[a-z0-9]+") };
    m_patternEdit->setPlaceholderText(tr(kPlaceholders[m_kindCombo->currentIndex()]));
    const Scope scope = this->scope();
    m_kindsButton->setVisible(scope == Scope::Kinds);
    m_rangeEdit->setVisible(scope == Scope::Range);
    m_operandEdit->setEnabled(needsOperand(kFilters[m_filterCombo->currentIndex()]));
    updateButtons();
}

void SearchPanel::updateButtons()
{
    const bool busy = isBusy();
    m_searchButton->setEnabled(!busy && m_source);
    m_cancelButton->setEnabled(busy);
    m_nextScanRow->setEnabled(!busy && m_source && m_model->isValueScan());
    m_exportButton->setEnabled(!busy && m_model->rowCount() > 0);
}

void SearchPanel::setSource(std::shared_ptr<MemorySource> source)
{
    cancel();
    m_watcher.waitForFinished(); // within 100 ms: the search checks for cancellation between chunks
    m_source = std::move(source);
    m_job.reset();
    m_model->clear();
    m_progress->reset();
    m_progress->hide();
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
    m_kindCombo->setCurrentIndex(int(kind));
    m_patternEdit->setText(text);
}

void SearchPanel::setIntegerType(int bits, bool isSigned, bool bigEndian)
{
    m_widthCombo->setCurrentIndex(bits == 8 ? 0 : bits == 16 ? 1 : bits == 32 ? 2 : 3);
    m_signedCheck->setChecked(isSigned);
    m_bigEndianCheck->setChecked(bigEndian);
}

void SearchPanel::setAligned(bool aligned)
{
    m_alignedCheck->setChecked(aligned);
}

void SearchPanel::setScope(Scope scope)
{
    m_scopeChosen = true;
    m_scopeCombo->setCurrentIndex(m_scopeCombo->findData(int(scope)));
}

SearchPanel::Scope SearchPanel::scope() const
{
    return Scope(m_scopeCombo->currentData().toInt());
}

void SearchPanel::setRange(const QString& range)
{
    m_rangeEdit->setText(range);
}

void SearchPanel::setMaxResults(int max)
{
    m_maxSpin->setValue(max);
}

void SearchPanel::focusPattern()
{
    m_patternEdit->setFocus();
    m_patternEdit->selectAll();
}

SearchPanel::Kind SearchPanel::kind() const
{
    return Kind(m_kindCombo->currentIndex());
}

bool SearchPanel::isBusy() const
{
    return m_watcher.isRunning();
}

QString SearchPanel::statusText() const
{
    return m_status->text();
}

void SearchPanel::showStatus(const QString& text, bool error)
{
    m_asTextButton->hide(); // offered again only by the error that calls for it
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: palette(highlighted-text); background: #b3261e; "
                                                   "padding: 2px 6px; border-radius: 3px;")
                                  : QString());
}

Result<SearchPattern> SearchPanel::pattern() const
{
    const QString text = m_patternEdit->text();
    switch (kind()) {
    case Kind::Hex:
        return SearchPattern::hex(text);
    case Kind::Text: {
        static const SearchPattern::Encoding kEncodings[]
            = { SearchPattern::Encoding::Utf8, SearchPattern::Encoding::Utf16LE, SearchPattern::Encoding::Utf16BE };
        return SearchPattern::text(text, kEncodings[m_encodingCombo->currentIndex()], m_textIgnoreCase->isChecked());
    }
    case Kind::Integer:
        return SearchPattern::integer(
            text, 8 << m_widthCombo->currentIndex(), m_signedCheck->isChecked(), m_bigEndianCheck->isChecked());
    case Kind::Float:
    case Kind::Double: {
        bool ok = false;
        const double tolerance = m_toleranceEdit->text().trimmed().toDouble(&ok);
        if (!ok)
            return makeError(ErrorKind::InvalidArgument,
                tr("The tolerance '%1' is not a number; write it like 0.001.").arg(m_toleranceEdit->text()));
        return SearchPattern::floating(text, kind() == Kind::Double, tolerance);
    }
    case Kind::Regex:
        return SearchPattern::regex(text, m_regexIgnoreCase->isChecked());
    }
    return makeError(ErrorKind::InvalidArgument, QString());
}

Result<std::vector<AddressRange>> SearchPanel::ranges() const
{
    SearchScope scope;
    scope.includeUnreadable = m_unreadableCheck->isChecked();
    switch (this->scope()) {
    case Scope::All:
        break;
    case Scope::ProgramData:
        scope.programDataOnly = true;
        break;
    case Scope::Kinds:
        for (const QAction* a : m_kindsButton->menu()->actions()) {
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
        auto range = parseAddressRange(m_rangeEdit->text());
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
        return m_status->text();
    }
    if (isBusy())
        return tr("A search is running.");
    auto p = pattern();
    if (!p) {
        showStatus(p.error().message, true);
        // Typed text with the kind left at hex (or a number): offer what was meant.
        const QString text = m_patternEdit->text();
        m_asTextButton->setVisible(kind() != Kind::Text && !text.trimmed().isEmpty()
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
    const Kind k = kind();
    if (k == Kind::Integer || k == Kind::Float || k == Kind::Double) {
        // A value scan: its hits stay in a compact hit set that next scans narrow.
        ScanValueType type;
        type.kind = k == Kind::Integer ? ScanValueType::Kind::Integer
            : k == Kind::Float         ? ScanValueType::Kind::Float
                                       : ScanValueType::Kind::Double;
        type.bytes = 1 << m_widthCombo->currentIndex();
        type.isSigned = m_signedCheck->isChecked();
        type.bigEndian = m_bigEndianCheck->isChecked();
        job->hits = std::make_unique<HitSet>(type);
    }
    m_model->clear();
    m_model->setRegions(m_regions);
    m_job = job;
    SearchOptions options;
    options.maxResults = quint64(m_maxSpin->value());
    if (job->hits && m_alignedCheck->isChecked())
        options.alignment = quint64(p->length());
    job->clock.start();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    showStatus(tr("Searching for %1…").arg(job->description));
    m_watcher.setFuture(
        QtConcurrent::run([job, source = m_source, pattern = std::move(*p), ranges = std::move(*where), options] {
            job->summary = searchMemory(
                *source, pattern, ranges, options, &job->cancel,
                [&job](std::vector<SearchHit> batch) {
                    std::lock_guard lock(job->mutex);
                    if (job->hits)
                        job->hits->addHits(batch);
                    else
                        job->pending.insert(job->pending.end(), batch.begin(), batch.end());
                },
                [&job](quint64 done, quint64 total) {
                    job->done = done;
                    job->total = total;
                });
            if (job->hits)
                job->hits->finish();
        }));
    m_poll.start();
    updateButtons();
    return {};
}

QString SearchPanel::startNextScan(HitSet::Filter filter, const QString& operand)
{
    const std::shared_ptr<const HitSet> current = m_model->hitSet();
    QString why;
    if (!m_source)
        why = tr("Open a process to search its memory.");
    else if (isBusy())
        why = tr("A search is running.");
    else if (!current)
        why = tr("Next scans narrow the hits of an integer, float or double search: search for a value first.");
    else if (needsOperand(filter) && operand.trimmed().isEmpty())
        why = tr("Give the value to compare with.");
    if (!why.isEmpty()) {
        showStatus(why, true);
        return why;
    }
    auto job = std::make_shared<Job>();
    job->nextScan = true;
    job->hitsBefore = current->size();
    job->description = m_filterCombo->itemText(
                           int(std::find(std::begin(kFilters), std::end(kFilters), filter) - std::begin(kFilters)))
        + (needsOperand(filter) ? u' ' + operand.trimmed() : QString());
    m_job = job;
    job->clock.start();
    m_progress->setRange(0, 0); // a next scan reads hit by hit: no byte total to show
    m_progress->show();
    showStatus(tr("Next scan (%1) of %n hit(s)…", nullptr, int(current->size())).arg(job->description));
    m_watcher.setFuture(QtConcurrent::run([job, source = m_source, current, filter, operand] {
        auto narrowed = current->rescan(*source, filter, operand, &job->cancel);
        if (narrowed)
            job->hits = std::make_unique<HitSet>(std::move(*narrowed));
        else
            job->error = narrowed.error();
    }));
    updateButtons();
    return {};
}

void SearchPanel::cancel()
{
    if (m_job)
        m_job->cancel = true;
}

void SearchPanel::poll()
{
    if (!m_job || m_job->nextScan)
        return;
    std::vector<SearchHit> batch;
    {
        std::lock_guard lock(m_job->mutex);
        batch.swap(m_job->pending);
    }
    m_model->appendHits(batch);
    const quint64 total = m_job->total, done = m_job->done;
    if (total > 0) {
        m_progress->setValue(int(done * 1000 / total));
        m_progress->setFormat(QStringLiteral("%1 / %2").arg(formatBytes(done), formatBytes(total)));
    }
    if (!m_job->hits)
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
    m_progress->setRange(0, 1000);
    if (job->nextScan) {
        if (job->error) {
            showStatus(job->error.kind == ErrorKind::Cancelled
                    ? tr("Next scan cancelled: the %n hit(s) are as they were.", nullptr, int(job->hitsBefore))
                    : tr("The next scan failed: %1").arg(job->error.message),
                job->error.kind != ErrorKind::Cancelled);
        } else {
            m_model->setHitSet(std::shared_ptr<const HitSet>(std::move(job->hits)));
            m_progress->setValue(1000);
            m_progress->setFormat(QStringLiteral("%p%"));
            showStatus(tr("%1: %2 of %n hit(s) kept (%3 ms).", nullptr, int(job->hitsBefore))
                           .arg(job->description)
                           .arg(m_model->rowCount())
                           .arg(ms));
        }
    } else {
        if (job->hits)
            m_model->setHitSet(std::shared_ptr<const HitSet>(std::move(job->hits)));
        // Streamed rows arrived unsorted: order them as the header says.
        const QHeaderView* header = m_view->horizontalHeader();
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
        const SearchSummary& s = job->summary;
        const QString searched = formatBytes(s.bytesSearched);
        QString text;
        bool error = false;
        if (s.error) {
            text = tr("The search stopped: %1 %n hit(s) found before that.", nullptr, m_model->rowCount())
                       .arg(s.error.message);
            error = true;
        } else if (s.cancelled) {
            text = tr("Cancelled after %1: %n hit(s) so far.", nullptr, m_model->rowCount()).arg(searched);
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
            m_progress->setValue(1000);
            m_progress->setFormat(QStringLiteral("%p%"));
        }
        showStatus(text, error);
    }
    updateButtons();
    emit finished();
}

QString SearchPanel::exportCsv(const QString& path)
{
    // The file dialog has asked before an existing file is replaced.
    const Error e = writePrivateFile(path, true, [this](QIODevice& out) { return m_model->writeCsv(&out); });
    return e ? e.message : QString();
}

void SearchPanel::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export search results"),
        fileDialogStart(FileKind::SearchCsv, QStringLiteral("procglass-hits.csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    rememberFileDialogChoice(FileKind::SearchCsv, path);
    const QString error = exportCsv(path);
    showStatus(error.isEmpty()
            ? tr("%n hit(s) written to %1 (readable by you only).", nullptr, m_model->rowCount()).arg(path)
            : error,
        !error.isEmpty());
}

} // namespace procglass
