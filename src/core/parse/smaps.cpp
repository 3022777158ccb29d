// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/parse/smaps.h"

#include <charconv>

namespace procglass {

namespace {
quint64* field(SmapsEntry& e, std::string_view key)
{
    struct Key
    {
        std::string_view name;
        quint64 SmapsEntry::*member;
    };
    static constexpr Key kKeys[] = {
        { "Rss", &SmapsEntry::rss },
        { "Pss", &SmapsEntry::pss },
        { "Shared_Clean", &SmapsEntry::sharedClean },
        { "Shared_Dirty", &SmapsEntry::sharedDirty },
        { "Private_Clean", &SmapsEntry::privateClean },
        { "Private_Dirty", &SmapsEntry::privateDirty },
        { "Referenced", &SmapsEntry::referenced },
        { "Anonymous", &SmapsEntry::anonymous },
        { "Swap", &SmapsEntry::swap },
        { "SwapPss", &SmapsEntry::swapPss },
        { "Locked", &SmapsEntry::locked },
    };
    for (const auto& k : kKeys) {
        if (k.name == key)
            return &(e.*k.member);
    }
    return nullptr;
}
} // namespace

std::vector<SmapsEntry> parseSmaps(std::string_view text)
{
    std::vector<SmapsEntry> entries;
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        const std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        const size_t colon = line.find(':');
        const size_t dash = line.find('-');
        // A mapping header starts with "start-end "; a field line with "Key:".
        if (dash != std::string_view::npos && (colon == std::string_view::npos || dash < colon)) {
            SmapsEntry e;
            const char* end = line.data() + line.size();
            auto r1 = std::from_chars(line.data(), end, e.range.start, 16);
            if (r1.ec != std::errc() || r1.ptr == end || *r1.ptr != '-')
                continue;
            auto r2 = std::from_chars(r1.ptr + 1, end, e.range.end, 16);
            if (r2.ec != std::errc())
                continue;
            entries.push_back(std::move(e));
            continue;
        }
        if (entries.empty() || colon == std::string_view::npos)
            continue;
        const std::string_view key = line.substr(0, colon);
        std::string_view value = line.substr(colon + 1);
        if (key == "VmFlags") {
            while (!value.empty() && value.front() == ' ')
                value.remove_prefix(1);
            entries.back().vmFlags = QString::fromLatin1(value.data(), qsizetype(value.size())).trimmed();
            continue;
        }
        if (quint64* f = field(entries.back(), key)) {
            while (!value.empty() && value.front() == ' ')
                value.remove_prefix(1);
            quint64 kb = 0;
            if (std::from_chars(value.data(), value.data() + value.size(), kb).ec == std::errc())
                *f = kb * 1024;
        }
    }
    return entries;
}

} // namespace procglass
