#pragma once

#include "error.h"
#include "region.h"

#include <QStringView>

#include <vector>

namespace procglass {

// An address as a user types it: "0x7ffd1234", "[heap]", "[stack]+0x10", "libc.so.6+0x1234".
// A file name may hold '+' itself (libstdc++.so.6, c++.so, lib+10): which '+' starts the offset
// is decided against the mappings, by the longest name that names one (see resolveAddressSpec).
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
[[nodiscard]] Result<Address> resolveAddress(QStringView text, const std::vector<Region>& regions);

// "0x7f0000000000-0x7f0000100000" (0x optional, hexadecimal as in /proc/PID/maps): end exclusive.
[[nodiscard]] Result<AddressRange> parseAddressRange(QStringView text);

// What `dump --region` takes: a range ("0x7f00-0x7f80"), or a name that picks every mapping of
// it ("[heap]", "libc.so.6", "/usr/lib/x86_64-linux-gnu/libc.so.6").
[[nodiscard]] Result<std::vector<AddressRange>> resolveRegionSpec(QStringView text, const std::vector<Region>& regions);

// A count or size: decimal ("4096") or hexadecimal ("0x1000").
[[nodiscard]] Result<quint64> parseNumber(QStringView text, const QString& what);

} // namespace procglass
