// libFuzzer harness: the text of /proc/PID/maps (a target names its mappings as it likes; a
// bundle's maps is any file), classified and explained as the Regions tab and `explain` do.
// Input: the text itself.

#include "core/parse/mapsparser.h"
#include "core/teach/explain.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace procglass;
    ParsedMaps maps = parseMaps(std::string_view(reinterpret_cast<const char*>(data), size));
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
