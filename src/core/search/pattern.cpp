// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/search/pattern.h"
#include "core/model/tr.h"

#include <QCoreApplication>

#if PROCGLASS_HAVE_VECTORSCAN
#include <hs.h>
#endif
#include <re2/re2.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace procglass {

namespace {

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

// A compiled Vectorscan database or RE2 program, shared by the copies of a pattern and the search
// threads (both are safe to use from several threads at once).
class RegexProgram
{
public:
#if PROCGLASS_HAVE_VECTORSCAN
    ~RegexProgram()
    {
        hs_free_database(m_database);
    }
    hs_database_t* m_database = nullptr;
#endif
    std::unique_ptr<re2::RE2> m_re2;
};

namespace {

#if PROCGLASS_HAVE_VECTORSCAN
// Scratch space is per thread; one serves every database this thread scans with.
struct Scratch
{
    hs_scratch_t* scratch = nullptr;
    ~Scratch() { hs_free_scratch(scratch); }
};
thread_local Scratch t_scratch;

QString emptyMatch()
{
    return tr("it matches an empty string, which would be a hit at every byte");
}

// The widths of expression's matches, as Vectorscan works them out (UINT_MAX: unbounded).
Error regexWidths(const QByteArray& expression, unsigned flags, unsigned* minWidth, unsigned* maxWidth)
{
    flags |= HS_FLAG_DOTALL;
    hs_compile_error_t* compileError = nullptr;
    hs_expr_info_t* info = nullptr;
    if (hs_expression_info(expression.constData(), flags, &info, &compileError) != HS_SUCCESS) {
        QString why = compileError ? QString::fromUtf8(compileError->message) : QString();
        hs_free_compile_error(compileError);
        if (why.contains(QLatin1StringView("empty")))
            why = emptyMatch();
        return bad(tr("The regular expression %1 is not valid: %2.").arg(QString::fromUtf8(expression), why));
    }
    *minWidth = info->min_width;
    *maxWidth = info->max_width;
    std::free(info);
    return {};
}

// Compiles a fixed-width expression for stream mode, without start-of-match tracking. The abort
// of Vectorscan 5.4.9-5.4.11 (see pattern.h) lies in rvermicelliDoubleExec, which only the
// reverse acceleration of block-mode scans calls (nfaRevAccelCheck, from soleOutfixBlockExec,
// the block-mode outfix and MPV set-up, and the small-write engine): stream mode never reaches
// it, whatever the expression.
Result<std::shared_ptr<RegexProgram>> compileRegex(
    const QByteArray& expression, unsigned flags, unsigned* minWidth, unsigned* maxWidth)
{
    if (Error e = regexWidths(expression, flags, minWidth, maxWidth))
        return e;
    if (*minWidth != *maxWidth)
        return bad(
            tr("The regular expression %1 has matches of different lengths.").arg(QString::fromUtf8(expression)));
    flags |= HS_FLAG_DOTALL;
    hs_compile_error_t* compileError = nullptr;
    auto program = std::make_shared<RegexProgram>();
    if (hs_compile(expression.constData(), flags, HS_MODE_STREAM, nullptr, &program->m_database, &compileError)
        != HS_SUCCESS) {
        QString why = compileError ? QString::fromUtf8(compileError->message) : QString();
        hs_free_compile_error(compileError);
        if (why.contains(QLatin1StringView("empty")))
            why = emptyMatch();
        return bad(tr("The regular expression %1 is not valid: %2.").arg(QString::fromUtf8(expression), why));
    }
    return program;
}
#endif

// The RE2 program's memory budget (its DFA cache, shared by the search threads). Past it, RE2
// falls back to slower, still linear, matching: memory stays bounded whatever the expression.
constexpr int64_t kRe2Memory = 32 << 20;

Result<std::shared_ptr<RegexProgram>> compileRe2(const QByteArray& expression, bool ignoreCase)
{
    re2::RE2::Options options;
    options.set_encoding(re2::RE2::Options::EncodingLatin1); // bytes, as Vectorscan sees them
    options.set_dot_nl(true); // . is any byte, as Vectorscan's DOTALL
    options.set_case_sensitive(!ignoreCase);
    options.set_never_capture(true);
    options.set_log_errors(false);
    options.set_max_mem(kRe2Memory);
    auto program = std::make_shared<RegexProgram>();
    program->m_re2
        = std::make_unique<re2::RE2>(re2::StringPiece(expression.constData(), size_t(expression.size())), options);
    if (!program->m_re2->ok())
        return bad(tr("The regular expression %1 is not valid: %2.")
                       .arg(QString::fromUtf8(expression), QString::fromStdString(program->m_re2->error())));
    if (re2::RE2::FullMatch(re2::StringPiece(), *program->m_re2))
        return bad(tr("The regular expression %1 is not valid: %2.").arg(QString::fromUtf8(expression), emptyMatch()));
    return program;
}

} // namespace

Result<SearchPattern> SearchPattern::fromRecipe(const Recipe& r)
{
    switch (r.kind) {
    case Recipe::Kind::Hex:
        return hex(r.text);
    case Recipe::Kind::Text:
        return text(r.text, r.encoding, r.ignoreCase);
    case Recipe::Kind::Integer:
        return integer(r.text, r.width, r.isSigned, r.bigEndian);
    case Recipe::Kind::Floating:
        return floating(r.text, r.isDouble, r.tolerance);
    case Recipe::Kind::Regex:
        return regex(r.text, r.ignoreCase);
    case Recipe::Kind::None:
        break;
    }
    return bad(tr("The search pattern cannot be sent: it was not made by one of the pattern kinds."));
}

Result<SearchPattern> SearchPattern::hex(QStringView text)
{
    SearchPattern p;
    p.m_recipe.kind = Recipe::Kind::Hex;
    p.m_recipe.text = text.toString();
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
    p.prepare();
    return p;
}

Result<SearchPattern> SearchPattern::text(const QString& text, Encoding encoding, bool ignoreCase)
{
    if (text.isEmpty())
        return bad(tr("The text to search for is empty."));
    SearchPattern p;
    p.m_recipe.kind = Recipe::Kind::Text;
    p.m_recipe.text = text;
    p.m_recipe.encoding = encoding;
    p.m_recipe.ignoreCase = ignoreCase;
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
#if PROCGLASS_HAVE_VECTORSCAN
        // Vectorscan finds a caseless literal at memory speed; the folded compare is the fallback.
        QByteArray literal;
        for (char b : p.m_bytes)
            literal += "\\x" + QByteArray::number(static_cast<unsigned char>(b), 16).rightJustified(2, '0');
        unsigned minWidth = 0, maxWidth = 0;
        if (auto program = compileRegex(literal, HS_FLAG_CASELESS, &minWidth, &maxWidth)) {
            p.m_test = Test::Regex;
            p.m_regex = std::move(*program);
            p.m_length = int(p.m_bytes.size());
        }
#endif
    }
    static const char* const kNames[] = { "UTF-8", "UTF-16LE", "UTF-16BE" };
    p.m_description
        = tr("text \"%1\" (%2%3)")
              .arg(text, QLatin1StringView(kNames[int(encoding)]), ignoreCase ? tr(", any case") : QString());
    p.prepare();
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
    p.m_recipe.kind = Recipe::Kind::Integer;
    p.m_recipe.text = value.toString();
    p.m_recipe.encoding = Encoding::Utf8;
    p.m_recipe.ignoreCase = false;
    p.m_recipe.width = width;
    p.m_recipe.isSigned = isSigned;
    p.m_recipe.bigEndian = bigEndian;
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
    p.prepare();
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
    p.m_recipe.kind = Recipe::Kind::Floating;
    p.m_recipe.text = value.toString();
    p.m_recipe.encoding = Encoding::Utf8;
    p.m_recipe.ignoreCase = false;
    p.m_recipe.width = 0;
    p.m_recipe.isSigned = false;
    p.m_recipe.bigEndian = false;
    p.m_recipe.isDouble = isDouble;
    p.m_recipe.tolerance = tolerance;
    p.m_test = Test::FloatNear;
    // A float search compares floats: 0.1 means the float nearest 0.1, not the double.
    p.m_value = isDouble ? v : double(float(v));
    p.m_tolerance = tolerance;
    p.m_bytes = QByteArray(isDouble ? 8 : 4, '\0');
    p.m_mask = QByteArray(p.m_bytes.size(), char(0xff));
    p.m_description
        = tr("%1 %2 ± %3").arg(isDouble ? tr("double") : tr("float"), value.trimmed().toString()).arg(tolerance);
    p.prepare();
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
    case Test::Regex:
    case Test::Re2:
        return false; // scanned by scanRegex() and scanRe2()
    case Test::FloatNear: {
        const double x = m_bytes.size() == 8 ? load<double>(p, false) : double(load<float>(p, false));
        return std::fabs(x - m_value) <= m_tolerance; // NaN never matches
    }
    }
    return false;
}

