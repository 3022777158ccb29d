// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// procglass-cli: the headless face of Procglass, for scripts and tests. QtCore only. One file per
// command under commands/; what they share (output, errors, opening a target) is in cli.h.
#include "cli/cli.h"
#include "i18n/translations.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

using namespace procglass::cli;

int main(int argc, char** argv)
{
    // A file size limit (ulimit -f) then fails the write with EFBIG, "File too large", instead of
    // killing the program with a half-written temporary left behind.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("procglass-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROCGLASS_VERSION));
    // The user's language (LANG, LC_MESSAGES, LC_ALL), as in the window: messages, help and errors.
    procglass::installTranslations();

    return run(QCoreApplication::arguments());
}
