#pragma once

#include "error.h"

#include <QString>

#include <functional>

class QIODevice;

namespace procglass {

// Writes a file that may hold secrets (memory, results that quote it): readable by its owner only
// (0600), written under a temporary name next to it and renamed over path only when write()
// succeeded and every byte reached the disk. On any failure -- write()'s error (a cancel, the
// source failing), an I/O error, a full disk -- nothing is left behind and the error says what
// went wrong. A write() that only returns false for a failed write gets the device's error.
[[nodiscard]] Error writePrivateFile(const QString& path, const std::function<Error(QIODevice& out)>& write);
[[nodiscard]] Error writePrivateFile(const QString& path, const std::function<bool(QIODevice& out)>& write);

// The error for a failed write to out, in the words of writePrivateFile.
[[nodiscard]] Error writeError(const QString& path, const QIODevice& out);

} // namespace procglass
