// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

// Reading the programs' --help as the manual pages and the completion are made from it
// (docs/man/generate): in English, without a display. tst_manpages and tst_completion compare
// what they find with it.
#include "fixture.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace procglass::test {

// The commands of `procglass-cli --help`, in its order.
[[nodiscard]] QStringList cliCommands();
// The option names (--json, -o, --output) of a Qt help text: of the list from the line after
// heading ("Options:") to the next blank line, or of the whole text when heading is empty.
[[nodiscard]] QSet<QString> helpOptions(const QString& help, const QString& heading = QStringLiteral("Options:"));

} // namespace procglass::test
