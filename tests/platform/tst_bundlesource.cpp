// A bundle of the live fixture, opened again, answers every read as the live process did.
#include "core/dump.h"
#include "fixture.h"
#include "memorysourcecontract.h"
#include "platform/linux/procfs.h"
#include "platform/linux/target.h"

#include <QTemporaryDir>
#include <QTest>

using namespace procglass;
using namespace procglass::test;

class TestBundleSource : public MemorySourceContract
{
    Q_OBJECT
    Fixture m_fixture;
    QTemporaryDir m_dir;

protected:
    ContractLayout createLayout() override
    {
        if (!m_fixture.start({ QStringLiteral("--random-size"), QString::number(8 << 20) }))
            qFatal("%s", qPrintable(m_fixture.error()));
        auto target = LinuxTarget::open(m_fixture.pid());
        if (!target)
            qFatal("%s", qPrintable(target.error().message));
        auto regions = (*target)->regions();
        BundleInfo info;
        info.pid = m_fixture.pid();
        info.maps = *readProcFile(m_fixture.pid(), "maps");
        const QString path = m_dir.filePath(QStringLiteral("fixture"));
        auto report = dumpBundle(**target, *regions, info, path, {});
        if (!report)
            qFatal("%s", qPrintable(report.error().message));
        auto bundle = BundleSource::open(path);
        if (!bundle)
            qFatal("%s", qPrintable(bundle.error().message));
        ContractLayout l;
        l.source = std::shared_ptr<BundleSource>(std::move(bundle.value()));
        l.random = { m_fixture.address(QStringLiteral("random")),
            m_fixture.address(QStringLiteral("random")) + m_fixture.number(QStringLiteral("random_size")) };
        l.seed = m_fixture.number(QStringLiteral("seed"));
        l.guard = 0; // a bundle keeps the mappings the process can read
        l.hole = m_fixture.address(QStringLiteral("hole"));
        l.fileMap = m_fixture.address(QStringLiteral("file_map"));
        m_fixture.kill(); // from here on, only the bundle knows
        return l;
    }
};

QTEST_GUILESS_MAIN(TestBundleSource)
#include "tst_bundlesource.moc"
