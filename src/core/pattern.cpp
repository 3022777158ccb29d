#include "pattern.h"

#include <QCoreApplication>

#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace procglass {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("procglass::SearchPattern", text);
}

Error bad(const QString& message)
{
    return makeError(ErrorKind::InvalidArgument, message);
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

unsigned char fold(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

template <typename T> T load(const std::byte* p, bool bigEndian)
{
    T v;
    std::memcpy(&v, p, sizeof(T));
    if (bigEndian != (std::endian::native == std::endian::big)) {
        auto* b = reinterpret_cast<unsigned char*>(&v);
        std::reverse(b, b + sizeof(T));
    }
    return v;
}

// A decimal or 0x-hex integer, possibly negative.
bool parseInteger(QStringView text, bool* negative, quint64* magnitude)
{
    text = text.trimmed();
    *negative = text.startsWith(u'-');
    if (*negative || text.startsWith(u'+'))
        text = text.mid(1);
    bool ok = false;
    if (text.startsWith(u"0x", Qt::CaseInsensitive))
        *magnitude = text.mid(2).toULongLong(&ok, 16);
    else
        *magnitude = text.toULongLong(&ok, 10);
    return ok && !text.isEmpty();
}

} // namespace

Result<SearchPattern> SearchPattern::hex(QStringView text)
{
    SearchPattern p;
    // Digits come in pairs; spaces may separate the pairs but not split one.
    int pending = -1; // position of an unpaired first digit
    int pendingValue = 0, pendingMask = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace()) {
            if (pending >= 0)
                return bad(tr("The hex digit at position %1 has no partner: write bytes as two digits (0a, not a).")
                               .arg(pending + 1));
            continue;
        }
        int value = 0, mask = 0xf;
        if (c == u'?') {
            mask = 0;
        } else if ((value = hexDigit(c)) < 0) {
            return bad(tr("'%1' at position %2 is not a hex digit (0-9, a-f) or a ? wildcard.").arg(c).arg(i + 1));
        }
        if (pending < 0) {
            pending = int(i);
            pendingValue = value;
            pendingMask = mask;
            continue;
        }
        p.m_bytes.append(char((pendingValue << 4) | value));
        p.m_mask.append(char((pendingMask << 4) | mask));
        pending = -1;
    }
    if (pending >= 0)
        return bad(
            tr("The hex digit at position %1 has no partner: write bytes as two digits (0a, not a).").arg(pending + 1));
    if (p.m_bytes.isEmpty())
        return bad(tr("The hex pattern is empty."));
    if (!p.m_mask.contains(char(0xff)) && !std::any_of(p.m_mask.begin(), p.m_mask.end(), [](char m) { return m != 0; }))
        return bad(tr("The hex pattern is all wildcards: it would match everywhere. Give at least one digit."));
    p.m_description = tr("hex %1").arg(text.trimmed().toString());
    return p;
}

Result<SearchPattern> SearchPattern::text(const QString& text, Encoding encoding, bool ignoreCase)
{
    if (text.isEmpty())
        return bad(tr("The text to search for is empty."));
    SearchPattern p;
    switch (encoding) {
    case Encoding::Utf8:
        p.m_bytes = text.toUtf8();
        break;
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        for (QChar c : text) {
            const char lo = char(c.unicode() & 0xff), hi = char(c.unicode() >> 8);
            p.m_bytes.append(encoding == Encoding::Utf16LE ? lo : hi);
            p.m_bytes.append(encoding == Encoding::Utf16LE ? hi : lo);
        }
        break;
    }
    p.m_mask = QByteArray(p.m_bytes.size(), char(0xff));
    if (ignoreCase) {
        p.m_test = Test::MaskedFolded;
        for (char& b : p.m_bytes)
            b = char(fold(static_cast<unsigned char>(b)));
    }
    static const char* const kNames[] = { "UTF-8", "UTF-16LE", "UTF-16BE" };
    p.m_description
        = tr("text \"%1\" (%2%3)")
              .arg(text, QLatin1StringView(kNames[int(encoding)]), ignoreCase ? tr(", any case") : QString());
    return p;
}

