// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "addressspaceview.h"

#include "core/teach/explain.h"

#include "core/model/format.h"
#include "regioncolors.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace procglass {

namespace {

constexpr double kMaxZoom = 64;
constexpr int kMargin = 8;
constexpr int kSpacing = 6;
constexpr int kSwatch = 10;
constexpr int kSwatchGap = 5; // between a swatch and its name
constexpr int kMinWidth = 160;

} // namespace

AddressSpaceView::AddressSpaceView(QWidget* parent)
    : QWidget(parent)
    , m_heatAction(new QAction(this))
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_heatAction->setObjectName(QStringLiteral("actionHeatView"));
    m_heatAction->setText(tr("&Heat view: what changed"));
    m_heatAction->setStatusTip(tr("Colour the mappings by how much of them changed since the snapshot compared with"));
    m_heatAction->setCheckable(true);
    m_heatAction->setEnabled(false);
    connect(m_heatAction, &QAction::toggled, this, &AddressSpaceView::setHeatMode);
}

void AddressSpaceView::setHeat(std::vector<Heat> heat, const QString& caption)
{
    std::sort(heat.begin(), heat.end(), [](const Heat& a, const Heat& b) { return a.start < b.start; });
    m_heat = std::move(heat);
    m_heatCaption = caption;
    m_heatAction->setEnabled(hasHeat());
    if (!hasHeat())
        m_heatAction->setChecked(false);
    relayout();
}

void AddressSpaceView::setHeatMode(bool on)
{
    if (on == m_heatMode)
        return;
    m_heatMode = on;
    m_heatAction->setChecked(on);
    relayout();
}

const AddressSpaceView::Heat* AddressSpaceView::heatEntry(int index) const
{
    if (index < 0 || index >= m_layout.count() || m_heat.empty())
        return nullptr;
    const Address start = m_layout.regions()[size_t(index)].range.start;
    const auto it
        = std::lower_bound(m_heat.begin(), m_heat.end(), start, [](const Heat& h, Address a) { return h.start < a; });
    return it != m_heat.end() && it->start == start ? &*it : nullptr;
}

double AddressSpaceView::heatOf(int index) const
{
    const Heat* h = heatEntry(index);
    return h ? std::clamp(h->heat, 0.0, 1.0) : -1;
}

QColor AddressSpaceView::fillColorOf(int index) const
{
    if (index < 0 || index >= m_layout.count())
        return {};
    if (!heatMode())
        return regionFillColor(m_layout.regions()[size_t(index)]);
    const double h = heatOf(index);
    return h < 0 ? heatUnknownColor() : heatColor(h);
}

std::vector<std::pair<QColor, QString>> AddressSpaceView::legendEntries() const
{
    std::vector<std::pair<QColor, QString>> out;
    if (heatMode()) {
        out = { { heatColor(0), tr("unchanged") }, { heatColor(0.001), tr("a few bytes changed") },
            { heatColor(0.1), tr("a tenth changed") }, { heatColor(0.5), tr("half changed") },
            { heatColor(1), tr("all changed or new") }, { heatUnknownColor(), tr("not compared") } };
        return out;
    }
    for (RegionKind kind : m_layout.kindsFromTop())
        out.emplace_back(regionKindColor(kind), regionKindName(kind));
    return out;
}

void AddressSpaceView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(m_heatAction);
    if (!hasHeat())
        menu.addAction(tr("Compare with a snapshot (Snapshots menu) to see what changed"))->setEnabled(false);
    menu.exec(event->globalPos());
}

void AddressSpaceView::setRegions(std::vector<Region> regions)
{
    // The heat stays: it is keyed by start address, and the mappings compared mostly stay put.
    m_layout.setRegions(std::move(regions));
    m_selected = -1;
    m_zoom = 1;
    m_offset = 0;
    relayout();
}

