// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// libFuzzer harness: the text of /proc/PID/maps (a target names its mappings as it likes; a
// bundle's maps is any file), classified and explained as the Regions tab and `explain` do.
// Input: the text itself. It is also fed to MapsParser in pieces (sizes from the first byte), as
// the reader refills its buffer, and must give the same mappings and errors as the whole text.

#include "core/parse/mapsparser.h"
#include "core/teach/explain.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

// What a reader does: append a piece, parse the complete lines, keep the rest for the next piece.
procglass::ParsedMaps parseInPieces(std::string_view text, size_t piece)
{
    procglass::MapsParser parser;
    std::string pending;
    for (size_t at = 0; at < text.size(); at += piece) {
        pending.append(text.substr(at, piece));
        pending.erase(0, parser.addLines(pending));
    }
    return parser.finish(pending);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace procglass;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    ParsedMaps maps = parseMaps(text);
    const ParsedMaps pieces = parseInPieces(text, size > 0 ? size_t(data[0] % 64) + 1 : 1);
    if (pieces.regions.size() != maps.regions.size() || pieces.errors.size() != maps.errors.size())
        __builtin_trap();
    for (size_t i = 0; i < maps.regions.size(); ++i) {
        const Region& a = maps.regions[i];
        const Region& b = pieces.regions[i];
        if (a.range.start != b.range.start || a.range.end != b.range.end || a.path != b.path || a.kind != b.kind
            || a.offset != b.offset || a.inode != b.inode)
            __builtin_trap();
    }
    for (size_t i = 0; i < maps.errors.size(); ++i) {
        if (maps.errors[i].line != pieces.errors[i].line)
            __builtin_trap();
    }
    // Hints as a live target gives them: its executable, and stack pointers of a few threads.
    ClassifyHints hints;
    for (const Region& r : maps.regions) {
        if (hints.executablePath.isEmpty() && r.isFileBacked())
            hints.executablePath = r.path;
        if (hints.threadStackPointers.size() < 4 && r.perms.write)
            hints.threadStackPointers.push_back(r.range.start + r.range.size() / 2);
    }
    classifyRegions(maps.regions, hints);
    for (size_t i = 0; i < maps.regions.size(); ++i)
        (void)explanationText(explainRegion(maps.regions, i));
    return 0;
}
