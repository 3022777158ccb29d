// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "codeview.h"

#include "session/background.h"

#include "core/model/format.h"
#include "core/parse/addressspec.h"
#include "core/teach/location.h"
#include "models/disassemblymodel.h"
#include "widgets/syntaxhighlighting.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
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
constexpr quint64 kWindow = 16 * 1024; // decoded at a time going forwards
constexpr quint64 kBackWindow = 4 * 1024; // and backwards, when no symbol says where a function starts

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
    , m_delegate(new SyntaxDelegate(DisassemblyModel::SyntaxRole, this))
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
    // Instructions coloured by KSyntaxHighlighting where Procglass has it; plain text otherwise.
    m_view->setItemDelegateForColumn(DisassemblyModel::InstructionColumn, m_delegate);
    m_delegate->highlighter().setPalette(palette());
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
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& row) {
        if (row.isValid() && row.row() < m_model->rowCount())
            emit locationChanged(m_model->instruction(row.row()).address);
    });
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
        if (const QString error = goTo(m_addressEdit->text()); !error.isEmpty())
            m_status->setText(error);
    });
    // More code as the view reaches its end, or its beginning.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_loading || m_adjusting || !m_source || m_model->rowCount() == 0)
            return;
        if (value >= m_view->verticalScrollBar()->maximum() - 2) {
            // Not past the end of what is mapped.
            const Address end = m_model->end();
            if (std::any_of(
                    m_regions.begin(), m_regions.end(), [end](const Region& r) { return r.range.contains(end); }))
                load(end, std::min(kWindow, ~quint64(0) - end), Load::Append);
        } else if (value <= m_view->verticalScrollBar()->minimum()) {
            loadBefore();
        }
    });
    m_backButton->setEnabled(false);
}

void CodeView::setSource(std::shared_ptr<MemorySource> source, std::vector<Region> regions)
{
    const bool same = source == m_source;
    m_source = std::move(source);
    m_regions = std::move(regions);
    if (!same) {
        m_loads.cancel(); // loads for an older place are dropped
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
    // AArch64 code reads as GNU assembler whatever the x86 syntax choice.
    m_delegate->highlighter().setDefinition(
        syntax::asmDefinition(arch == Disassembler::Arch::Arm64 || m_attCheck->isChecked()));
    m_view->viewport()->update();
}

void CodeView::changeEvent(QEvent* event)
{
    // A dark palette gets a dark theme and a light one a light theme.
    if (event->type() == QEvent::PaletteChange) {
        m_delegate->highlighter().setPalette(palette());
        m_view->viewport()->update();
    }
    QWidget::changeEvent(event);
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
    emit locationChanged(address);
    rebuildDisassembler();
    // Decode from the start of the function around it, so that instructions line up.
    Address start = address;
    if (m_symbols) {
        if (const auto hit = m_symbols->lookup(address); hit && hit->symbol && hit->offset < kWindow)
            start = address - hit->offset;
    }
    m_loads.cancel(); // loads for an older place are dropped
    load(start, std::min(kWindow, ~quint64(0) - start), Load::Replace);
}

QString CodeView::goTo(const QString& addressOrSymbol)
{
    const QString text = addressOrSymbol.trimmed();
    // Every location Procglass prints, and symbols: mangled, demangled, module!symbol+0x10.
    auto a = resolveAddress(text, m_regions, m_symbols.get());
    if (!a)
        return a.error().message;
    goTo(*a);
    return {};
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

void CodeView::loadBefore()
{
    if (m_loading || !m_source || m_model->rowCount() == 0 || m_model->start() == 0)
        return;
    // Only inside the mapping that holds the first row: before it is another mapping, or nothing.
    const Address end = m_model->start();
    const auto region = std::find_if(
        m_regions.begin(), m_regions.end(), [end](const Region& r) { return r.range.contains(end - 1); });
    if (region == m_regions.end())
        return;
    // From the start of the function before, where decoding lines up; else from a page back.
    Address from = std::max(region->range.start, (end - std::min(end, kBackWindow)) & ~quint64(0xfff));
    if (m_symbols) {
        if (const auto hit = m_symbols->lookup(end - 1);
            hit && hit->symbol && hit->offset < kWindow && end - 1 - hit->offset >= region->range.start)
            from = end - 1 - hit->offset;
    }
    load(from, end - from, Load::Prepend);
}

void CodeView::load(Address start, quint64 size, Load mode)
{
    m_loading = true;
    const quint64 generation = m_loads.generation();
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
        [this, start, mode, generation](const Loaded& l) {
            m_loading = false;
            if (!m_loads.isCurrent(generation))
                return; // the view has moved on
            if (l.error) {
                m_status->setText(l.error.message);
                return;
            }
            switch (mode) {
            case Load::Append:
                m_model->appendCode(l.bytes, l.unreadable);
                break;
            case Load::Prepend: {
                // The rows above are new; what the user was looking at stays where it was.
                const QModelIndex top = m_view->indexAt(QPoint(0, 0));
                const Address topAddress = top.isValid() ? m_model->instruction(top.row()).address : m_model->start();
                m_adjusting = true; // the scroll bar passes through values that are not the user's
                m_model->prependCode(start, l.bytes, l.unreadable);
                m_view->doItemsLayout(); // the scroll bar's range counts the new rows now, not later
                if (const int row = m_model->rowOf(topAddress); row >= 0)
                    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
                m_adjusting = false;
                break;
            }
            case Load::Replace: {
                m_model->setCode(start, l.bytes, l.unreadable);
                const int row = m_model->rowOf(m_current);
                if (row >= 0) {
                    m_view->selectRow(row);
                    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtTop);
                }
                // Where it is, as every location is written (the address box takes it back).
                m_status->setText(formatAddress(m_current) + QStringLiteral("  ")
                    + formatLocation(m_current, m_regions, m_symbols.get()));
                const QString mangled = m_symbols ? m_symbols->mangledName(m_current) : QString();
                m_status->setToolTip(mangled.isEmpty() ? QString() : tr("Mangled: %1").arg(mangled));
                break;
            }
            }
            if (mode == Load::Replace) {
                emit loaded();
                // Code before the first row is decoded ahead, so that scrolling up finds it.
                loadBefore();
            } else {
                emit extended();
            }
        });
}

void CodeView::follow(const QModelIndex& index)
{
    if (const auto target = m_model->branchTarget(index.row()))
        goTo(*target);
}

} // namespace procglass
