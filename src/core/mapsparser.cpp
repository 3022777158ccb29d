#include "mapsparser.h"
#include "tr.h"

#include <QCoreApplication>
#include <QHash>

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

// The kernel escapes '\n' in paths as "\012" (seq_file_path); nothing else.
QString decodePath(std::string_view raw)
{
    QByteArray bytes(raw.data(), qsizetype(raw.size()));
    if (bytes.contains("\\012"))
        bytes.replace("\\012", "\n");
    return QString::fromUtf8(bytes);
}

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

// Returns an empty string on success, the reason otherwise.
QString parseLine(std::string_view line, Region* region, QString* lastPath, std::string_view* lastRawPath)
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
    if (p.atEnd())
        return {};
    if (!p.spaces())
        return tr("unexpected text after the inode");
    std::string_view raw = p.rest();
    constexpr std::string_view deletedSuffix = " (deleted)";
    if (raw.size() > deletedSuffix.size() && raw.ends_with(deletedSuffix)) {
        region->deleted = true;
        raw.remove_suffix(deletedSuffix.size());
    }
    // Consecutive lines usually name the same file: share one QString between them.
    if (raw != *lastRawPath) {
        *lastPath = decodePath(raw);
        *lastRawPath = raw;
    }
    region->path = *lastPath;
    return {};
}

} // namespace

ParsedMaps parseMaps(std::string_view text)
{
    ParsedMaps result;
    result.regions.reserve(size_t(std::count(text.begin(), text.end(), '\n')) + 1);
    QString lastPath;
    std::string_view lastRawPath;
    int lineNo = 0;
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        ++lineNo;
        if (line.empty())
            continue;
        Region region;
        const QString reason = parseLine(line, &region, &lastPath, &lastRawPath);
        if (!reason.isEmpty()) {
            result.errors.push_back({ lineNo, QString::fromUtf8(line.data(), qsizetype(line.size())), reason });
            continue;
        }
        result.regions.push_back(std::move(region));
    }
    classifyRegions(result.regions, {});
    return result;
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
        if (path == QLatin1StringView("[heap]"))
            r.kind = RegionKind::Heap;
        else if (path == QLatin1StringView("[stack]"))
            r.kind = RegionKind::MainStack;
        else if (path == QLatin1StringView("[vdso]"))
            r.kind = RegionKind::Vdso;
        else if (path.startsWith(QLatin1StringView("[vvar"))) // [vvar], [vvar_vclock]
            r.kind = RegionKind::Vvar;
        else if (path == QLatin1StringView("[vsyscall]"))
            r.kind = RegionKind::Vsyscall;
        else if (r.perms.none())
            r.kind = RegionKind::Guard;
        else if (r.perms.shared || isSharedMemoryPath(path))
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
                r.kind = previous->kind;
                r.segment = ImageSegment::Bss;
            }
        }
        previous = &r;
    }
}

} // namespace procglass
