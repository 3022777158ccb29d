// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/region.h"

#include <QString>

#include <vector>

namespace procglass {

// The compressed address axis that AddressSpaceView draws, kept apart from the widget so that it can be tested
// without one.
//
// Real address spaces are mostly holes (128 TiB of user space around a few hundred MiB of mappings), so the scale
// is not linear: each mapping is as tall as a minimum plus a share proportional to log2(size), and each gap is a band
// of a nominal height (taller for larger gaps, to fit its size). Together they fill height().
//
// Positions along the bar are altitudes: pixels above its bottom (the lowest address) at zoom 1. Axis turns them
// into y on screen.
class AddressSpaceLayout
{
public:
    // Every mapping gets at least this when it fits; when it does not, the minimums shrink together.
    static constexpr double kMinRegionPx = 4;

    struct Landmark
    {
        int first = 0; // the label points at the middle of regions first..last
        int last = 0;
        int priority = 0; // 0 first
        QString text; // empty for a thread stack, which is named when painted so that a change of language shows
    };

    // y grows downwards, as on screen, and zoom stretches the bar about its bottom edge.
    struct Axis
    {
        double bottom = 0; // the y of altitude 0
        double zoom = 1;
        [[nodiscard]] double y(double altitude) const { return bottom - altitude * zoom; }
    };

    // What to fill along the bar, in whole pixel rows.
    struct BarPiece
    {
        int top = 0;
        int bottom = 0; // exclusive
        int region = -1; // -1 for one row shared by mappings thinner than a pixel
        RegionKind kind = RegionKind::Anonymous; // for a shared row, the kind that covers most of it
    };

    struct Label
    {
        const Landmark* landmark = nullptr;
        double anchor = 0; // the y it points at
        int top = 0;
    };

    // Regions in address order, as the kernel lists them.
    void setRegions(std::vector<Region> regions);
    [[nodiscard]] const std::vector<Region>& regions() const { return m_regions; }
    [[nodiscard]] int count() const { return int(m_regions.size()); }

    void setHeight(double height);
    [[nodiscard]] double height() const { return m_height; }

    [[nodiscard]] double regionBottom(int index) const;
    [[nodiscard]] double regionTop(int index) const;
    // Whether addresses are unmapped between region index - 1 and region index.
    [[nodiscard]] bool hasGapBefore(int index) const;

    // The first region whose top edge is at or above y: the region y falls in, or the one just below a gap.
    [[nodiscard]] int firstRegionWithTopAtOrAbove(double y, Axis axis) const;

    // Regions lo..hi from the bottom up. Mappings thinner than a pixel share their pixel row with their neighbours,
    // so that 65,000 mappings cost a few hundred fills.
    [[nodiscard]] std::vector<BarPiece> barPieces(int lo, int hi, Axis axis) const;

    // What a textbook picture names, in address order.
    [[nodiscard]] const std::vector<Landmark>& landmarks() const { return m_landmarks; }
    // The kinds present, in the order they first appear from the top.
    [[nodiscard]] const std::vector<RegionKind>& kindsFromTop() const { return m_kindsFromTop; }

    // The landmarks among regions lo..hi in priority order, each anchored at the middle of its part within
    // viewTop..viewBottom, and with its top not yet placed.
    [[nodiscard]] std::vector<Label> visibleLabels(int lo, int hi, Axis axis, double viewTop, double viewBottom) const;
    // Sets the top of each label, moving it a little off its anchor if it would overlap one placed before it or
    // leave minTop..maxBottom; drops the ones that fit nowhere rather than draw them over another.
    static void placeLabels(std::vector<Label>& labels, int labelHeight, int minTop, int maxBottom);

    // The pixel row whose centre y falls in a half-open interval starts at ceil(y - 0.5); rounding every edge this
    // way keeps hit tests in agreement with what is drawn.
    [[nodiscard]] static int pixelEdge(double y);

private:
    // Where a region's bottom edge is, in three parts that m_scale turns into pixels: the minimum heights of the
    // regions below (implied by the index), the gaps below in nominal pixels, and the log2 weights of the regions
    // below.
    struct Slot
    {
        double gaps = 0;
        double weight = 0;
        double size = 0; // the region's own log2 weight
    };
    struct Scale
    {
        double region = 0; // per region, its minimum height
        double gap = 0; // per nominal gap pixel
        double weight = 0; // per log2 weight
    };

    void updateScale();
    [[nodiscard]] double altitude(int regionsBelow, double gaps, double weight) const;

    std::vector<Region> m_regions;
    std::vector<Slot> m_slots; // parallel to m_regions
    std::vector<Landmark> m_landmarks;
    std::vector<RegionKind> m_kindsFromTop;
    double m_totalGaps = 0;
    double m_totalWeight = 0;
    double m_height = 0;
    Scale m_scale;
};

} // namespace procglass
