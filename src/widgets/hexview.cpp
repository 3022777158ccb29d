// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "hexview.h"

#include "core/code/codeformat.h"
#include "core/model/format.h"
#include "core/teach/location.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>

#include <algorithm>

namespace procglass {

namespace {
constexpr int kAddressChars = 16;
constexpr int kMargin = 6;
// A scroll bar counts in int; beyond this many rows its position is scaled.
constexpr quint64 kScrollBarMax = 1'000'000'000;
constexpr char kHexDigits[] = "0123456789abcdef";
constexpr qint64 kFadeMs = 2000;
} // namespace

HexView::HexView(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_rows({}, 16)
    , m_ownStore(new PageStore(this))
    , m_store(nullptr)
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(font);
    m_charWidth = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_lineHeight = fontMetrics().height() + 2;
    auto prepared = [&font](const QString& text) {
        QStaticText st(text);
        st.setTextFormat(Qt::PlainText);
        st.prepare(QTransform(), font);
        return st;
    };
    for (int v = 0; v < 256; ++v) {
        const char hex[2] = { kHexDigits[v >> 4], kHexDigits[v & 0xf] };
        m_hexGlyphs[size_t(v)] = prepared(QString::fromLatin1(hex, 2));
        m_charGlyphs[size_t(v)] = prepared(QString(QChar(v >= 0x20 && v < 0x7f ? v : '.')));
    }
    m_unreadableGlyph = prepared(QStringLiteral("??"));
    m_loadingGlyph = prepared(QStringLiteral("··"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &HexView::onScrollBar);
    m_clock.start();
    setPageStore(nullptr);
    m_fadeTimer = new QTimer(this);
    m_fadeTimer->setInterval(50);
    connect(m_fadeTimer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        std::erase_if(m_changedAt, [now](const auto& c) { return now - c.second > kFadeMs; });
        if (m_changedAt.empty())
            m_fadeTimer->stop();
        viewport()->update();
    });
}

bool HexView::recentlyChanged(Address address) const
{
    auto it = m_changedAt.find(address);
    return it != m_changedAt.end() && m_clock.elapsed() - it->second <= kFadeMs;
}

void HexView::setRegions(std::vector<Region> regions)
{
    const bool first = m_regions.empty();
    m_regions = std::move(regions);
    m_rows = AddressRows(m_regions, m_rows.bytesPerRow());
    if (first && !m_regions.empty())
        m_cursor = m_anchor = m_regions.front().range.start;
    syncScrollBar();
    fetchVisible();
    viewport()->update();
}

void HexView::setBytesPerRow(int bytes)
{
    if (bytes != 8 && bytes != 16 && bytes != 32)
        return;
    m_rows = AddressRows(m_regions, bytes);
    m_grouping = std::min(m_grouping, bytes);
    ensureCursorVisible();
    syncScrollBar();
    viewport()->update();
}

void HexView::setGrouping(int bytes)
{
    if (bytes != 1 && bytes != 2 && bytes != 4 && bytes != 8)
        return;
    m_grouping = std::min(bytes, m_rows.bytesPerRow());
    viewport()->update();
}

void HexView::setTextEncoding(TextEncoding encoding)
{
    m_encoding = encoding;
    viewport()->update();
}

QString HexView::textAt(Address address)
{
    const int v = byteAt(address);
    if (v == -2)
        return QStringLiteral("?");
    if (v == -1)
        return QStringLiteral(" ");
    switch (m_encoding) {
    case TextEncoding::Ascii:
        return QString(QChar(v >= 0x20 && v < 0x7f ? v : '.'));
    case TextEncoding::Latin1:
        return QString(QChar((v >= 0x20 && v < 0x7f) || v >= 0xa0 ? v : '.'));
    case TextEncoding::Utf8: {
        if (v < 0x80)
            return QString(QChar(v >= 0x20 && v < 0x7f ? v : '.'));
        if ((v & 0xc0) == 0x80)
            return QStringLiteral("·"); // continuation byte: its character is drawn at the lead byte
        const int length = (v >> 5) == 0x6 ? 2 : (v >> 4) == 0xe ? 3 : (v >> 3) == 0x1e ? 4 : 0;
        QByteArray sequence(1, char(v));
        for (int i = 1; i < length; ++i) {
            const int c = byteAt(address + quint64(i));
            if (c < 0 || (c & 0xc0) != 0x80)
                return QStringLiteral(".");
            sequence += char(c);
        }
        const QString decoded = length ? QString::fromUtf8(sequence) : QString();
        return decoded.isEmpty() || decoded.contains(QChar::ReplacementCharacter) ? QStringLiteral(".") : decoded;
    }
    }
    return QStringLiteral(".");
}

void HexView::setPageStore(PageStore* store)
{
    if (!store)
        store = m_ownStore;
    if (store == m_store)
        return;
    if (m_store) {
        disconnect(m_store, nullptr, this, nullptr);
        store->cache().setCapacity(m_store->cache().capacity());
    }
    m_store = store;
    connect(m_store, &PageStore::pagesAdded, this, &HexView::onPagesAdded);
    connect(m_store, &PageStore::aboutToInvalidate, this, &HexView::rememberVisible);
    connect(m_store, &PageStore::invalidated, this, [this] {
        fetchVisible();
        viewport()->update();
    });
    connect(m_store, &PageStore::patched, viewport(), qOverload<>(&QWidget::update));
    if (m_store == m_ownStore)
        connect(m_store, &PageStore::pagesNeeded, this, &HexView::pagesNeeded);
    m_previous.clear();
    m_changedAt.clear();
    fetchVisible();
    viewport()->update();
}

void HexView::addPages(const std::vector<PageCache::Page>& pages)
{
    m_store->add(pages);
}

void HexView::onPagesAdded(const std::vector<PageCache::Page>& pages)
{
    const qint64 now = m_clock.elapsed();
    for (const PageCache::Page& p : pages) {
        // A refreshed page: remember which bytes differ from what was on screen before.
        auto before = m_previous.find(p.base);
        if (before != m_previous.end()) {
            const QByteArray& old = before->second;
            for (qsizetype i = 0; i < p.bytes.size() && i < old.size(); ++i) {
                if (p.bytes[i] != old[i] && p.isReadable(p.base + quint64(i)) && m_changedAt.size() < 100000)
                    m_changedAt[p.base + quint64(i)] = now;
            }
            m_previous.erase(before);
        }
    }
    if (!m_changedAt.empty() && !m_fadeTimer->isActive())
        m_fadeTimer->start();
    viewport()->update();
}

void HexView::invalidate()
{
    m_store->invalidate();
}

void HexView::rememberVisible()
{
    // Keep what the visible pages held, to show which bytes the refresh changes.
    m_previous.clear();
    const quint64 end = std::min(m_rows.rowCount(), m_topRow + quint64(visibleRows()) + 1);
    for (quint64 r = m_topRow; r < end; ++r) {
        const AddressRows::Row row = m_rows.row(r);
        if (row.gap)
            continue;
        if (const PageCache::Page* page = m_store->find(row.address))
            m_previous.emplace(page->base, page->bytes);
    }
}

int HexView::visibleRows() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

int HexView::hexX(int column) const
{
    // Address, two spaces, then bytes: two digits each, a space between groups.
    const int groupsBefore = column / m_grouping;
    return kMargin + (kAddressChars + 2) * m_charWidth + column * 2 * m_charWidth + groupsBefore * m_charWidth;
}

int HexView::textX(int column) const
{
    const int bpr = m_rows.bytesPerRow();
    return hexX(bpr) + m_charWidth + column * m_charWidth;
}

QRect HexView::byteRect(Address address) const
{
    const quint64 row = m_rows.rowOf(address);
    if (row < m_topRow || row >= m_topRow + quint64(visibleRows()) || !m_rows.isMapped(address))
        return {};
    const int column = int(address % quint64(m_rows.bytesPerRow()));
    return QRect(hexX(column), int(row - m_topRow) * m_lineHeight, 2 * m_charWidth, m_lineHeight);
}

int HexView::byteAt(Address address)
{
    if (!m_rows.isMapped(address))
        return -2;
    return m_store->byteAt(address);
}

QString HexView::unreadableReason(Address address)
{
    const PageCache::Page* page = m_store->find(address);
    return page && !page->isReadable(address) ? page->reason : QString();
}

void HexView::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    const QPalette& pal = palette();
    p.fillRect(viewport()->rect(), pal.color(QPalette::Base));
    const QColor text = pal.color(QPalette::Text);
    const QColor dim = pal.color(QPalette::PlaceholderText);
    const QColor unreadableBg = QColor(0xd9, 0x4a, 0x4a, 60);
    const QColor selectionBg = pal.color(QPalette::Highlight).lighter(150);
    const QColor differsBg = QColor(0x33, 0x88, 0xdd, 110);
    const QColor onlyNowBg = QColor(0x33, 0x88, 0xdd, 45);
    const AddressRange sel = selection();
    const int bpr = m_rows.bytesPerRow();
    const int ascent = fontMetrics().ascent() + 1;
    const int rows = visibleRows() + 1;
    // Changing the pen is not free either: only when the colour changes.
    QColor currentPen;
    auto setPenOnce = [&](const QColor& c) {
        if (c != currentPen) {
            p.setPen(c);
            currentPen = c;
        }
    };
    for (int i = 0; i < rows; ++i) {
        const quint64 index = m_topRow + quint64(i);
        if (index >= m_rows.rowCount())
            break;
        const AddressRows::Row row = m_rows.row(index);
        const int y = i * m_lineHeight;
        if (row.gap) {
            p.fillRect(QRect(0, y, viewport()->width(), m_lineHeight), pal.color(QPalette::AlternateBase));
            setPenOnce(dim);
            p.drawText(kMargin, y + ascent,
                tr("··· nothing mapped: %1 from %2 to %3 ···")
                    .arg(formatBytes(row.gapEnd - row.address), formatAddress(row.address), formatAddress(row.gapEnd)));
            continue;
        }
        setPenOnce(dim);
        char addr[kAddressChars];
        for (int d = 0; d < kAddressChars; ++d)
            addr[d] = kHexDigits[(row.address >> (4 * (kAddressChars - 1 - d))) & 0xf];
        p.drawText(kMargin, y + ascent, QString::fromLatin1(addr, kAddressChars));
        for (int c = 0; c < bpr; ++c) {
            const Address a = row.address + quint64(c);
            const int v = byteAt(a);
            if (v == -2 && !m_rows.isMapped(a))
                continue; // before the first mapping of a run that starts mid-row
            const QRect hexCell(hexX(c), y, 2 * m_charWidth, m_lineHeight);
            const QRect textCell(textX(c), y, m_charWidth, m_lineHeight);
            Comparison compared = Comparison::Same;
            if (m_comparison && v >= 0) {
                const int then = m_comparison->byteAt(a);
                compared = then == -2        ? Comparison::OnlyNow
                    : then >= 0 && then != v ? Comparison::Differs
                                             : Comparison::Same;
            }
            if (sel.contains(a)) {
                p.fillRect(hexCell, selectionBg);
                p.fillRect(textCell, selectionBg);
            } else if (compared != Comparison::Same) {
                // Differs from the chosen snapshot: a steady blue (the amber of a refresh fades).
                const QColor mark = compared == Comparison::Differs ? differsBg : onlyNowBg;
                p.fillRect(hexCell, mark);
                p.fillRect(textCell, mark);
            } else if (!m_changedAt.empty()) {
                auto changed = m_changedAt.find(a);
                if (changed != m_changedAt.end()) {
                    // Changed at the last refresh: amber, fading out.
                    const qint64 age = m_clock.elapsed() - changed->second;
                    const int alpha = int(200 * std::max<qint64>(0, kFadeMs - age) / kFadeMs);
                    p.fillRect(hexCell, QColor(0xf0, 0xa0, 0x20, alpha));
                    p.fillRect(textCell, QColor(0xf0, 0xa0, 0x20, alpha));
                }
            }
            const QPointF hexAt(hexCell.x(), y + 1);
            if (v == -2) {
                p.fillRect(hexCell, unreadableBg);
                setPenOnce(QColor(0xb0, 0x30, 0x30));
                p.drawStaticText(hexAt, m_unreadableGlyph);
                p.drawStaticText(QPointF(textCell.x(), y + 1), m_charGlyphs['?']);
            } else if (v == -1) {
                setPenOnce(dim);
                p.drawStaticText(hexAt, m_loadingGlyph);
            } else {
                setPenOnce(v == 0 ? dim : text);
                p.drawStaticText(hexAt, m_hexGlyphs[size_t(v)]);
                if (m_encoding == TextEncoding::Ascii || (v >= 0x20 && v < 0x7f)) {
                    setPenOnce(v >= 0x20 && v < 0x7f ? text : dim);
                    p.drawStaticText(QPointF(textCell.x(), y + 1), m_charGlyphs[size_t(v)]);
                } else {
                    const QString ch = textAt(a);
                    setPenOnce(ch == QStringLiteral(".") || ch == QStringLiteral("·") ? dim : text);
                    p.drawText(textCell.x(), y + ascent, ch);
                }
            }
            if (a == m_cursor) {
                setPenOnce(pal.color(QPalette::Highlight));
                p.drawRect(hexCell.adjusted(0, 0, -1, -1));
                p.drawRect(textCell.adjusted(0, 0, -1, -1));
                if (m_editable) {
                    // Edit mode: the column that takes typing gets a solid caret.
                    const QRect caret = m_textColumn ? textCell : hexCell;
                    p.fillRect(
                        QRect(caret.left(), caret.bottom() - 2, caret.width(), 3), pal.color(QPalette::Highlight));
                    if (m_pendingNibble >= 0 && !m_textColumn) {
                        p.fillRect(hexCell, pal.color(QPalette::Base));
                        setPenOnce(pal.color(QPalette::Highlight));
                        p.drawText(hexCell.x(), y + ascent, QString(QLatin1Char(kHexDigits[m_pendingNibble])) + u'_');
                    }
                }
            }
        }
    }
}

