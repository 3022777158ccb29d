// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// Bundles are untrusted input (issue 14, finding 4): each test writes a good bundle, damages it
// the way an attacker would, then opens and reads it as the user would -- as root where CI runs
// it. What the user sees must be a clear error or unreadable bytes: never a hang, a crash, or
// another file's bytes.
#include "core/io/bundlesource.h"
#include "fakememorysource.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <condition_variable>
#include <fcntl.h>
#include <functional>
#include <mutex>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace procglass;

// The attacker is another user (nobody): playing both needs root, as CI runs the tests.
#define REQUIRE_ROOT()                                                                                                 \
    if (::geteuid() != 0)                                                                                              \
    QSKIP("needs root to prepare the bundle as nobody and open it as root")

namespace {
constexpr Address kHeap = 0x5555555a0000;
constexpr Address kLib = 0x7f0000000000;
constexpr Address kVdso = 0x7fff00000000;
constexpr Address kVvar = 0x7fff00004000;
constexpr uid_t kNobody = 65534;
constexpr int kTimeoutMs = 20000; // a hang is a failure, not a stuck CI job

Region region(Address start, quint64 size, RegionKind kind, const QString& path, Permissions perms)
{
    Region r;
    r.range = { start, start + size };
    r.perms = perms;
    r.kind = kind;
    r.path = path;
    return r;
}

QByteArray pattern(qsizetype size, int seed)
{
    QByteArray b(size, '\0');
    for (qsizetype i = 0; i < size; ++i)
        b[i] = char((i * 131 + seed) & 0xff);
    return b;
}

// What the user ends up with after opening a bundle and reading every mapping of it.
struct Outcome
{
    bool finished = false; // within kTimeoutMs
    QString openError; // the bundle was refused, saying this
    QStringList readErrors; // reads that failed, saying this
    QByteArray bytes; // every byte shown as readable, in address order
    qsizetype regions = 0;
};

// Runs work on a thread of its own and gives up waiting after timeoutMs: a read that hangs on a
// FIFO must fail the test, not the CI job. The thread is left behind, blocked, until exit.
bool runBounded(std::function<void()> work, int timeoutMs = kTimeoutMs)
{
    struct State
    {
        std::mutex mutex;
        std::condition_variable done;
        bool finished = false;
    };
    auto state = std::make_shared<State>();
    std::thread([state, work = std::move(work)] {
        work();
        std::lock_guard lock(state->mutex);
        state->finished = true;
        state->done.notify_all();
    }).detach();
    std::unique_lock lock(state->mutex);
    return state->done.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return state->finished; });
}

Outcome openAndReadAll(const QString& path, int timeoutMs = kTimeoutMs)
{
    auto outcome = std::make_shared<Outcome>();
    const bool finished = runBounded(
        [outcome, path] {
            auto bundle = BundleSource::open(path);
            if (!bundle) {
                outcome->openError = bundle.error().message;
                return;
            }
            auto regions = (*bundle)->regions();
            outcome->regions = qsizetype(regions->size());
            std::vector<std::byte> buffer;
            for (const Region& r : *regions) {
                // Never more than 64 MiB of a mapping: what the manifest claims is no measure.
                const quint64 size = std::min<quint64>(r.range.size(), 64 << 20);
                buffer.assign(size_t(size), std::byte { 0 });
                const ReadResult result = (*bundle)->read(r.range.start, buffer);
                if (result.error) {
                    outcome->readErrors << result.error.message;
                    continue;
                }
                Address a = r.range.start;
                for (const AddressRange& u : result.unreadable) {
                    outcome->bytes.append(
                        reinterpret_cast<const char*>(buffer.data()) + (a - r.range.start), qsizetype(u.start - a));
                    a = u.end;
                }
                outcome->bytes.append(reinterpret_cast<const char*>(buffer.data()) + (a - r.range.start),
                    qsizetype(r.range.start + size - a));
            }
        },
        timeoutMs);
    if (!finished)
        return { false, {}, {}, {}, 0 };
    outcome->finished = true;
    return *outcome;
}

