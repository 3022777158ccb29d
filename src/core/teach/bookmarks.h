// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/region.h"

#include <QList>
#include <QString>

class QSettings;

namespace procglass {

// An address as it survives a restart of the program: "libc.so.6+0x1234", "[heap]+0x10"; anonymous
// memory, whose place changes from run to run, by its place in this run (anon@7f...+0x10). The
// location syntax of formatLocation() (location.h).
[[nodiscard]] QString describeAddress(Address address, const std::vector<Region>& regions);

struct Bookmark
{
    QString name;
    QString location; // as describeAddress() writes it; resolveAddress() reads it back
    bool operator==(const Bookmark&) const = default;
};

// Bookmarks of one executable, kept in the settings under its path.
class BookmarkStore
{
public:
    BookmarkStore(QSettings& settings, QString executable);

    [[nodiscard]] QList<Bookmark> bookmarks() const { return m_bookmarks; }
    void add(Bookmark bookmark); // replaces one of the same name
    void remove(const QString& name);

private:
    void save();

    QSettings& m_settings;
    QString m_group;
    QList<Bookmark> m_bookmarks;
};

} // namespace procglass
