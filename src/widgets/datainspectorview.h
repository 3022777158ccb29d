// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/code/datainspector.h"

#include <QTableWidget>

namespace procglass {

// The bytes at the hex view's cursor, read every common way. Double-click (or Enter on) a pointer
// row that points into a mapping to follow it.
class DataInspectorView : public QTableWidget
{
    Q_OBJECT
public:
    explicit DataInspectorView(QWidget* parent = nullptr);

    // bytes: what is readable from the cursor on (at most 8); loading: the bytes are still on their way.
    void setBytes(std::span<const std::byte> bytes, const std::vector<Region>& regions, bool loading = false,
        const SymbolIndex* symbols = nullptr);

signals:
    void followRequested(procglass::Address address);
};

} // namespace procglass
