// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/parse/mapsparser.h"
#include "core/model/tr.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <charconv>
#include <set>
#include <tuple>

namespace procglass {

namespace {

class LineParser
{
public:
    explicit LineParser(std::string_view line)
        : m_p(line.data())
        , m_end(line.data() + line.size())
    { }

    template <typename T> bool number(T* out, int base)
    {
        auto [ptr, ec] = std::from_chars(m_p, m_end, *out, base);
        if (ec != std::errc() || ptr == m_p)
            return false;
        m_p = ptr;
        return true;
    }
    bool expect(char c)
    {
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    bool spaces() // at least one
    {
        if (m_p == m_end || *m_p != ' ')
            return false;
        while (m_p != m_end && *m_p == ' ')
            ++m_p;
        return true;
    }
    bool atEnd() const { return m_p == m_end; }
    char peek() const { return *m_p; }
    void skip() { ++m_p; }
    std::string_view rest() const { return { m_p, size_t(m_end - m_p) }; }

private:
    const char* m_p;
    const char* m_end;
};

// A code point that is valid but must not reach a terminal or a table cell raw.
bool isHiddenCodePoint(char32_t c)
{
    return (c >= 0x80 && c <= 0x9f) // C1 controls (NEL breaks lines in some views)
        || c == 0x2028 || c == 0x2029 // line and paragraph separators
        || c == 0x061c || c == 0x200e || c == 0x200f // bidi marks
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069); // bidi embeddings, overrides, isolates
}

// The length of the valid UTF-8 sequence at p (1-4), its code point in *c; 0 when it is not valid.
int utf8Sequence(const unsigned char* p, const unsigned char* end, char32_t* c)
{
    const unsigned char b = p[0];
    int n;
    char32_t min;
    if (b >= 0xc2 && b <= 0xdf) {
        n = 2, min = 0x80, *c = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
        n = 3, min = 0x800, *c = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
        n = 4, min = 0x10000, *c = b & 0x07;
    } else {
        return 0;
    }
    if (end - p < n)
        return 0;
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        *c = (*c << 6) | (p[i] & 0x3f);
    }
    if (*c < min || *c > 0x10ffff || (*c >= 0xd800 && *c <= 0xdfff))
        return 0; // overlong, too large, or a surrogate
    return n;
}

void appendOctal(QByteArray& out, unsigned char b)
{
    const char text[4] = { '\\', char('0' + (b >> 6)), char('0' + ((b >> 3) & 7)), char('0' + (b & 7)) };
    out.append(text, 4);
}

} // namespace

QString printablePath(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    if (std::all_of(p, end, [](unsigned char b) { return b >= 0x20 && b < 0x7f; }))
        return QString::fromLatin1(bytes); // nearly every path: printable ASCII
    QByteArray out;
    out.reserve(bytes.size() + 16);
    while (p < end) {
        if (*p < 0x80) {
            if (*p < 0x20 || *p == 0x7f)
                appendOctal(out, *p);
            else
                out.append(char(*p));
            ++p;
            continue;
        }
        char32_t c = 0;
        const int n = utf8Sequence(p, end, &c);
        if (n == 0) {
            appendOctal(out, *p++); // not UTF-8: the byte itself, as the file system holds it
            continue;
        }
        for (int i = 0; i < n; ++i) {
            if (isHiddenCodePoint(c))
                appendOctal(out, p[i]);
            else
                out.append(char(p[i]));
        }
        p += n;
    }
    return QString::fromUtf8(out);
}

