// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/model/format.h"

#include <QCoreApplication>
#include <QLocale>

namespace procglass {

QString formatBytes(quint64 bytes)
{
    static const char* const kUnits[] = { QT_TRANSLATE_NOOP("procglass::Format", "%1 B"),
        QT_TRANSLATE_NOOP("procglass::Format", "%1 KiB"), QT_TRANSLATE_NOOP("procglass::Format", "%1 MiB"),
        QT_TRANSLATE_NOOP("procglass::Format", "%1 GiB"), QT_TRANSLATE_NOOP("procglass::Format", "%1 TiB"),
        QT_TRANSLATE_NOOP("procglass::Format", "%1 PiB"), QT_TRANSLATE_NOOP("procglass::Format", "%1 EiB") };
    int unit = 0;
    double value = double(bytes);
    while (value >= 1024 && unit < 6) {
        value /= 1024;
        ++unit;
    }
    // Whole numbers print without decimals ("4 KiB"), others with one ("1.5 MiB").
    const bool whole = value == double(quint64(value));
    return QCoreApplication::translate("procglass::Format", kUnits[unit])
        .arg(QLocale().toString(value, 'f', whole || unit == 0 ? 0 : 1));
}

QString formatAddress(quint64 address)
{
    return QStringLiteral("0x%1").arg(address, 12, 16, QLatin1Char('0'));
}

} // namespace procglass