bool SearchPattern::regexAvailable()
{
    return true; // RE2 always; Vectorscan where the build has it
}

Result<SearchPattern> SearchPattern::regex(const QString& expression, bool ignoreCase)
{
    if (expression.isEmpty())
        return bad(tr("The regular expression is empty."));
    const QByteArray bytes = expression.toUtf8();
    SearchPattern p;
    p.m_recipe.kind = Recipe::Kind::Regex;
    p.m_recipe.text = expression;
    p.m_recipe.encoding = Encoding::Utf8;
    p.m_recipe.ignoreCase = ignoreCase;
    p.m_description = tr("regex /%1/%2").arg(expression, ignoreCase ? QStringLiteral("i") : QString());
#if PROCGLASS_HAVE_VECTORSCAN
    // Vectorscan works out the widths (and refuses what it cannot run). Matches of one width go
    // to Vectorscan: it needs no start-of-match tracking for them and is fast on literals.
    unsigned minWidth = 0, maxWidth = 0;
    const unsigned flags = ignoreCase ? HS_FLAG_CASELESS : 0;
    if (Error e = regexWidths(bytes, flags, &minWidth, &maxWidth))
        return e;
    if (minWidth == 0)
        return bad(tr("The regular expression %1 is not valid: %2.").arg(expression, emptyMatch()));
    if (minWidth > unsigned(kRegexReach))
        return bad(tr("The regular expression %1 matches only %2 bytes or more: a match may be at most %3 bytes.")
                       .arg(expression)
                       .arg(minWidth)
                       .arg(kRegexReach));
    if (minWidth == maxWidth) {
        auto program = compileRegex(bytes, flags, &minWidth, &maxWidth);
        if (!program)
            return program.error();
        p.m_test = Test::Regex;
        p.m_regex = std::move(*program);
        p.m_length = int(maxWidth);
        return p;
    }
#endif
    auto program = compileRe2(bytes, ignoreCase);
    if (!program)
        return program.error();
    p.m_test = Test::Re2;
    p.m_regex = std::move(*program);
    p.m_length = kRegexReach;
#if PROCGLASS_HAVE_VECTORSCAN
    p.m_length = int(std::min<unsigned>(maxWidth, kRegexReach));
#endif
    p.m_fixedWidth = false;
    p.m_lookbehind = int(kRegexBlock) - 1;
    return p;
}

