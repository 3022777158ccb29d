// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/address.h"

#include <QHash>
#include <QString>

#include <string_view>
#include <vector>

namespace procglass {

// The figures /proc/PID/smaps gives for one mapping, in bytes.
struct SmapsEntry
{
    AddressRange range;
    quint64 rss = 0;
    quint64 pss = 0;
    quint64 sharedClean = 0;
    quint64 sharedDirty = 0;
    quint64 privateClean = 0;
    quint64 privateDirty = 0;
    quint64 referenced = 0;
    quint64 anonymous = 0;
    quint64 swap = 0;
    quint64 swapPss = 0;
    quint64 locked = 0;
    QString vmFlags; // "rd wr mr mw me ac"
};

// Parses the text of /proc/PID/smaps. Unknown keys are ignored, so newer kernels parse too.
[[nodiscard]] std::vector<SmapsEntry> parseSmaps(std::string_view text);

} // namespace procglass
