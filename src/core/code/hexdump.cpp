// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/code/hexdump.h"

#include <algorithm>

namespace procglass {

void appendHexDump(
    QByteArray& out, Address base, std::span<const std::byte> bytes, const std::vector<AddressRange>& unreadable)
{
    static constexpr char kHex[] = "0123456789abcdef";
    auto isUnreadable = [&, it = unreadable.begin()](Address a) mutable {
        while (it != unreadable.end() && it->end <= a)
            ++it;
        return it != unreadable.end() && it->contains(a);
    };
    out.reserve(out.size() + qsizetype(bytes.size() / 16 + 1) * 80);
    for (size_t line = 0; line < bytes.size(); line += 16) {
        const Address a = base + line;
        char buf[96];
        char* p = buf;
        for (int shift = 60; shift >= 0; shift -= 4)
            *p++ = kHex[(a >> shift) & 0xf];
        *p++ = ' ';
        char text[16];
        const size_t n = std::min<size_t>(16, bytes.size() - line);
        for (size_t i = 0; i < 16; ++i) {
            *p++ = ' ';
            if (i == 8)
                *p++ = ' ';
            if (i >= n) {
                *p++ = ' ';
                *p++ = ' ';
                continue;
            }
            if (isUnreadable(a + i)) {
                *p++ = '?';
                *p++ = '?';
                text[i] = '?';
                continue;
            }
            const auto b = static_cast<unsigned char>(bytes[line + i]);
            *p++ = kHex[b >> 4];
            *p++ = kHex[b & 0xf];
            text[i] = (b >= 0x20 && b < 0x7f) ? char(b) : '.';
        }
        *p++ = ' ';
        *p++ = ' ';
        *p++ = '|';
        std::copy(text, text + n, p);
        p += n;
        *p++ = '|';
        *p++ = '\n';
        out.append(buf, p - buf);
    }
}

} // namespace procglass
