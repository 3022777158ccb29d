// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "currentlocation.h"

namespace procglass {

void CurrentLocation::set(Address address)
{
    if (m_address == address)
        return;
    m_address = address;
    emit changed(address);
}

void CurrentLocation::clear()
{
    m_address.reset();
}

} // namespace procglass