void SearchPattern::scanRegex(std::span<const std::byte> data, const std::function<bool(size_t, size_t)>& found) const
{
#if PROCGLASS_HAVE_VECTORSCAN
    if (data.empty())
        return;
    Scratch& s = t_scratch;
    if (hs_alloc_scratch(m_regex->m_database, &s.scratch) != HS_SUCCESS)
        return;
    // Fixed width: each end has one start, width bytes before it, so Vectorscan runs without
    // start-of-match tracking, and starts come in order straight through.
    struct Context
    {
        const std::function<bool(size_t, size_t)>* found;
        unsigned long long width;
    } context { &found, static_cast<unsigned long long>(m_length) };
    auto onMatch = [](unsigned, unsigned long long, unsigned long long to, unsigned, void* c) -> int {
        const auto* x = static_cast<Context*>(c);
        return (*x->found)(size_t(to - x->width), size_t(x->width)) ? 0 : 1;
    };
    // Pieces are at most a few MiB: they fit Vectorscan's unsigned int lengths.
    hs_stream_t* stream = nullptr;
    if (hs_open_stream(m_regex->m_database, 0, &stream) != HS_SUCCESS)
        return;
    const bool whole = hs_scan_stream(stream, reinterpret_cast<const char*>(data.data()), unsigned(data.size()), 0,
                           s.scratch, onMatch, &context)
        == HS_SUCCESS;
    // Matches at the end of data (an expression ending in $) come when the stream closes.
    hs_close_stream(stream, s.scratch, whole ? match_event_handler(onMatch) : nullptr, &context);
#else
    Q_UNUSED(data)
    Q_UNUSED(found)
#endif
}

