#include "addressspaceview.h"

#include "core/format.h"
#include "regioncolors.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace procglass {

namespace {

constexpr double kMinRegionPx = 4;
constexpr double kSmallGapPx = 6; // between the pieces of one image, or a few pages apart
constexpr double kGapPx = 10;
constexpr double kLargeGapPx = 18; // tall enough for a "gap 12.3 TiB" label
constexpr quint64 kLargeGap = quint64(1) << 30;
constexpr quint64 kSmallGap = quint64(1) << 20;
// When minimum heights and gaps do not fit, they are squeezed into these shares of the height and the log2
// weights get the rest: the gaps keep the picture's structure and big mappings still stand out among tens
// of thousands of small ones.
constexpr double kCrowdedGapShare = 0.2;
constexpr double kCrowdedRegionShare = 0.5;
constexpr double kRoomyFixedShare = 0.7;
constexpr double kMaxZoom = 64;
constexpr int kMargin = 8;
constexpr int kSpacing = 6;
constexpr int kSwatch = 10;

double gapPx(quint64 bytes)
{
    if (bytes >= kLargeGap)
        return kLargeGapPx;
    return bytes > kSmallGap ? kGapPx : kSmallGapPx;
}

// The pixel row whose centre y falls in a half-open interval starts at ceil(y - 0.5); rounding every edge
// this way keeps regionRect() and regionAt() in agreement.
int pixelEdge(double y)
{
    return int(std::ceil(y - 0.5));
}

} // namespace

AddressSpaceView::AddressSpaceView(QWidget* parent)
    : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
}

void AddressSpaceView::setRegions(std::vector<Region> regions)
{
    m_regions = std::move(regions);
    m_selected = -1;
    m_zoom = 1;
    m_offset = 0;
    m_slots.assign(m_regions.size(), {});
    m_scaleHeight = -1;
    m_landmarks.clear();
    m_legendKinds.clear();

    double gaps = 0;
    double weight = 0;
    for (size_t i = 0; i < m_regions.size(); ++i) {
        const Region& r = m_regions[i];
        if (i > 0 && r.range.start > m_regions[i - 1].range.end)
            gaps += gapPx(r.range.start - m_regions[i - 1].range.end);
        const double size = std::log2(std::max(1.0, double(r.range.size()) / double(kPageSize)));
        m_slots[i] = { gaps, weight, size };
        weight += size;
    }
    m_totalGaps = gaps;
    m_totalWeight = weight;

    // Landmarks: what a textbook picture names. Libraries are labelled once, at their first mapping, and the
    // label points at the whole image (including a .bss or a guard page between its pieces).
    const int n = int(m_regions.size());
    QString lastImage;
    for (int i = 0; i < n; ++i) {
        const Region& r = m_regions[i];
        Landmark mark { i, i, 1, {} };
        switch (r.kind) {
        case RegionKind::Executable:
        case RegionKind::Library:
            if (r.segment == ImageSegment::Bss || r.path == lastImage)
                continue;
            lastImage = r.path;
            mark.text = r.fileName();
            mark.priority = r.kind == RegionKind::Executable ? 0 : 2;
            while (mark.last + 1 < n) {
                const Region& next = m_regions[mark.last + 1];
                const bool guardInside = next.kind == RegionKind::Guard && next.path.isEmpty() && mark.last + 2 < n
                    && m_regions[mark.last + 2].path == r.path;
                if (next.path != r.path && next.segment != ImageSegment::Bss && !guardInside)
                    break;
                ++mark.last;
            }
            break;
        case RegionKind::Heap:
        case RegionKind::MainStack:
            mark.priority = 0;
            mark.text = r.path;
            break;
        case RegionKind::ThreadStack:
            break; // named when painted, so that a change of language shows

        case RegionKind::Vdso:
        case RegionKind::Vvar:
        case RegionKind::Vsyscall:
            if (i > 0 && m_regions[i - 1].path == r.path)
                continue;
            mark.text = r.path;
            break;
        default:
            continue;
        }
        if (!mark.text.isEmpty() || r.kind == RegionKind::ThreadStack)
            m_landmarks.push_back(std::move(mark));
    }

    std::array<bool, regionKindCount()> seen {};
    for (int i = n - 1; i >= 0; --i) {
        const int kind = int(m_regions[i].kind);
        if (!seen[kind]) {
            seen[kind] = true;
            m_legendKinds.push_back(m_regions[i].kind);
        }
    }
    relayout();
}

