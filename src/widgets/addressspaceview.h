#pragma once

#include "core/region.h"

#include <QWidget>

#include <vector>

class QPainter;

namespace procglass {

// The mappings of one process as a vertical bar along the address axis, low addresses at the bottom.
//
// Real address spaces are mostly holes (128 TiB of user space around a few hundred MiB of mappings), so
// the scale is not linear: each mapping is as tall as a minimum plus a share proportional to log2(size),
// and each gap is a hatched band of a nominal height (taller for larger gaps, to fit its size). At zoom 1 everything
// fits the widget's height.
class AddressSpaceView : public QWidget
{
    Q_OBJECT
public:
    explicit AddressSpaceView(QWidget* parent = nullptr);

    // Regions in address order, as the kernel lists them.
    void setRegions(std::vector<Region> regions);
    [[nodiscard]] const std::vector<Region>& regions() const { return m_regions; }

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

    QSize sizeHint() const override { return { 260, 600 }; }
    QSize minimumSizeHint() const override { return { 160, 200 }; }

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
    // Where a region's bottom edge is, counted from the bottom of the bar in three parts that scale()
    // turns into pixels: the minimum heights of the regions below (implied by the index), the gaps below in
    // nominal pixels, and the log2 weights of the regions below.
    struct Slot
    {
        double gaps = 0;
        double weight = 0;
        double size = 0; // the region's own log2 weight
    };
    struct Landmark
    {
        int first = 0; // the label points at the middle of regions first..last
        int last = 0;
        int priority = 0; // 0 first
        QString text;
    };
    struct Columns
    {
        int barLeft = 0;
        int barWidth = 0;
        int labelsLeft = 0;
        int labelsRight = 0;
        int legendLeft = 0;
        int legendWidth = 0;
        int legendRowHeight = 0;
        int legendBottom = 0;
    };

    struct Scale // pixels, zoom included
    {
        double region = 0; // per region, its minimum height
        double gap = 0; // per nominal gap pixel
        double weight = 0; // per log2 weight
    };

    void relayout();
    [[nodiscard]] const Scale& scale() const;
    void clampOffset();
    [[nodiscard]] Columns columns() const;
    [[nodiscard]] int viewHeight() const;
    [[nodiscard]] double contentHeight() const;
    [[nodiscard]] double yAt(int regionsBelow, double gaps, double weight) const;
    [[nodiscard]] double regionTopY(int index) const;
    [[nodiscard]] double regionBottomY(int index) const;
    [[nodiscard]] bool hasGapBefore(int index) const;
    // The first region whose top edge is at or above y: region y falls in, or the one just below a gap.
    [[nodiscard]] int firstRegionWithTopAtOrAbove(double y) const;
    [[nodiscard]] QString toolTipAt(QPoint pos) const;
    [[nodiscard]] QFont smallFont() const;

    void paintBar(QPainter& p, const Columns& c, int lo, int hi) const;
    void paintGap(QPainter& p, const Columns& c, int index, double top, double bottom) const;
    void paintLabels(QPainter& p, const Columns& c, int lo, int hi) const;
    void paintLegend(QPainter& p, const Columns& c) const;
    void paintScrollIndicator(QPainter& p) const;

    std::vector<Region> m_regions;
    std::vector<Slot> m_slots; // parallel to m_regions
    std::vector<Landmark> m_landmarks; // in address order
    std::vector<RegionKind> m_legendKinds; // kinds present, in the order they first appear from the top
    double m_totalGaps = 0;
    mutable Scale m_scale; // for m_scaleHeight and m_scaleZoom
    mutable int m_scaleHeight = -1;
    mutable double m_scaleZoom = 0;
    double m_totalWeight = 0;
    int m_legendWidth = 0;

    int m_selected = -1;
    double m_zoom = 1;
    double m_offset = 0; // pixels of content scrolled off above the view

    QPoint m_pressPos;
    double m_pressOffset = 0;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace procglass