void HexView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    syncScrollBar();
    fetchVisible();
}

void HexView::syncScrollBar()
{
    const quint64 visible = quint64(visibleRows());
    const quint64 maxTop = m_rows.rowCount() > visible ? m_rows.rowCount() - visible : 0;
    m_topRow = std::min(m_topRow, maxTop);
    m_syncingScrollBar = true;
    QScrollBar* bar = verticalScrollBar();
    bar->setRange(0, int(std::min(maxTop, kScrollBarMax)));
    bar->setPageStep(int(visible));
    bar->setValue(
        maxTop <= kScrollBarMax ? int(m_topRow) : int(double(m_topRow) / double(maxTop) * double(kScrollBarMax)));
    m_syncingScrollBar = false;
}

void HexView::onScrollBar(int value)
{
    if (m_syncingScrollBar)
        return;
    const quint64 visible = quint64(visibleRows());
    const quint64 maxTop = m_rows.rowCount() > visible ? m_rows.rowCount() - visible : 0;
    setTopRow(
        maxTop <= kScrollBarMax ? quint64(value) : quint64(double(value) / double(kScrollBarMax) * double(maxTop)));
}

void HexView::setTopRow(quint64 row)
{
    const quint64 visible = quint64(visibleRows());
    const quint64 maxTop = m_rows.rowCount() > visible ? m_rows.rowCount() - visible : 0;
    m_topRow = std::min(row, maxTop);
    syncScrollBar();
    fetchVisible();
    viewport()->update();
}