bool SearchPattern::scanRe2(std::span<const std::byte> data, Address address, const std::atomic<bool>* cancel,
    const std::function<bool(size_t, size_t)>& found) const
{
    const re2::RE2& re = *m_regex->m_re2;
    const char* base = reinterpret_cast<const char*>(data.data());
    const size_t size = data.size();
    // Block by block (see pattern.h): the text RE2 sees is the block and the next one, so a
    // search costs at most two blocks, and every hit depends only on its block's bytes.
    for (size_t blockStart = 0; blockStart < size;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        const size_t blockEnd = blockStart
            + size_t(std::min<quint64>(size - blockStart, kRegexBlock - (address + blockStart) % kRegexBlock));
        const size_t textEnd = blockEnd + std::min<size_t>(size - blockEnd, kRegexBlock);
        const re2::StringPiece text(base + blockStart, textEnd - blockStart);
        const size_t starts = blockEnd - blockStart; // a match starting at or past this is the next block's
        // One Match() may read to the end of the text before it settles on a short match (a|a.*z
        // is cheap, a.*z|a over a run of a's reads on for every single a): a block's first
        // kWideMatches matches see the whole text, later ones a window of kNarrowWindow bytes, so
        // that a block costs at most a bounded multiple of its size, whatever the expression.
        int matches = 0;
        for (size_t from = 0; from < starts;) {
            if ((matches & 63) == 63 && cancel && cancel->load(std::memory_order_relaxed))
                return false;
            const bool narrow = matches >= kWideMatches;
            const size_t end = narrow ? std::min(text.size(), from + kNarrowWindow) : text.size();
            re2::StringPiece match;
            if (!re.Match(text, from, end, re2::RE2::UNANCHORED, &match, 1)) {
                if (end == text.size())
                    break;
                // Nothing starts and ends in this window: the next one overlaps it by half.
                from += kNarrowWindow / 2;
                ++matches; // counts towards the next cancel check too
                continue;
            }
            const size_t start = size_t(match.data() - text.data());
            if (start >= starts)
                break;
            ++matches;
            if (match.empty()) { // only assertions matched (\b...): no bytes to show
                from = start + 1;
                continue;
            }
            if (!found(blockStart + start, match.size()))
                return true;
            from = start + match.size();
        }
        blockStart = blockEnd;
    }
    return true;
}

