#pragma once

#include "address.h"
#include "error.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <functional>
#include <span>

namespace procglass {

// What a search looks for. Every kind compiles to a fixed-length test at each offset: bytes
// under a mask (hex, text, exact numbers), or a value comparison (ranges, floats with tolerance).
class SearchPattern
{
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE };

    // "48 65 6c ?? 6f", "4?", "de ad be ef": hex bytes, ?? for any byte, ? for any nibble.
    [[nodiscard]] static Result<SearchPattern> hex(QStringView text);
    // Text in UTF-8 (ASCII is a subset) or UTF-16; ignoreCase folds ASCII letters.
    [[nodiscard]] static Result<SearchPattern> text(const QString& text, Encoding encoding, bool ignoreCase);
    // "42", "-7", "0x1f", or a range "10..20". width in bits: 8, 16, 32 or 64.
    [[nodiscard]] static Result<SearchPattern> integer(QStringView value, int width, bool isSigned, bool bigEndian);
    // A float (or double) within tolerance of value (tolerance 0: the exact bit pattern's value).
    [[nodiscard]] static Result<SearchPattern> floating(QStringView value, bool isDouble, double tolerance);

    [[nodiscard]] int length() const { return int(m_bytes.size()); }
    // Whether the pattern matches the length() bytes at p.
    [[nodiscard]] bool matchesAt(const std::byte* p) const;
    // Calls found(offset) for every match that lies wholly inside data, in increasing order.
    void scan(std::span<const std::byte> data, const std::function<bool(size_t offset)>& found) const;
    [[nodiscard]] QString description() const { return m_description; }

private:
    enum class Test { Masked, MaskedFolded, IntRange, FloatNear };
    Test m_test = Test::Masked;
    QByteArray m_bytes; // the value, or for ranges the width only
    QByteArray m_mask; // 0xff: must match; 0x0f/0xf0: nibble; 0x00: any
    bool m_signed = false;
    bool m_bigEndian = false;
    qint64 m_min = 0, m_max = 0; // IntRange (signed) -- or unsigned reinterpretation
    quint64 m_umin = 0, m_umax = 0;
    double m_value = 0, m_tolerance = 0;
    QString m_description;
};

} // namespace procglass
