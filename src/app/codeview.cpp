#include "codeview.h"

#include "background.h"

#include "core/addressspec.h"
#include "core/format.h"
#include "models/disassemblymodel.h"

#include <QAction>
#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace procglass {

namespace {
constexpr quint64 kWindow = 16 * 1024;

struct Loaded
{
    QByteArray bytes;
    std::vector<AddressRange> unreadable;
    Error error;
};
} // namespace

CodeView::CodeView(QWidget* parent)
    : QWidget(parent)
    , m_model(new DisassemblyModel(this))
    , m_view(new QTableView(this))
    , m_addressEdit(new QLineEdit(this))
    , m_backButton(new QToolButton(this))
    , m_attCheck(new QCheckBox(tr("&AT&&T syntax"), this))
    , m_status(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    m_backButton->setText(tr("◀ Back"));
    m_backButton->setToolTip(tr("Back to where the last followed call or jump was (Alt+Left)"));
    m_addressEdit->setPlaceholderText(
        tr("Address or symbol: 0x7f…, [vdso]+0x10, __vdso_clock_gettime, libc.so.6!memcpy"));
    m_addressEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_addressEdit->setObjectName(QStringLiteral("codeAddressEdit"));
    bar->addWidget(m_backButton);
    bar->addWidget(m_addressEdit, 1);
    bar->addWidget(m_attCheck);
    layout->addLayout(bar);
    m_view->setObjectName(QStringLiteral("codeTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(DisassemblyModel::AddressColumn, digit * 16);
    m_view->setColumnWidth(DisassemblyModel::SymbolColumn, digit * 24);
    m_view->setColumnWidth(DisassemblyModel::BytesColumn, digit * 21);
    layout->addWidget(m_view, 1);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_view, &QAbstractItemView::activated, this, &CodeView::follow);
    connect(m_backButton, &QToolButton::clicked, this, &CodeView::back);
    auto* backAction = new QAction(this);
    backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    backAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(backAction, &QAction::triggered, this, &CodeView::back);
    addAction(backAction);
    connect(m_attCheck, &QCheckBox::toggled, this, [this] {
        rebuildDisassembler();
        goTo(m_current, false);
    });
    connect(m_addressEdit, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_addressEdit->text().trimmed();
        auto a = resolveAddress(text, m_regions);
        if (a) {
            goTo(*a);
        } else if (auto s = m_symbols ? m_symbols->find(text) : std::nullopt) {
            goTo(*s);
        } else {
            m_status->setText(a.error().message + u' ' + tr("Nor is it a symbol of a mapped file or of [vdso]."));
        }
    });
    // More code as the view reaches its end.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_loading && m_source && value >= m_view->verticalScrollBar()->maximum() - 2 && m_model->rowCount() > 0)
            load(m_model->end(), true);
    });
    m_backButton->setEnabled(false);
}

void CodeView::setSource(std::shared_ptr<MemorySource> source, std::vector<Region> regions)
{
    const bool same = source == m_source;
    m_source = std::move(source);
    m_regions = std::move(regions);
    if (!same) {
        ++m_generation;
        m_history.clear();
        m_backButton->setEnabled(false);
        m_model->setCode(0, {}, {});
        m_status->clear();
        m_symbols.reset();
        m_model->setSymbols(nullptr);
        rebuildDisassembler();
    }
}

void CodeView::setSymbols(std::shared_ptr<const SymbolIndex> symbols)
{
    m_symbols = std::move(symbols);
    m_model->setSymbols(m_symbols);
    rebuildDisassembler();
}

void CodeView::setAttSyntax(bool att)
{
    m_attCheck->setChecked(att);
}

void CodeView::rebuildDisassembler()
{
    // The machine of the code shown (a 32-bit program gets i386), else this one's.
    const auto hit = m_symbols && m_current ? m_symbols->lookup(m_current) : std::nullopt;
    const auto arch = hit && hit->machine ? Disassembler::archForMachine(hit->machine) : Disassembler::nativeArch();
    auto d
        = Disassembler::create(arch, m_attCheck->isChecked() ? Disassembler::Syntax::Att : Disassembler::Syntax::Intel);
    if (d)
        m_model->setDisassembler(std::make_shared<const Disassembler>(std::move(*d)));
}

void CodeView::goTo(Address address, bool remember)
{
    if (!m_source)
        return;
    if (remember && m_current && m_current != address) {
        m_history.push_back(m_current);
        m_backButton->setEnabled(true);
    }
    m_current = address;
    m_addressEdit->setText(formatAddress(address));
    rebuildDisassembler();
    // Decode from the start of the function around it, so that instructions line up.
    Address start = address;
    if (m_symbols) {
        if (const auto hit = m_symbols->lookup(address); hit && hit->symbol && hit->offset < kWindow)
            start = address - hit->offset;
    }
    ++m_generation;
    load(start, false);
}

bool CodeView::back()
{
    if (m_history.empty())
        return false;
    const Address a = m_history.back();
    m_history.pop_back();
    m_backButton->setEnabled(!m_history.empty());
    goTo(a, false);
    return true;
}

void CodeView::load(Address start, bool append)
{
    m_loading = true;
    const quint64 generation = m_generation;
    const quint64 size = std::min(kWindow, ~quint64(0) - start);
    runInBackground(
        this,
        [source = m_source, start, size] {
            Loaded l;
            l.bytes.resize(qsizetype(size));
            ReadResult r = source->read(start, std::as_writable_bytes(std::span(l.bytes.data(), size_t(size))));
            l.error = r.error;
            l.unreadable = std::move(r.unreadable);
            return l;
        },
        [this, start, append, generation](const Loaded& l) {
            m_loading = false;
            if (generation != m_generation)
                return; // the view has moved on
            if (l.error) {
                m_status->setText(l.error.message);
                return;
            }
            if (append) {
                m_model->appendCode(l.bytes, l.unreadable);
            } else {
                m_model->setCode(start, l.bytes, l.unreadable);
                const int row = m_model->rowOf(m_current);
                if (row >= 0) {
                    m_view->selectRow(row);
                    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
                }
                const QString where = m_symbols ? m_symbols->describe(m_current) : QString();
                m_status->setText(where.isEmpty() ? formatAddress(m_current) : where);
            }
            emit loaded();
        });
}

void CodeView::follow(const QModelIndex& index)
{
    if (const auto target = m_model->branchTarget(index.row()))
        goTo(*target);
}

} // namespace procglass