void SearchPattern::prepare()
{
    if (m_test == Test::Regex || m_test == Test::Re2)
        return; // set up by regex()
    m_length = int(m_bytes.size());
    m_anchor = -1;
    m_anchorLength = 0;
    m_exact = false;
    if (m_test != Test::Masked)
        return;
    m_exact = !m_bytes.isEmpty() && m_mask.size() == m_bytes.size()
        && std::all_of(m_mask.begin(), m_mask.end(), [](char m) { return static_cast<unsigned char>(m) == 0xff; });
    // The longest run of exact bytes: memmem finds it at memory speed, the rest is checked after.
    for (qsizetype i = 0; i < m_mask.size();) {
        qsizetype j = i;
        while (j < m_mask.size() && static_cast<unsigned char>(m_mask[j]) == 0xff)
            ++j;
        if (j - i > m_anchorLength) {
            m_anchor = i;
            m_anchorLength = j - i;
        }
        i = j + 1;
    }
#if PROCGLASS_HAVE_VECTORSCAN
    // Vectorscan finds literals, even with wildcards between them, faster than memmem (it picks
    // the rarest part and scans with SIMD): measured 1.4x on a 16-byte needle. Single-byte
    // anchors stay with memchr, where dense hits would cost a callback each.
    if (m_anchorLength < 2)
        return;
    QByteArray expression;
    auto byte = [](int value) { return "\\x" + QByteArray::number(value, 16).rightJustified(2, '0'); };
    for (qsizetype i = 0; i < m_bytes.size(); ++i) {
        const int value = static_cast<unsigned char>(m_bytes[i]), mask = static_cast<unsigned char>(m_mask[i]);
        if (mask == 0xff) {
            expression += byte(value);
        } else if (mask == 0) {
            expression += '.';
        } else if (mask == 0xf0) {
            expression += '[' + byte(value & 0xf0) + '-' + byte((value & 0xf0) | 0xf) + ']';
        } else {
            expression += '[';
            for (int high = 0; high < 16; ++high)
                expression += byte((high << 4) | (value & 0xf));
            expression += ']';
        }
    }
    unsigned minWidth = 0, maxWidth = 0;
    if (auto program = compileRegex(expression, 0, &minWidth, &maxWidth)) {
        m_test = Test::Regex;
        m_regex = std::move(*program);
        m_fixedWidth = true;
    }
#endif
}

bool SearchPattern::scan(std::span<const std::byte> data, Address address, const std::atomic<bool>* cancel,
    const std::function<bool(size_t, size_t)>& found) const
{
    if (m_test == Test::Re2)
        return scanRe2(data, address, cancel, found);
    // Every other test has one length: scan in pieces that overlap by it less one byte, so that
    // a cancel is seen between pieces, and each match is reported by the piece it starts in.
    constexpr size_t kPiece = 1 << 20;
    const size_t overlap = size_t(std::max(m_length, 1)) - 1;
    for (size_t at = 0; at < data.size(); at += kPiece) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
        const size_t starts = std::min(kPiece, data.size() - at);
        const size_t end = at + starts + std::min(overlap, data.size() - at - starts);
        bool stopped = false;
        scanPiece(data.subspan(at, end - at), [&](size_t offset, size_t length) {
            if (offset >= starts || !found(at + offset, length)) {
                stopped = true;
                return false;
            }
            return true;
        });
        if (stopped)
            return true;
    }
    return true;
}

bool SearchPattern::scanPiece(std::span<const std::byte> data, const std::function<bool(size_t, size_t)>& found) const
{
    if (m_test == Test::Regex) {
        scanRegex(data, found);
        return true;
    }
    const size_t n = size_t(m_length);
    if (data.size() < n)
        return true;
    const size_t last = data.size() - n;
    const auto* base = reinterpret_cast<const unsigned char*>(data.data());
    if (m_anchor < 0) {
        for (size_t off = 0; off <= last; ++off) {
            if (matchesAt(data.data() + off) && !found(off, n))
                return true;
        }
        return true;
    }
    const size_t anchor = size_t(m_anchor), anchorLength = size_t(m_anchorLength);
    const bool whole = anchorLength == n; // the anchor is the pattern: nothing left to check
    const auto* key = reinterpret_cast<const unsigned char*>(m_bytes.constData()) + anchor;
    size_t off = 0;
    while (off <= last) {
        const unsigned char* from = base + off + anchor;
        const size_t span = last - off + anchorLength;
        const void* hit = anchorLength == 1 ? std::memchr(from, *key, span) : memmem(from, span, key, anchorLength);
        if (!hit)
            return true;
        off = size_t(static_cast<const unsigned char*>(hit) - base) - anchor;
        if ((whole || matchesAt(data.data() + off)) && !found(off, n))
            return true;
        ++off;
    }
    return true;
}

} // namespace procglass
