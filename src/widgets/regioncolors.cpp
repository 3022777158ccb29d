#include "regioncolors.h"

#include <cmath>

namespace procglass {

QColor regionKindColor(RegionKind kind)
{
    switch (kind) {
    case RegionKind::Anonymous:
        return QColor(0xa9, 0xbb, 0xd0); // light grey-blue: the quiet default for unnamed memory
    case RegionKind::Heap:
        return QColor(0xe6, 0x9f, 0x00); // Okabe-Ito orange
    case RegionKind::MainStack:
        return QColor(0xcc, 0x33, 0x11); // Tol vibrant red
    case RegionKind::ThreadStack:
        return QColor(0xee, 0x88, 0x77); // a lighter red, so thread stacks read as kin of the main stack
    case RegionKind::Executable:
        return QColor(0x22, 0x88, 0x33); // Tol bright green
    case RegionKind::Library:
        return QColor(0x44, 0x77, 0xaa); // Tol bright blue
    case RegionKind::File:
        return QColor(0x44, 0xaa, 0x99); // Tol muted teal; lighter than the executable's green
    case RegionKind::Shared:
        return QColor(0xdd, 0xcc, 0x77); // Tol muted sand yellow
    case RegionKind::Vdso:
        return QColor(0x99, 0x70, 0xab); // PRGn purples, light to dark
    case RegionKind::Vvar:
        return QColor(0xc2, 0xa5, 0xcf);
    case RegionKind::Vsyscall:
        return QColor(0x76, 0x2a, 0x83);
    case RegionKind::Guard:
        return QColor(0x8c, 0x8c, 0x8c); // neutral grey: nothing can be read there
    }
    return QColor(0x80, 0x80, 0x80);
}

namespace {
// Mixing with white rather than QColor::lighter() keeps the hue from turning garish.
QColor towardsWhite(const QColor& c, double amount)
{
    const auto mix = [amount](int v) { return int(std::lround(v + (255 - v) * amount)); };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}
} // namespace

QColor regionFillColor(const Region& region)
{
    const QColor base = regionKindColor(region.kind);
    switch (region.segment) {
    case ImageSegment::ReadOnlyData:
        return towardsWhite(base, 0.2);
    case ImageSegment::Data:
    case ImageSegment::Bss:
        return towardsWhite(base, 0.4);
    case ImageSegment::None:
    case ImageSegment::Text:
        break;
    }
    return base;
}

QColor contrastingTextColor(const QColor& background)
{
    return qGray(background.rgb()) > 140 ? QColor(0x20, 0x20, 0x20) : QColor(0xf8, 0xf8, 0xf8);
}

} // namespace procglass
