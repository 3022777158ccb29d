// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/address.h"

#include <QByteArray>

#include <cstddef>
#include <span>
#include <vector>

namespace procglass {

// Appends lines in the style of `hexdump -C`, starting at base, 16 bytes a line, with the
// absolute address first. Bytes inside `unreadable` print as "??" (and '?' in the text column),
// never as data.
void appendHexDump(
    QByteArray& out, Address base, std::span<const std::byte> bytes, const std::vector<AddressRange>& unreadable);

} // namespace procglass
