// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// A bundle of the live fixture, opened again, answers every read as the live process did.
#include "core/io/bundlesource.h"
#include "core/parse/auxv.h"
#include "core/parse/procstatus.h"
#include "fixture.h"
#include "memorysourcecontract.h"
#include "platform/linux/procfs.h"
#include "platform/linux/target.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace procglass;
using namespace procglass::test;

class TestBundleSource : public MemorySourceContract
{
    Q_OBJECT
    Fixture m_fixture;
    QTemporaryDir m_dir;
    std::shared_ptr<BundleSource> m_bundle;
    QByteArray m_liveAuxv;
    QString m_path;

    static int openFiles() { return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files).size()); }

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
        QCOMPARE(parseProcStatus(m_bundle->info().status).value(u"Name"), QStringLiteral("procglass-demo"));
        QCOMPARE(m_bundle->info().executable, fixturePath());
    }

    // Every copied mapping of a real process passes the bundle's checks -- its checksum, the size
    // bounds of [vdso], [vvar] and [vsyscall], user space's end -- and reads back whole.
    void everyMappingPassesItsChecks()
    {
        auto bundle = BundleSource::open(m_path);
        QVERIFY2(bundle, bundle ? "" : qPrintable(bundle.error().message));
        auto regions = (*bundle)->regions();
        int copied = 0;
        for (const Region& r : *regions) {
            std::vector<std::byte> out(size_t(std::min<quint64>(r.range.size(), 64 << 20)));
            const ReadResult result = (*bundle)->read(r.range.start, out);
            QVERIFY2(!result.error, qPrintable(result.error.message));
            copied += result.bytesRead > 0;
        }
        QVERIFY(copied > 3);
    }

    // A bundle keeps only a few of its files open however many mappings it has, so it opens
    // and reads under a low open-files limit (a process of 65,000 mappings under ulimit -n 1024).
    void keepsFewFilesOpen()
    {
        const int before = openFiles();
        struct rlimit old
        {
        };
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &old), 0);
        struct rlimit low = old;
        low.rlim_cur = rlim_t(before + 4 + int(BundleSource::kOpenFiles));
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &low), 0);
        int most = 0;
        QString failure;
        {
            auto bundle = BundleSource::open(m_path);
            if (!bundle)
                failure = bundle.error().message;
            else {
                auto regions = (*bundle)->regions();
                for (int round = 0; round < 2 && failure.isEmpty(); ++round) {
                    for (const Region& r : *regions) {
                        std::vector<std::byte> out(4096);
                        const ReadResult result = (*bundle)->read(r.range.start, out);
                        if (result.error) {
                            failure = result.error.message;
                            break;
                        }
                        most = std::max(most, openFiles() - before);
                    }
                }
            }
        }
        ::setrlimit(RLIMIT_NOFILE, &old);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(most <= 1 + int(BundleSource::kOpenFiles), qPrintable(QString::number(most)));
        QCOMPARE(openFiles(), before); // and closes them all
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
        m_path = path;
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
