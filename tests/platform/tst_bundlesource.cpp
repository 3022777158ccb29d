// A bundle of the live fixture, opened again, answers every read as the live process did.
#include "core/auxv.h"
#include "core/bundlesource.h"
#include "core/procstatus.h"
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
    std::shared_ptr<BundleSource> m_bundle;
    QByteArray m_liveAuxv;

private slots:
    // The auxv and status views work offline: the bundle keeps both, as the process had them.
    void keepsAuxvAndStatus()
    {
        QVERIFY(m_bundle);
        QCOMPARE(m_bundle->info().auxv, m_liveAuxv);
        bool sawEntry = false;
        for (const AuxvEntry& e : parseAuxv(m_bundle->info().auxv))
            sawEntry = sawEntry || e.type == AuxvEntryPoint;
        QVERIFY(sawEntry);
        QCOMPARE(parseProcStatus(m_bundle->info().status).value(u"Name"), QStringLiteral("procglass-fixtu"));
        QCOMPARE(m_bundle->info().executable, fixturePath());
    }

protected:
    ContractLayout createLayout() override
    {
        if (!m_fixture.start({ QStringLiteral("--random-size"), QString::number(8 << 20) }))
            qFatal("%s", qPrintable(m_fixture.error()));
        auto target = LinuxTarget::open(m_fixture.pid());
        if (!target)
            qFatal("%s", qPrintable(target.error().message));
        auto regions = (*target)->regions();
        const BundleInfo info = readBundleInfo(m_fixture.pid());
        m_liveAuxv = info.auxv;
        const QString path = m_dir.filePath(QStringLiteral("fixture"));
        auto report = dumpBundle(**target, *regions, info, path, {});
        if (!report)
            qFatal("%s", qPrintable(report.error().message));
        auto bundle = BundleSource::open(path);
        if (!bundle)
            qFatal("%s", qPrintable(bundle.error().message));
        ContractLayout l;
        m_bundle = std::shared_ptr<BundleSource>(std::move(bundle.value()));
        l.source = m_bundle;
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
