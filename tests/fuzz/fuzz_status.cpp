// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// libFuzzer harness: the text of /proc/PID/status (a bundle's status is any file), parsed and
// summarised as the Process tab shows it. Input: the text itself.

#include "core/parse/procstatus.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace procglass;
    const ProcStatus status = parseProcStatus(QByteArrayView(data, qsizetype(size)));
    (void)status.value(u"TracerPid");
    (void)summarizeProcStatus(status, TracerIdentity { false, QStringLiteral("gdb") });
    return 0;
}
