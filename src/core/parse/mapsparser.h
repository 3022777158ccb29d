// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/region.h"

#include <QByteArrayView>

#include <string>
#include <string_view>
#include <vector>

namespace procglass {

struct MapsLineError
{
    int line = 0; // 1-based
    QString text;
    QString reason;
};

struct ParsedMaps
{
    std::vector<Region> regions;
    std::vector<MapsLineError> errors; // malformed lines, skipped
};

// Parses the text of /proc/PID/maps. Never throws; malformed lines are reported and skipped.
// Regions come back classified as far as the text alone allows (see classifyRegions).
[[nodiscard]] ParsedMaps parseMaps(std::string_view text);

// parseMaps for text that arrives in pieces (a reader's buffer refilled from the file): feed each
// piece; only its complete lines are parsed, and the caller keeps the rest for the next piece.
// No allocation per line beyond the Region itself, and the text is never held whole.
class MapsParser
{
public:
    void reserve(size_t lines) { m_result.regions.reserve(lines); }
    // Parses the complete lines of text (up to its last newline); returns how many bytes that was.
    [[nodiscard]] size_t addLines(std::string_view text);
    // The end of the text: rest is what no addLines took (a last line without a newline, or
    // nothing). classify: as parseMaps does; false leaves it to a classifyRegions with hints.
    [[nodiscard]] ParsedMaps finish(std::string_view rest, bool classify = true);

private:
    void addLine(std::string_view line);

    ParsedMaps m_result;
    QString m_lastPath; // consecutive lines usually name the same file: they share one QString
    std::string m_lastRawPath;
    int m_lineNo = 0;
};

struct ClassifyHints
{
    QString executablePath; // /proc/PID/exe, to tell the executable from libraries
    std::vector<Address> threadStackPointers; // stack pointers of the non-main threads
};

// A path as Procglass stores and shows it (Region::path): the text of /proc/PID/maps. The kernel
// writes a newline in a name as \012; bytes that would otherwise let a name pass for something
// else are written the same way, as a backslash and three octal digits: other control characters
// (a carriage return or an escape sequence would rewrite a terminal line), bytes that are not
// UTF-8, C1 controls, line and paragraph separators, and the marks that reorder text (bidi
// overrides and isolates). A backslash stays as it is: for every other name the text is exactly
// what the kernel prints, and the kernel's own text already cannot tell a newline from a name
// holding the four characters \012 -- only the file's device and inode can.
[[nodiscard]] QString printablePath(QByteArrayView bytes);
// The bytes a printable path stands for, every \ooo turned back into its byte (so "\012" always
// into a newline, see above). For opening a file whose device and inode are then checked.
[[nodiscard]] QByteArray unescapePath(QStringView path);

// Sets kind and segment of every region. parseMaps calls it with empty hints; call it again with
// the hints when they are known.
void classifyRegions(std::vector<Region>& regions, const ClassifyHints& hints);

} // namespace procglass
