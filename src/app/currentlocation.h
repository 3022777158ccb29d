// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/address.h"

#include <QObject>

#include <optional>

namespace procglass {

// Where the user is in the open target: the address the last navigation went to, whichever view
// it came from (the memory view's cursor, a search hit, code followed or gone back to, a bookmark,
// Go to, a mapping clicked in the table or the picture). The views that navigate set it; the panes
// that describe "here" (the mappings table, Explain, the address-space picture, the status bar)
// follow changed(), and never set it back, so nothing loops.
class CurrentLocation : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    [[nodiscard]] std::optional<Address> address() const { return m_address; }
    [[nodiscard]] bool contains(AddressRange range) const { return m_address && range.contains(*m_address); }
    // Emits changed() when the location moves.
    void set(Address address);
    void clear(); // no target, nowhere

signals:
    void changed(procglass::Address address);

private:
    std::optional<Address> m_address;
};

} // namespace procglass
