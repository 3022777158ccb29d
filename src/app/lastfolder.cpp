#include "lastfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace procglass {

namespace {
QString key(FileKind kind)
{
    static const char* const kIds[] = { "raw", "bundle", "core", "vdso", "searchCsv" };
    return QStringLiteral("folders/") + QLatin1StringView(kIds[int(kind)]);
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

} // namespace procglass
