// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QCoreApplication>

#include "core/host/host.h"
#include "core/search/searchrun.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// The procglass-agent protocol: what travels on the agent's stdin and stdout.
//
// A stream of frames, little-endian: a 16-byte header -- payload length (u32), message type (u16),
// flags (u8), zero (u8), request id (u64) -- and the payload. Every frame's payload is at most
// kMaxPayload bytes; a message longer than that (a process list, a hit set) is sent as several
// frames flagged More, written whole under one lock, and may not exceed maxMessage(type). Both
// sides first send Hello; a request carries an id its replies echo (the last one flagged Final),
// and an Error reply ends a request. The peer is never trusted: every count and length is checked
// against the bytes really there and against a cap before anything is allocated, and anything
// malformed ends the connection (see FrameDecoder).
namespace procglass::agent {

// tr() for the free functions of this namespace: lupdate files their calls under this context.
inline QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("procglass::agent", text, disambiguation, n);
}

inline constexpr quint32 kMagic = 0x414c4750; // "PGLA"
inline constexpr quint16 kProtocolMajor = 1;
inline constexpr quint16 kProtocolMinor = 0;
inline constexpr int kHeaderSize = 16;
// Chosen by measuring 1 GiB of reads over a pipe (issue 17; best of 5 on a loaded 2-core machine,
// the pipe enlarged to 1 MiB with F_SETPIPE_SZ): 64 KiB frames 868 ms, 256 KiB 783 ms, 1 MiB 1078 ms,
// 4 MiB 1627 ms (in process: 560-730 ms). Larger frames leave the caches; the pipe's size matters
// more than the frame's (256 KiB frames in the default 64 KiB pipe: 1706 ms).
inline constexpr quint32 kMaxPayload = (256u << 10) + 64;
inline constexpr quint32 kReadChunk = kMaxPayload - 64;

enum class Type : quint16 {
    Hello = 1,
    Error = 2, // the reply that ends a failed request: Error{kind, errno, text}
    Exited = 3, // unsolicited (id 0): an open target's process has exited (handle)
    Cancel = 4, // the request id to give up (id 0)
    Processes = 10,
    Open = 11,
    Close = 12,
    Maps = 13,
    Smaps = 14,
    ProcFile = 15,
    BundleInfo = 16,
    CheckAlive = 17,
    Read = 20, // request; replies: ReadData frames, then the Read reply (Final)
    ReadData = 21,
    Write = 22,
    Hold = 30,
    Release = 31,
    HoldState = 32,
    Registers = 33,
    Search = 40, // request; replies: SearchHits / Progress frames, then the Search reply (Final)
    SearchHits = 41,
    Progress = 42,
    Rescan = 43,
    Dump = 50, // request; replies: Progress frames, then the Dump reply (Final)
    FileOpen = 60,
    FileRead = 61,
    FileClose = 62,
    // Issue 18: unknown-value scans. The baseline stays with the agent (by id, per connection, bounded:
    // Server::kMaxBaselines, kMaxBaselineBytes); only hits travel.
    UnknownScan = 70, // request: handle, UnknownScanRequest; reply: baseline id, bytes, positions
    UnknownNext = 71, // request: handle, baseline id, filter, operand; replies: UnknownHits, then this (Final): count
    UnknownHits = 72, // hits in address order: count (u32), then address, raw (u64 each) per hit
    UnknownDrop = 73, // request: handle, baseline id; the agent forgets it
};

enum Flag : quint8 {
    More = 1, // the message goes on in the next frame
    Final = 2, // the last message of a reply
};

[[nodiscard]] bool isKnownType(quint16 type);
// The longest message (all frames of it) of a type.
[[nodiscard]] quint64 maxMessage(Type type);

struct Frame
{
    Type type = Type::Hello;
    quint8 flags = 0;
    quint64 id = 0;
    QByteArray payload;
};

// The frames of a message (split at kMaxPayload), ready to write in one go.
[[nodiscard]] QByteArray encodeMessage(Type type, quint64 id, quint8 flags, QByteArrayView payload);

// Cuts a byte stream into frames and joins frames flagged More into messages. Holds at most one
// frame's bytes plus one message under way (maxMessage of its type).
class FrameDecoder
{
    Q_DECLARE_TR_FUNCTIONS(FrameDecoder) // the context lupdate files it under

public:
    enum class Status { NeedMore, Message, Broken };
    void feed(QByteArrayView bytes);
    // The next whole message in *out, NeedMore, or Broken with error() saying why (then for good).
    [[nodiscard]] Status next(Frame* out);
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] qsizetype buffered() const { return m_buffer.size() - m_pos + m_partial.payload.size(); }

private:
    Status fail(const QString& why);
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    Frame m_partial; // a message flagged More so far
    bool m_inPartial = false;
    QString m_error;
};

// A payload being written.
class Writer
{
public:
    void u8(quint8 v) { m_data.append(char(v)); }
    void u16(quint16 v);
    void u32(quint32 v);
    void u64(quint64 v);
    void i64(qint64 v) { u64(quint64(v)); }
    void boolean(bool v) { u8(v ? 1 : 0); }
    void f64(double v);
    void bytes(QByteArrayView v);
    void string(const QString& v) { bytes(v.toUtf8()); }
    [[nodiscard]] const QByteArray& data() const { return m_data; }
    [[nodiscard]] QByteArray take() { return std::move(m_data); }
    void reserve(qsizetype n) { m_data.reserve(n); }

private:
    QByteArray m_data;
};

