// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/region.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace procglass {

// One entry of a process's auxiliary vector: what the kernel told the program at start-up
// (/proc/PID/auxv, a list of type/value word pairs ending with AT_NULL).
struct AuxvEntry
{
    quint64 type = 0;
    quint64 value = 0;
    bool operator==(const AuxvEntry&) const = default;
};

// Numbers used by callers that link entries to mappings (from the kernel's uapi/linux/auxvec.h).
inline constexpr quint64 AuxvPhdr = 3;
inline constexpr quint64 AuxvBase = 7;
inline constexpr quint64 AuxvEntryPoint = 9;
inline constexpr quint64 AuxvPlatform = 15;
inline constexpr quint64 AuxvRandom = 25;
inline constexpr quint64 AuxvExecFn = 31;
inline constexpr quint64 AuxvSysinfoEhdr = 33;

// Parses the raw bytes up to AT_NULL. wordSize is 8 for a 64-bit process and 4 for a 32-bit one;
// 0 guesses it from the contents (every type of a real vector is a small number).
[[nodiscard]] std::vector<AuxvEntry> parseAuxv(QByteArrayView raw, int wordSize = 0);

// How an entry's value reads best.
enum class AuxvValueKind {
    Number, // a count, a size, an id: decimal
    Flags, // bits: hexadecimal
    Address, // a place in the process's memory
    String, // the address of a NUL-terminated string on the stack
    RandomBytes, // the address of 16 random bytes on the stack
};

[[nodiscard]] QString auxvName(quint64 type); // "AT_PAGESZ", or "AT_? (42)" for a type we do not know
[[nodiscard]] AuxvValueKind auxvValueKind(quint64 type);
[[nodiscard]] QString auxvMeaning(quint64 type); // a sentence, translated
[[nodiscard]] QString formatAuxvValue(const AuxvEntry& entry); // "4096", "0x7ffc12345000"

class MemorySource;

// An entry as the auxv view and `procglass-cli auxv` show it.
struct AuxvLine
{
    AuxvEntry entry;
    QString name; // AT_ENTRY
    QString value; // formatted
    QString pointsTo; // for addresses: the mapping ("[vdso]", "procglass-demo: code (text)") and,
                      // for strings and random bytes, what is there; else empty
    qsizetype regionIndex = -1; // the mapping an address lies in, or -1
    QString meaning;
};

// Describes every entry; memory (may be null) is read for the strings and random bytes the
// vector points to -- call it off the UI thread when memory is a live target.
[[nodiscard]] std::vector<AuxvLine> describeAuxv(
    const std::vector<AuxvEntry>& entries, const std::vector<Region>& regions, MemorySource* memory);

} // namespace procglass