void AddressSpaceView::setSelectedRegion(int index)
{
    if (index < 0 || index >= m_layout.count())
        index = -1;
    m_selected = index;
    if (index >= 0 && m_zoom > 1) {
        const double top = regionTopY(index);
        const double bottom = regionBottomY(index);
        if (top < kMargin || bottom > kMargin + viewHeight()) {
            m_offset += (top + bottom) / 2 - (kMargin + viewHeight() / 2.0);
            clampOffset();
        }
    }
    update();
}

void AddressSpaceView::setZoom(double factor, int anchorY)
{
    factor = std::clamp(factor, 1.0, kMaxZoom);
    if (factor == m_zoom)
        return;
    const double anchor = std::clamp(double(anchorY - kMargin), 0.0, double(viewHeight()));
    m_offset = (m_offset + anchor) * (factor / m_zoom) - anchor;
    m_zoom = factor;
    clampOffset();
    update();
}

int AddressSpaceView::regionAt(QPoint pos) const
{
    const Columns c = columns();
    if (pos.x() < c.barLeft || pos.x() >= c.barLeft + c.barWidth || pos.y() < kMargin
        || pos.y() >= kMargin + viewHeight())
        return -1;
    const double y = pos.y() + 0.5;
    const int i = layout().firstRegionWithTopAtOrAbove(y, axis());
    return i < m_layout.count() && y < regionBottomY(i) ? i : -1;
}

QRect AddressSpaceView::regionRect(int index) const
{
    if (index < 0 || index >= m_layout.count())
        return {};
    const int top = AddressSpaceLayout::pixelEdge(regionTopY(index));
    const int bottom = std::max(top + 1, AddressSpaceLayout::pixelEdge(regionBottomY(index)));
    if (bottom <= kMargin || top >= kMargin + viewHeight())
        return {};
    const Columns c = columns();
    return { c.barLeft, top, c.barWidth, bottom - top };
}

void AddressSpaceView::relayout()
{
    const QFontMetrics fm(smallFont());
    m_legendWidth = 0;
    for (const auto& entry : legendEntries())
        m_legendWidth = std::max(m_legendWidth, kSwatch + kSwatchGap + fm.horizontalAdvance(entry.second) + 1);
    clampOffset();
    updateGeometry(); // the minimum width follows the legend's names
    update();
}

int AddressSpaceView::barWidth(int width)
{
    return std::clamp(width * 28 / 100, 40, 120);
}

QSize AddressSpaceView::minimumSizeHint() const
{
    // The labels' column (right of the bar) must hold one legend column.
    int w = kMinWidth;
    while (w < 1000 && w - barWidth(w) - kSpacing - 2 * kMargin < m_legendWidth)
        ++w;
    return { w, 200 };
}

std::vector<AddressSpaceView::LegendItem> AddressSpaceView::legendItems() const
{
    const Columns c = columns();
    std::vector<LegendItem> items;
    const std::vector<RegionKind>& kinds = m_layout.kindsFromTop();
    const auto entries = legendEntries();
    const int rows = (int(entries.size()) + c.legendColumns - 1) / c.legendColumns;
    for (size_t i = 0; i < entries.size(); ++i) {
        // Down the first column, then the next: the order stays top to bottom.
        const int column = int(i) / rows;
        const int row = int(i) % rows;
        const int left = c.legendLeft + column * (c.legendItemWidth + kSpacing);
        const int y = kMargin + row * c.legendRowHeight;
        const QRect swatch(left, y + (c.legendRowHeight - kSwatch) / 2, kSwatch, kSwatch);
        const int textLeft = swatch.right() + 1 + kSwatchGap;
        const int right = std::min(left + c.legendItemWidth, c.legendLeft + c.legendWidth);
        items.push_back({ i < kinds.size() && !heatMode() ? kinds[i] : RegionKind::Anonymous, swatch,
            QRect(textLeft, y, right - textLeft, c.legendRowHeight), entries[i].first, entries[i].second });
    }
    return items;
}

