// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/code/datainspector.h"
#include "core/model/tr.h"
#include "core/teach/location.h"

#include <QCoreApplication>

#include <bit>
#include <cstring>

namespace procglass {

namespace {

template <typename T> T load(std::span<const std::byte> bytes, bool bigEndian)
{
    std::byte buf[sizeof(T)];
    std::memcpy(buf, bytes.data(), sizeof(T));
    if (bigEndian != (std::endian::native == std::endian::big))
        std::reverse(buf, buf + sizeof(T));
    T v;
    std::memcpy(&v, buf, sizeof(T));
    return v;
}

QString endianName(bool big)
{
    return big ? tr("big endian") : tr("little endian");
}
} // namespace

std::vector<InspectedValue> inspectBytes(
    std::span<const std::byte> bytes, const std::vector<Region>& regions, const SymbolIndex* symbols)
{
    std::vector<InspectedValue> out;
    auto needs = [](size_t n) {
        // Always 2, 4 or 8: no plural forms needed.
        return QCoreApplication::translate("procglass::DataInspector", "needs %1 readable bytes").arg(n);
    };

    if (bytes.empty()) {
        out.push_back({ tr("byte"), tr("unreadable"), {} });
        return out;
    }
    const auto b0 = static_cast<unsigned char>(bytes[0]);
    out.push_back({ tr("int8"), QString::number(qint8(b0)), {} });
    out.push_back({ tr("uint8"), QString::number(b0), {} });
    out.push_back({ tr("binary"), QStringLiteral("%1").arg(b0, 8, 2, QLatin1Char('0')), {} });

    auto integers = [&]<typename S, typename U>(const char* bits) {
        for (bool big : { false, true }) {
            const QString suffix = QStringLiteral(" (%1)").arg(endianName(big));
            if (bytes.size() < sizeof(S)) {
                out.push_back({ tr("int%1").arg(QLatin1StringView(bits)) + suffix, needs(sizeof(S)), {} });
                out.push_back({ tr("uint%1").arg(QLatin1StringView(bits)) + suffix, needs(sizeof(S)), {} });
                continue;
            }
            out.push_back(
                { tr("int%1").arg(QLatin1StringView(bits)) + suffix, QString::number(load<S>(bytes, big)), {} });
            out.push_back(
                { tr("uint%1").arg(QLatin1StringView(bits)) + suffix, QString::number(load<U>(bytes, big)), {} });
        }
    };
    integers.template operator()<qint16, quint16>("16");
    integers.template operator()<qint32, quint32>("32");
    integers.template operator()<qint64, quint64>("64");

    for (bool big : { false, true }) {
        const QString suffix = QStringLiteral(" (%1)").arg(endianName(big));
        out.push_back({ tr("float") + suffix,
            bytes.size() < 4 ? needs(4) : QString::number(double(load<float>(bytes, big)), 'g', 9), {} });
        out.push_back({ tr("double") + suffix,
            bytes.size() < 8 ? needs(8) : QString::number(load<double>(bytes, big), 'g', 17), {} });
    }

    // A pointer is a little-endian 64-bit address on x86-64 and AArch64.
    if (bytes.size() < 8) {
        out.push_back({ tr("pointer"), needs(8), {} });
    } else {
        const Address p = load<quint64>(bytes, false);
        const qsizetype i = findRegion(regions, p);
        QString where;
        if (i < 0) {
            where = tr("points into no mapping");
        } else {
            where = QStringLiteral("→ %1 (%2)")
                        .arg(formatLocation(p, regions, symbols), regionKindName(regions[size_t(i)].kind));
        }
        out.push_back({ tr("pointer"), QStringLiteral("0x%1 %2").arg(p, 0, 16).arg(where),
            i < 0 ? std::nullopt : std::optional<Address>(p) });
    }

    // The character that starts here, if the bytes make one.
    const QByteArray raw(reinterpret_cast<const char*>(bytes.data()), qsizetype(std::min<size_t>(bytes.size(), 4)));
    const int utf8Length = (b0 < 0x80) ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xe ? 3 : (b0 >> 3) == 0x1e ? 4 : 0;
    QString utf8 = tr("not the start of a UTF-8 character");
    if (utf8Length > 0 && raw.size() >= utf8Length) {
        const QString decoded = QString::fromUtf8(raw.left(utf8Length));
        if (!decoded.contains(QChar::ReplacementCharacter))
            utf8 = QStringLiteral("'%1' U+%2")
                       .arg(decoded)
                       .arg(decoded.toUcs4().value(0), 4, 16, QLatin1Char('0'))
                       .toUpper();
    }
    out.push_back({ tr("UTF-8"), utf8, {} });
    if (bytes.size() >= 2) {
        const char16_t unit = load<char16_t>(bytes, false);
        out.push_back({ tr("UTF-16 (little endian)"),
            QChar::isSurrogate(unit)
                ? tr("half of a surrogate pair")
                : QStringLiteral("'%1' U+%2").arg(QChar(unit)).arg(int(unit), 4, 16, QLatin1Char('0')).toUpper(),
            {} });
    } else {
        out.push_back({ tr("UTF-16 (little endian)"), needs(2), {} });
    }
    // Text previews: up to the first NUL (or what is available), as a C string or a wide one would be read.
    const qsizetype nul = raw.isEmpty()
        ? 0
        : QByteArray(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size())).indexOf('\0');
    const QByteArray all(reinterpret_cast<const char*>(bytes.data()), qsizetype(bytes.size()));
    const QString utf8Text = QString::fromUtf8(nul < 0 ? all : all.left(nul));
    out.push_back(
        { tr("UTF-8 text"), QStringLiteral("\"%1\"%2").arg(utf8Text, nul < 0 ? QStringLiteral("…") : QString()), {} });
    QString utf16Text;
    bool terminated = false;
    for (size_t i = 0; i + 1 < bytes.size(); i += 2) {
        const char16_t unit = load<char16_t>(bytes.subspan(i), false);
        if (unit == 0) {
            terminated = true;
            break;
        }
        utf16Text += QChar(unit);
    }
    out.push_back({ tr("UTF-16 text (little endian)"),
        QStringLiteral("\"%1\"%2").arg(utf16Text, terminated ? QString() : QStringLiteral("…")), {} });
    return out;
}

} // namespace procglass
