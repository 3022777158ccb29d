// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace procglass {

// tr() for code outside QObject classes. lupdate files a tr() call made in a function of namespace
// procglass under the context "procglass" -- the one this looks it up in -- and a call made in a
// member function of class procglass::X under "procglass::X": such classes declare
// Q_DECLARE_TR_FUNCTIONS(procglass::X), whose static tr() their members then find first.
inline QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("procglass", text, disambiguation, n);
}

} // namespace procglass