void HexView::fetchVisible()
{
    if (m_rows.rowCount() == 0)
        return;
    // What is on screen plus a screen above and below, so that scrolling finds it ready.
    const quint64 visible = quint64(visibleRows());
    const quint64 first = m_topRow > visible ? m_topRow - visible : 0;
    const quint64 last = std::min(m_rows.rowCount(), m_topRow + 2 * visible + 1);
    std::vector<Address> missing;
    for (quint64 r = first; r < last; ++r) {
        const AddressRows::Row row = m_rows.row(r);
        if (row.gap)
            continue;
        for (Address a : { row.address, row.address + quint64(m_rows.bytesPerRow()) - 1 }) {
            const Address base = PageCache::pageBase(a);
            if (!m_rows.isMapped(a) || m_store->find(base)
                || std::find(missing.begin(), missing.end(), base) != missing.end())
                continue;
            missing.push_back(base);
        }
    }
    m_store->request(missing);
    if (m_comparison) {
        // The same pages of the other moment (mapped now or not: the store answers what it has).
        missing.clear();
        for (quint64 r = first; r < last; ++r) {
            const AddressRows::Row row = m_rows.row(r);
            if (row.gap)
                continue;
            for (Address a : { row.address, row.address + quint64(m_rows.bytesPerRow()) - 1 }) {
                const Address base = PageCache::pageBase(a);
                if (!m_rows.isMapped(a) || m_comparison->find(base)
                    || std::find(missing.begin(), missing.end(), base) != missing.end())
                    continue;
                missing.push_back(base);
            }
        }
        m_comparison->request(missing);
    }
}

