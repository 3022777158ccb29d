// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "session/targetdocument.h"

namespace procglass {

class BundleSource;

// A process saved as a bundle, browsed offline and read-only. Its files are read on the thread
// pool, never on the GUI thread.
class BundleDocument final : public TargetDocument
{
    Q_OBJECT
public:
    BundleDocument(std::shared_ptr<BundleSource> bundle, std::vector<Region> regions, QString directory,
        QObject* parent = nullptr);

    [[nodiscard]] Capabilities capabilities() const override { return {}; }
    [[nodiscard]] std::shared_ptr<MemorySource> source() const override;
    [[nodiscard]] ProcessIdentity identity() const override;
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    [[nodiscard]] QString stateText() const override;
    [[nodiscard]] QString windowTitle() const override;

    void start() override;

protected:
    void fetchPages(quint64 generation, const std::vector<Address>& bases) override;
    [[nodiscard]] std::function<SymbolIndex()> symbolWork(SharedRegions regions) const override;
    [[nodiscard]] std::function<ProcessFacts()> factsWork(SharedRegions regions, bool withAuxv) const override;

private:
    std::shared_ptr<BundleSource> m_bundle;
    std::vector<Region> m_initialRegions;
    QString m_directory;
};

} // namespace procglass
