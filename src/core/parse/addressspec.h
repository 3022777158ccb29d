// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/error.h"
#include "core/model/region.h"

#include <QStringView>

#include <vector>

namespace procglass {

class SymbolIndex;

// An address as a user types it, and as Procglass prints it (location.h writes every form below;
// each text it writes reads back here to the same address). The grammar:
//
//   ADDRESS  := "0x" HEX                    an absolute address: 0x7ffd1234
//             | "anon@" ["0x"] HEX [+ OFF]  anonymous memory: the start of its mapping plus an
//                                            offset, read arithmetically (anon@7fd61b6dd000+0x10);
//                                            no name the kernel gives a mapping starts so
//             | NAME [+ OFF]                 the start of the first mapping of NAME, plus OFF
//             | MODULE "!" SYMBOL [+ OFF]    a symbol, where a symbol index is given (below)
//   OFF      := "0x" HEX | DECIMAL
//   NAME     := a pseudo path as the kernel writes it ([heap], [stack], [vdso], [anon:name]), a
//               mapped file's name (libc.so.6) or its whole path; paths as Procglass prints them
//               (printablePath: a newline as \012). A file's first mapping is its load base, the
//               origin gdb and perf count from.
//
// Spaces around the whole and around '+' are ignored. A file name may hold '+' itself
// (libstdc++.so.6, c++.so, lib+10): which '+' starts the offset is decided against the mappings,
// by the longest name that names one (see resolveAddressSpec). Where the printer cannot write a
// name that reads back alone (two files of one name, a name that looks like another form), it
// writes the full path, and failing that the absolute address.
struct AddressSpec
{
    bool absolute = true;
    Address address = 0; // when absolute
    QString name; // a pseudo path ([heap]) or a file name / path, read up to the last '+'
    quint64 offset = 0;
    QString text; // the whole spec as typed (name, '+' signs and offset), for longer names
};

[[nodiscard]] Result<AddressSpec> parseAddressSpec(QStringView text);
// Names resolve to the start of the first mapping of that name (for a file, its load base). Names
// are the paths as Procglass prints them (printablePath: a newline as \012). Of the readings of
// "a+b+0x10" (the name a+b+0x10, a+b at 0x10, a at b+0x10) the longest name that is mapped wins.
[[nodiscard]] Result<Address> resolveAddressSpec(const AddressSpec& spec, const std::vector<Region>& regions);
// With symbols, what names no mapping is tried as a symbol ("libc.so.6!malloc+0x10",
// "malloc", a C++ name mangled or demangled: see SymbolIndex::resolve).
[[nodiscard]] Result<Address> resolveAddress(
    QStringView text, const std::vector<Region>& regions, const SymbolIndex* symbols = nullptr);

// "0x7f0000000000-0x7f0000100000" (0x optional, hexadecimal as in /proc/PID/maps): end exclusive.
[[nodiscard]] Result<AddressRange> parseAddressRange(QStringView text);

// What `dump --region` takes: a range ("0x7f00-0x7f80"), or a name that picks every mapping of
// it ("[heap]", "libc.so.6", "/usr/lib/x86_64-linux-gnu/libc.so.6").
[[nodiscard]] Result<std::vector<AddressRange>> resolveRegionSpec(QStringView text, const std::vector<Region>& regions);

// A count or size: decimal ("4096") or hexadecimal ("0x1000").
[[nodiscard]] Result<quint64> parseNumber(QStringView text, const QString& what);

} // namespace procglass