Result<SearchPattern> SearchPattern::integer(QStringView value, int width, bool isSigned, bool bigEndian)
{
    if (width != 8 && width != 16 && width != 32 && width != 64)
        return bad(tr("An integer is 8, 16, 32 or 64 bits wide, not %1.").arg(width));
    const QString type = tr("%1 %2-bit integer").arg(isSigned ? tr("a signed") : tr("an unsigned")).arg(width);
    const qint64 smin = width == 64 ? std::numeric_limits<qint64>::min() : -(qint64(1) << (width - 1));
    const qint64 smax = width == 64 ? std::numeric_limits<qint64>::max() : (qint64(1) << (width - 1)) - 1;
    const quint64 umax = width == 64 ? std::numeric_limits<quint64>::max() : (quint64(1) << width) - 1;
    auto parseOne = [&](QStringView text, qint64* s, quint64* u) -> Error {
        bool negative = false;
        quint64 magnitude = 0;
        if (!parseInteger(text, &negative, &magnitude))
            return bad(tr("'%1' is not an integer: write it in decimal (-42) or hexadecimal (0x2a).")
                           .arg(text.trimmed().toString()));
        if (isSigned) {
            const bool fits = negative ? magnitude <= quint64(-(smin + 1)) + 1 : magnitude <= quint64(smax);
            if (!fits)
                return bad(
                    tr("%1 does not fit in %2 (%3 to %4).").arg(text.trimmed().toString(), type).arg(smin).arg(smax));
            *s = negative ? qint64(0 - magnitude) : qint64(magnitude);
        } else {
            if (negative || magnitude > umax)
                return bad(tr("%1 does not fit in %2 (0 to %3).").arg(text.trimmed().toString(), type).arg(umax));
            *u = magnitude;
        }
        return {};
    };
    SearchPattern p;
    p.m_signed = isSigned;
    p.m_bigEndian = bigEndian;
    p.m_bytes = QByteArray(width / 8, '\0');
    p.m_mask = QByteArray(width / 8, char(0xff));
    const qsizetype dots = value.indexOf(u"..");
    if (dots >= 0) {
        if (Error e = parseOne(value.first(dots), &p.m_min, &p.m_umin))
            return e;
        if (Error e = parseOne(value.mid(dots + 2), &p.m_max, &p.m_umax))
            return e;
        if (isSigned ? p.m_min > p.m_max : p.m_umin > p.m_umax)
            return bad(tr("The range %1 is empty: its first value is larger than its last.").arg(value.toString()));
        p.m_test = Test::IntRange;
    } else {
        qint64 s = 0;
        quint64 u = 0;
        if (Error e = parseOne(value, &s, &u))
            return e;
        quint64 bits = isSigned ? quint64(s) : u;
        for (int i = 0; i < width / 8; ++i) {
            const int shift = bigEndian ? (width / 8 - 1 - i) * 8 : i * 8;
            p.m_bytes[i] = char((bits >> shift) & 0xff);
        }
    }
    p.m_description = tr("%1 %2 (%3)").arg(type, value.toString(), bigEndian ? tr("big endian") : tr("little endian"));
    return p;
}

Result<SearchPattern> SearchPattern::floating(QStringView value, bool isDouble, double tolerance)
{
    bool ok = false;
    const double v = value.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return bad(tr("'%1' is not a number: write it like 3.14 or -2.5e3.").arg(value.trimmed().toString()));
    if (!(tolerance >= 0) || !std::isfinite(tolerance))
        return bad(tr("The tolerance must be zero or a positive number."));
    SearchPattern p;
    p.m_test = Test::FloatNear;
    // A float search compares floats: 0.1 means the float nearest 0.1, not the double.
    p.m_value = isDouble ? v : double(float(v));
    p.m_tolerance = tolerance;
    p.m_bytes = QByteArray(isDouble ? 8 : 4, '\0');
    p.m_mask = QByteArray(p.m_bytes.size(), char(0xff));
    p.m_description
        = tr("%1 %2 ± %3").arg(isDouble ? tr("double") : tr("float"), value.trimmed().toString()).arg(tolerance);
    return p;
}

bool SearchPattern::matchesAt(const std::byte* p) const
{
    const auto* b = reinterpret_cast<const unsigned char*>(p);
    switch (m_test) {
    case Test::Masked:
        for (qsizetype i = 0; i < m_bytes.size(); ++i) {
            if ((b[i] ^ static_cast<unsigned char>(m_bytes[i])) & static_cast<unsigned char>(m_mask[i]))
                return false;
        }
        return true;
    case Test::MaskedFolded:
        for (qsizetype i = 0; i < m_bytes.size(); ++i) {
            if (fold(b[i]) != static_cast<unsigned char>(m_bytes[i]))
                return false;
        }
        return true;
    case Test::IntRange: {
        qint64 s = 0;
        quint64 u = 0;
        switch (m_bytes.size()) {
        case 1:
            s = qint8(b[0]);
            u = b[0];
            break;
        case 2:
            s = load<qint16>(p, m_bigEndian);
            u = load<quint16>(p, m_bigEndian);
            break;
        case 4:
            s = load<qint32>(p, m_bigEndian);
            u = load<quint32>(p, m_bigEndian);
            break;
        default:
            s = load<qint64>(p, m_bigEndian);
            u = load<quint64>(p, m_bigEndian);
        }
        return m_signed ? (s >= m_min && s <= m_max) : (u >= m_umin && u <= m_umax);
    }
    case Test::FloatNear: {
        const double x = m_bytes.size() == 8 ? load<double>(p, false) : double(load<float>(p, false));
        return std::fabs(x - m_value) <= m_tolerance; // NaN never matches
    }
    }
    return false;
}

void SearchPattern::scan(std::span<const std::byte> data, const std::function<bool(size_t)>& found) const
{
    const size_t n = size_t(m_bytes.size());
    if (data.size() < n)
        return;
    const size_t last = data.size() - n;
    // A byte that must match exactly lets memchr skip ahead, which is most of the speed.
    qsizetype anchor = -1;
    if (m_test == Test::Masked) {
        for (qsizetype i = 0; i < m_mask.size() && anchor < 0; ++i) {
            if (static_cast<unsigned char>(m_mask[i]) == 0xff)
                anchor = i;
        }
    }
    const auto* base = reinterpret_cast<const unsigned char*>(data.data());
    if (anchor < 0) {
        for (size_t off = 0; off <= last; ++off) {
            if (matchesAt(data.data() + off) && !found(off))
                return;
        }
        return;
    }
    const unsigned char key = static_cast<unsigned char>(m_bytes[anchor]);
    size_t off = 0;
    while (off <= last) {
        const void* hit = std::memchr(base + off + size_t(anchor), key, last - off + 1);
        if (!hit)
            return;
        off = size_t(static_cast<const unsigned char*>(hit) - base) - size_t(anchor);
        if (matchesAt(data.data() + off) && !found(off))
            return;
        ++off;
    }
}

} // namespace procglass
