// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/io/listingtext.h"

#include "core/parse/mapsparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string>

namespace procglass {

namespace {

// Appends into a buffer that is handed to the sink whenever it holds 256 KiB: the output of
// 65,000 mappings (19 MB of JSON) is never held whole, and each piece is written with plain stores.
class Writer
{
public:
    explicit Writer(const ListingSink& sink)
        : m_sink(sink)
    {
        m_buffer.resize(kFlushAt + kLongest);
    }
    bool finish()
    {
        flush();
        return m_ok;
    }
    // Call between records: flushes a full buffer. A record is at most kLongest bytes but for its
    // strings (paths), which go through text() and may flush on their own.
    void record()
    {
        if (m_used >= kFlushAt)
            flush();
    }
    void raw(const char* data, size_t n)
    {
        if (m_used + n > m_buffer.size()) {
            flush();
            if (n > m_buffer.size()) {
                m_ok = m_ok && m_sink(std::string_view(data, n));
                return;
            }
        }
        std::memcpy(m_buffer.data() + m_used, data, n);
        m_used += n;
    }
    void raw(std::string_view text) { raw(text.data(), text.size()); }
    void byte(char c)
    {
        if (m_used == m_buffer.size())
            flush();
        m_buffer[m_used++] = c;
    }
    void spaces(qsizetype n)
    {
        for (; n > 0; --n)
            byte(' ');
    }
    // v in base, at least width digits (zero-filled), lowercase: what QString::arg(v, width, base, '0') gives.
    void number(quint64 v, int base, int width = 0)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, v, base).ptr;
        for (qsizetype n = end - digits; n < width; ++n)
            byte('0');
        raw(digits, size_t(end - digits));
    }
    void signedNumber(qint64 v)
    {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
        raw(digits, size_t(end - digits));
    }
    void perms(const Permissions& p)
    {
        const char text[4] = { p.read ? 'r' : '-', p.write ? 'w' : '-', p.execute ? 'x' : '-', p.shared ? 's' : 'p' };
        raw(text, 4);
    }
    void utf8(const QString& text)
    {
        if (isAscii(text)) {
            for (QChar c : text)
                byte(char(c.unicode()));
        } else {
            const QByteArray bytes = text.toUtf8();
            raw(bytes.constData(), size_t(bytes.size()));
        }
    }
    // Text padded with spaces to width UTF-16 units, as QString::arg's field width counts (negative: text first).
    void padded(const QString& text, int width)
    {
        const qsizetype pad = std::max<qsizetype>(0, qsizetype(std::abs(width)) - text.size());
        if (width > 0)
            spaces(pad);
        utf8(text);
        if (width < 0)
            spaces(pad);
    }
    void jsonString(QStringView text)
    {
        QByteArray escaped;
        appendJsonEscaped(escaped, text);
        raw(escaped.constData(), size_t(escaped.size()));
    }

private:
    static constexpr size_t kFlushAt = size_t(256) << 10;
    static constexpr size_t kLongest = 4096;

    static bool isAscii(const QString& text)
    {
        return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    }
    void flush()
    {
        if (m_used > 0)
            m_ok = m_ok && m_sink(std::string_view(m_buffer.data(), m_used));
        m_used = 0;
    }

    const ListingSink& m_sink;
    std::string m_buffer;
    size_t m_used = 0;
    bool m_ok = true;
};

QByteArray collect(const std::function<bool(const ListingSink&)>& write)
{
    QByteArray out;
    (void)write([&out](std::string_view piece) {
        out.append(piece.data(), qsizetype(piece.size()));
        return true;
    });
    return out;
}

QString kindColumn(const Region& r)
{
    QString kind = regionKindId(r.kind);
    if (r.segment != ImageSegment::None)
        kind += u'/' + imageSegmentText(r);
    return kind;
}

char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

} // namespace

void appendJsonEscaped(QByteArray& out, QStringView text)
{
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p < end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                out.append(char(u));
                continue;
            }
            out.append('\\');
            switch (u) {
            case u'"':
                out.append('"');
                break;
            case u'\\':
                out.append('\\');
                break;
            case 0x8:
                out.append('b');
                break;
            case 0xc:
                out.append('f');
                break;
            case 0xa:
                out.append('n');
                break;
            case 0xd:
                out.append('r');
                break;
            case 0x9:
                out.append('t');
                break;
            default: {
                const char esc[5] = { 'u', '0', '0', hexDigit(u >> 4), hexDigit(u & 0xf) };
                out.append(esc, 5);
            }
            }
        } else if (u < 0x800) {
            const char utf8[2] = { char(0xc0 | (u >> 6)), char(0x80 | (u & 0x3f)) };
            out.append(utf8, 2);
        } else if (u < 0xd800 || u > 0xdfff) {
            const char utf8[3] = { char(0xe0 | (u >> 12)), char(0x80 | ((u >> 6) & 0x3f)), char(0x80 | (u & 0x3f)) };
            out.append(utf8, 3);
        } else if (u < 0xdc00 && p < end && *p >= 0xdc00 && *p <= 0xdfff) {
            const char32_t c = 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(*p++) - 0xdc00);
            const char utf8[4] = { char(0xf0 | (c >> 18)), char(0x80 | ((c >> 12) & 0x3f)),
                char(0x80 | ((c >> 6) & 0x3f)), char(0x80 | (c & 0x3f)) };
            out.append(utf8, 4);
        } else { // a lone surrogate: no UTF-8 for it
            const char esc[6] = { '\\', 'u', hexDigit(u >> 12), hexDigit((u >> 8) & 0xf), hexDigit((u >> 4) & 0xf),
                hexDigit(u & 0xf) };
            out.append(esc, 6);
        }
    }
}