const AddressSpaceLayout& AddressSpaceView::layout() const
{
    // Sized on use rather than in resizeEvent(): a hidden widget gets no resize events, yet regionRect() must be
    // right for it too.
    m_layout.setHeight(viewHeight());
    return m_layout;
}

AddressSpaceLayout::Axis AddressSpaceView::axis() const
{
    return { kMargin - m_offset + contentHeight(), m_zoom };
}

void AddressSpaceView::clampOffset()
{
    m_offset = std::clamp(m_offset, 0.0, std::max(0.0, contentHeight() - viewHeight()));
}

AddressSpaceView::Columns AddressSpaceView::columns() const
{
    Columns c;
    const int w = width();
    c.barLeft = kMargin;
    c.barWidth = barWidth(w);
    c.labelsLeft = c.barLeft + c.barWidth + kSpacing;
    c.labelsRight = w - kMargin;
    // The legend sits in the top right corner, above the labels' column rather than beside it: the labels
    // up there are short ([vdso], [stack]) and the long library names below get the full width. Its names
    // are whole: it takes the labels' whole column if it must. When one column of names would be taller
    // than a quarter of the picture and more fit side by side, it flows into more columns.
    const int entries = int(legendEntries().size());
    const int count = std::max(1, entries);
    c.legendRowHeight = QFontMetrics(smallFont()).height() + 3;
    c.legendItemWidth = m_legendWidth;
    const int room = c.labelsRight - c.labelsLeft;
    const int fit = std::max(1, (room + kSpacing) / std::max(1, m_legendWidth + kSpacing));
    while (c.legendColumns < std::min(fit, count)
        && ((count + c.legendColumns - 1) / c.legendColumns) * c.legendRowHeight > viewHeight() / 4)
        ++c.legendColumns;
    const int rows = (count + c.legendColumns - 1) / c.legendColumns;
    c.legendWidth = std::min(room, c.legendColumns * m_legendWidth + (c.legendColumns - 1) * kSpacing);
    c.legendLeft = c.labelsRight - c.legendWidth;
    c.legendBottom = kMargin + (entries == 0 ? 0 : rows * c.legendRowHeight);
    return c;
}

int AddressSpaceView::viewHeight() const
{
    return std::max(1, height() - 2 * kMargin);
}

double AddressSpaceView::contentHeight() const
{
    return viewHeight() * m_zoom;
}

double AddressSpaceView::regionTopY(int index) const
{
    return axis().y(layout().regionTop(index));
}

double AddressSpaceView::regionBottomY(int index) const
{
    return axis().y(layout().regionBottom(index));
}

QFont AddressSpaceView::smallFont() const
{
    QFont f = font();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.85);
    else
        f.setPixelSize(std::max(6, f.pixelSize() * 85 / 100));
    return f;
}

