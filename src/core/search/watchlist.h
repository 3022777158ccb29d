// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/memorysource.h"
#include "core/search/valuescan.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace procglass {

// Values the user watches (Cheat Engine's address list): each with its type and a description,
// and where it lies relative to the file mapped there (module + offset), so that the list
// survives a restart of the program and ASLR.
struct WatchEntry
{
    QString description;
    Address address = 0; // where it was when added (or last resolved)
    ScanValueType type;
    QString module; // the mapped file's path, empty for anonymous memory ([heap]: by address only)
    quint64 moduleOffset = 0; // from the module's first mapping's start
    bool frozen = false;
    QByteArray frozenValue; // type.size() bytes, written again while frozen
};

class WatchList
{
    Q_DECLARE_TR_FUNCTIONS(procglass::WatchList)

public:
    // The module and offset of address in regions (empty module for anonymous memory).
    [[nodiscard]] static WatchEntry entryFor(Address address, ScanValueType type, const std::vector<Region>& regions);
    // Where entry lies in this process: module + offset resolved in regions, else its address.
    [[nodiscard]] static std::optional<Address> resolve(const WatchEntry& entry, const std::vector<Region>& regions);

    // A JSON file, 0600, by writePrivateFile's rules. load() treats it as anyone's input.
    [[nodiscard]] static Error save(const std::vector<WatchEntry>& entries, const QString& path, bool overwrite);
    [[nodiscard]] static Result<std::vector<WatchEntry>> load(const QString& path);
    [[nodiscard]] static Result<std::vector<WatchEntry>> fromJson(QByteArrayView json, const QString& name = QString());
};

// A value as text for its type, and text parsed into its bytes ("-5", "3.25", "0x10"): one
// definition for the watch list, the hit list and `procglass-cli`.
[[nodiscard]] QString formatValue(QByteArrayView bytes, const ScanValueType& type);
[[nodiscard]] Result<QByteArray> parseValue(QStringView text, const ScanValueType& type);
// The value's bits as HitSet keeps them (HitSet::raw), from its bytes in the target's order; and
// such bits as text (HitSet::valueText's words).
[[nodiscard]] quint64 decodeValue(QByteArrayView bytes, const ScanValueType& type);
[[nodiscard]] QString formatRaw(quint64 raw, const ScanValueType& type);

} // namespace procglass