void HexView::setComparison(PageStore* store, const QString& label)
{
    if (m_comparison)
        disconnect(m_comparison, nullptr, this, nullptr);
    m_comparison = store;
    m_comparisonLabel = label;
    if (m_comparison) {
        connect(m_comparison, &PageStore::pagesAdded, viewport(), qOverload<>(&QWidget::update));
        connect(m_comparison, &QObject::destroyed, this, [this] {
            m_comparison = nullptr;
            viewport()->update();
        });
        fetchVisible();
    }
    viewport()->update();
}

int HexView::comparisonByteAt(Address address)
{
    if (!m_comparison)
        return -3;
    return m_comparison->byteAt(address);
}

HexView::Comparison HexView::compareAt(Address address)
{
    if (!m_comparison)
        return Comparison::Same;
    const int now = byteAt(address);
    if (now < 0)
        return Comparison::Same;
    const int then = m_comparison->byteAt(address);
    if (then == -2)
        return Comparison::OnlyNow;
    return then >= 0 && then != now ? Comparison::Differs : Comparison::Same;
}

AddressRange HexView::selection() const
{
    if (m_anchor == m_cursor)
        return {};
    return { std::min(m_anchor, m_cursor), std::max(m_anchor, m_cursor) + 1 };
}

void HexView::goTo(Address address, quint64 selectLength)
{
    if (m_back.empty() || m_back.back() != m_cursor)
        m_back.push_back(m_cursor);
    m_forward.clear();
    m_cursor = m_anchor = address;
    if (selectLength > 0)
        m_cursor = address + selectLength - 1;
    // Put the target near the top, where the eye starts.
    const quint64 row = m_rows.rowOf(address);
    setTopRow(row > 2 ? row - 2 : 0);
    emit cursorMoved(m_cursor);
}

