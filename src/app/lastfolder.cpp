// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "lastfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace procglass {

namespace {
QString key(FileKind kind, bool agent = false)
{
    static const char* const kIds[] = { "raw", "bundle", "core", "vdso", "searchCsv", "watchList" };
    return (agent ? QStringLiteral("agentFolders/") : QStringLiteral("folders/")) + QLatin1StringView(kIds[int(kind)]);
}
} // namespace

QString fileDialogStart(FileKind kind, const QString& fileName)
{
    QString folder = QSettings().value(key(kind)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath(); // never chosen, or gone since
    return fileName.isEmpty() ? folder : QDir(folder).filePath(fileName);
}

void rememberFileDialogChoice(FileKind kind, const QString& chosenPath)
{
    if (chosenPath.isEmpty())
        return;
    QSettings().setValue(key(kind), QFileInfo(chosenPath).absolutePath());
}

QString agentPathStart(FileKind kind, const QString& fileName)
{
    QString folder = QSettings().value(key(kind, true)).toString();
    if (!folder.startsWith(u'/'))
        folder = QStringLiteral("/tmp"); // never typed
    if (fileName.isEmpty())
        return folder;
    return folder.endsWith(u'/') ? folder + fileName : folder + u'/' + fileName;
}

void rememberAgentPath(FileKind kind, const QString& typedPath)
{
    // Text only: the folder is on the agent's machine, not here.
    const qsizetype slash = typedPath.lastIndexOf(u'/');
    if (!typedPath.startsWith(u'/') || slash < 0)
        return;
    QSettings().setValue(key(kind, true), slash == 0 ? QStringLiteral("/") : typedPath.left(slash));
}

} // namespace procglass
