// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/address.h"

#include <QByteArrayView>
#include <QString>

namespace procglass {

// Bytes as source code or text to paste elsewhere ("copy as code").
enum class CodeFormat { C, Python, Rust, Go, Java, JavaScript, Base64, Xxd };
inline constexpr int kCodeFormatCount = 8;

[[nodiscard]] QString codeFormatName(CodeFormat format); // "C / C++", "Python"...
// The KSyntaxHighlighting definition that highlights it ("C++", "Python"...), empty for plain text.
[[nodiscard]] QString codeFormatSyntax(CodeFormat format);

// base is where the bytes were in the process (named in a comment, and the xxd offsets).
// unreadable: some bytes could not be read and are zeros here -- the comment says so.
[[nodiscard]] QString formatAsCode(QByteArrayView bytes, CodeFormat format, Address base, bool unreadable = false);

} // namespace procglass
