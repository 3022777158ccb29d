// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/processinfo.h"
#include "core/model/region.h"

#include <QByteArray>

#include <functional>
#include <string_view>
#include <vector>

namespace procglass {

// What `procglass-cli maps` and `ps` print, as bytes for stdout, written straight into a buffer
// reused piece after piece: no QString::arg per field, no JSON document in between.

// Where output goes, piece by piece (at most a few hundred KiB each); false stops the writing.
using ListingSink = std::function<bool(std::string_view)>;

// One line a mapping: "start-end perms offset major:minor inode kind path[ (deleted)]", the path
// as Region::path holds it (printable: see printablePath).
[[nodiscard]] QByteArray mapsText(const std::vector<Region>& regions);
// A JSON array of objects (deleted, dev, end, inode, kind, offset, path, perms, segment, size,
// start), byte for byte what QJsonDocument::toJson(Indented) writes for them.
[[nodiscard]] QByteArray mapsJson(const std::vector<Region>& regions);
// The same, handed to sink in pieces; false when the sink said so.
bool writeMapsText(const std::vector<Region>& regions, const ListingSink& sink);
bool writeMapsJson(const std::vector<Region>& regions, const ListingSink& sink);

// The process list: a header, then one line a process; what a process calls itself (comm, argv)
// escaped as paths are, so that no name can forge a line or reach the terminal raw.
[[nodiscard]] QByteArray processesText(const std::vector<ProcessInfo>& processes);
[[nodiscard]] QByteArray processesJson(const std::vector<ProcessInfo>& processes);

// A JSON string's contents for text, escaped as QJsonDocument does (\" \\ \b \f \n \r \t,
// other controls as \u00XX, a lone surrogate as \uXXXX; the rest UTF-8), appended to out.
void appendJsonEscaped(QByteArray& out, QStringView text);

} // namespace procglass
