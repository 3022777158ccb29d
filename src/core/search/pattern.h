// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/address.h"
#include "core/model/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <span>

namespace procglass {

class RegexProgram;

// What a search looks for. Every kind but regular expressions compiles to a fixed-length test at
// each offset: bytes under a mask (hex, text, exact numbers), or a value comparison (ranges,
// floats with tolerance).
//
// Regular expressions whose matches all have one length run on Vectorscan in stream mode without
// start-of-match tracking (the start is the end less the width). Every other one runs on RE2,
// which is linear in the bytes it reads and bounded in memory. Vectorscan's block mode is never
// used: Debian's Vectorscan 5.4.9 to 5.4.11 aborts the program ("buffer overflow detected") in
// rvermicelliDoubleExec, the reverse acceleration of block-mode scans, which formats its whole
// input into a 255-byte stack buffer (fixed upstream in VectorCamp/vectorscan #392); its
// start-of-match tracking, which made such engines, also cost one callback per match end.
//
// Variable-length matches are found block by block: the address space is cut into kRegexBlock
// blocks (64 KiB, aligned); in each, matching starts at the block's first byte (or the first
// readable byte), takes the leftmost match (Perl's preference: greedy, first alternative
// first), then goes on after its end. A match starts in its block and ends at the latest at the
// end of the next one: every match up to kRegexReach (64 KiB) long is found whole, a longer one
// is cut short (never beyond 2 x kRegexBlock). So a run of 2 GiB of zeros searched for \x00+
// reports one 128 KiB match per 64 KiB block, in linear time, whatever chunks the search uses.
// A block's first kWideMatches matches are looked for in the whole text; after that, in a window
// of kNarrowWindow bytes from where the last one ended -- an expression such as a.*z|a must
// otherwise read to the end of the text for every single a, so a block with thousands of matches
// would cost thousands of times its size. Only blocks that crowded see the difference: a later
// match there is at most kNarrowWindow / 2 bytes long for sure.
class SearchPattern
{
    Q_DECLARE_TR_FUNCTIONS(procglass::SearchPattern)

public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE };

    // The longest match a regular expression is sure to be found whole; longer ones are cut
    // short at the end of the block after the one they start in (see above).
    static constexpr int kRegexReach = 64 * 1024;
    // Variable-length regular expressions restart at every multiple of this address.
    static constexpr quint64 kRegexBlock = 64 * 1024;
    // Matches per block looked for in the whole text, and the window for later ones (see above).
    static constexpr int kWideMatches = 64;
    static constexpr size_t kNarrowWindow = 256;

    // "48 65 6c ?? 6f", "4?", "de ad be ef": hex bytes, ?? for any byte, ? for any nibble.
    [[nodiscard]] static Result<SearchPattern> hex(QStringView text);
    // Text in UTF-8 (ASCII is a subset) or UTF-16; ignoreCase folds ASCII letters.
    [[nodiscard]] static Result<SearchPattern> text(const QString& text, Encoding encoding, bool ignoreCase);
    // "42", "-7", "0x1f", or a range "10..20". width in bits: 8, 16, 32 or 64.
    [[nodiscard]] static Result<SearchPattern> integer(QStringView value, int width, bool isSigned, bool bigEndian);
    // A float (or double) within tolerance of value (tolerance 0: the exact bit pattern's value).
    [[nodiscard]] static Result<SearchPattern> floating(QStringView value, bool isDouble, double tolerance);
    // A regular expression over bytes (\x00 for a byte, . for any byte; the syntax both Vectorscan
    // and RE2 take: no backreferences or lookaround). A hit is the start of a match, leftmost first,
    // the next one after its end (see above).
    [[nodiscard]] static Result<SearchPattern> regex(const QString& expression, bool ignoreCase);
    // Whether this build has regular expressions (RE2, and Vectorscan where available).
    [[nodiscard]] static bool regexAvailable();

