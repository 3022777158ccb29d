#pragma once

#include "region.h"

#include <string_view>
#include <vector>

namespace procglass {

struct MapsLineError
{
    int line = 0; // 1-based
    QString text;
    QString reason;
};

struct ParsedMaps
{
    std::vector<Region> regions;
    std::vector<MapsLineError> errors; // malformed lines, skipped
};

// Parses the text of /proc/PID/maps. Never throws; malformed lines are reported and skipped.
// Regions come back classified as far as the text alone allows (see classifyRegions).
[[nodiscard]] ParsedMaps parseMaps(std::string_view text);

struct ClassifyHints
{
    QString executablePath; // /proc/PID/exe, to tell the executable from libraries
    std::vector<Address> threadStackPointers; // stack pointers of the non-main threads
};

// Sets kind and segment of every region. parseMaps calls it with empty hints; call it again with
// the hints when they are known.
void classifyRegions(std::vector<Region>& regions, const ClassifyHints& hints);

} // namespace procglass