QString AddressSpaceView::toolTipAt(QPoint pos) const
{
    const auto row = [](const QString& name, const QString& value) {
        return QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(name, value.toHtmlEscaped());
    };
    const auto heatRow = [&](int index) {
        if (!hasHeat())
            return QString();
        const Heat* h = heatEntry(index);
        if (!h)
            return row(tr("Changed:"), tr("not compared %1").arg(m_heatCaption));
        if (h->added)
            return row(tr("Changed:"), tr("new %1").arg(m_heatCaption));
        return row(tr("Changed:"),
            tr("%1 % (%2) %3")
                .arg(QLocale().toString(h->heat * 100, 'f', h->heat > 0 && h->heat < 0.01 ? 2 : 0),
                    formatBytes(h->changedBytes), m_heatCaption));
    };
    const int index = regionAt(pos);
    if (index >= 0) {
        const Region& r = m_layout.regions()[size_t(index)];
        const QString bss = bssSummary(m_layout.regions(), size_t(index));
        QString path = r.path;
        if (r.deleted)
            path = tr("%1 (deleted)").arg(path);
        return QStringLiteral("<table>")
            + row(tr("Range:"), tr("%1 – %2").arg(formatAddress(r.range.start), formatAddress(r.range.end)))
            + row(tr("Size:"), formatBytes(r.range.size())) + row(tr("Permissions:"), r.perms.toString())
            + row(tr("Kind:"), regionKindName(r.kind)) + (path.isEmpty() ? QString() : row(tr("Path:"), path))
            + (bss.isEmpty() ? QString() : row(tr("Holds:"), bss)) + heatRow(index) + QStringLiteral("</table>");
    }
    const Columns c = columns();
    if (pos.x() < c.barLeft || pos.x() >= c.barLeft + c.barWidth)
        return {};
    const int above = layout().firstRegionWithTopAtOrAbove(pos.y() + 0.5, axis());
    if (!m_layout.hasGapBefore(above))
        return {};
    const Address start = m_layout.regions()[size_t(above) - 1].range.end;
    const Address end = m_layout.regions()[size_t(above)].range.start;
    return QStringLiteral("<table>") + row(tr("Unmapped:"), tr("%1 – %2").arg(formatAddress(start), formatAddress(end)))
        + row(tr("Size:"), formatBytes(end - start)) + QStringLiteral("</table>");
}

bool AddressSpaceView::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            const int index = regionAt(help->pos());
            QToolTip::showText(help->globalPos(), text, this, index >= 0 ? regionRect(index) : QRect());
        }
        return true;
    }
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange:
        relayout();
        break;
    default:
        break;
    }
    return QWidget::event(event);
}

void AddressSpaceView::resizeEvent(QResizeEvent* event)
{
    // Keep the same part of the address space in view.
    const int oldHeight = event->oldSize().height() - 2 * kMargin;
    if (oldHeight > 0)
        m_offset *= double(viewHeight()) / oldHeight;
    clampOffset();
    QWidget::resizeEvent(event);
}

void AddressSpaceView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressOffset = m_offset;
}

void AddressSpaceView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_pressed || m_zoom <= 1)
        return QWidget::mouseMoveEvent(event);
    const QPoint delta = event->position().toPoint() - m_pressPos;
    if (!m_dragging && delta.manhattanLength() >= QApplication::startDragDistance()) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        m_offset = m_pressOffset - delta.y();
        clampOffset();
        update();
    }
}

void AddressSpaceView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    // A click on a gap or beside the bar keeps the selection: the views that follow it have nothing to show.
    const int index = regionAt(event->position().toPoint());
    if (index >= 0) {
        m_selected = index;
        update();
        emit regionClicked(index);
    }
}

void AddressSpaceView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseDoubleClickEvent(event);
    setZoom(1, 0);
}

void AddressSpaceView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return QWidget::wheelEvent(event);
    // One notch (120) zooms by 25%.
    setZoom(m_zoom * std::pow(1.25, delta / 120.0), int(event->position().y()));
    event->accept();
}

void AddressSpaceView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const int n = m_layout.count();
    if (n == 0) {
        p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No memory mappings"));
        return;
    }
    const Columns c = columns();
    const double top = kMargin;
    const double bottom = kMargin + viewHeight();
    // Visible regions: lo is the lowest (bottom of the view), hi the highest.
    const int lo = layout().firstRegionWithTopAtOrAbove(bottom, axis());
    int hi = layout().firstRegionWithTopAtOrAbove(top, axis());
    if (hi >= n || regionBottomY(hi) <= top)
        --hi;
    p.save();
    p.setClipRect(QRect(0, kMargin, width(), viewHeight()));
    paintBar(p, c, lo, std::min(hi, n - 1));
    p.restore();
    paintLabels(p, c, lo, hi);
    paintLegend(p, c);
    paintScrollIndicator(p);
}