    // The bytes a match covers: for a regular expression, the most it is sure to cover whole.
    [[nodiscard]] int length() const { return m_length; }
    // Nonzero (kRegexBlock - 1) for a variable-length regular expression: it is scanned in blocks
    // (see regexBlock()), so a search shows it bytes before a chunk.
    [[nodiscard]] int lookbehind() const { return m_lookbehind; }
    // 0, or kRegexBlock for a variable-length regular expression: a search must show scan() a
    // chunk's data from the block boundary at or before the chunk's start (or the start of the
    // readable stretch), up to the end of the block after the one holding the chunk's last byte.
    [[nodiscard]] quint64 regexBlock() const { return m_test == Test::Re2 ? kRegexBlock : 0; }
    // Calls found(offset, length) for every match that lies wholly inside data, in increasing
    // order of offset; stops when found returns false. address is where data lies (blocks of
    // variable-length regular expressions are aligned to it); cancel, when it turns true, stops
    // the scan within about a millisecond, and scan() then returns false.
    bool scan(std::span<const std::byte> data, Address address, const std::atomic<bool>* cancel,
        const std::function<bool(size_t offset, size_t length)>& found) const;
    void scan(std::span<const std::byte> data, const std::function<bool(size_t offset, size_t length)>& found) const
    {
        (void)scan(data, 0, nullptr, found);
    }
    [[nodiscard]] QString description() const { return m_description; }
    // The bytes every match is, when the pattern is exactly one byte string (hex without wildcards,
    // text with case, an integer that is not a range); empty otherwise. A search for it at aligned
    // offsets compares there instead of scanning every offset (a value scan of "0").
    [[nodiscard]] QByteArrayView exactBytes() const { return m_exact ? QByteArrayView(m_bytes) : QByteArrayView(); }

    // How the pattern was made: the factory and its arguments, so that a pattern can be sent to
    // procglass-agent and made again there (fromRecipe), where the memory is.
    struct Recipe
    {
        enum class Kind : quint8 { None, Hex, Text, Integer, Floating, Regex };
        Kind kind = Kind::None;
        QString text; // the hex text, the text, the value or the expression
        Encoding encoding = Encoding::Utf8;
        bool ignoreCase = false;
        int width = 0; // integers: bits
        bool isSigned = false;
        bool bigEndian = false;
        bool isDouble = false;
        double tolerance = 0;
    };
    [[nodiscard]] const Recipe& recipe() const { return m_recipe; }
    [[nodiscard]] static Result<SearchPattern> fromRecipe(const Recipe& recipe);

private:
    enum class Test { Masked, MaskedFolded, IntRange, FloatNear, Regex, Re2 };
    void prepare(); // sets the length and the anchor once the bytes are final
    [[nodiscard]] bool matchesAt(const std::byte* p) const;
    bool scanPiece(std::span<const std::byte> data, const std::function<bool(size_t, size_t)>& found) const;
    void scanRegex(std::span<const std::byte> data, const std::function<bool(size_t, size_t)>& found) const;
    bool scanRe2(std::span<const std::byte> data, Address address, const std::atomic<bool>* cancel,
        const std::function<bool(size_t, size_t)>& found) const;

    Test m_test = Test::Masked;
    int m_length = 0;
    int m_lookbehind = 0;
    bool m_fixedWidth = true; // a regex whose matches all have one length: each end has one start
    bool m_exact = false; // Masked with every mask byte 0xff (exactBytes())
    QByteArray m_bytes; // the value, or for ranges the width only
    QByteArray m_mask; // 0xff: must match; 0x0f/0xf0: nibble; 0x00: any
    qsizetype m_anchor = -1; // Masked: the longest run of exact bytes, found with memmem / memchr
    qsizetype m_anchorLength = 0;
    bool m_signed = false;
    bool m_bigEndian = false;
    qint64 m_min = 0, m_max = 0; // IntRange (signed) -- or unsigned reinterpretation
    quint64 m_umin = 0, m_umax = 0;
    double m_value = 0, m_tolerance = 0;
    std::shared_ptr<const RegexProgram> m_regex; // Vectorscan (also ignore-case text and hex) or RE2
    QString m_description;
    Recipe m_recipe;
};

} // namespace procglass
