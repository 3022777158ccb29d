// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/model/region.h"
#include "core/model/tr.h"

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

Address Region::bssEnd() const
{
    if (segment != ImageSegment::Bss || !bss.checked)
        return range.end;
    return std::clamp(pageCeil(bss.range.end), range.start, range.end);
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

QString imageSegmentText(const Region& region)
{
    if (region.segment == ImageSegment::Bss) {
        if (!region.bss.checked)
            return QStringLiteral("bss?");
        if (region.isPartlyBss())
            return QStringLiteral("bss+anonymous");
    }
    return imageSegmentId(region.segment);
}

QString bssImageName(const std::vector<Region>& regions, size_t index)
{
    if (index == 0 || index >= regions.size() || !regions[index - 1].isFileBacked())
        return {};
    return regions[index - 1].fileName();
}

QString regionKindExplanation(RegionKind kind)
{
    switch (kind) {
    case RegionKind::Anonymous:
        return tr("Anonymous memory: not backed by any file. malloc uses it for large blocks and thread "
                  "arenas; it starts as zeros and lives only as long as the process.");
    case RegionKind::Heap:
        return tr("The heap: the area right after the program's data that grows with brk(). malloc hands out "
                  "small blocks from here.");
    case RegionKind::MainStack:
        return tr("The main thread's stack: local variables and return addresses. It grows downwards, and "
                  "the kernel placed the program's arguments and environment at its top.");
    case RegionKind::ThreadStack:
        return tr("The stack of another thread: memory the thread library mapped for it, usually with a guard "
                  "page just below.");
    case RegionKind::Executable:
        return tr("A part of the program's own executable file, mapped by the kernel at start-up.");
    case RegionKind::Library:
        return tr("A part of a shared library (or the dynamic loader), mapped from its file by the loader.");
    case RegionKind::File:
        return tr("A file mapped into memory with mmap(): reading the memory reads the file.");
    case RegionKind::Shared:
        return tr("Shared memory: the same pages can be mapped by other processes (a /dev/shm file, a memfd, "
                  "System V shared memory or a MAP_SHARED mapping), so writes are seen by all of them.");
    case RegionKind::Vdso:
        return tr("[vdso]: a small shared library the kernel maps into every process, so that calls such as "
                  "clock_gettime() can run without entering the kernel.");
    case RegionKind::Vvar:
        return tr("[vvar]: data pages the kernel shares with the [vdso] code (clocks, time zone). Parts of it "
                  "are not ordinary memory, which is why a reader cannot read them.");
    case RegionKind::Vsyscall:
        return tr("[vsyscall]: a fixed page at the top of the address space kept for very old programs; modern "
                  "kernels emulate it and it cannot be read.");
    case RegionKind::Guard:
        return tr("A guard page: mapped with no permissions at all, so that running over the end of a stack or "
                  "buffer crashes at once instead of corrupting memory. Also used to reserve address space.");
    }
    return {};
}

QString regionExplanation(const Region& r)
{
    QStringList parts { regionKindExplanation(r.kind) };
    switch (r.segment) {
    case ImageSegment::Text:
        parts << tr("This is its code (text): readable and executable, never writable.");
        break;
    case ImageSegment::ReadOnlyData:
        parts << tr("This is read-only data: ELF headers, constants and string literals, or tables the loader "
                    "made read-only after relocating them (RELRO).");
        break;
    case ImageSegment::Data:
        parts << tr("This is initialised data: global and static variables with a starting value, copied from "
                    "the file on first write.");
        break;
    case ImageSegment::Bss:
        parts << tr("This is .bss: global and static variables that start as zero. They take no space in the "
                    "file, so the loader maps anonymous memory for them.");
        break;
    case ImageSegment::None:
        break;
    }
    if (r.deleted)
        parts << tr("The file was deleted (or replaced) after it was mapped; the process still holds the old "
                    "contents.");
    if (r.perms.shared && r.kind != RegionKind::Shared)
        parts << tr("The mapping is shared: writes go to the file or object, and other processes see them.");
    return parts.join(u' ');
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

qsizetype openingRegion(const std::vector<Region>& regions)
{
    auto find = [&](auto&& wanted) -> qsizetype {
        const auto it = std::find_if(regions.begin(), regions.end(), wanted);
        return it == regions.end() ? -1 : it - regions.begin();
    };
    for (const qsizetype i :
        { find([](const Region& r) { return r.kind == RegionKind::Executable && r.segment == ImageSegment::Text; }),
            find([](const Region& r) { return r.kind == RegionKind::Executable && r.perms.execute; }),
            find([](const Region& r) { return r.kind == RegionKind::Heap; }) }) {
        if (i >= 0)
            return i;
    }
    return regions.empty() ? -1 : 0;
}

} // namespace procglass
