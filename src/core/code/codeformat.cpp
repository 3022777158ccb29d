// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/code/codeformat.h"
#include "core/model/tr.h"

#include "core/model/format.h"

#include <QCoreApplication>
#include <QStringList>

namespace procglass {

namespace {

QString hex2(unsigned char b)
{
    return QStringLiteral("%1").arg(b, 2, 16, QLatin1Char('0'));
}

// "0x48, 0x65, ..." rows of `perRow`, each row indented and ending in a comma.
QString listRows(
    QByteArrayView bytes, const QString& indent, int perRow, const std::function<QString(unsigned char)>& item)
{
    QString out;
    for (qsizetype i = 0; i < bytes.size(); i += perRow) {
        QStringList row;
        for (qsizetype j = i; j < std::min(bytes.size(), i + perRow); ++j)
            row << item(static_cast<unsigned char>(bytes[j]));
        out += indent + row.join(QStringLiteral(", ")) + QStringLiteral(",\n");
    }
    return out;
}

QString plain(unsigned char b)
{
    return QStringLiteral("0x") + hex2(b);
}

} // namespace

QString codeFormatName(CodeFormat format)
{
    switch (format) {
    case CodeFormat::C:
        return tr("C / C++ array");
    case CodeFormat::Python:
        return tr("Python bytes");
    case CodeFormat::Rust:
        return tr("Rust array");
    case CodeFormat::Go:
        return tr("Go byte slice");
    case CodeFormat::Java:
        return tr("Java byte array");
    case CodeFormat::JavaScript:
        return tr("JavaScript Uint8Array");
    case CodeFormat::Base64:
        return tr("Base64");
    case CodeFormat::Xxd:
        return tr("xxd dump");
    }
    return {};
}

QString codeFormatSyntax(CodeFormat format)
{
    switch (format) {
    case CodeFormat::C:
        return QStringLiteral("C++");
    case CodeFormat::Python:
        return QStringLiteral("Python");
    case CodeFormat::Rust:
        return QStringLiteral("Rust");
    case CodeFormat::Go:
        return QStringLiteral("Go");
    case CodeFormat::Java:
        return QStringLiteral("Java");
    case CodeFormat::JavaScript:
        return QStringLiteral("JavaScript");
    case CodeFormat::Base64:
    case CodeFormat::Xxd:
        return {};
    }
    return {};
}

QString formatAsCode(QByteArrayView bytes, CodeFormat format, Address base, bool unreadable)
{
    const QString what = tr("%1 bytes at %2").arg(bytes.size()).arg(formatAddress(base))
        + (unreadable ? tr("; unreadable bytes written as 0x00") : QString());
    const QString n = QString::number(bytes.size());
    switch (format) {
    case CodeFormat::C:
        return QStringLiteral("/* %1 */\nconst unsigned char data[%2] = {\n").arg(what, n)
            + listRows(bytes, QStringLiteral("    "), 12, plain) + QStringLiteral("};\n");
    case CodeFormat::Python: {
        QString out = QStringLiteral("# %1\ndata = (\n").arg(what);
        for (qsizetype i = 0; i < bytes.size(); i += 16) {
            out += QStringLiteral("    b\"");
            for (qsizetype j = i; j < std::min(bytes.size(), i + 16); ++j)
                out += QStringLiteral("\\x") + hex2(static_cast<unsigned char>(bytes[j]));
            out += QStringLiteral("\"\n");
        }
        return out + QStringLiteral(")\n");
    }
    case CodeFormat::Rust:
        return QStringLiteral("// %1\nconst DATA: [u8; %2] = [\n").arg(what, n)
            + listRows(bytes, QStringLiteral("    "), 12, plain) + QStringLiteral("];\n");
    case CodeFormat::Go:
        return QStringLiteral("// %1\nvar data = []byte{\n").arg(what)
            + listRows(bytes, QStringLiteral("\t"), 12, plain) + QStringLiteral("}\n");
    case CodeFormat::Java:
        // Java's byte is signed: 0x80 and up need a cast.
        return QStringLiteral("// %1\nbyte[] data = {\n").arg(what)
            + listRows(bytes, QStringLiteral("    "), 8,
                [](unsigned char b) { return b < 0x80 ? plain(b) : QStringLiteral("(byte) ") + plain(b); })
            + QStringLiteral("};\n");
    case CodeFormat::JavaScript:
        return QStringLiteral("// %1\nconst data = new Uint8Array([\n").arg(what)
            + listRows(bytes, QStringLiteral("  "), 12, plain) + QStringLiteral("]);\n");
    case CodeFormat::Base64: {
        const QByteArray b64 = bytes.toByteArray().toBase64();
        QString out;
        for (qsizetype i = 0; i < b64.size(); i += 76)
            out += QString::fromLatin1(b64.mid(i, 76)) + u'\n';
        return out;
    }
    case CodeFormat::Xxd: {
        // As `xxd -o BASE` prints it: offset, eight groups of two bytes, the text.
        QString out;
        for (qsizetype i = 0; i < bytes.size(); i += 16) {
            QString hexPart, text;
            for (qsizetype j = i; j < i + 16; ++j) {
                if (j < bytes.size()) {
                    const auto b = static_cast<unsigned char>(bytes[j]);
                    hexPart += hex2(b);
                    text += (b >= 0x20 && b < 0x7f) ? QChar(QLatin1Char(char(b))) : QChar(u'.');
                } else {
                    hexPart += QStringLiteral("  ");
                }
                if (j % 2 == 1)
                    hexPart += u' ';
            }
            out += QStringLiteral("%1: ").arg(base + quint64(i), 8, 16, QLatin1Char('0')) + hexPart + u' ' + text
                + u'\n';
        }
        return out;
    }
    }
    return {};
}

} // namespace procglass
