// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QObject>

namespace procglass::test {

// The child object of that name and type; a test cannot go on without it.
template <typename T> T* child(QObject& parent, const char* name)
{
    auto* c = parent.findChild<T*>(QLatin1StringView(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

} // namespace procglass::test
