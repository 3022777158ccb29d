// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// libFuzzer harness: search patterns as a user types them (hex, text, integers, floats, regular
// expressions), compiled and run over a small buffer.
// Input: byte 0 picks the kind and its options, byte 1 the integer width or float tolerance, then
// the pattern's text (UTF-8) up to the first newline, then the bytes to search.
//   byte 0: bits 0-2 kind (0 hex, 1 text, 2 integer, 3 float, 4-7 regular expression),
//           bit 3 ignore case / signed, bit 4 big-endian / double, bits 5-6 text encoding

#include "core/search/pattern.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace procglass;
    if (size < 2)
        return 0;
    const uint8_t how = data[0], arg = data[1];
    const char* text = reinterpret_cast<const char*>(data + 2);
    const size_t rest = size - 2;
    const auto* newline = static_cast<const char*>(std::memchr(text, '\n', rest));
    const size_t textSize = newline ? size_t(newline - text) : rest;
    const QString value = QString::fromUtf8(text, qsizetype(textSize));
    const std::span<const std::byte> buffer(
        reinterpret_cast<const std::byte*>(text) + (newline ? textSize + 1 : textSize),
        newline ? rest - textSize - 1 : 0);
    const bool flag3 = how & 0x08, flag4 = how & 0x10;
    static constexpr int widths[] = { 8, 16, 32, 64 };
    static constexpr double tolerances[] = { 0, 0.5, 1e-6, 1e308, -1, std::numeric_limits<double>::infinity(),
        std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::denorm_min() };
    Result<SearchPattern> pattern = Error {};
    switch (how & 0x07) {
    case 0:
        pattern = SearchPattern::hex(value);
        break;
    case 1:
        pattern = SearchPattern::text(value, SearchPattern::Encoding((how >> 5) % 3), flag3);
        break;
    case 2:
        pattern = SearchPattern::integer(value, arg < 4 ? widths[arg] : arg, flag3, flag4);
        break;
    case 3:
        pattern = SearchPattern::floating(value, flag4, tolerances[arg % std::size(tolerances)]);
        break;
    default:
        pattern = SearchPattern::regex(value, flag3);
        break;
    }
    if (!pattern)
        return 0;
    (void)pattern->description();
    size_t hits = 0;
    pattern->scan(buffer, [&](size_t offset, size_t length) {
        if (offset + length > buffer.size())
            __builtin_trap(); // a match must lie wholly inside the data
        return ++hits < 1000;
    });
    return 0;
}
