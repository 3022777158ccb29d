#include "region.h"

#include <QCoreApplication>

#include <algorithm>

namespace procglass {

QString Permissions::toString() const
{
    QString s(4, u'-');
    if (read)
        s[0] = u'r';
    if (write)
        s[1] = u'w';
    if (execute)
        s[2] = u'x';
    s[3] = shared ? u's' : u'p';
    return s;
}

QString Region::displayName() const
{
    return path;
}

QString Region::fileName() const
{
    const auto slash = path.lastIndexOf(u'/');
    return slash < 0 ? path : path.mid(slash + 1);
}

namespace {
struct KindInfo
{
    RegionKind kind;
    const char* id;
    const char* name;
};
constexpr KindInfo kKinds[] = {
    { RegionKind::Anonymous, "anonymous", QT_TRANSLATE_NOOP("procglass::Region", "anonymous") },
    { RegionKind::Heap, "heap", QT_TRANSLATE_NOOP("procglass::Region", "heap") },
    { RegionKind::MainStack, "stack", QT_TRANSLATE_NOOP("procglass::Region", "main stack") },
    { RegionKind::ThreadStack, "thread-stack", QT_TRANSLATE_NOOP("procglass::Region", "thread stack") },
    { RegionKind::Executable, "executable", QT_TRANSLATE_NOOP("procglass::Region", "executable") },
    { RegionKind::Library, "library", QT_TRANSLATE_NOOP("procglass::Region", "library") },
    { RegionKind::File, "file", QT_TRANSLATE_NOOP("procglass::Region", "file") },
    { RegionKind::Shared, "shared", QT_TRANSLATE_NOOP("procglass::Region", "shared") },
    { RegionKind::Vdso, "vdso", QT_TRANSLATE_NOOP("procglass::Region", "vdso") },
    { RegionKind::Vvar, "vvar", QT_TRANSLATE_NOOP("procglass::Region", "vvar") },
    { RegionKind::Vsyscall, "vsyscall", QT_TRANSLATE_NOOP("procglass::Region", "vsyscall") },
    { RegionKind::Guard, "guard", QT_TRANSLATE_NOOP("procglass::Region", "guard") },
};
static_assert(std::size(kKinds) == regionKindCount());
} // namespace

QString regionKindId(RegionKind kind)
{
    return QString::fromLatin1(kKinds[int(kind)].id);
}

bool regionKindFromId(QStringView id, RegionKind* kind)
{
    for (const auto& k : kKinds) {
        if (id == QLatin1StringView(k.id)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QString regionKindName(RegionKind kind)
{
    return QCoreApplication::translate("procglass::Region", kKinds[int(kind)].name);
}

QString imageSegmentId(ImageSegment segment)
{
    switch (segment) {
    case ImageSegment::None:
        return {};
    case ImageSegment::Text:
        return QStringLiteral("text");
    case ImageSegment::ReadOnlyData:
        return QStringLiteral("rodata");
    case ImageSegment::Data:
        return QStringLiteral("data");
    case ImageSegment::Bss:
        return QStringLiteral("bss");
    }
    return {};
}

qsizetype findRegion(const std::vector<Region>& regions, Address address)
{
    auto it = std::upper_bound(
        regions.begin(), regions.end(), address, [](Address a, const Region& r) { return a < r.range.start; });
    if (it == regions.begin())
        return -1;
    --it;
    return it->range.contains(address) ? it - regions.begin() : -1;
}

} // namespace procglass
