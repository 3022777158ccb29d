// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// libFuzzer harness: bytes from a procglass-agent connection, as either end receives them (the
// agent from its client, the client from an agent: neither trusts the other). The first byte
// picks the size of the pieces the stream arrives in (1-256 bytes, as reads deliver it); every
// message is decoded by every payload decoder of both directions. The decoders must refuse what
// is malformed, never read past the bytes there, and never allocate more than they hold.

#include "agent/protocol.h"

#include <cstddef>
#include <cstdint>

namespace {

using namespace procglass;
using namespace procglass::agent;

template <typename T> void decode(QByteArrayView payload)
{
    Reader r(payload);
    T value;
    if (get(r, &value) && r.ok())
        (void)r.done();
}

void decodeEverything(const Frame& frame)
{
    const QByteArrayView p(frame.payload);
    // What the agent decodes (requests)...
    decode<ProcessIdentity>(p);
    decode<SearchRequest>(p);
    decode<DumpJob>(p);
    decode<HitSet>(p);
    decode<Region>(p);
    // ...and what the client decodes (replies).
    decode<Hello>(p);
    decode<Error>(p);
    decode<std::vector<ProcessInfo>>(p);
    decode<OpenReply>(p);
    decode<ParsedMaps>(p);
    decode<std::vector<SmapsEntry>>(p);
    decode<BundleInfo>(p);
    decode<std::vector<AddressRange>>(p);
    decode<std::vector<ThreadRegisters>>(p);
    decode<std::vector<SearchHit>>(p);
    decode<SearchSummary>(p);
    decode<DumpReport>(p);
    Reader r(p);
    (void)r.u64();
    (void)r.view(kMaxPayload);
    (void)r.done();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t piece = size_t(data[0]) + 1;
    const char* bytes = reinterpret_cast<const char*>(data + 1);
    const size_t total = size - 1;
    FrameDecoder decoder;
    for (size_t at = 0; at < total;) {
        const size_t n = std::min(piece, total - at);
        decoder.feed(QByteArrayView(bytes + at, qsizetype(n)));
        at += n;
        Frame frame;
        FrameDecoder::Status status;
        while ((status = decoder.next(&frame)) == FrameDecoder::Status::Message) {
            if (frame.payload.size() > qsizetype(maxMessage(frame.type)))
                __builtin_trap(); // the decoder let a message grow past its limit
            decodeEverything(frame);
        }
        if (status == FrameDecoder::Status::Broken)
            break;
        // Never more than one frame's bytes plus one message under way.
        if (decoder.buffered() > qsizetype(2 * kMaxPayload + kHeaderSize) + qsizetype(maxMessage(Type::Rescan)))
            __builtin_trap();
    }
    return 0;
}