// Runs a shell command as nobody, the attacker: another user of the machine.
bool asNobody(const QString& command)
{
    QProcess p;
    p.start(QStringLiteral("setpriv"),
        { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
            QStringLiteral("sh"), QStringLiteral("-c"), command });
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("as nobody: %s: %s", qPrintable(command), p.readAllStandardError().constData());
        return false;
    }
    return true;
}

QString shellQuote(const QString& s)
{
    QString q = s;
    q.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + q + u'\'';
}

QJsonObject readManifest(const QString& bundle)
{
    QFile f(bundle + QStringLiteral("/manifest.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeManifest(const QString& bundle, const QJsonObject& m)
{
    QFile f(bundle + QStringLiteral("/manifest.json"));
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(m).toJson()) > 0;
}

// Changes the manifest's entry of the mapping starting at start.
bool editRegion(const QString& bundle, Address start, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject m = readManifest(bundle);
    QJsonArray regions = m.value(QStringLiteral("regions")).toArray();
    const QString key = QStringLiteral("0x%1").arg(start, 0, 16);
    for (qsizetype i = 0; i < regions.size(); ++i) {
        QJsonObject o = regions[i].toObject();
        if (o.value(QStringLiteral("start")).toString() == key) {
            edit(o);
            regions[i] = o;
            m.insert(QStringLiteral("regions"), regions);
            return writeManifest(bundle, m);
        }
    }
    return false;
}

QString fileOf(const QString& bundle, Address start)
{
    const QString key = QStringLiteral("0x%1").arg(start, 0, 16);
    for (const QJsonValue& v : readManifest(bundle).value(QStringLiteral("regions")).toArray()) {
        if (v.toObject().value(QStringLiteral("start")).toString() == key)
            return v.toObject().value(QStringLiteral("file")).toString();
    }
    return {};
}

bool chownTree(const QString& root, uid_t uid)
{
    bool ok = ::chown(QFile::encodeName(root).constData(), uid, uid) == 0;
    QDirIterator it(
        root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        ok = ::lchown(QFile::encodeName(it.next()).constData(), uid, uid) == 0 && ok;
    return ok;
}
} // namespace

class TestHostileBundle : public QObject
{
    Q_OBJECT
    FakeMemorySource m_fake;
    QByteArray m_heap = pattern(0x3000, 1), m_lib = pattern(0x2000, 2), m_vdso = pattern(0x2000, 3);
    QTemporaryDir m_root; // root's: 0711, so that nobody reaches the folder below
    QString m_attacker; // nobody's folder, where nobody leaves the bundles he hands over
    int m_next = 0;

    // A good bundle of m_fake in a fresh folder (nobody's when he is to damage it).
    QString goodBundle(bool forNobody)
    {
        const QString path = (forNobody ? m_attacker : m_root.path()) + QStringLiteral("/bundle%1").arg(++m_next);
        BundleInfo info;
        info.pid = 4242;
        info.executable = QStringLiteral("/usr/bin/demo");
        info.maps = "5555555a0000-5555555a3000 rw-p 00000000 00:00 0 [heap]\n";
        info.auxv = QByteArray(32, '\0');
        info.status = "Name:\tdemo\n";
        auto report = dumpBundle(m_fake, *m_fake.regions(), info, path, {});
        if (!report)
            qFatal("%s", qPrintable(report.error().message));
        if (forNobody && !chownTree(path, kNobody))
            qFatal("cannot give %s to nobody", qPrintable(path));
        return path;
    }

    // Neither the good bytes of other mappings nor anything else: the outcome shows no byte of secret.
    static bool shows(const Outcome& o, const QByteArray& secret) { return o.bytes.contains(secret); }

private slots:
    void initTestCase()
    {
        m_fake.addSegment(
            region(kHeap, 0x3000, RegionKind::Heap, QStringLiteral("[heap]"), { true, true, false, false }), m_heap);
        Region lib = region(
            kLib, 0x2000, RegionKind::Library, QStringLiteral("/usr/lib/libdemo.so"), { true, false, true, false });
        lib.inode = 1234;
        lib.devMajor = 8;
        m_fake.addSegment(lib, m_lib);
        m_fake.addSegment(
            region(kVdso, 0x2000, RegionKind::Vdso, QStringLiteral("[vdso]"), { true, false, true, false }), m_vdso);
        m_fake.addSegment(
            region(kVvar, 0x4000, RegionKind::Vvar, QStringLiteral("[vvar]"), { true, false, false, false }),
            QByteArray(0x4000, '\0'));
        m_fake.addUnreadable({ kHeap + 0x1000, kHeap + 0x2000 });
        QVERIFY(m_root.isValid());
        QVERIFY(QFile::setPermissions(
            m_root.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
        m_attacker = m_root.filePath(QStringLiteral("nobody"));
        QVERIFY(QDir().mkdir(m_attacker));
        if (::geteuid() == 0)
            QVERIFY(::chown(QFile::encodeName(m_attacker).constData(), kNobody, kNobody) == 0);
    }

    // The good bundle reads back as the memory it was made of: the checks refuse nothing real.
    void goodBundleReadsBack()
    {
        const Outcome o = openAndReadAll(goodBundle(false));
        QVERIFY(o.finished);
        QVERIFY2(o.openError.isEmpty(), qPrintable(o.openError));
        QCOMPARE(o.readErrors, QStringList());
        QCOMPARE(o.regions, 4);
        QCOMPARE(o.bytes, m_heap.left(0x1000) + m_heap.mid(0x2000) + m_lib + m_vdso);
    }

    // The folder the user names may be a link (his own choice); nothing inside it may be.
    void bundleFolderMayBeALink()
    {
        const QString b = goodBundle(false);
        const QString link = m_root.filePath(QStringLiteral("link-to-bundle"));
        QVERIFY(QFile::link(b, link));
        const Outcome o = openAndReadAll(link);
        QVERIFY(o.finished);
        QVERIFY2(o.openError.isEmpty(), qPrintable(o.openError));
        QCOMPARE(o.bytes, m_heap.left(0x1000) + m_heap.mid(0x2000) + m_lib + m_vdso);
    }

    // nobody makes the bundle's maps a link to /dev/zero: reading it whole never ended (root ran
    // out of memory). Now the bundle is refused at once, naming the link.
    void mapsLinkedToDevZero()
    {
        REQUIRE_ROOT();
        const QString b = goodBundle(true);
        QVERIFY(asNobody(QStringLiteral("rm %1/maps && ln -s /dev/zero %1/maps").arg(shellQuote(b))));
        const Outcome o = openAndReadAll(b);
        QVERIFY2(o.finished, "opening the bundle hung");
        QVERIFY2(o.openError.contains(QStringLiteral("/maps")) && o.openError.contains(QStringLiteral("symbolic link")),
            qPrintable(o.openError));
    }

    // A FIFO in place of a part's file: opening it waited for a writer forever.
    void fifoAsPartFile()
    {
        REQUIRE_ROOT();
        const QString b = goodBundle(true);
        const QString part = b + u'/' + fileOf(b, kHeap);
        QVERIFY(asNobody(QStringLiteral("rm %1 && mkfifo %1").arg(shellQuote(part))));
        const Outcome o = openAndReadAll(b, 5000);
        if (!o.finished) {
            // Let the stuck reader go before failing.
            const int fd = ::open(QFile::encodeName(part).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (fd >= 0)
                ::close(fd);
            QFAIL("opening a bundle with a FIFO as a part's file hung");
        }
        QVERIFY2(
            o.openError.contains(part) && o.openError.contains(QStringLiteral("named pipe")), qPrintable(o.openError));
    }

    // A part's file made a link to a file only root may read (here a stand-in for /etc/shadow,
    // whose size anyone can learn with ls -l): root's hex view showed the secret as [heap].
    void partLinkedToSecret()
    {
        REQUIRE_ROOT();
        QTemporaryDir vault; // 0700, root's
        const QByteArray secret = "root:$y$j9T$not-for-nobody$:19000:0:99999:7:::\n" + pattern(200, 9).toHex();
        const QString secretPath = vault.filePath(QStringLiteral("shadow"));
        {
            QFile f(secretPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
            f.write(secret);
        }
        const QString b = goodBundle(true);
        const QString part = fileOf(b, kHeap);
        // nobody writes the manifest too (it is his): the heap now has the secret's size, no holes.
        QVERIFY(chownTree(b, 0));
        QVERIFY(editRegion(b, kHeap, [&](QJsonObject& o) {
            o.insert(QStringLiteral("end"), QStringLiteral("0x%1").arg(kHeap + quint64(secret.size()), 0, 16));
            o.insert(QStringLiteral("unreadable"), QJsonArray());
        }));
        QVERIFY(chownTree(b, kNobody));
        QVERIFY(
            asNobody(QStringLiteral("cd %1 && rm %2 && ln -s %3 %2").arg(shellQuote(b), part, shellQuote(secretPath))));
        const Outcome o = openAndReadAll(b);
        QVERIFY(o.finished);
        QVERIFY2(!shows(o, secret.left(16)), "root was shown another file's bytes");
        QVERIFY2(o.openError.contains(part) && o.openError.contains(QStringLiteral("symbolic link")),
            qPrintable(o.openError));
    }

    // Where links are not followed, a hard link (fs.protected_hardlinks=0, or a file the attacker
    // may link) passes every check of the file's kind and size: the checksum stops it, and the
    // secret is never shown. The bundle's other mappings still read.
    void partHardLinkedIsCaughtByChecksum()
    {
        const QString b = goodBundle(false);
        const QString part = b + u'/' + fileOf(b, kHeap);
        QTemporaryDir vault;
        QByteArray secret(0x3000, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(secret.data()), secret.size() / 4);
        const QString secretPath = vault.filePath(QStringLiteral("secret"));
        {
            QFile f(secretPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(secret);
        }
        QVERIFY(QFile::remove(part));
        QCOMPARE(::link(QFile::encodeName(secretPath).constData(), QFile::encodeName(part).constData()), 0);
        const Outcome o = openAndReadAll(b);
        QVERIFY(o.finished);
        QVERIFY2(o.openError.isEmpty(), qPrintable(o.openError));
        QVERIFY2(!shows(o, secret.left(0x1000)) && !shows(o, secret.mid(0x2000, 0x1000)),
            "a part's bytes were shown although its checksum does not match");
        QCOMPARE(o.readErrors.size(), 1);
        QVERIFY2(o.readErrors[0].contains(part) && o.readErrors[0].contains(QStringLiteral("SHA-256")),
            qPrintable(o.readErrors[0]));
        QCOMPARE(o.bytes, m_lib + m_vdso); // the rest of the bundle is intact
    }

    // One changed byte in a part: the part is refused on every read, with the same message.
    void damagedPartIsNeverShown()
    {
        const QString b = goodBundle(false);
        const QString part = b + u'/' + fileOf(b, kLib);
        {
            QFile f(part);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(0x1234);
            f.write("X");
        }
        auto bundle = BundleSource::open(b);
        QVERIFY2(bundle, bundle ? "" : qPrintable(bundle.error().message));
        for (int i = 0; i < 2; ++i) {
            std::vector<std::byte> out(16, std::byte { 0x55 });
            const ReadResult r = (*bundle)->read(kLib + 0x1230, out);
            QVERIFY(r.error);
            QVERIFY2(r.error.message.contains(part), qPrintable(r.error.message));
            QCOMPARE(r.bytesRead, quint64(0));
            QVERIFY(std::all_of(out.begin(), out.end(), [](std::byte c) { return c == std::byte { 0 }; }));
        }
        std::vector<std::byte> heap(0x1000);
        const ReadResult r = (*bundle)->read(kHeap, heap);
        QVERIFY(r.complete());
        QVERIFY(std::memcmp(heap.data(), m_heap.constData(), 0x1000) == 0);
    }

    // A 1 TiB [vdso] (a sparse file of that size; anything reading the vdso whole died of bad_alloc).
    void hugeVdso()
    {
        const QString b = goodBundle(false);
        const QString part = b + u'/' + fileOf(b, kVdso);
        constexpr quint64 kTiB = quint64(1) << 40;
        QVERIFY(editRegion(b, kVdso, [&](QJsonObject& o) {
            o.insert(QStringLiteral("start"), QStringLiteral("0x%1").arg(0x100000000000, 0, 16));
            o.insert(QStringLiteral("end"), QStringLiteral("0x%1").arg(0x100000000000 + kTiB, 0, 16));
        }));
        // Sorted again: the vdso now comes first.
        QJsonObject m = readManifest(b);
        QJsonArray regions = m.value(QStringLiteral("regions")).toArray();
        const QJsonValue vdso = regions.at(2);
        regions.removeAt(2);
        regions.insert(0, vdso);
        m.insert(QStringLiteral("regions"), regions);
        QVERIFY(writeManifest(b, m));
        QVERIFY(::truncate(QFile::encodeName(part).constData(), off_t(kTiB)) == 0);
        const Outcome o = openAndReadAll(b);
        QVERIFY(o.finished);
        QVERIFY2(o.openError.contains(QStringLiteral("[vdso]")), qPrintable(o.openError));
    }

    // A readable mapping over the upper half of the address space with no bytes behind it: the
    // search's list of chunks for it grew to 6 GB.
    void regionOverUpperAddressSpace_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("kernel half") << QStringLiteral("0x800000000000") << QStringLiteral("0xffffffffffffe000")
                                     << QStringLiteral("anonymous") << QStringLiteral("beyond the end of user space");
        QTest::newRow("readable, no file") << QStringLiteral("0x800000000000") << QStringLiteral("0x00ff000000000000")
                                           << QStringLiteral("anonymous") << QStringLiteral("bytes are missing");
        QTest::newRow("huge vsyscall") << QStringLiteral("0xff00000000000000") << QStringLiteral("0xffffffffffffe000")
                                       << QStringLiteral("vsyscall") << QStringLiteral("[vsyscall]");
    }
    void regionOverUpperAddressSpace()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        const QString b = goodBundle(false);
        QJsonObject m = readManifest(b);
        QJsonArray regions = m.value(QStringLiteral("regions")).toArray();
        regions.append(QJsonObject { { QStringLiteral("start"), start }, { QStringLiteral("end"), end },
            { QStringLiteral("perms"), QStringLiteral("rw-p") }, { QStringLiteral("offset"), QStringLiteral("0x0") },
            { QStringLiteral("device"), QStringLiteral("00:00") }, { QStringLiteral("inode"), 0 },
            { QStringLiteral("path"), QString() }, { QStringLiteral("kind"), kind } });
        m.insert(QStringLiteral("regions"), regions);
        QVERIFY(writeManifest(b, m));
        const Outcome o = openAndReadAll(b);
        QVERIFY(o.finished);
        QVERIFY2(o.openError.contains(expected), qPrintable(o.openError));
    }

    // A part's file sparse beyond what its file system can hold: checking it would take hours.
    void sparseFileLargerThanItsFileSystem()
    {
        const QString b = goodBundle(false);
        const QString part = b + u'/' + fileOf(b, kHeap);
        constexpr quint64 kSize = quint64(15) << 40; // ext4 allows 16 TiB files; tmpfs more
        QVERIFY(editRegion(b, kHeap, [&](QJsonObject& o) {
            o.insert(QStringLiteral("start"), QStringLiteral("0x%1").arg(0x100000000000, 0, 16));
            o.insert(QStringLiteral("end"), QStringLiteral("0x%1").arg(0x100000000000 + kSize, 0, 16));
            o.insert(QStringLiteral("unreadable"), QJsonArray());
        }));
        if (::truncate(QFile::encodeName(part).constData(), off_t(kSize)) != 0)
            QSKIP("This file system does not hold a 15 TiB sparse file.");
        const Outcome o = openAndReadAll(b);
        QVERIFY(o.finished);
        QVERIFY2(o.openError.contains(QStringLiteral("more than the file system")), qPrintable(o.openError));
    }

    // A part sparse within what its file system holds (64 GiB of holes): hashing it would cost
    // minutes for bytes that are not there. Refused at its first read, naming the file.
    void aSparsePartIsNotHashed()
    {
        const QString b = goodBundle(false);
        const QString part = b + u'/' + fileOf(b, kHeap);
        constexpr quint64 kSize = quint64(64) << 30;
        QVERIFY(editRegion(b, kHeap, [&](QJsonObject& o) {
            o.insert(QStringLiteral("start"), QStringLiteral("0x%1").arg(0x100000000000, 0, 16));
            o.insert(QStringLiteral("end"), QStringLiteral("0x%1").arg(0x100000000000 + kSize, 0, 16));
            o.insert(QStringLiteral("unreadable"), QJsonArray());
        }));
        QCOMPARE(::truncate(QFile::encodeName(part).constData(), off_t(kSize)), 0);
        auto source = BundleSource::open(b);
        if (!source && source.error().message.contains(QStringLiteral("more than the file system")))
            QSKIP("This file system is smaller than 64 GiB.");
        QVERIFY2(source, source ? "" : qPrintable(source.error().message));
        std::vector<std::byte> page(4096);
        ReadResult r;
        QVERIFY(runBounded([&] { r = (*source)->read(0x100000000000, page); }));
        QVERIFY(r.error);
        QVERIFY2(r.error.message.contains(part) && r.error.message.contains(QStringLiteral("holes")),
            qPrintable(r.error.message));
    }

    // A mapping's path is the process's, not the bundle's: the reader never opens it (symbol
    // loading, which does, is checked where it is done). Watched with inotify on a file that
    // stands in for /dev/zero.
    void regionPathsAreNeverOpened()
    {
        QTemporaryDir elsewhere;
        const QString bait = elsewhere.filePath(QStringLiteral("zero"));
        {
            QFile f(bait);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(pattern(0x2000, 5));
        }
        const QString b = goodBundle(false);
        QVERIFY(editRegion(b, kLib, [&](QJsonObject& o) { o.insert(QStringLiteral("path"), bait); }));
        const int watch = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        QVERIFY(watch >= 0);
        QVERIFY(::inotify_add_watch(watch, QFile::encodeName(bait).constData(), IN_OPEN | IN_ACCESS) >= 0);
        const Outcome o = openAndReadAll(b);
        char events[4096];
        const ssize_t n = ::read(watch, events, sizeof events);
        ::close(watch);
        QVERIFY(o.finished);
        QVERIFY2(o.openError.isEmpty(), qPrintable(o.openError));
        QCOMPARE(n, ssize_t(-1)); // nothing opened or read it
        QVERIFY(!shows(o, pattern(0x2000, 5)));
        // And /dev/zero itself: nothing hangs or grows.
        QVERIFY(editRegion(
            b, kLib, [&](QJsonObject& o) { o.insert(QStringLiteral("path"), QStringLiteral("/dev/zero")); }));
        const Outcome zero = openAndReadAll(b);
        QVERIFY(zero.finished);
        QVERIFY2(zero.openError.isEmpty(), qPrintable(zero.openError));
        QCOMPARE(zero.bytes, m_heap.left(0x1000) + m_heap.mid(0x2000) + m_lib + m_vdso);
    }

    // Manifests that lie: every one is refused with a sentence that says what is wrong.
    void lyingManifests_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("file outside") << QStringLiteral("file") << QJsonValue(QStringLiteral("../../etc/shadow"))
                                      << QStringLiteral("plain .bin file");
        QTest::newRow("absolute file") << QStringLiteral("file") << QJsonValue(QStringLiteral("/etc/shadow"))
                                       << QStringLiteral("plain .bin file");
        QTest::newRow("the manifest") << QStringLiteral("file") << QJsonValue(QStringLiteral("manifest.json"))
                                      << QStringLiteral("plain .bin file");
        QTest::newRow("dot-dot bin") << QStringLiteral("file") << QJsonValue(QStringLiteral("..bin"))
                                     << QStringLiteral("plain .bin file");
        QTest::newRow("no checksum") << QStringLiteral("sha256") << QJsonValue(QStringLiteral("abc"))
                                     << QStringLiteral("SHA-256");
        QTest::newRow("unreadable outside")
            << QStringLiteral("unreadable")
            << QJsonValue(QJsonArray { QJsonArray { QStringLiteral("0x0"), QStringLiteral("0x1000") } })
            << QStringLiteral("unreadable bytes");
        QTest::newRow("unreadable unsorted")
            << QStringLiteral("unreadable")
            << QJsonValue(QJsonArray { QJsonArray { QStringLiteral("0x%1").arg(kHeap + 0x2000, 0, 16),
                                           QStringLiteral("0x%1").arg(kHeap + 0x3000, 0, 16) },
                   QJsonArray {
                       QStringLiteral("0x%1").arg(kHeap, 0, 16), QStringLiteral("0x%1").arg(kHeap + 0x1000, 0, 16) } })
            << QStringLiteral("unreadable bytes");
        QTest::newRow("bigger than its file")
            << QStringLiteral("end") << QJsonValue(QStringLiteral("0x%1").arg(kHeap + 0x4000, 0, 16))
            << QStringLiteral("holds 12288 bytes");
        QTest::newRow("ends before it starts")
            << QStringLiteral("end") << QJsonValue(QStringLiteral("0x1000")) << QStringLiteral("ends before it starts");
        QTest::newRow("bad permissions") << QStringLiteral("perms") << QJsonValue(QStringLiteral("rwxpq"))
                                         << QStringLiteral("malformed");
    }
    void lyingManifests()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QString b = goodBundle(false);
        QVERIFY(editRegion(b, kHeap, [&](QJsonObject& o) { o.insert(key, value); }));
        const Outcome o = openAndReadAll(b);
        QVERIFY(o.finished);
        QVERIFY2(!o.openError.isEmpty(), "a lying manifest was accepted");
        QVERIFY2(o.openError.contains(expected), qPrintable(o.openError));
        QVERIFY(!shows(o, m_heap.left(0x100)));
    }

    // A readable mapping the writer copies, but with no file: damage, not silently unreadable --
    // except [vvar] and [vsyscall], which are never copied and are a few pages.
    void readableMappingWithoutFile()
    {
        const QString b = goodBundle(false);
        QVERIFY(editRegion(b, kHeap, [&](QJsonObject& o) {
            o.remove(QStringLiteral("file"));
            o.remove(QStringLiteral("sha256"));
            o.remove(QStringLiteral("unreadable"));
        }));
        const Outcome o = openAndReadAll(b);
        QVERIFY(o.finished);
        QVERIFY2(o.openError.contains(QStringLiteral("bytes are missing")), qPrintable(o.openError));
    }

    // The bundle's small files are read with a cap: a status of 100 MiB is refused, not read.
    void oversizedTextFile()
    {
        const QString b = goodBundle(false);
        QVERIFY(::truncate(QFile::encodeName(b + QStringLiteral("/status")).constData(), off_t(100) << 20) == 0);
        const Outcome o = openAndReadAll(b);
        QVERIFY(o.finished);
        QVERIFY2(o.openError.contains(QStringLiteral("/status")) && o.openError.contains(QStringLiteral("larger")),
            qPrintable(o.openError));
    }

    // A part's file replaced after the bundle was opened (its name now another file's): refused.
    void partReplacedAfterOpen()
    {
        REQUIRE_ROOT();
        const QString b = goodBundle(true);
        const QString part = b + u'/' + fileOf(b, kLib);
        auto bundle = BundleSource::open(b);
        QVERIFY2(bundle, bundle ? "" : qPrintable(bundle.error().message));
        QVERIFY(asNobody(QStringLiteral("cp %1 %1.new && mv %1.new %1").arg(shellQuote(part))));
        std::vector<std::byte> out(0x2000);
        const ReadResult r = (*bundle)->read(kLib, out);
        QVERIFY(r.error);
        QVERIFY2(r.error.message.contains(QStringLiteral("replaced")), qPrintable(r.error.message));
    }

    // 5,000 mappings opened and read under an open-files limit of 256, from several threads at once
    // (one file per mapping held open failed above the limit).
    void manyMappingsUnderLowFileLimit()
    {
        constexpr int kCount = 5000;
        FakeMemorySource many;
        for (int i = 0; i < kCount; ++i) {
            many.addSegment(region(0x10000000 + Address(i) * 0x2000, 0x1000, RegionKind::Anonymous, {},
                                { true, true, false, false }),
                pattern(0x1000, i).left(0x1000));
        }
        const QString b = m_root.filePath(QStringLiteral("many"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(dumpBundle(many, *many.regions(), {}, b, {}));
        qInfo("wrote %d mappings in %lld ms", kCount, timer.elapsed());

        struct rlimit old
        {
        };
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &old), 0);
        struct rlimit low = old;
        low.rlim_cur = 256;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &low), 0);
        timer.restart();
        auto bundle = BundleSource::open(b);
        const qint64 openMs = timer.elapsed();
        bool allGood = bool(bundle);
        QString failure = bundle ? QString() : bundle.error().message;
        if (bundle) {
            auto regions = (*bundle)->regions();
            std::atomic<int> bad = 0;
            std::vector<std::thread> threads;
            for (int t = 0; t < 4; ++t) {
                threads.emplace_back([&, t] {
                    std::vector<std::byte> out(0x1000);
                    for (int i = t; i < kCount; i += 2) { // two threads share each part
                        const ReadResult r = (*bundle)->read((*regions)[size_t(i)].range.start, out);
                        if (!r.complete() || std::memcmp(out.data(), pattern(0x1000, i).constData(), 0x1000) != 0) {
                            if (bad++ == 0 && r.error)
                                qWarning("%s", qPrintable(r.error.message));
                        }
                    }
                });
            }
            for (std::thread& t : threads)
                t.join();
            allGood = bad == 0;
            if (!allGood)
                failure = QStringLiteral("%1 reads failed").arg(bad.load());
        }
        ::setrlimit(RLIMIT_NOFILE, &old);
        qInfo("opened in %lld ms, read all in %lld ms", openMs, timer.elapsed());
        QVERIFY2(allGood, qPrintable(failure));
    }

    // The parser alone, as the fuzzer calls it: garbage and truncations are refused, never trusted.
    void parserRefusesGarbage()
    {
        const QString b = goodBundle(false);
        QFile f(b + QStringLiteral("/manifest.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray good = f.readAll();
        auto parsed = parseBundleManifest(good);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->parts.size(), size_t(4));
        QCOMPARE(parsed->parts[0].sha256,
            QCryptographicHash::hash(
                m_heap.left(0x1000) + QByteArray(0x1000, '\0') + m_heap.mid(0x2000), QCryptographicHash::Sha256));
        for (qsizetype cut = 1; cut < good.size(); cut += 97)
            QVERIFY(!parseBundleManifest(good.left(cut)));
        QVERIFY(!parseBundleManifest(QByteArray(64, '\xff')));
    }
};

QTEST_GUILESS_MAIN(TestHostileBundle)
#include "tst_hostilebundle.moc"
