#pragma once

#include "error.h"

#include <QString>

#include <functional>

class QIODevice;

namespace procglass {

// Writes a file that may hold secrets (memory, results that quote it): readable by its owner only
// (0600), written under a temporary name next to it and renamed over path only when write()
// returned true and every byte reached the disk. On any failure -- write() false, an I/O error, a
// full disk -- nothing is left behind and the error says what went wrong.
[[nodiscard]] Error writePrivateFile(const QString& path, const std::function<bool(QIODevice& out)>& write);

} // namespace procglass