void AddressSpaceView::paintBar(QPainter& p, const Columns& c, int lo, int hi) const
{
    const AddressSpaceLayout& layout = this->layout();
    const int n = layout.count();
    for (int i = std::max(lo, 1); i <= std::min(hi + 1, n - 1); ++i) {
        if (layout.hasGapBefore(i))
            paintGap(p, c, i, regionBottomY(i), regionTopY(i - 1));
    }

    const QFont font = smallFont();
    const QFontMetrics fm(font);
    p.setFont(font);
    for (const AddressSpaceLayout::BarPiece& piece : layout.barPieces(lo, hi, axis())) {
        const QRect box(c.barLeft, piece.top, c.barWidth, piece.bottom - piece.top);
        if (piece.region < 0) {
            p.fillRect(box, heatMode() ? heatUnknownColor() : regionKindColor(piece.kind));
            continue;
        }
        const int i = piece.region;
        const Region& r = layout.regions()[size_t(i)];
        const QColor fill = fillColorOf(i);
        p.fillRect(box, fill);
        if (box.height() < 3)
            continue;
        p.setPen(fill.darker(170));
        p.drawLine(box.topLeft(), box.topRight());
        p.drawLine(box.topLeft(), box.bottomLeft());
        p.drawLine(box.topRight(), box.bottomRight());
        // The region below draws its own top edge, which is this one's bottom edge.
        const bool boxBelow = i > 0 && !layout.hasGapBefore(i) && regionBottomY(i - 1) - regionTopY(i - 1) >= 3;
        if (!boxBelow)
            p.drawLine(box.bottomLeft(), box.bottomRight());
        if (box.height() >= fm.height()) {
            const QString perms = r.perms.toString();
            QString text = tr("%1 %2").arg(perms, formatBytes(r.range.size()));
            if (heatMode()) {
                // What changed, where the size was: the picture's point in this view.
                const Heat* h = heatEntry(i);
                if (h && !h->added)
                    text = tr("%1 % changed")
                               .arg(QLocale().toString(h->heat * 100, 'f', h->heat > 0 && h->heat < 0.01 ? 2 : 0));
                else if (h)
                    text = tr("new");
            }
            if (fm.horizontalAdvance(text) > box.width() - 6)
                text = perms;
            if (fm.horizontalAdvance(text) <= box.width() - 6) {
                p.setPen(contrastingTextColor(fill));
                p.drawText(box, Qt::AlignCenter, text);
            }
        }
    }

    if (m_selected >= lo && m_selected <= hi) {
        QRect box = regionRect(m_selected);
        if (box.height() < 3)
            box.adjust(0, -1, 0, 1);
        // A halo in the background colour keeps the outline visible on a region of a similar colour.
        const QRectF outline = QRectF(box).adjusted(-1, -1, 1, 1);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(palette().color(QPalette::Base), 5));
        p.drawRect(outline);
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.drawRect(outline);
    }
}

void AddressSpaceView::paintGap(QPainter& p, const Columns& c, int index, double top, double bottom) const
{
    if (bottom - top < 2)
        return;
    const int t = AddressSpaceLayout::pixelEdge(top);
    const QRect band(c.barLeft, t, c.barWidth, AddressSpaceLayout::pixelEdge(bottom) - t);
    QColor ink = palette().color(QPalette::Text);
    ink.setAlpha(70);
    p.fillRect(band, QBrush(ink, Qt::BDiagPattern));
    ink.setAlpha(140);
    p.setPen(QPen(ink, 1, Qt::DotLine));
    p.drawLine(band.topLeft(), band.bottomLeft());
    p.drawLine(band.topRight(), band.bottomRight());

    const QFont font = smallFont();
    const QFontMetrics fm(font);
    if (band.height() < fm.height())
        return;
    const std::vector<Region>& regions = m_layout.regions();
    const quint64 bytes = regions[size_t(index)].range.start - regions[size_t(index) - 1].range.end;
    QString text = tr("gap %1").arg(formatBytes(bytes));
    if (fm.horizontalAdvance(text) > band.width() - 8)
        text = formatBytes(bytes);
    const int textWidth = fm.horizontalAdvance(text);
    if (textWidth > band.width() - 8)
        return;
    QRect box(0, 0, textWidth + 6, fm.height());
    box.moveCenter(band.center());
    p.fillRect(box, palette().color(QPalette::Base));
    p.setFont(font);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(box, Qt::AlignCenter, text);
}

