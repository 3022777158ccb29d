#pragma once

#include "addressspacelayout.h"
#include "core/model/region.h"

#include <QWidget>

#include <vector>

class QPainter;

namespace procglass {

// The mappings of one process as a vertical bar along the address axis, low addresses at the bottom.
//
// Real address spaces are mostly holes (128 TiB of user space around a few hundred MiB of mappings), so
// the scale is not linear (see AddressSpaceLayout): each gap is a hatched band of a nominal height. At zoom 1
// everything fits the widget's height.
class AddressSpaceView : public QWidget
{
    Q_OBJECT
public:
    explicit AddressSpaceView(QWidget* parent = nullptr);

    // Regions in address order, as the kernel lists them.
    void setRegions(std::vector<Region> regions);
    [[nodiscard]] const std::vector<Region>& regions() const { return m_layout.regions(); }

    // -1 clears the selection. When zoomed, scrolls the region into view.
    void setSelectedRegion(int index);
    [[nodiscard]] int selectedRegion() const { return m_selected; }

    // Index of the region drawn at pos (widget coordinates), or -1.
    [[nodiscard]] int regionAt(QPoint pos) const;
    // Where region index is drawn now (widget coordinates); empty if it is scrolled out of view.
    [[nodiscard]] QRect regionRect(int index) const;

    [[nodiscard]] double zoom() const { return m_zoom; }
    // Clamped to 1..64; the content at anchorY stays where it is.
    void setZoom(double factor, int anchorY);

    // One entry of the colour legend: its swatch and where its text goes (never elided above the
    // minimum width: see minimumSizeHint()).
    struct LegendItem
    {
        RegionKind kind;
        QRect swatch;
        QRect text;
    };
    [[nodiscard]] std::vector<LegendItem> legendItems() const;
    // The legend's and the bar's font: a little smaller than the widget's.
    [[nodiscard]] QFont smallFont() const;

    QSize sizeHint() const override { return { 260, 600 }; }
    // Wide enough for the bar and a legend column whose names are whole, in the current language.
    QSize minimumSizeHint() const override;

signals:
    void regionClicked(int index);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Columns
    {
        int barLeft = 0;
        int barWidth = 0;
        int labelsLeft = 0;
        int labelsRight = 0;
        int legendLeft = 0;
        int legendWidth = 0;
        int legendColumns = 1;
        int legendItemWidth = 0;
        int legendRowHeight = 0;
        int legendBottom = 0;
    };

    void relayout();
    [[nodiscard]] const AddressSpaceLayout& layout() const;
    [[nodiscard]] AddressSpaceLayout::Axis axis() const;
    void clampOffset();
    [[nodiscard]] Columns columns() const;
    [[nodiscard]] static int barWidth(int width);
    [[nodiscard]] int viewHeight() const;
    [[nodiscard]] double contentHeight() const;
    [[nodiscard]] double regionTopY(int index) const;
    [[nodiscard]] double regionBottomY(int index) const;
    [[nodiscard]] QString toolTipAt(QPoint pos) const;

    void paintBar(QPainter& p, const Columns& c, int lo, int hi) const;
    void paintGap(QPainter& p, const Columns& c, int index, double top, double bottom) const;
    void paintLabels(QPainter& p, const Columns& c, int lo, int hi) const;
    void paintLegend(QPainter& p, const Columns& c) const;
    void paintScrollIndicator(QPainter& p) const;

    mutable AddressSpaceLayout m_layout; // sized on use, see layout()
    int m_legendWidth = 0; // of one legend entry: swatch and the longest kind name

    int m_selected = -1;
    double m_zoom = 1;
    double m_offset = 0; // pixels of content scrolled off above the view

    QPoint m_pressPos;
    double m_pressOffset = 0;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace procglass
