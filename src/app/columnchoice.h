// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

class QHeaderView;

namespace procglass {

// Right-clicking a table's column titles offers every column but the first to show or hide.
void offerColumnChoice(QHeaderView* header);

} // namespace procglass
