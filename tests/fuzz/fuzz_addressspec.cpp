// libFuzzer harness: addresses, ranges, region specs and numbers as a user types them, resolved
// against the mappings of a small process, among them names with '+' (taken as printed, the
// longest mapped name first) and a kernel-escaped newline (\012). Input: the text (UTF-8).

#include "core/addressspec.h"
#include "core/mapsparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace procglass;
    static const std::vector<Region> regions
        = parseMaps("555555554000-555555556000 r--p 00000000 fe:01 1311 /usr/bin/cat\n"
                    "555555556000-55555555a000 r-xp 00002000 fe:01 1311 /usr/bin/cat\n"
                    "555555560000-555555581000 rw-p 00000000 00:00 0 [heap]\n"
                    "7ffff7dd3000-7ffff7df9000 r--p 00000000 fe:01 2410 /usr/lib/x86_64-linux-gnu/libc.so.6\n"
                    "7ffff7df9000-7ffff7f4e000 r-xp 00026000 fe:01 2410 /usr/lib/x86_64-linux-gnu/libc.so.6\n"
                    "7ffff7f50000-7ffff7f60000 r-xp 00000000 fe:01 2411 /usr/lib/libstdc++.so.6\n"
                    "7ffff7f60000-7ffff7f70000 r--p 00000000 fe:01 2412 /tmp/lib+10\n"
                    "7ffff7f70000-7ffff7f80000 r--p 00000000 fe:01 2413 /tmp/lib\\012x.so\n"
                    "7ffff7fc5000-7ffff7fc7000 r-xp 00000000 00:00 0 [vdso]\n"
                    "7ffffffde000-7ffffffff000 rw-p 00000000 00:00 0 [stack]\n"
                    "ffffffffff600000-ffffffffff601000 --xp 00000000 00:00 0 [vsyscall]\n")
              .regions;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto spec = parseAddressSpec(text))
        (void)resolveAddressSpec(*spec, regions);
    (void)resolveAddress(text, regions);
    (void)parseAddressRange(text);
    (void)resolveRegionSpec(text, regions);
    (void)parseNumber(text, QStringLiteral("count"));
    return 0;
}