void AddressSpaceView::paintLabels(QPainter& p, const Columns& c, int lo, int hi) const
{
    const QFontMetrics fm(font());
    constexpr int kLeader = 10;
    const int textLeft = c.labelsLeft + kLeader;
    const int minWidth = fm.averageCharWidth() * 4;
    if (c.labelsRight - textLeft < minWidth)
        return;
    const int h = fm.height();
    std::vector<AddressSpaceLayout::Label> labels
        = layout().visibleLabels(lo, hi, axis(), kMargin, kMargin + viewHeight());
    // Rows beside the legend are narrower; they take labels only if the labels up there fit there whole.
    const int legendRight = c.legendLeft - kSpacing;
    int besideLegend = 0; // the widest label anchored beside the legend
    for (const AddressSpaceLayout::Label& label : labels) {
        if (label.anchor < c.legendBottom + h) {
            const QString& text = label.landmark->text;
            besideLegend = std::max(besideLegend, fm.horizontalAdvance(text.isEmpty() ? tr("thread stack") : text));
        }
    }
    AddressSpaceLayout::placeLabels(
        labels, h, legendRight - textLeft < std::max(minWidth, besideLegend) ? c.legendBottom : 0, height());

    p.setFont(font());
    QColor leader = palette().color(QPalette::Text);
    leader.setAlpha(110);
    for (const AddressSpaceLayout::Label& label : labels) {
        const int right = label.top < c.legendBottom ? legendRight : c.labelsRight;
        const double labelMiddle = label.top + h / 2.0;
        // Labels may sit a little off their mapping; the leader line shows where they belong.
        p.setRenderHint(QPainter::Antialiasing, labelMiddle != label.anchor);
        p.setPen(leader);
        p.drawLine(QPointF(c.barLeft + c.barWidth + 1, label.anchor), QPointF(c.labelsLeft, label.anchor));
        p.drawLine(QPointF(c.labelsLeft, label.anchor), QPointF(textLeft - 3, labelMiddle));
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(palette().color(QPalette::Text));
        const QString& text = label.landmark->text;
        p.drawText(QRect(textLeft, label.top, right - textLeft, h), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(text.isEmpty() ? tr("thread stack") : text, Qt::ElideMiddle, right - textLeft));
    }
}

void AddressSpaceView::paintLegend(QPainter& p, const Columns&) const
{
    const QFont font = smallFont();
    const QFontMetrics fm(font);
    p.setFont(font);
    for (const LegendItem& item : legendItems()) {
        if (item.text.bottom() > height() || item.text.width() < 8)
            continue;
        const QColor color = item.color;
        p.fillRect(item.swatch, color);
        p.setPen(color.darker(170));
        p.setBrush(Qt::NoBrush);
        p.drawRect(item.swatch.adjusted(0, 0, -1, -1));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(
            item.text, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(item.name, Qt::ElideRight, item.text.width()));
    }
}

void AddressSpaceView::paintScrollIndicator(QPainter& p) const
{
    if (m_zoom <= 1)
        return;
    QColor ink = palette().color(QPalette::Text);
    ink.setAlpha(40);
    const QRectF track(2, kMargin, 3, viewHeight());
    p.fillRect(track, ink);
    ink.setAlpha(140);
    const double thumbTop = track.top() + m_offset / contentHeight() * track.height();
    p.fillRect(QRectF(track.left(), thumbTop, track.width(), track.height() / m_zoom), ink);
}

} // namespace procglass
