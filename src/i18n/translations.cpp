// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace procglass {

QStringList installTranslations(const QLocale& locale)
{
    QStringList loaded;
    auto install = [&](QTranslator* translator) {
        QCoreApplication::installTranslator(translator);
        loaded << translator->filePath();
    };
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        install(qt);
    else
        delete qt;
    auto* ours = new QTranslator(QCoreApplication::instance());
    if (ours->load(locale, QStringLiteral("procglass"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || ours->load(QStringLiteral("procglass_en"), QStringLiteral(":/i18n")))
        install(ours);
    else
        delete ours;
    return loaded;
}

} // namespace procglass
