// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// libFuzzer harness: the text of /proc/PID/smaps. Input: the text itself.

#include "core/parse/smaps.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    (void)procglass::parseSmaps(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
