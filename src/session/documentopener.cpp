// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "session/documentopener.h"

#include "core/io/bundlesource.h"
#include "platform/linux/localhost.h"
#include "platform/linux/target.h"
#include "session/bundledocument.h"
#include "session/livedocument.h"

namespace procglass {

DocumentOpener::DocumentOpener(QObject* parent)
    : QObject(parent)
    , m_host(std::make_shared<LocalHost>())
{ }

DocumentOpener::~DocumentOpener() = default;

void DocumentOpener::setHost(std::shared_ptr<Host> host)
{
    cancel();
    m_host = host ? std::move(host) : std::make_shared<LocalHost>();
}

void DocumentOpener::openProcess(const ProcessIdentity& identity, Opened done)
{
    m_opening = true;
    struct ProcessOpened
    {
        std::shared_ptr<Target> target;
        HostInfo info;
    };
    m_jobs.run(
        [identity, open = m_processOpen, host = m_host]() -> Result<ProcessOpened> {
            // The row's identity, not just its pid: a stale row must not open whoever has the pid now.
            Result<std::shared_ptr<Target>> target = makeError(ErrorKind::InvalidArgument, QString());
            if (open) {
                auto local = open(identity);
                if (!local)
                    return local.error();
                target = std::shared_ptr<Target>(
                    std::make_shared<LocalTarget>(std::shared_ptr<LinuxTarget>(std::move(local.value()))));
            } else {
                target = host->open(identity);
            }
            if (!target)
                return target.error();
            return ProcessOpened { std::move(target.value()), host->info() };
        },
        [this, host = m_host, done = std::move(done)](Result<ProcessOpened> opened) {
            m_opening = false;
            if (!opened) {
                done(opened.error());
                return;
            }
            done(std::unique_ptr<TargetDocument>(
                std::make_unique<LiveDocument>(host, std::move(opened->info), std::move(opened->target))));
        });
}

void DocumentOpener::openBundle(const QString& directory, Opened done)
{
    m_opening = true;
    struct BundleOpened
    {
        std::shared_ptr<BundleSource> bundle;
        std::vector<Region> regions;
    };
    m_jobs.run(
        [directory]() -> Result<BundleOpened> {
            auto bundle = BundleSource::open(directory);
            if (!bundle)
                return bundle.error();
            std::shared_ptr<BundleSource> shared(std::move(bundle.value()));
            auto regions = shared->regions();
            if (!regions)
                return regions.error();
            return BundleOpened { std::move(shared), std::move(regions.value()) };
        },
        [this, directory, done = std::move(done)](Result<BundleOpened> opened) {
            m_opening = false;
            if (!opened) {
                done(opened.error());
                return;
            }
            done(std::unique_ptr<TargetDocument>(
                std::make_unique<BundleDocument>(std::move(opened->bundle), std::move(opened->regions), directory)));
        });
}

void DocumentOpener::cancel()
{
    m_opening = false;
    m_jobs.cancel();
}

} // namespace procglass
