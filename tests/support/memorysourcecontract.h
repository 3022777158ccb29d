// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/memorysource.h"

#include <QObject>

#include <memory>

namespace procglass::test {

// The known layout a contract source must present (the fixture's landmarks, or the same built in a fake).
struct ContractLayout
{
    std::shared_ptr<MemorySource> source;
    AddressRange random; // xorshift64 bytes from `seed`
    quint64 seed = 0;
    Address guard = 0; // 3 pages: 0xa0 bytes, a PROT_NONE page of 0xa1 bytes, 0xa2 bytes (0: not kept)
    Address hole = 0; // 3 pages: 0xb0 bytes, nothing mapped, 0xb2 bytes
    Address fileMap = 0; // a readable page (byte i = i*7+3, after a 22-byte label), then 2 unreadable pages
};

// One set of tests for every MemorySource: subclass, implement createLayout(), and run with QTEST_MAIN.
class MemorySourceContract : public QObject
{
    Q_OBJECT
protected:
    virtual ContractLayout createLayout() = 0;
    ContractLayout m_layout;

private slots:
    void initTestCase();
    void regionsAreSortedAndDisjoint();
    void readsWholeRegion();
    void readsAcrossPageAndChunkBoundaries_data();
    void readsAcrossPageAndChunkBoundaries();
    void readsPageWithoutReadPermission();
    void reportsHoleBetweenMappings();
    void reportsUnreadablePagesInsideMapping();
    void reportsUnmappedAddress();
    void zeroLengthReadSucceeds();
    void rejectsRangePastEndOfAddressSpace();
    void readsTheLastPageOfTheAddressSpace();
    void readsFromSeveralThreadsAtOnce();
};

} // namespace procglass::test
