// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/teach/bookmarks.h"
#include "core/teach/location.h"

#include <QCryptographicHash>
#include <QSettings>

namespace procglass {

QString describeAddress(Address address, const std::vector<Region>& regions)
{
    return formatLocation(address, regions);
}

BookmarkStore::BookmarkStore(QSettings& settings, QString executable)
    : m_settings(settings)
    // Paths make poor settings keys ('/' nests groups): use their hash.
    , m_group(QStringLiteral("bookmarks/")
          + QString::fromLatin1(QCryptographicHash::hash(executable.toUtf8(), QCryptographicHash::Sha1).toHex()))
{
    const int n = m_settings.beginReadArray(m_group);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        m_bookmarks.append({ m_settings.value(QStringLiteral("name")).toString(),
            m_settings.value(QStringLiteral("location")).toString() });
    }
    m_settings.endArray();
    m_settings.setValue(m_group + QStringLiteral("/executable"), executable);
}

void BookmarkStore::add(Bookmark bookmark)
{
    remove(bookmark.name);
    m_bookmarks.append(std::move(bookmark));
    save();
}

void BookmarkStore::remove(const QString& name)
{
    m_bookmarks.removeIf([&](const Bookmark& b) { return b.name == name; });
    save();
}

void BookmarkStore::save()
{
    m_settings.beginWriteArray(m_group, int(m_bookmarks.size()));
    for (int i = 0; i < m_bookmarks.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), m_bookmarks[i].name);
        m_settings.setValue(QStringLiteral("location"), m_bookmarks[i].location);
    }
    m_settings.endArray();
    m_settings.sync();
}

} // namespace procglass
