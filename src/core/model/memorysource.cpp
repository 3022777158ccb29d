// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/model/memorysource.h"

#include <QCoreApplication>

namespace procglass {

MemorySource::~MemorySource() = default;

void ReadResult::addUnreadable(AddressRange range)
{
    if (range.isEmpty())
        return;
    if (!unreadable.empty() && unreadable.back().end == range.start)
        unreadable.back().end = range.end;
    else
        unreadable.push_back(range);
}

Error validateReadRange(Address address, quint64 size)
{
    if (size > ~quint64(0) - address)
        return makeError(ErrorKind::InvalidArgument,
            QCoreApplication::translate(
                "procglass::MemorySource", "The range 0x%1 + %2 bytes runs past the end of the address space.")
                .arg(address, 0, 16)
                .arg(size));
    return {};
}

} // namespace procglass
