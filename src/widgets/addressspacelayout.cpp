// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "addressspacelayout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace procglass {

namespace {

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

double gapPx(quint64 bytes)
{
    if (bytes >= kLargeGap)
        return kLargeGapPx;
    return bytes > kSmallGap ? kGapPx : kSmallGapPx;
}

} // namespace

void AddressSpaceLayout::setRegions(std::vector<Region> regions)
{
    m_regions = std::move(regions);
    m_slots.assign(m_regions.size(), {});
    m_landmarks.clear();
    m_kindsFromTop.clear();

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

    // Libraries are labelled once, at their first mapping, and the label points at the whole image (including a
    // .bss or a guard page between its pieces).
    const int n = count();
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
            break;

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
            m_kindsFromTop.push_back(m_regions[i].kind);
        }
    }
    updateScale();
}

void AddressSpaceLayout::setHeight(double height)
{
    if (height == m_height)
        return;
    m_height = height;
    updateScale();
}

void AddressSpaceLayout::updateScale()
{
    const double h = m_height;
    const double minimums = double(m_regions.size()) * kMinRegionPx;
    Scale& s = m_scale;
    s = {};
    if (m_regions.empty())
        return;
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
}

double AddressSpaceLayout::altitude(int regionsBelow, double gaps, double weight) const
{
    return regionsBelow * m_scale.region + gaps * m_scale.gap + weight * m_scale.weight;
}

double AddressSpaceLayout::regionBottom(int index) const
{
    const Slot& s = m_slots[size_t(index)];
    return altitude(index, s.gaps, s.weight);
}

double AddressSpaceLayout::regionTop(int index) const
{
    const Slot& s = m_slots[size_t(index)];
    return altitude(index + 1, s.gaps, s.weight + s.size);
}

bool AddressSpaceLayout::hasGapBefore(int index) const
{
    return index > 0 && index < count()
        && m_regions[size_t(index)].range.start > m_regions[size_t(index) - 1].range.end;
}

int AddressSpaceLayout::firstRegionWithTopAtOrAbove(double y, Axis axis) const
{
    // Tops move up (y decreases) as the index grows.
    int lo = 0;
    int hi = count();
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (axis.y(regionTop(mid)) <= y)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

std::vector<AddressSpaceLayout::BarPiece> AddressSpaceLayout::barPieces(int lo, int hi, Axis axis) const
{
    std::vector<BarPiece> pieces;
    // A shared row takes the colour of the kind that covers most of it.
    int thinRow = std::numeric_limits<int>::min();
    std::array<double, regionKindCount()> cover {};
    const auto flushThinRow = [&] {
        if (thinRow == std::numeric_limits<int>::min())
            return;
        const auto kind = RegionKind(std::max_element(cover.begin(), cover.end()) - cover.begin());
        pieces.push_back({ thinRow, thinRow + 1, -1, kind });
        cover = {};
        thinRow = std::numeric_limits<int>::min();
    };
    for (int i = lo; i <= hi; ++i) {
        const double top = axis.y(regionTop(i));
        const double bottom = axis.y(regionBottom(i));
        if (bottom - top < 1.5) {
            const int row = int(std::floor((top + bottom) / 2));
            if (row != thinRow) {
                flushThinRow();
                thinRow = row;
            }
            cover[size_t(m_regions[size_t(i)].kind)] += bottom - top;
            continue;
        }
        flushThinRow();
        pieces.push_back({ pixelEdge(top), pixelEdge(bottom), i, m_regions[size_t(i)].kind });
    }
    flushThinRow();
    return pieces;
}

std::vector<AddressSpaceLayout::Label> AddressSpaceLayout::visibleLabels(
    int lo, int hi, Axis axis, double viewTop, double viewBottom) const
{
    auto it = std::lower_bound(
        m_landmarks.begin(), m_landmarks.end(), lo, [](const Landmark& m, int index) { return m.last < index; });
    std::vector<Label> labels;
    for (; it != m_landmarks.end() && it->first <= hi; ++it) {
        const double top = std::max(viewTop, axis.y(regionTop(it->last)));
        const double bottom = std::min(viewBottom, axis.y(regionBottom(it->first)));
        labels.push_back({ &*it, (top + bottom) / 2, 0 });
    }
    std::stable_sort(labels.begin(), labels.end(),
        [](const Label& a, const Label& b) { return a.landmark->priority < b.landmark->priority; });
    return labels;
}

void AddressSpaceLayout::placeLabels(std::vector<Label>& labels, int labelHeight, int minTop, int maxBottom)
{
    const int h = labelHeight;
    std::vector<bool> taken(size_t(std::max(0, maxBottom) + 1), false);
    const int offsets[] = { 0, -h / 2, h / 2, -h, h };
    size_t kept = 0;
    for (Label& label : labels) {
        for (int offset : offsets) {
            const int top = int(std::lround(label.anchor)) - h / 2 + offset;
            if (top < 0 || top < minTop || top + h > maxBottom)
                continue;
            if (std::any_of(taken.begin() + top, taken.begin() + top + h, [](bool b) { return b; }))
                continue;
            std::fill(taken.begin() + top, taken.begin() + top + h, true);
            label.top = top;
            labels[kept++] = label;
            break;
        }
    }
    labels.resize(kept);
}

int AddressSpaceLayout::pixelEdge(double y)
{
    return int(std::ceil(y - 0.5));
}

} // namespace procglass