void AddressSpaceView::setSelectedRegion(int index)
{
    if (index < 0 || index >= int(m_regions.size()))
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
    const int i = firstRegionWithTopAtOrAbove(y);
    return i < int(m_regions.size()) && y < regionBottomY(i) ? i : -1;
}

QRect AddressSpaceView::regionRect(int index) const
{
    if (index < 0 || index >= int(m_regions.size()))
        return {};
    const int top = pixelEdge(regionTopY(index));
    const int bottom = std::max(top + 1, pixelEdge(regionBottomY(index)));
    if (bottom <= kMargin || top >= kMargin + viewHeight())
        return {};
    const Columns c = columns();
    return { c.barLeft, top, c.barWidth, bottom - top };
}

void AddressSpaceView::relayout()
{
    const QFontMetrics fm(smallFont());
    m_legendWidth = 0;
    for (RegionKind kind : m_legendKinds)
        m_legendWidth = std::max(m_legendWidth, kSwatch + 5 + fm.horizontalAdvance(regionKindName(kind)));
    clampOffset();
    update();
}

const AddressSpaceView::Scale& AddressSpaceView::scale() const
{
    // Cached by height rather than computed in resizeEvent(): a hidden widget gets no resize events, yet
    // regionRect() must be right for it too.
    if (m_scaleHeight == height() && m_scaleZoom == m_zoom)
        return m_scale;
    m_scaleHeight = height();
    m_scaleZoom = m_zoom;
    const double h = viewHeight();
    const double minimums = double(m_regions.size()) * kMinRegionPx;
    Scale& s = m_scale;
    s = {};
    if (m_regions.empty())
        return s;
    if (minimums + m_totalGaps <= kRoomyFixedShare * h) {
        s = { kMinRegionPx, 1, m_totalWeight > 0 ? (h - minimums - m_totalGaps) / m_totalWeight : 0 };
    } else {
        const double gaps = std::min(m_totalGaps, kCrowdedGapShare * h);
        s.gap = m_totalGaps > 0 ? gaps / m_totalGaps : 0;
        const double regions = m_totalWeight > 0 ? std::min(minimums, kCrowdedRegionShare * h) : h - gaps;
        s.region = regions / double(m_regions.size());
        s.weight = m_totalWeight > 0 ? (h - gaps - regions) / m_totalWeight : 0;
    }
    if (m_totalWeight <= 0) {
        // Nothing to share out by size: stretch what there is to the full height.
        const double used = double(m_regions.size()) * s.region + m_totalGaps * s.gap;
        if (used > 0) {
            s.region *= h / used;
            s.gap *= h / used;
        }
    }
    s.region *= m_zoom;
    s.gap *= m_zoom;
    s.weight *= m_zoom;
    return s;
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
    c.barWidth = std::clamp(w * 28 / 100, 40, 120);
    c.labelsLeft = c.barLeft + c.barWidth + kSpacing;
    c.labelsRight = w - kMargin;
    // The legend sits in the top right corner, above the labels' column rather than beside it: the labels
    // up there are short ([vdso], [stack]) and the long library names below get the full width.
    c.legendWidth = std::min(m_legendWidth, w * 2 / 5);
    c.legendLeft = c.labelsRight - c.legendWidth;
    c.legendRowHeight = QFontMetrics(smallFont()).height() + 3;
    c.legendBottom = kMargin + int(m_legendKinds.size()) * c.legendRowHeight;
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

double AddressSpaceView::yAt(int regionsBelow, double gaps, double weight) const
{
    const Scale& s = scale();
    return kMargin - m_offset + contentHeight() - (regionsBelow * s.region + gaps * s.gap + weight * s.weight);
}

double AddressSpaceView::regionTopY(int index) const
{
    const Slot& s = m_slots[size_t(index)];
    return yAt(index + 1, s.gaps, s.weight + s.size);
}

double AddressSpaceView::regionBottomY(int index) const
{
    const Slot& s = m_slots[size_t(index)];
    return yAt(index, s.gaps, s.weight);
}

bool AddressSpaceView::hasGapBefore(int index) const
{
    return index > 0 && index < int(m_regions.size())
        && m_regions[size_t(index)].range.start > m_regions[size_t(index) - 1].range.end;
}

int AddressSpaceView::firstRegionWithTopAtOrAbove(double y) const
{
    // Tops move up (y decreases) as the index grows.
    int lo = 0;
    int hi = int(m_regions.size());
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (regionTopY(mid) <= y)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
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
    const int index = regionAt(pos);
    if (index >= 0) {
        const Region& r = m_regions[size_t(index)];
        QString path = r.path;
        if (r.deleted)
            path = tr("%1 (deleted)").arg(path);
        return QStringLiteral("<table>")
            + row(tr("Range:"), tr("%1 – %2").arg(formatAddress(r.range.start), formatAddress(r.range.end)))
            + row(tr("Size:"), formatBytes(r.range.size())) + row(tr("Permissions:"), r.perms.toString())
            + row(tr("Kind:"), regionKindName(r.kind)) + (path.isEmpty() ? QString() : row(tr("Path:"), path))
            + QStringLiteral("</table>");
    }
    const Columns c = columns();
    if (pos.x() < c.barLeft || pos.x() >= c.barLeft + c.barWidth)
        return {};
    const int above = firstRegionWithTopAtOrAbove(pos.y() + 0.5);
    if (!hasGapBefore(above))
        return {};
    const Address start = m_regions[size_t(above) - 1].range.end;
    const Address end = m_regions[size_t(above)].range.start;
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
    if (m_regions.empty()) {
        p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No memory mappings"));
        return;
    }
    const Columns c = columns();
    const double top = kMargin;
    const double bottom = kMargin + viewHeight();
    // Visible regions: lo is the lowest (bottom of the view), hi the highest.
    const int lo = firstRegionWithTopAtOrAbove(bottom);
    int hi = firstRegionWithTopAtOrAbove(top);
    if (hi >= int(m_regions.size()) || regionBottomY(hi) <= top)
        --hi;
    p.save();
    p.setClipRect(QRect(0, kMargin, width(), viewHeight()));
    paintBar(p, c, lo, std::min(hi, int(m_regions.size()) - 1));
    p.restore();
    paintLabels(p, c, lo, hi);
    paintLegend(p, c);
    paintScrollIndicator(p);
}

void AddressSpaceView::paintBar(QPainter& p, const Columns& c, int lo, int hi) const
{
    const int n = int(m_regions.size());
    for (int i = std::max(lo, 1); i <= std::min(hi + 1, n - 1); ++i) {
        if (hasGapBefore(i))
            paintGap(p, c, i, regionBottomY(i), regionTopY(i - 1));
    }

    const QFont font = smallFont();
    const QFontMetrics fm(font);
    p.setFont(font);
    // Mappings thinner than a pixel share their pixel row with their neighbours: the row takes the colour of
    // the kind that covers most of it, so 65,000 mappings cost a few hundred fills.
    int thinRow = std::numeric_limits<int>::min();
    std::array<double, regionKindCount()> cover {};
    const auto flushThinRow = [&] {
        if (thinRow == std::numeric_limits<int>::min())
            return;
        const auto kind = RegionKind(std::max_element(cover.begin(), cover.end()) - cover.begin());
        p.fillRect(c.barLeft, thinRow, c.barWidth, 1, regionKindColor(kind));
        cover = {};
        thinRow = std::numeric_limits<int>::min();
    };
    for (int i = lo; i <= hi; ++i) {
        const Region& r = m_regions[size_t(i)];
        const double top = regionTopY(i);
        const double bottom = regionBottomY(i);
        if (bottom - top < 1.5) {
            const int row = int(std::floor((top + bottom) / 2));
            if (row != thinRow) {
                flushThinRow();
                thinRow = row;
            }
            cover[size_t(r.kind)] += bottom - top;
            continue;
        }
        flushThinRow();
        const int t = pixelEdge(top);
        const QRect box(c.barLeft, t, c.barWidth, pixelEdge(bottom) - t);
        const QColor fill = regionFillColor(r);
        p.fillRect(box, fill);
        if (box.height() < 3)
            continue;
        p.setPen(fill.darker(170));
        p.drawLine(box.topLeft(), box.topRight());
        p.drawLine(box.topLeft(), box.bottomLeft());
        p.drawLine(box.topRight(), box.bottomRight());
        // The region below draws its own top edge, which is this one's bottom edge.
        const bool boxBelow = i > 0 && !hasGapBefore(i) && regionBottomY(i - 1) - regionTopY(i - 1) >= 3;
        if (!boxBelow)
            p.drawLine(box.bottomLeft(), box.bottomRight());
        if (box.height() >= fm.height()) {
            const QString perms = r.perms.toString();
            QString text = tr("%1 %2").arg(perms, formatBytes(r.range.size()));
            if (fm.horizontalAdvance(text) > box.width() - 6)
                text = perms;
            if (fm.horizontalAdvance(text) <= box.width() - 6) {
                p.setPen(contrastingTextColor(fill));
                p.drawText(box, Qt::AlignCenter, text);
            }
        }
    }
    flushThinRow();

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
    const int t = pixelEdge(top);
    const QRect band(c.barLeft, t, c.barWidth, pixelEdge(bottom) - t);
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
    const quint64 bytes = m_regions[size_t(index)].range.start - m_regions[size_t(index) - 1].range.end;
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
    auto it = std::lower_bound(
        m_landmarks.begin(), m_landmarks.end(), lo, [](const Landmark& m, int index) { return m.last < index; });
    std::vector<std::pair<const Landmark*, double>> visible; // with the y they point at
    const double viewBottom = kMargin + viewHeight();
    for (; it != m_landmarks.end() && it->first <= hi; ++it) {
        const double top = std::max<double>(kMargin, regionTopY(it->last));
        const double bottom = std::min(viewBottom, regionBottomY(it->first));
        visible.emplace_back(&*it, (top + bottom) / 2);
    }
    std::stable_sort(visible.begin(), visible.end(),
        [](const auto& a, const auto& b) { return a.first->priority < b.first->priority; });

    // Labels may move a little off their mapping, with a leader line to show where they belong; one that
    // still collides is left out rather than drawn over another.
    const int h = fm.height();
    std::vector<bool> taken(size_t(height() + 1), false);
    const int offsets[] = { 0, -h / 2, h / 2, -h, h };
    p.setFont(font());
    QColor leader = palette().color(QPalette::Text);
    leader.setAlpha(110);
    for (const auto& [mark, anchor] : visible) {
        for (int offset : offsets) {
            const int labelTop = int(std::lround(anchor)) - h / 2 + offset;
            if (labelTop < 0 || labelTop + h > height())
                continue;
            const int right = labelTop < c.legendBottom ? c.legendLeft - kSpacing : c.labelsRight;
            if (right - textLeft < minWidth)
                continue;
            if (std::any_of(taken.begin() + labelTop, taken.begin() + labelTop + h, [](bool b) { return b; }))
                continue;
            std::fill(taken.begin() + labelTop, taken.begin() + labelTop + h, true);
            const double labelMiddle = labelTop + h / 2.0;
            p.setRenderHint(QPainter::Antialiasing, labelMiddle != anchor);
            p.setPen(leader);
            p.drawLine(QPointF(c.barLeft + c.barWidth + 1, anchor), QPointF(c.labelsLeft, anchor));
            p.drawLine(QPointF(c.labelsLeft, anchor), QPointF(textLeft - 3, labelMiddle));
            p.setRenderHint(QPainter::Antialiasing, false);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QRect(textLeft, labelTop, right - textLeft, h), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(
                    mark->text.isEmpty() ? tr("thread stack") : mark->text, Qt::ElideMiddle, right - textLeft));
            break;
        }
    }
}

void AddressSpaceView::paintLegend(QPainter& p, const Columns& c) const
{
    if (c.legendWidth < kSwatch + 20)
        return;
    const QFont font = smallFont();
    const QFontMetrics fm(font);
    p.setFont(font);
    const int rowHeight = c.legendRowHeight;
    int y = kMargin;
    for (RegionKind kind : m_legendKinds) {
        if (y + rowHeight > height())
            break;
        const QColor color = regionKindColor(kind);
        const QRect swatch(c.legendLeft, y + (rowHeight - kSwatch) / 2, kSwatch, kSwatch);
        p.fillRect(swatch, color);
        p.setPen(color.darker(170));
        p.setBrush(Qt::NoBrush);
        p.drawRect(swatch.adjusted(0, 0, -1, -1));
        p.setPen(palette().color(QPalette::Text));
        const int textLeft = swatch.right() + 5;
        const int textWidth = c.legendLeft + c.legendWidth - textLeft;
        p.drawText(QRect(textLeft, y, textWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(regionKindName(kind), Qt::ElideRight, textWidth));
        y += rowHeight;
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
