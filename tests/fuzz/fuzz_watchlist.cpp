// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// libFuzzer harness: a watch list file (the watch list's Save, then Load), parsed, shown and
// resolved against a small set of mappings as the window does on loading it. Input: the file itself.

#include "core/search/watchlist.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace procglass;
    const auto entries = WatchList::fromJson(
        QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)), QStringLiteral("fuzz"));
    if (!entries)
        return 0;
    // An executable mapped twice, its .bss after it, and a heap.
    std::vector<Region> regions(4);
    regions[0].range = { 0x555555554000, 0x555555556000 };
    regions[0].path = QStringLiteral("/usr/bin/game");
    regions[0].inode = 7;
    regions[1].range = { 0x555555556000, 0x555555558000 };
    regions[1].path = regions[0].path;
    regions[1].inode = 7;
    regions[1].offset = 0x2000;
    regions[2].range = { 0x555555558000, 0x555555559000 };
    regions[2].segment = ImageSegment::Bss;
    regions[3].range = { 0x555555600000, 0x555555700000 };
    regions[3].path = QStringLiteral("[heap]");
    regions[3].kind = RegionKind::Heap;
    for (const WatchEntry& e : *entries) {
        (void)WatchList::resolve(e, regions);
        if (e.frozen)
            (void)formatValue(e.frozenValue, e.type);
        (void)WatchList::entryFor(e.address, e.type, regions);
        (void)parseValue(e.description, e.type);
    }
    return 0;
}