bool writeMapsText(const std::vector<Region>& regions, const ListingSink& sink)
{
    Writer w(sink);
    for (const Region& r : regions) {
        w.record();
        w.number(r.range.start, 16, 12);
        w.byte('-');
        w.number(r.range.end, 16, 12);
        w.byte(' ');
        w.perms(r.perms);
        w.byte(' ');
        w.number(r.offset, 16, 8);
        w.byte(' ');
        w.number(r.devMajor, 16, 2);
        w.byte(':');
        w.number(r.devMinor, 16, 2);
        w.byte(' ');
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, r.inode).ptr;
        w.raw(digits, size_t(end - digits));
        w.spaces(10 - (end - digits));
        w.byte(' ');
        if (r.kind == RegionKind::Anonymous && r.segment == ImageSegment::None)
            w.raw("anonymous         "); // most mappings of a big process: no string built
        else
            w.padded(kindColumn(r), -18);
        w.byte(' ');
        w.utf8(r.path);
        if (r.deleted)
            w.raw(" (deleted)");
        w.byte('\n');
    }
    return w.finish();
}

bool writeMapsJson(const std::vector<Region>& regions, const ListingSink& sink)
{
    Writer w(sink);
    if (regions.empty()) {
        w.raw("[\n]\n");
        return w.finish();
    }
    w.raw("[\n");
    // Keys in QJsonObject's (sorted) order, indented by 4 per level.
    for (size_t i = 0; i < regions.size(); ++i) {
        const Region& r = regions[i];
        w.record();
        w.raw("    {\n        \"deleted\": ");
        w.raw(r.deleted ? "true" : "false");
        w.raw(",\n        \"dev\": \"");
        w.number(r.devMajor, 16, 2);
        w.byte(':');
        w.number(r.devMinor, 16, 2);
        w.raw("\",\n        \"end\": \"0x");
        w.number(r.range.end, 16);
        w.raw("\",\n        \"inode\": ");
        w.signedNumber(qint64(r.inode));
        w.raw(",\n        \"kind\": \"");
        w.jsonString(regionKindId(r.kind));
        w.raw("\",\n        \"offset\": \"0x");
        w.number(r.offset, 16);
        w.raw("\",\n        \"path\": \"");
        if (!r.path.isEmpty())
            w.jsonString(r.path);
        w.raw("\",\n        \"perms\": \"");
        w.perms(r.perms);
        w.raw("\",\n        \"segment\": \"");
        w.jsonString(imageSegmentId(r.segment));
        w.raw("\",\n        \"size\": ");
        w.signedNumber(qint64(r.range.size()));
        w.raw(",\n        \"start\": \"0x");
        w.number(r.range.start, 16);
        w.raw(i + 1 < regions.size() ? "\"\n    },\n" : "\"\n    }\n");
    }
    w.raw("]\n");
    return w.finish();
}

QByteArray mapsText(const std::vector<Region>& regions)
{
    return collect([&](const ListingSink& sink) { return writeMapsText(regions, sink); });
}

QByteArray mapsJson(const std::vector<Region>& regions)
{
    return collect([&](const ListingSink& sink) { return writeMapsJson(regions, sink); });
}

QByteArray processesText(const std::vector<ProcessInfo>& processes)
{
    return collect([&](const ListingSink& sink) {
        Writer w(sink);
        const auto printable = [](const QString& text) { return printablePath(text.toUtf8()); };
        w.raw("    PID    PPID USER         S  THR      RSS NAME             COMMAND\n");
        for (const ProcessInfo& p : processes) {
            w.record();
            QStringList command;
            for (const QString& arg : p.commandLine)
                command << printable(arg);
            // Each field padded on its own: a name holding "%8" stays that text.
            w.padded(QString::number(p.pid()), 7);
            w.byte(' ');
            w.padded(QString::number(p.ppid), 7);
            w.byte(' ');
            w.padded(p.user.left(12), -12);
            w.byte(' ');
            w.utf8(QString(p.state));
            w.byte(' ');
            w.padded(QString::number(p.threads), 4);
            w.byte(' ');
            w.padded(QString::number(p.rssBytes / 1024) + u'K', 8);
            w.byte(' ');
            const QString name = printable(p.name);
            w.padded(name, -16);
            w.byte(' ');
            w.utf8(command.isEmpty() ? u'[' + name + u']' : command.join(u' '));
            w.byte('\n');
        }
        return w.finish();
    });
}

QByteArray processesJson(const std::vector<ProcessInfo>& processes)
{
    QJsonArray arr;
    for (const ProcessInfo& p : processes) {
        arr.append(QJsonObject {
            { QStringLiteral("pid"), p.pid() },
            { QStringLiteral("ppid"), p.ppid },
            { QStringLiteral("uid"), qint64(p.uid) },
            { QStringLiteral("user"), p.user },
            { QStringLiteral("state"), QString(p.state) },
            { QStringLiteral("name"), p.name },
            { QStringLiteral("commandLine"), QJsonArray::fromStringList(p.commandLine) },
            { QStringLiteral("executable"), p.executable },
            { QStringLiteral("startTime"), qint64(p.identity.startTime) },
            { QStringLiteral("startedAt"),
                QDateTime::fromMSecsSinceEpoch(p.startedAtMsecs).toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("rssBytes"), qint64(p.rssBytes) },
            { QStringLiteral("threads"), p.threads },
            { QStringLiteral("kernelThread"), p.isKernelThread() },
        });
    }
    return QJsonDocument(arr).toJson(QJsonDocument::Indented);
}

} // namespace procglass
