#include "privatefile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace procglass {

Error writePrivateFile(const QString& path, const std::function<bool(QIODevice& out)>& write)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("procglass::writePrivateFile", text); };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io, tr("Cannot create %1: %2").arg(path, file.errorString()));
    // Before the first byte: the data may be secret.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return makeError(ErrorKind::Io, tr("Cannot make %1 private (mode 0600): %2").arg(path, file.errorString()));
    }
    const bool written = write(file);
    if (!written || file.error() != QFileDevice::NoError) {
        const QString why = file.error() != QFileDevice::NoError ? file.errorString() : tr("the write was stopped");
        file.cancelWriting();
        return makeError(ErrorKind::Io, tr("Could not write %1: %2. Nothing was saved.").arg(path, why));
    }
    if (!file.commit())
        return makeError(ErrorKind::Io, tr("Could not write %1: %2. Nothing was saved.").arg(path, file.errorString()));
    return {};
}

} // namespace procglass
