// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "addressspacelayout.h"
#include "core/model/region.h"

#include <QWidget>

#include <vector>

class QAction;
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

    // The heat view: every mapping coloured by how much of it changed between two moments (the
    // stack and the heap move, the code does not). One entry per compared mapping, by its start.
    struct Heat
    {
        Address start = 0;
        double heat = 0; // 0..1, MappingDiff::heat()
        quint64 changedBytes = 0;
        bool added = false; // not there before
    };
    // caption names the two moments ("since snapshot 2 (12:03:05)"). Empty: no heat (the view
    // goes back to kinds).
    void setHeat(std::vector<Heat> heat, const QString& caption);
    [[nodiscard]] bool hasHeat() const { return !m_heat.empty(); }
    void setHeatMode(bool on);
    [[nodiscard]] bool heatMode() const { return m_heatMode && hasHeat(); }
    // Toggles the heat view (checkable; enabled while there is heat): the picture's context menu
    // has it, the window puts it in its menu too.
    [[nodiscard]] QAction* heatAction() const { return m_heatAction; }
    // The heat of region index, or -1 when it was not compared.
    [[nodiscard]] double heatOf(int index) const;
    // The colour region index is filled with now (kinds or heat).
    [[nodiscard]] QColor fillColorOf(int index) const;

    // One entry of the colour legend: its swatch and where its text goes (never elided above the
    // minimum width: see minimumSizeHint()). In the heat view, kind is meaningless.
    struct LegendItem
    {
        RegionKind kind;
        QRect swatch;
        QRect text;
        QColor color;
        QString name;
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
    void contextMenuEvent(QContextMenuEvent* event) override;
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
    // The legend's entries now: the kinds, or the heat scale.
    [[nodiscard]] std::vector<std::pair<QColor, QString>> legendEntries() const;
    [[nodiscard]] const Heat* heatEntry(int index) const;
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

    std::vector<Heat> m_heat; // by start
    QString m_heatCaption;
    bool m_heatMode = false;
    QAction* m_heatAction;

    int m_selected = -1;
    double m_zoom = 1;
    double m_offset = 0; // pixels of content scrolled off above the view

    QPoint m_pressPos;
    double m_pressOffset = 0;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace procglass