bool HexView::back()
{
    if (m_back.empty())
        return false;
    m_forward.push_back(m_cursor);
    m_cursor = m_anchor = m_back.back();
    m_back.pop_back();
    ensureCursorVisible();
    emit cursorMoved(m_cursor);
    return true;
}

bool HexView::forward()
{
    if (m_forward.empty())
        return false;
    m_back.push_back(m_cursor);
    m_cursor = m_anchor = m_forward.back();
    m_forward.pop_back();
    ensureCursorVisible();
    emit cursorMoved(m_cursor);
    return true;
}

void HexView::ensureCursorVisible()
{
    const quint64 row = m_rows.rowOf(m_cursor);
    const quint64 visible = quint64(visibleRows());
    if (row < m_topRow)
        setTopRow(row);
    else if (row >= m_topRow + visible)
        setTopRow(row - visible + 1);
    else
        viewport()->update();
}

void HexView::moveCursor(Address address, bool extendSelection)
{
    m_cursor = address;
    if (!extendSelection)
        m_anchor = address;
    ensureCursorVisible();
    emit cursorMoved(m_cursor);
}

void HexView::moveRows(qint64 delta, bool extendSelection)
{
    const int column = int(m_cursor % quint64(m_rows.bytesPerRow()));
    qint64 row = qint64(m_rows.rowOf(m_cursor)) + delta;
    row = std::clamp<qint64>(row, 0, qint64(m_rows.rowCount()) - 1);
    // Gap rows hold no bytes: step over them in the direction of travel.
    while (m_rows.row(quint64(row)).gap && row + (delta >= 0 ? 1 : -1) >= 0
        && quint64(row + (delta >= 0 ? 1 : -1)) < m_rows.rowCount())
        row += delta >= 0 ? 1 : -1;
    const AddressRows::Row target = m_rows.row(quint64(row));
    if (!target.gap)
        moveCursor(target.address + quint64(column), extendSelection);
}

