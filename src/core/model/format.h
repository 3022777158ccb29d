// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

namespace procglass {

// "4 KiB", "1.5 MiB", "128 TiB": binary units, as sizes of memory are.
[[nodiscard]] QString formatBytes(quint64 bytes);
// "0x7ffd12345000"
[[nodiscard]] QString formatAddress(quint64 address);

} // namespace procglass
