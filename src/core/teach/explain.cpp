// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/teach/explain.h"
#include "core/model/tr.h"

#include "core/model/format.h"

#include <QCoreApplication>

namespace procglass {

namespace {

QString hex(quint64 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

QString segmentName(ImageSegment segment)
{
    switch (segment) {
    case ImageSegment::Text:
        return tr("code (text)");
    case ImageSegment::ReadOnlyData:
        return tr("read-only data");
    case ImageSegment::Data:
        return tr("data");
    case ImageSegment::Bss:
        return tr(".bss");
    case ImageSegment::None:
        break;
    }
    return {};
}

QString device(const Region& r)
{
    return QStringLiteral("%1:%2").arg(r.devMajor, 2, 16, QLatin1Char('0')).arg(r.devMinor, 2, 16, QLatin1Char('0'));
}

bool adjacent(const Region& below, const Region& above)
{
    return below.range.end == above.range.start;
}

QString bytesText(quint64 n)
{
    return n < 1024 ? hex(n) : QStringLiteral("%1 (%2)").arg(hex(n), formatBytes(n));
}

// What the image's program headers say about the .bss next to this mapping (see placeBss).
QStringList bssNotes(const Region& r, const QString& image)
{
    QStringList notes;
    const BssFacts& bss = r.bss;
    if (r.segment == ImageSegment::Bss && !bss.checked) {
        notes << tr("That it is %1's .bss is a guess from its position right after the image's data: "
                    "Procglass could not read %1's program headers (its first page is not readable here), "
                    "which say how big .bss is. Anonymous memory placed right after it looks the same.")
                     .arg(image.isEmpty() ? tr("the image") : image);
        return notes;
    }
    if (!bss.checked)
        return notes;
    if (r.segment == ImageSegment::Bss) {
        const Address end = r.bssEnd();
        QString note = tr("%1–%2: %3's .bss (%4 of zero-initialised variables, from %5 to %6 as its program "
                          "headers say; the loader rounds it up to whole pages).")
                           .arg(formatAddress(r.range.start), formatAddress(end), image, bytesText(bss.range.size()),
                               formatAddress(bss.range.start), formatAddress(bss.range.end));
        if (r.isPartlyBss())
            note += u' '
                + tr("Past %1: anonymous memory (%2) that is not %3's: the kernel merged a mapping placed right "
                     "after the .bss into this one, because both are anonymous with the same permissions.")
                      .arg(formatAddress(end), formatBytes(r.range.end - end), image);
        notes << note;
    } else if (bss.range.isEmpty()) {
        notes << tr("It lies right after %1's data, but it is not %1's .bss: %1's program headers give it "
                    "no .bss at all. It is anonymous memory that happens to be placed next to it.")
                     .arg(image);
    } else {
        notes << tr("It lies right after %1's data, but it is not %1's .bss: %1's program headers give "
                    "its .bss %2 bytes, from %3 to %4, which fit in the last page of the data mapping. This "
                    "is anonymous memory that happens to be placed next to it (by mmap, for example for "
                    "malloc's arenas or a thread stack).")
                     .arg(image, hex(bss.range.size()), formatAddress(bss.range.start), formatAddress(bss.range.end));
    }
    return notes;
}

// What the neighbours say about this mapping.
QStringList neighbourNotes(const std::vector<Region>& regions, size_t index)
{
    QStringList notes;
    const Region& r = regions[index];
    const Region* above = index + 1 < regions.size() ? &regions[index + 1] : nullptr;
    const Region* below = index > 0 ? &regions[index - 1] : nullptr;
    if (r.kind == RegionKind::Guard) {
        if (above && adjacent(r, *above) && above->kind == RegionKind::ThreadStack) {
            notes << tr("It lies directly below the thread stack at %1. Stacks grow downwards, so a thread "
                        "that overflows its stack touches this page first and is stopped with SIGSEGV "
                        "instead of overwriting other memory.")
                         .arg(formatAddress(above->range.start));
        } else if (r.isFileBacked() && below && above && below->path == r.path && above->path == r.path) {
            notes << tr("It lies inside %1's own span, between two of its segments: the loader reserves the "
                        "library's whole size at once and takes every permission away from the gaps, so a "
                        "stray pointer into them crashes.")
                         .arg(r.fileName());
        }
    }
    if (r.segment == ImageSegment::Bss && below && adjacent(*below, r) && below->segment == ImageSegment::Data)
        notes << tr("It continues the data segment of %1 right below it.").arg(below->fileName());
    notes << bssNotes(r, bssImageName(regions, index));
    if (r.kind == RegionKind::Heap && below && below->kind == RegionKind::Executable)
        notes << tr("It starts above the executable's last segment; the gap between them is random "
                    "(address space layout randomisation).");
    return notes;
}

} // namespace

QString bssSummary(const std::vector<Region>& regions, size_t index)
{
    const Region& r = regions[index];
    const QString named = bssImageName(regions, index);
    const QString image = named.isEmpty() ? tr("the image") : named;
    if (r.segment == ImageSegment::Bss) {
        if (!r.bss.checked)
            return tr("%1's .bss (a guess by position: its program headers could not be read)").arg(image);
        if (r.isPartlyBss())
            return tr("%1–%2: %3's .bss; past %2: anonymous memory")
                .arg(formatAddress(r.range.start), formatAddress(r.bssEnd()), image);
        return tr("%1's .bss (%2 bytes of zero-initialised variables)").arg(image, hex(r.bss.range.size()));
    }
    if (r.bss.checked && !named.isEmpty())
        return tr("anonymous memory, not %1's .bss (that fits in the data mapping)").arg(image);
    return {};
}

QString regionTitle(const Region& r)
{
    QString name = r.isFileBacked() ? r.fileName() : r.displayName();
    if (name.isEmpty())
        name = regionKindName(r.kind);
    return r.segment == ImageSegment::None ? name : tr("%1: %2").arg(name, segmentName(r.segment));
}

RegionExplanation explainRegion(const std::vector<Region>& regions, size_t index)
{
    RegionExplanation e;
    if (index >= regions.size())
        return e;
    const Region& r = regions[index];

    e.title = regionTitle(r);
    if (r.segment == ImageSegment::Bss && index > 0 && regions[index - 1].isFileBacked()) {
        e.title = tr("%1: %2").arg(regions[index - 1].fileName(), segmentName(r.segment));
        if (!r.bss.checked)
            e.title = tr("%1: %2 (a guess)").arg(regions[index - 1].fileName(), segmentName(r.segment));
        else if (r.isPartlyBss())
            e.title = tr("%1: %2, then anonymous memory").arg(regions[index - 1].fileName(), segmentName(r.segment));
    }

    e.about << regionExplanation(r) << neighbourNotes(regions, index);

    const Permissions& p = r.perms;
    e.permissions.push_back({ p.read ? u'r' : u'-',
        p.read ? tr("readable: the program may load from it.")
               : tr("not readable: the program crashes (SIGSEGV) if it loads from here.") });
    e.permissions.push_back({ p.write ? u'w' : u'-',
        p.write ? tr("writable: the program may store into it.")
                : tr("not writable: a store crashes. Code and constants are protected this way.") });
    e.permissions.push_back({ p.execute ? u'x' : u'-',
        p.execute ? tr("executable: the processor may run instructions from it.")
                  : tr("not executable: jumping here crashes, which is what keeps code smuggled into data, "
                       "a stack or the heap from running.") });
    e.permissions.push_back({ p.shared ? u's' : u'p',
        p.shared ? tr("shared: writes go to the file or shared object, and every process mapping it sees them.")
                 : tr("private (copy-on-write): the first write to a page gives the process its own copy; "
                      "nothing it writes reaches the file or other processes.") });

    if (r.isFileBacked()) {
        e.origin = tr("Its bytes come from %1, starting at offset %2 of the file (bytes %2–%3). The kernel "
                      "ties the mapping to the file by device %4 and inode %5, not by name: `stat -c %i` on "
                      "the file prints the same inode, unless the file was replaced since.")
                       .arg(r.path, hex(r.offset), hex(r.offset + r.range.size()), device(r), QString::number(r.inode));
        if (r.deleted)
            e.origin += u' '
                + tr("The kernel marks the path “(deleted)”: no name leads to that inode any more, but the "
                     "mapping keeps the old file alive until it is unmapped.");
    } else if (r.inode != 0) {
        e.origin = tr("It is backed by an object without a file name (%1, device %2, inode %3), such as "
                      "shared memory from memfd_create() or System V.")
                       .arg(r.displayName(), device(r), QString::number(r.inode));
    } else if (r.segment == ImageSegment::Bss) {
        e.origin = tr("No file backs it (device 00:00, inode 0): the file holds no bytes for zero-filled "
                      "variables, so the loader maps anonymous memory that starts as zeros.");
    } else if (r.isPseudo()) {
        e.origin = tr("The kernel made it and names it %1; no file backs it (device 00:00, inode 0, offset "
                      "0).")
                       .arg(r.displayName());
    } else {
        e.origin = tr("No file backs it (device 00:00, inode 0): its pages start as zeros and exist only "
                      "in memory (or swap).");
    }

    if (r.kind == RegionKind::Vvar) {
        e.readability = tr("Procglass cannot read it: [vvar] is not ordinary memory but kernel pages (and, "
                           "for some clocks, hardware pages) mapped for the [vdso] code only; reading it "
                           "through /proc/PID/mem fails with an I/O error.");
    } else if (r.kind == RegionKind::Vsyscall) {
        e.readability = tr("Procglass cannot read it: the kernel emulates [vsyscall] and has no readable "
                           "page behind it; reading it through /proc/PID/mem fails.");
    } else if (!p.read) {
        e.readability = tr("The program itself cannot read it. A debugger reading through /proc/PID/mem may "
                           "still see its bytes: ptrace access overrides a missing r, not a missing page.");
    }
    return e;
}

QString explanationText(const RegionExplanation& e)
{
    QStringList paragraphs { e.title, e.about.join(u' ') };
    QStringList perms;
    for (const auto& p : e.permissions)
        perms << QStringLiteral("  %1  %2").arg(p.letter, p.meaning);
    paragraphs << tr("Permissions:") + u'\n' + perms.join(u'\n') << e.origin;
    if (!e.readability.isEmpty())
        paragraphs << e.readability;
    return paragraphs.join(QStringLiteral("\n\n")) + u'\n';
}

} // namespace procglass
