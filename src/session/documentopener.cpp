#include "session/documentopener.h"

#include "core/io/bundlesource.h"
#include "platform/linux/target.h"
#include "session/bundledocument.h"
#include "session/livedocument.h"

namespace procglass {

DocumentOpener::DocumentOpener(QObject* parent)
    : QObject(parent)
{ }

void DocumentOpener::openProcess(const ProcessIdentity& identity, Opened done)
{
    m_opening = true;
    m_jobs.run(
        [identity, open = m_processOpen]() -> Result<std::shared_ptr<LinuxTarget>> {
            // The row's identity, not just its pid: a stale row must not open whoever has the pid now.
            auto target = open       ? open(identity)
                : identity.startTime ? LinuxTarget::open(identity)
                                     : LinuxTarget::open(identity.pid);
            if (!target)
                return target.error();
            return std::shared_ptr<LinuxTarget>(std::move(target.value()));
        },
        [this, done = std::move(done)](Result<std::shared_ptr<LinuxTarget>> target) {
            m_opening = false;
            if (!target) {
                done(target.error());
                return;
            }
            done(std::unique_ptr<TargetDocument>(std::make_unique<LiveDocument>(std::move(target.value()))));
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
