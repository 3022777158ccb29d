// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QLocale>
#include <QStringList>

namespace procglass {

// Installs the translations for locale: Qt's own (standard dialogs, buttons) and Procglass's,
// compiled into the program (the window and procglass-cli share one catalogue). Where Procglass has no translation for
// the language, its English one gives proper plurals ("1 hit", "2 hits"). Returns the files loaded, for --version and
// tests.
QStringList installTranslations(const QLocale& locale = QLocale());

} // namespace procglass