QByteArray unescapePath(QStringView path)
{
    const QByteArray text = path.toUtf8();
    if (!text.contains('\\'))
        return text;
    QByteArray out;
    out.reserve(text.size());
    auto octal = [](char c) { return c >= '0' && c <= '7'; };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 3 < text.size() && octal(text[i + 1]) && octal(text[i + 2]) && octal(text[i + 3])
            && text[i + 1] <= '3') {
            out.append(char(((text[i + 1] - '0') << 6) | ((text[i + 2] - '0') << 3) | (text[i + 3] - '0')));
            i += 3;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

namespace {

bool parsePerms(LineParser& p, Permissions* perms)
{
    const std::string_view r = p.rest();
    if (r.size() < 4)
        return false;
    auto flag = [](char c, char set) -> int { return c == set ? 1 : (c == '-' ? 0 : -1); };
    const int rd = flag(r[0], 'r'), wr = flag(r[1], 'w'), ex = flag(r[2], 'x');
    if (rd < 0 || wr < 0 || ex < 0 || (r[3] != 'p' && r[3] != 's'))
        return false;
    *perms = Permissions { rd == 1, wr == 1, ex == 1, r[3] == 's' };
    for (int i = 0; i < 4; ++i)
        p.skip();
    return true;
}

// Returns an empty string on success, the reason otherwise. raw: the path's bytes as the line has them.
QString parseLine(std::string_view line, Region* region, std::string_view* raw)
{
    LineParser p(line);
    if (!p.number(&region->range.start, 16) || !p.expect('-') || !p.number(&region->range.end, 16))
        return tr("the address range is not two hexadecimal numbers joined by '-'");
    if (region->range.end <= region->range.start)
        return tr("the range ends before it starts");
    if (!p.spaces() || !parsePerms(p, &region->perms))
        return tr("the permissions are not four letters like 'r-xp'");
    if (!p.spaces() || !p.number(&region->offset, 16))
        return tr("the offset is not a hexadecimal number");
    if (!p.spaces() || !p.number(&region->devMajor, 16) || !p.expect(':') || !p.number(&region->devMinor, 16))
        return tr("the device is not 'major:minor' in hexadecimal");
    if (!p.spaces() || !p.number(&region->inode, 10))
        return tr("the inode is not a decimal number");
    *raw = {};
    if (p.atEnd())
        return {};
    if (!p.spaces())
        return tr("unexpected text after the inode");
    *raw = p.rest();
    constexpr std::string_view deletedSuffix = " (deleted)";
    if (raw->size() > deletedSuffix.size() && raw->ends_with(deletedSuffix)) {
        region->deleted = true;
        raw->remove_suffix(deletedSuffix.size());
    }
    return {};
}

} // namespace

void MapsParser::addLine(std::string_view line)
{
    ++m_lineNo;
    if (line.empty())
        return;
    Region& region = m_result.regions.emplace_back();
    std::string_view raw;
    const QString reason = parseLine(line, &region, &raw);
    if (!reason.isEmpty()) {
        m_result.regions.pop_back();
        m_result.errors.push_back(
            { m_lineNo, printablePath(QByteArrayView(line.data(), qsizetype(line.size()))), reason });
        return;
    }
    if (raw != m_lastRawPath) {
        m_lastPath = printablePath(QByteArrayView(raw.data(), qsizetype(raw.size())));
        m_lastRawPath.assign(raw);
    }
    region.path = m_lastPath;
}

size_t MapsParser::addLines(std::string_view text)
{
    size_t done = 0;
    for (;;) {
        const size_t nl = text.find('\n', done);
        if (nl == std::string_view::npos)
            return done;
        addLine(text.substr(done, nl - done));
        done = nl + 1;
    }
}

ParsedMaps MapsParser::finish(std::string_view rest, bool classify)
{
    if (!rest.empty())
        addLine(rest);
    if (classify)
        classifyRegions(m_result.regions, {});
    m_lineNo = 0;
    m_lastPath.clear();
    m_lastRawPath.clear();
    return std::exchange(m_result, {});
}

ParsedMaps parseMaps(std::string_view text)
{
    MapsParser parser;
    parser.reserve(size_t(std::count(text.begin(), text.end(), '\n')) + 1);
    const size_t done = parser.addLines(text);
    return parser.finish(text.substr(done));
}

namespace {

bool isSharedMemoryPath(const QString& path)
{
    return path.startsWith(QLatin1StringView("/dev/shm/")) || path.startsWith(QLatin1StringView("/memfd:"))
        || path.startsWith(QLatin1StringView("/SYSV")) || path.startsWith(QLatin1StringView("[anon_shmem"));
}

ImageSegment segmentFor(const Permissions& perms)
{
    if (perms.execute)
        return ImageSegment::Text;
    if (perms.write)
        return ImageSegment::Data;
    return ImageSegment::ReadOnlyData;
}

} // namespace

void classifyRegions(std::vector<Region>& regions, const ClassifyHints& hints)
{
    // A file is an ELF image if any of its mappings is executable.
    using FileKey = std::tuple<quint32, quint32, quint64>;
    std::set<FileKey> images;
    for (const Region& r : regions) {
        if (r.perms.execute && r.isFileBacked())
            images.insert({ r.devMajor, r.devMinor, r.inode });
    }

    const Region* previous = nullptr;
    for (Region& r : regions) {
        r.segment = ImageSegment::None;
        const QString& path = r.path;
        // Only a name in brackets is one of the kernel's own (most mappings of a big process have none).
        const bool bracketed = path.startsWith(u'[');
        if (bracketed && path == QLatin1StringView("[heap]"))
            r.kind = RegionKind::Heap;
        else if (bracketed && path == QLatin1StringView("[stack]"))
            r.kind = RegionKind::MainStack;
        else if (bracketed && path == QLatin1StringView("[vdso]"))
            r.kind = RegionKind::Vdso;
        else if (bracketed && path.startsWith(QLatin1StringView("[vvar"))) // [vvar], [vvar_vclock]
            r.kind = RegionKind::Vvar;
        else if (bracketed && path == QLatin1StringView("[vsyscall]"))
            r.kind = RegionKind::Vsyscall;
        else if (r.perms.none())
            r.kind = RegionKind::Guard;
        else if (r.perms.shared || (!path.isEmpty() && isSharedMemoryPath(path)))
            r.kind = RegionKind::Shared;
        else if (r.isFileBacked()) {
            if (images.count({ r.devMajor, r.devMinor, r.inode })) {
                r.kind = (!hints.executablePath.isEmpty() && path == hints.executablePath) ? RegionKind::Executable
                                                                                           : RegionKind::Library;
                r.segment = segmentFor(r.perms);
            } else {
                r.kind = RegionKind::File;
            }
        } else {
            r.kind = RegionKind::Anonymous;
            const bool onThreadStack = std::any_of(hints.threadStackPointers.begin(), hints.threadStackPointers.end(),
                [&](Address sp) { return r.range.contains(sp); });
            if (onThreadStack) {
                r.kind = RegionKind::ThreadStack;
            } else if (previous && previous->range.end == r.range.start && previous->segment == ImageSegment::Data
                && r.perms.write && path.isEmpty()) {
                // The loader maps .bss beyond the file's last page as anonymous memory right after .data.
                // A guess by position until placeBss has read the image's program headers.
                r.kind = previous->kind;
                r.segment = ImageSegment::Bss;
            }
        }
        previous = &r;
    }
}

} // namespace procglass
