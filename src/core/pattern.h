#pragma once

#include "address.h"
#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <functional>
#include <memory>
#include <span>

namespace procglass {

class RegexProgram;

// What a search looks for. Every kind but regular expressions compiles to a fixed-length test at
// each offset: bytes under a mask (hex, text, exact numbers), or a value comparison (ranges,
// floats with tolerance). Regular expressions run on Vectorscan.
class SearchPattern
{
    Q_DECLARE_TR_FUNCTIONS(procglass::SearchPattern)

public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE };

    // The longest match a regular expression may have and still be found when it straddles two
    // chunks of a search (the chunks overlap by this much).
    static constexpr int kRegexReach = 64 * 1024;

    // "48 65 6c ?? 6f", "4?", "de ad be ef": hex bytes, ?? for any byte, ? for any nibble.
    [[nodiscard]] static Result<SearchPattern> hex(QStringView text);
    // Text in UTF-8 (ASCII is a subset) or UTF-16; ignoreCase folds ASCII letters.
    [[nodiscard]] static Result<SearchPattern> text(const QString& text, Encoding encoding, bool ignoreCase);
    // "42", "-7", "0x1f", or a range "10..20". width in bits: 8, 16, 32 or 64.
    [[nodiscard]] static Result<SearchPattern> integer(QStringView value, int width, bool isSigned, bool bigEndian);
    // A float (or double) within tolerance of value (tolerance 0: the exact bit pattern's value).
    [[nodiscard]] static Result<SearchPattern> floating(QStringView value, bool isDouble, double tolerance);
    // A regular expression over bytes (PCRE syntax as Vectorscan takes it: \x00 for a byte, . for
    // any byte). A hit is the leftmost start of a match.
    [[nodiscard]] static Result<SearchPattern> regex(const QString& expression, bool ignoreCase);
    // Whether this build has Vectorscan (regular expressions).
    [[nodiscard]] static bool regexAvailable();

    // The bytes a match covers: for a regular expression, the most it may cover.
    [[nodiscard]] int length() const { return m_length; }
    // Bytes before a chunk that a search must also show scan() so that a match straddling chunks
    // gets the same start in both (variable-length regular expressions only).
    [[nodiscard]] int lookbehind() const { return m_lookbehind; }
    // Calls found(offset, length) for every match that lies wholly inside data, in increasing
    // order of offset; stops when found returns false.
    void scan(std::span<const std::byte> data, const std::function<bool(size_t offset, size_t length)>& found) const;
    [[nodiscard]] QString description() const { return m_description; }

private:
    enum class Test { Masked, MaskedFolded, IntRange, FloatNear, Regex };
    void prepare(); // sets the length and the anchor once the bytes are final
    [[nodiscard]] bool matchesAt(const std::byte* p) const;
    void scanRegex(std::span<const std::byte> data, const std::function<bool(size_t, size_t)>& found) const;

    Test m_test = Test::Masked;
    int m_length = 0;
    int m_lookbehind = 0;
    bool m_fixedWidth = true; // a regex whose matches all have one length: each end has one start
    QByteArray m_bytes; // the value, or for ranges the width only
    QByteArray m_mask; // 0xff: must match; 0x0f/0xf0: nibble; 0x00: any
    qsizetype m_anchor = -1; // Masked: the longest run of exact bytes, found with memmem / memchr
    qsizetype m_anchorLength = 0;
    bool m_signed = false;
    bool m_bigEndian = false;
    qint64 m_min = 0, m_max = 0; // IntRange (signed) -- or unsigned reinterpretation
    quint64 m_umin = 0, m_umax = 0;
    double m_value = 0, m_tolerance = 0;
    std::shared_ptr<const RegexProgram> m_regex; // also serves ignore-case text where Vectorscan is built in
    QString m_description;
};

} // namespace procglass
