// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/region.h"

#include <QString>

#include <memory>
#include <vector>

namespace procglass {

class SymbolIndex;
class LocationNames; // location.cpp: the mappings' names, looked up without a pass over them

// The one place that writes an address as a location ("libc.so.6+0x1a0", "[heap]+0x10",
// "anon@7fd61b6dd000+0x10"); resolveAddress() (addressspec.h, which documents the grammar) reads
// every text written here back to the same address. Search hits, CSV exports, the status bar, the
// hex view's tooltip, the data inspector, bookmarks and the CLI all print through it.

// What an address in one mapping is counted from: a name and the address that name stands for,
// or no name (anonymous memory: "anon@START", START the mapping's start).
struct LocationBase
{
    QString name; // empty: the anonymous form
    Address base = 0;
    bool absolute = false; // no name reads back unambiguously: the plain address
};

// How addresses in regions[index] are written. Costs indexing the mappings' names (a pass and a
// sort): callers that format many addresses (a model, an export) use one LocationFormatter.
[[nodiscard]] LocationBase locationBase(const std::vector<Region>& regions, size_t index);
[[nodiscard]] QString formatLocation(Address address, const LocationBase& base);
// "0x..." when no mapping holds the address.
[[nodiscard]] QString formatLocation(Address address, const std::vector<Region>& regions);
// The symbol form ("libc.so.6!malloc+0x10") where symbols name the address unambiguously, else
// the form above. symbols may be null.
[[nodiscard]] QString formatLocation(Address address, const std::vector<Region>& regions, const SymbolIndex* symbols);

// The prefix of the anonymous form. The kernel never starts a mapping's name with it.
inline constexpr QStringView kAnonymousPrefix = u"anon@";

// Formats many addresses of one set of mappings, working out each mapping's name once, from one
// index of the mappings' names built on first use: linear in the mappings and the addresses
// (times a logarithm), however many mappings the addresses fall in.
class LocationFormatter
{
public:
    LocationFormatter() = default;
    explicit LocationFormatter(const std::vector<Region>* regions)
        : m_regions(regions)
    { }
    // The regions must outlive the formatter and stay unchanged; call reset() when they change.
    void reset(const std::vector<Region>* regions);
    [[nodiscard]] QString format(Address address) const;
    // symbolText as SymbolIndex::describe wrote it: taken where it is the symbol form and cannot
    // read as a mapping's name; the form above otherwise.
    [[nodiscard]] QString format(Address address, const QString& symbolText) const;

private:
    const std::vector<Region>* m_regions = nullptr;
    mutable std::vector<qint8> m_known; // per region: base worked out
    mutable std::vector<LocationBase> m_bases;
    mutable std::shared_ptr<const LocationNames> m_names; // of *m_regions, built on first use
    mutable bool m_bangChecked = false;
    mutable bool m_bangInNames = false; // some mapping's name holds a '!'
};

} // namespace procglass
