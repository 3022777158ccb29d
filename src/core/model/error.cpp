// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/model/error.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

namespace procglass {

Error makeError(ErrorKind kind, QString message, int errnum)
{
    return Error { kind, errnum, std::move(message) };
}

Error errorFromErrno(int errnum, const QString& what)
{
    ErrorKind kind = ErrorKind::Io;
    switch (errnum) {
    case ESRCH:
    case ENOENT:
        kind = ErrorKind::NoSuchProcess;
        break;
    case EACCES:
    case EPERM:
        kind = ErrorKind::Permission;
        break;
    case EFAULT:
        kind = ErrorKind::Unreadable;
        break;
    case EINVAL:
        kind = ErrorKind::InvalidArgument;
        break;
    default:
        break;
    }
    return Error { kind, errnum,
        QCoreApplication::translate("procglass::Error", "%1: %2").arg(what, QString::fromLocal8Bit(strerror(errnum))) };
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::NoSuchProcess:
        return QStringLiteral("no-such-process");
    case ErrorKind::Exited:
        return QStringLiteral("exited");
    case ErrorKind::Permission:
        return QStringLiteral("permission");
    case ErrorKind::Unreadable:
        return QStringLiteral("unreadable");
    case ErrorKind::Io:
        return QStringLiteral("io");
    case ErrorKind::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorKind::Parse:
        return QStringLiteral("parse");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace procglass
