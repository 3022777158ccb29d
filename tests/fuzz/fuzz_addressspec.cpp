// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// libFuzzer harness: addresses, ranges, region specs and numbers as a user types them, resolved
// against the mappings of a small process, among them names with '+' (taken as printed, the
// longest mapped name first) and a kernel-escaped newline (\012). Input: the text (UTF-8).
// Then the round trip of the one location syntax (issue 15): the input read as the maps of a
// process whose mappings the target named, every location printed for the first, a middle and the
// last byte of each must read back to that byte (abort otherwise).

#include "core/parse/addressspec.h"
#include "core/parse/mapsparser.h"
#include "core/teach/location.h"

#include <cstdlib>

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

    // Round trip over the mappings the input describes (sorted and apart, as the kernel lists them).
    std::vector<Region> fuzzed = parseMaps(std::string_view(reinterpret_cast<const char*>(data), size)).regions;
    if (fuzzed.size() > 64)
        fuzzed.resize(64);
    for (size_t i = 1; i < fuzzed.size(); ++i) {
        if (fuzzed[i].range.start < fuzzed[i - 1].range.end)
            return 0;
    }
    for (const Region& r : fuzzed) {
        if (r.range.isEmpty())
            return 0;
    }
    for (const Region& r : fuzzed) {
        for (const Address a : { r.range.start, r.range.start + r.range.size() / 2, r.range.end - 1 }) {
            const QString printed = formatLocation(a, fuzzed);
            const auto back = resolveAddress(printed, fuzzed);
            if (!back || *back != a)
                std::abort();
        }
    }
    return 0;
}