void HexView::setEditable(bool editable)
{
    m_editable = editable;
    m_pendingNibble = -1;
    viewport()->update();
}

bool HexView::focusNextPrevChild(bool next)
{
    // In edit mode Tab switches between the hex and the text column, so keep the focus.
    return m_editable ? false : QAbstractScrollArea::focusNextPrevChild(next);
}

void HexView::reset()
{
    m_store->reset();
    m_previous.clear();
    m_changedAt.clear();
    m_back.clear();
    m_forward.clear();
    m_pendingNibble = -1;
    setRegions({});
}

void HexView::patch(Address address, const QByteArray& bytes)
{
    m_store->patch(address, bytes);
}

bool HexView::typeInto(const QString& text)
{
    if (!m_editable || text.size() != 1)
        return false;
    const QChar c = text.front();
    int newByte = -1;
    if (m_textColumn) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
        newByte = c.unicode();
    } else {
        // Only ASCII hex digits: QChar::isDigit() also takes other scripts' digits, which are not hex.
        const char16_t u = c.unicode();
        const int digit = (u >= '0' && u <= '9') ? u - '0'
            : (u >= 'a' && u <= 'f')             ? u - 'a' + 10
            : (u >= 'A' && u <= 'F')             ? u - 'A' + 10
                                                 : -1;
        if (digit < 0)
            return false;
        if (m_pendingNibble < 0) {
            m_pendingNibble = digit; // the byte is written once both digits are in
            viewport()->update();
            return true;
        }
        newByte = (m_pendingNibble << 4) | digit;
        m_pendingNibble = -1;
    }
    const int old = byteAt(m_cursor);
    if (old < 0) {
        emit editRejected(old == -1
                ? tr("The byte at %1 is still being read; try again in a moment.").arg(formatAddress(m_cursor))
                : tr("The byte at %1 cannot be read, so it cannot be edited.").arg(formatAddress(m_cursor)));
        return true;
    }
    emit editRequested(m_cursor, QByteArray(1, char(newByte)), QByteArray(1, char(old)));
    moveCursor(m_cursor + 1, false);
    return true;
}

