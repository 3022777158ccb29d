#include "privatefile.h"
#include "tr.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace procglass {

namespace { } // namespace

Error writeError(const QString& path, const QIODevice& out)
{
    return makeError(ErrorKind::Io, tr("Could not write %1: %2. Nothing was saved.").arg(path, out.errorString()));
}

Error writePrivateFile(const QString& path, const std::function<Error(QIODevice& out)>& write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Io, tr("Cannot create %1: %2").arg(path, file.errorString()));
    // Before the first byte: the data may be secret.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return makeError(ErrorKind::Io, tr("Cannot make %1 private (mode 0600): %2").arg(path, file.errorString()));
    }
    if (Error e = write(file)) {
        file.cancelWriting(); // and the temporary file is removed
        return e;
    }
    if (file.error() != QFileDevice::NoError || !file.commit())
        return writeError(path, file);
    return {};
}

Error writePrivateFile(const QString& path, const std::function<bool(QIODevice& out)>& write)
{
    return writePrivateFile(
        path, [&](QIODevice& out) -> Error { return write(out) ? Error() : writeError(path, out); });
}

} // namespace procglass
