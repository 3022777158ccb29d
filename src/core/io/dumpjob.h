// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/address.h"
#include "core/model/region.h"
#include "core/snapshot/snapshot.h"

#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace procglass {

// An export as the user asked for it, from the window or from `procglass-cli dump`: what, where,
// and the progress it shares with whoever watches. Running it on a live process is
// core/host/rundump.h; it needs the process stopped.
struct DumpJob
{
    // Snapshot: a bundle stored in chunks (core/snapshot/snapshot.h), of regions, with snapshot's options.
    enum class Format { Raw, Bundle, Core, Snapshot };
    Format format = Format::Raw;
    SnapshotOptions snapshot;
    std::vector<AddressRange> ranges; // raw: these bytes
    std::vector<Region> regions; // bundle: these mappings; core: every mapping
    QString path;
    bool overwrite = false;
    // Through an agent: path is on the agent's machine and the agent writes it there (only the
    // report travels). Otherwise the bytes travel and the file is written here.
    bool onAgent = false;
    // Shared with the watcher (the window polls it; the CLI's signal handler sets cancel).
    struct Progress
    {
        std::atomic<bool> cancel = false;
        std::atomic<quint64> done = 0;
        std::atomic<quint64> total = 0;
    };
    std::shared_ptr<Progress> progress = std::make_shared<Progress>();

    // The file that names the unreadable ranges of a raw export (its sidecar) or of a bundle (its
    // manifest). A core has none: it cannot mark them.
    [[nodiscard]] QString unreadableListPath() const
    {
        return format == Format::Raw                                 ? path + QStringLiteral(".json")
            : format == Format::Bundle || format == Format::Snapshot ? path + QStringLiteral("/manifest.json")
                                                                     : QString();
    }
};

} // namespace procglass