void HexView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Tab && m_editable) {
        m_textColumn = !m_textColumn; // type hex digits, or characters
        m_pendingNibble = -1;
        viewport()->update();
        return;
    }
    if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) && typeInto(event->text()))
        return;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const int bpr = m_rows.bytesPerRow();
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectionAsHex());
        return;
    }
    if (event->matches(QKeySequence::Back) || (event->key() == Qt::Key_Left && event->modifiers() & Qt::AltModifier)) {
        back();
        return;
    }
    if (event->matches(QKeySequence::Forward)
        || (event->key() == Qt::Key_Right && event->modifiers() & Qt::AltModifier)) {
        forward();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        if (m_cursor > 0)
            moveCursor(m_cursor - 1, shift);
        return;
    case Qt::Key_Right:
        moveCursor(m_cursor + 1, shift);
        return;
    case Qt::Key_Up:
        moveRows(-1, shift);
        return;
    case Qt::Key_Down:
        moveRows(1, shift);
        return;
    case Qt::Key_PageUp:
        moveRows(-visibleRows(), shift);
        return;
    case Qt::Key_PageDown:
        moveRows(visibleRows(), shift);
        return;
    case Qt::Key_Home:
        if (event->modifiers() & Qt::ControlModifier) {
            const qsizetype i = findRegion(m_regions, m_cursor);
            if (i >= 0)
                moveCursor(m_regions[size_t(i)].range.start, shift);
        } else {
            moveCursor(m_cursor - m_cursor % quint64(bpr), shift);
        }
        return;
    case Qt::Key_End:
        if (event->modifiers() & Qt::ControlModifier) {
            const qsizetype i = findRegion(m_regions, m_cursor);
            if (i >= 0)
                moveCursor(m_regions[size_t(i)].range.end - 1, shift);
        } else {
            moveCursor(m_cursor - m_cursor % quint64(bpr) + quint64(bpr) - 1, shift);
        }
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

bool HexView::addressAt(QPoint pos, Address* address) const
{
    const quint64 index = m_topRow + quint64(pos.y() / m_lineHeight);
    if (index >= m_rows.rowCount())
        return false;
    const AddressRows::Row row = m_rows.row(index);
    if (row.gap)
        return false;
    const int bpr = m_rows.bytesPerRow();
    for (int c = 0; c < bpr; ++c) {
        const int hx = hexX(c);
        if ((pos.x() >= hx && pos.x() < hx + 3 * m_charWidth)
            || (pos.x() >= textX(c) && pos.x() < textX(c) + m_charWidth)) {
            *address = row.address + quint64(c);
            return m_rows.isMapped(*address);
        }
    }
    return false;
}

bool HexView::viewportEvent(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QAbstractScrollArea::viewportEvent(event);
    auto* help = static_cast<QHelpEvent*>(event);
    Address a = 0;
    if (!addressAt(help->pos(), &a)) {
        QToolTip::hideText();
        return true;
    }
    QToolTip::showText(help->globalPos(), toolTipFor(a), viewport());
    return true;
}

QString HexView::toolTipFor(Address a)
{
    const qsizetype i = findRegion(m_regions, a);
    QString text = formatAddress(a);
    if (i >= 0) {
        const Region& r = m_regions[size_t(i)];
        // The location as search hits and the status bar write it, which Go to reads back.
        text += u'\n' + QStringLiteral("%1 (%2)").arg(formatLocation(a, m_regions), regionKindName(r.kind));
    } else {
        text += u'\n' + tr("not mapped");
    }
    if (m_namer) {
        const QString name = m_namer(a);
        if (name.contains(u'!'))
            text += u'\n' + name;
    }
    if (m_comparison) {
        const int then = m_comparison->byteAt(a);
        const int now = byteAt(a);
        if (then >= 0 && now >= 0 && then != now)
            text += u'\n'
                + tr("was 0x%1 in %2").arg(QString::number(then, 16).rightJustified(2, u'0'), m_comparisonLabel);
        else if (then >= 0 && now >= 0)
            text += u'\n' + tr("unchanged since %1").arg(m_comparisonLabel);
        else if (then == -2 && now >= 0)
            text += u'\n' + tr("not in %1").arg(m_comparisonLabel);
    }
    return text;
}

void HexView::mousePressEvent(QMouseEvent* event)
{
    Address a = 0;
    if (event->button() == Qt::LeftButton && addressAt(event->position().toPoint(), &a)) {
        m_selecting = true;
        m_textColumn = event->position().x() >= textX(0) - m_charWidth / 2;
        m_pendingNibble = -1;
        moveCursor(a, event->modifiers() & Qt::ShiftModifier);
    }
}

void HexView::mouseMoveEvent(QMouseEvent* event)
{
    Address a = 0;
    if ((event->buttons() & Qt::LeftButton) && m_selecting && addressAt(event->position().toPoint(), &a))
        moveCursor(a, true);
}

void HexView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy as &hex"), this, [this] { QApplication::clipboard()->setText(selectionAsHex()); });
    menu.addAction(tr("Copy as &text"), this, [this] { QApplication::clipboard()->setText(selectionAsText()); });
    menu.addAction(tr("Copy as &C array"), this, [this] { QApplication::clipboard()->setText(selectionAsCArray()); });
    menu.addAction(tr("Copy as c&ode…"), this, &HexView::copyAsCodeRequested);
    menu.addAction(tr("&Export selection…"), this, &HexView::exportRequested);
    menu.addSeparator();
    QMenu* rowMenu = menu.addMenu(tr("&Bytes per row"));
    for (int n : { 8, 16, 32 }) {
        QAction* a = rowMenu->addAction(QString::number(n), this, [this, n] { setBytesPerRow(n); });
        a->setCheckable(true);
        a->setChecked(n == bytesPerRow());
    }
    QMenu* groupMenu = menu.addMenu(tr("&Group bytes by"));
    for (int n : { 1, 2, 4, 8 }) {
        QAction* a = groupMenu->addAction(QString::number(n), this, [this, n] { setGrouping(n); });
        a->setCheckable(true);
        a->setChecked(n == m_grouping);
    }
    QMenu* encodingMenu = menu.addMenu(tr("Te&xt column"));
    for (auto [encoding, name] : { std::pair { TextEncoding::Ascii, tr("ASCII") },
             { TextEncoding::Latin1, tr("Latin-1") }, { TextEncoding::Utf8, tr("UTF-8") } }) {
        QAction* a = encodingMenu->addAction(name, this, [this, encoding = encoding] { setTextEncoding(encoding); });
        a->setCheckable(true);
        a->setChecked(encoding == m_encoding);
    }
    QMenu* cacheMenu = menu.addMenu(tr("&Keep in memory"));
    for (quint64 mib : { 16, 64, 256, 1024 }) {
        QAction* a = cacheMenu->addAction(
            tr("%1 MiB of pages").arg(mib), this, [this, mib] { m_store->cache().setCapacity(mib << 20); });
        a->setCheckable(true);
        a->setChecked(m_store->cache().capacity() == mib << 20);
    }
    menu.exec(event->globalPos());
}

