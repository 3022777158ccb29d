// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "session/bundledocument.h"

#include "core/io/bundlesource.h"
#include "core/io/imagefile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace procglass {

BundleDocument::BundleDocument(
    std::shared_ptr<BundleSource> bundle, std::vector<Region> regions, QString directory, QObject* parent)
    : TargetDocument(parent)
    , m_bundle(std::move(bundle))
    , m_initialRegions(std::move(regions))
    , m_directory(std::move(directory))
{
    setState(State::Offline);
}

std::shared_ptr<MemorySource> BundleDocument::source() const
{
    return m_bundle;
}

ProcessIdentity BundleDocument::identity() const
{
    ProcessIdentity id;
    id.pid = pid_t(m_bundle->info().pid);
    return id;
}

QString BundleDocument::name() const
{
    return QFileInfo(m_bundle->info().executable).fileName();
}

QString BundleDocument::summary() const
{
    const BundleInfo& info = m_bundle->info();
    const QString exe = name();
    return QCoreApplication::translate("procglass::MainWindow",
        "Bundle of process %1 (%2), saved %3: %n mapping(s), read-only", nullptr, int(regions()->size()))
        .arg(info.pid)
        .arg(exe.isEmpty() ? QCoreApplication::translate("procglass::MainWindow", "unknown executable") : exe,
            QLocale().toString(info.time.toLocalTime(), QLocale::ShortFormat));
}

QString BundleDocument::stateText() const
{
    return QCoreApplication::translate("procglass::MainWindow", "offline: %1").arg(m_directory);
}

QString BundleDocument::windowTitle() const
{
    const QString exe = name();
    return QCoreApplication::translate("procglass::MainWindow", "%1 (bundle) — Procglass")
        .arg(exe.isEmpty() ? m_directory : exe);
}

void BundleDocument::start()
{
    setRegions(std::move(m_initialRegions), 0);
}

void BundleDocument::fetchPages(quint64, const std::vector<Address>& bases)
{
    // A bundle is files: read them on the thread pool, never on the GUI thread. A page the bundle
    // refuses (a damaged file) shows as unreadable, and the message names the file. Pages are
    // valid whenever they come, so every request is answered (the document's end drops them).
    runInBackground(
        this,
        [bundle = m_bundle, bases] {
            std::pair<std::vector<PageCache::Page>, QString> out;
            for (Address base : bases) {
                auto page = PageCache::readPage(*bundle, base);
                if (page) {
                    out.first.push_back(std::move(*page));
                    continue;
                }
                if (out.second.isEmpty())
                    out.second = page.error().message;
                out.first.push_back(PageCache::unreadablePage(base, page.error().message));
            }
            return out;
        },
        [this](const std::pair<std::vector<PageCache::Page>, QString>& result) {
            pages().add(result.first);
            if (!result.second.isEmpty())
                emit pageProblem(result.second);
        });
}

std::function<SymbolIndex()> BundleDocument::symbolWork(SharedRegions regions) const
{
    // The files from this computer, only where the file at the path is still the one it mapped.
    return [bundle = m_bundle, regions] {
        return SymbolIndex::build(*bundle, *regions, [](const Region& region) -> std::unique_ptr<ImageBytes> {
            auto file = ImageFile::openLocal(region);
            return file ? std::move(file.value()) : nullptr;
        });
    };
}

std::function<ProcessFacts()> BundleDocument::factsWork(SharedRegions regions, bool) const
{
    // The vector's strings are read from the bundle's copy of the stack.
    return [bundle = m_bundle, regions] {
        const BundleInfo& info = bundle->info();
        const QString missing = QCoreApplication::translate("procglass::MainWindow",
            "This bundle does not have it: it was saved by an older Procglass, or the file could not be read "
            "when it was saved.");
        ProcessFacts f;
        f.status
            = info.status.isEmpty() ? std::vector<StatusFact>() : summarizeProcStatus(parseProcStatus(info.status));
        f.statusError = missing;
        f.auxv = describeAuxv(parseAuxv(info.auxv), *regions, bundle.get());
        f.auxvError = missing;
        return f;
    };
}

} // namespace procglass
