// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/error.h"

#include <QString>

struct stat;

namespace procglass {

// Opens path read-only (O_NONBLOCK, close-on-exec) only if it is a regular file, never through a
// symbolic link in its last component, and without ever opening anything else -- not even for a
// moment: a FIFO would block, /dev/zero never ends, and opening some devices has effects of its
// own. For files someone else may have put there (hit sets, files a process maps). Returns the fd
// and fills st, or -1 with error saying why.
[[nodiscard]] int openRegularFile(const QString& path, struct stat* st, Error* error);

} // namespace procglass