QString HexView::selectionAsHex()
{
    const AddressRange sel = selection().isEmpty() ? AddressRange { m_cursor, m_cursor + 1 } : selection();
    QStringList bytes;
    for (Address a = sel.start; a < sel.end && bytes.size() < (1 << 24); ++a) {
        const int v = byteAt(a);
        bytes << (v < 0 ? QStringLiteral("??") : QStringLiteral("%1").arg(v, 2, 16, QLatin1Char('0')));
    }
    return bytes.join(u' ');
}

QString HexView::selectionAsText()
{
    const AddressRange sel = selection().isEmpty() ? AddressRange { m_cursor, m_cursor + 1 } : selection();
    QString text;
    for (Address a = sel.start; a < sel.end && text.size() < (1 << 24); ++a) {
        // Bytes not here (unreadable, or not loaded yet) are '?': never a space, which is data.
        text += byteAt(a) < 0 ? QStringLiteral("?") : textAt(a);
    }
    return text;
}

QByteArray HexView::selectionBytes(bool* unreadable)
{
    const AddressRange sel = selection().isEmpty() ? AddressRange { m_cursor, m_cursor + 1 } : selection();
    QByteArray bytes;
    bool gaps = false;
    for (Address a = sel.start; a < sel.end && bytes.size() < (1 << 24); ++a) {
        const int v = byteAt(a);
        gaps |= v < 0;
        bytes.append(char(v < 0 ? 0 : v));
    }
    if (unreadable)
        *unreadable = gaps;
    return bytes;
}

QString HexView::selectionAs(CodeFormat format)
{
    bool gaps = false;
    const QByteArray bytes = selectionBytes(&gaps);
    const Address start = selection().isEmpty() ? m_cursor : selection().start;
    return formatAsCode(bytes, format, start, gaps);
}

QString HexView::selectionAsCArray()
{
    return selectionAs(CodeFormat::C);
}

} // namespace procglass
