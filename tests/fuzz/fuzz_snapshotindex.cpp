// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// libFuzzer harness: a snapshot's manifest and chunk index (format 2, issue 18) someone hands you.
// Input: manifest.json's bytes, then a line "@@ index", then the index's bytes:
//   {"format": "procglass-bundle", "version": 2, ...}
//   @@ index
//   PGSNAPIX...
// The packs the manifest names have made-up sizes (the first 1 MiB, the others 64 KiB each). Every
// chunk the index accepts must then lie inside its pack and fit its mapping: a harness that checks
// what the parser promises, not only that it does not crash.

#include "core/io/bundlesource.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace procglass;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    constexpr std::string_view separator = "\n@@ index\n";
    const size_t at = input.find(separator);
    const std::string_view manifestBytes = input.substr(0, at);
    const std::string_view indexBytes = at == input.npos ? std::string_view() : input.substr(at + separator.size());
    auto manifest = parseBundleManifest(QByteArrayView(manifestBytes.data(), qsizetype(manifestBytes.size())));
    if (!manifest || manifest->version != 2)
        return 0;
    std::vector<quint64> packs;
    for (qsizetype i = 0; i < manifest->packs.size(); ++i)
        packs.push_back(i == 0 ? quint64(1) << 20 : quint64(kSnapshotChunk));
    auto chunks = parseSnapshotIndex(QByteArrayView(indexBytes.data(), qsizetype(indexBytes.size())), *manifest, packs);
    if (!chunks)
        return 0;
    if (chunks->size() != manifest->chunks)
        __builtin_trap();
    for (size_t i = 0; i < chunks->size(); ++i) {
        const SnapshotChunk& c = (*chunks)[i];
        const quint32 length = snapshotChunkLength(*manifest, i);
        if (length == 0 || length > kSnapshotChunk)
            __builtin_trap();
        if (c.kind == ChunkKind::Zero)
            continue;
        if (c.pack >= packs.size() || c.offset > packs[c.pack] || c.length > packs[c.pack] - c.offset
            || c.length > length || c.length == 0)
            __builtin_trap();
    }
    return 0;
}