// A payload being read: every read is checked against the bytes left; once one fails, every
// later one returns zero and ok() is false.
class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    { }
    quint8 u8();
    quint16 u16();
    quint32 u32();
    quint64 u64();
    qint64 i64() { return qint64(u64()); }
    bool boolean();
    double f64();
    // A length-prefixed byte string of at most cap bytes.
    QByteArray bytes(quint32 cap);
    // A view of the next length-prefixed bytes (no copy), at most cap.
    QByteArrayView view(quint32 cap);
    QString string(quint32 cap = kMaxString) { return QString::fromUtf8(bytes(cap)); }
    // A count of elements each at least minSize bytes long: no more than cap, and no more than
    // the bytes left could hold.
    quint32 count(quint32 minSize, quint32 cap);
    [[nodiscard]] bool ok() const { return !m_failed; }
    // Everything read, nothing left over, nothing failed.
    [[nodiscard]] bool done() const { return !m_failed && m_pos == m_data.size(); }
    [[nodiscard]] qsizetype left() const { return m_data.size() - m_pos; }
    void fail() { m_failed = true; }

    static constexpr quint32 kMaxString = 64 * 1024;

private:
    bool take(qsizetype n);
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_failed = false;
};

// Hello, both ways.
struct Hello
{
    quint32 magic = kMagic;
    quint16 major = kProtocolMajor;
    quint16 minor = kProtocolMinor;
    QString version; // the program's version
    quint64 capabilities = 0;
    quint32 uid = 0;
    QString user;
    QString hostName;
    QString kernel;
};

// Opening a target.
struct OpenReply
{
    quint64 handle = 0;
    ProcessIdentity identity;
    QString name;
    QString description;
};

// One piece of a read's reply: data for [offset, offset + size) of the request.
struct ReadData
{
    quint64 offset = 0;
    QByteArrayView data;
};

// Encoding and decoding of every payload. The decoders return false on anything malformed.
void put(Writer& w, const Error& e);
[[nodiscard]] bool get(Reader& r, Error* e);
void put(Writer& w, const Hello& h);
[[nodiscard]] bool get(Reader& r, Hello* h);
void put(Writer& w, const ProcessIdentity& p);
[[nodiscard]] bool get(Reader& r, ProcessIdentity* p);
void put(Writer& w, const std::vector<ProcessInfo>& list);
[[nodiscard]] bool get(Reader& r, std::vector<ProcessInfo>* list);
void put(Writer& w, const OpenReply& o);
[[nodiscard]] bool get(Reader& r, OpenReply* o);
void put(Writer& w, const Region& region);
[[nodiscard]] bool get(Reader& r, Region* region);
void put(Writer& w, const ParsedMaps& maps);
[[nodiscard]] bool get(Reader& r, ParsedMaps* maps);
void put(Writer& w, const std::vector<SmapsEntry>& smaps);
[[nodiscard]] bool get(Reader& r, std::vector<SmapsEntry>* smaps);
void put(Writer& w, const BundleInfo& info);
[[nodiscard]] bool get(Reader& r, BundleInfo* info);
void put(Writer& w, const std::vector<AddressRange>& ranges);
[[nodiscard]] bool get(Reader& r, std::vector<AddressRange>* ranges, quint32 cap = 16u << 20);
void put(Writer& w, const std::vector<ThreadRegisters>& threads);
[[nodiscard]] bool get(Reader& r, std::vector<ThreadRegisters>* threads);
void put(Writer& w, const SearchRequest& request);
[[nodiscard]] bool get(Reader& r, SearchRequest* request);
void put(Writer& w, const std::vector<SearchHit>& hits);
[[nodiscard]] bool get(Reader& r, std::vector<SearchHit>* hits);
void put(Writer& w, const SearchSummary& summary);
[[nodiscard]] bool get(Reader& r, SearchSummary* summary);
void put(Writer& w, const ScanValueType& type);
[[nodiscard]] bool get(Reader& r, ScanValueType* type);
void put(Writer& w, const HitSet& hits);
[[nodiscard]] bool get(Reader& r, HitSet* hits);
void put(Writer& w, const UnknownScanRequest& request);
[[nodiscard]] bool get(Reader& r, UnknownScanRequest* request);
void put(Writer& w, const DumpJob& job);
[[nodiscard]] bool get(Reader& r, DumpJob* job);
void put(Writer& w, const DumpReport& report);
[[nodiscard]] bool get(Reader& r, DumpReport* report);

// The error a peer that breaks the protocol gets (and the connection closes).
[[nodiscard]] Error protocolError(const QString& what);

} // namespace procglass::agent

namespace procglass::agent {

// Writes one message (payload = head followed by tail) as frames to fd, whole: retries short
// writes and EINTR. 0, or the errno that ended it (EPIPE: the peer is gone).
[[nodiscard]] int writeMessage(
    int fd, Type type, quint64 id, quint8 flags, QByteArrayView head, QByteArrayView tail = {});

} // namespace procglass::agent
