// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "procfs.h"
#include "core/model/tr.h"

#include "core/code/elfsegments.h"

#include "access.h"
#include "core/io/uniquefd.h"

#include <QCoreApplication>
#include <QHash>

#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <pwd.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace procglass {

namespace {

struct StatFields
{
    QString comm;
    char state = 0;
    pid_t ppid = 0;
    int threads = 0;
    quint64 startTime = 0;
    quint64 rssPages = 0;
    quint64 flags = 0; // field 9: PF_* of the task
};

constexpr quint64 kPfKthread = 0x00200000; // include/linux/sched.h

// /proc/PID/stat: "pid (comm) S ppid ...". comm may hold spaces and parentheses: it ends at the last ')'.
bool parseStat(std::string_view text, StatFields* f)
{
    const size_t open = text.find('(');
    const size_t close = text.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return false;
    f->comm = QString::fromUtf8(text.data() + open + 1, qsizetype(close - open - 1));
    std::string_view rest = text.substr(close + 1);
    // Field 3 (state) is the first after ')'. Collect fields 3..24.
    std::string_view fields[25];
    int n = 3;
    size_t i = 0;
    while (n <= 24 && i < rest.size()) {
        while (i < rest.size() && rest[i] == ' ')
            ++i;
        const size_t start = i;
        while (i < rest.size() && rest[i] != ' ' && rest[i] != '\n')
            ++i;
        if (i > start)
            fields[n++] = rest.substr(start, i - start);
    }
    if (n <= 24)
        return false;
    auto num = [](std::string_view s, auto* out) {
        return std::from_chars(s.data(), s.data() + s.size(), *out).ec == std::errc();
    };
    f->state = fields[3].empty() ? 0 : fields[3][0];
    return num(fields[4], &f->ppid) && num(fields[9], &f->flags) && num(fields[20], &f->threads)
        && num(fields[22], &f->startTime) && num(fields[24], &f->rssPages);
}

quint64 bootTimeMsecs()
{
    static const quint64 value = [] {
        std::string stat;
        if (!readWholeFile(AT_FDCWD, "/proc/stat", stat))
            return quint64(0);
        const size_t pos = stat.find("\nbtime ");
        if (pos == std::string::npos)
            return quint64(0);
        quint64 secs = 0;
        std::from_chars(stat.data() + pos + 7, stat.data() + stat.size(), secs);
        return secs * 1000;
    }();
    return value;
}

} // namespace

QString userName(uid_t uid)
{
    static std::mutex mutex;
    static QHash<uid_t, QString> cache;
    std::lock_guard lock(mutex);
    auto it = cache.constFind(uid);
    if (it != cache.constEnd())
        return *it;
    passwd pw {};
    passwd* result = nullptr;
    char buf[4096];
    QString name;
    if (getpwuid_r(uid, &pw, buf, sizeof buf, &result) == 0 && result)
        name = QString::fromLocal8Bit(result->pw_name);
    else
        name = QString::number(uid);
    cache.insert(uid, name);
    return name;
}

namespace {

bool isProcessGone(int err)
{
    return err == ENOENT || err == ESRCH;
}

// Fills info from the open /proc/PID directory. Returns 0 or the errno of the first failure.
int readProcessAt(int dirfd, pid_t pid, ProcessInfo* info, std::string& buf)
{
    StatFields st;
    if (!readWholeFile(dirfd, "stat", buf, FileShape::SingleRecord))
        return errno;
    if (!parseStat(buf, &st))
        return EPROTO;
    info->identity = { pid, st.startTime };
    info->ppid = st.ppid;
    info->state = QLatin1Char(st.state);
    info->name = st.comm;
    info->threads = st.threads;
    info->kernelThread = (st.flags & kPfKthread) != 0;
    static const long pageSize = sysconf(_SC_PAGESIZE);
    static const long ticks = sysconf(_SC_CLK_TCK);
    info->rssBytes = st.rssPages * quint64(pageSize);
    info->startedAtMsecs = qint64(bootTimeMsecs() + st.startTime * 1000 / quint64(ticks));

    // The owner of /proc/PID is the effective uid (even of a process that is not dumpable: the kernel
    // hands only the files inside to root then). One fstat instead of /proc/PID/status, the costliest
    // file here (as htop does).
    struct stat owner
    {
    };
    if (fstat(dirfd, &owner) != 0)
        return errno;
    info->uid = owner.st_uid;
    info->user = userName(owner.st_uid);

    if (!readWholeFile(dirfd, "cmdline", buf, FileShape::SingleRecord))
        return errno;
    info->commandLine.clear();
    size_t start = 0;
    while (start < buf.size()) {
        size_t nul = buf.find('\0', start);
        if (nul == std::string::npos)
            nul = buf.size();
        info->commandLine.append(QString::fromLocal8Bit(buf.data() + start, qsizetype(nul - start)));
        start = nul + 1;
    }

    char exe[4096];
    const ssize_t n = readlinkat(dirfd, "exe", exe, sizeof exe);
    info->executable = n > 0 ? QString::fromLocal8Bit(exe, n) : QString();
    return 0;
}

} // namespace

bool readWholeFile(int dirfd, const char* path, std::string& out, FileShape shape)
{
    UniqueFd fd(openat(dirfd, path, O_RDONLY | O_CLOEXEC));
    if (!fd.valid())
        return false;
    // The buffer keeps its size between calls (resize only grows), so small files cost no zero-fill.
    if (out.size() < 4096)
        out.resize(std::max<size_t>(4096, out.capacity()));
    size_t size = 0;
    for (;;) {
        if (size == out.size())
            out.resize(out.size() * 2);
        const ssize_t n = ::read(fd.get(), out.data() + size, out.size() - size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            out.clear();
            errno = err;
            return false;
        }
        size += size_t(n);
        if (n == 0 || (shape == FileShape::SingleRecord && size < out.size()))
            break;
    }
    out.resize(size);
    return true;
}

std::string_view statusField(std::string_view status, std::string_view key)
{
    size_t pos = 0;
    while (pos < status.size()) {
        size_t nl = status.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = status.size();
        std::string_view line = status.substr(pos, nl - pos);
        if (line.size() > key.size() && line.starts_with(key) && line[key.size()] == ':') {
            line.remove_prefix(key.size() + 1);
            while (!line.empty() && (line.front() == '\t' || line.front() == ' '))
                line.remove_prefix(1);
            return line;
        }
        pos = nl + 1;
    }
    return {};
}

Error procError(pid_t pid, int errnum, const QString& what)
{
    if (isProcessGone(errnum))
        return makeError(ErrorKind::NoSuchProcess, tr("There is no process %1 (it may have exited).").arg(pid), errnum);
    if (errnum == EACCES || errnum == EPERM)
        return permissionError(pid, errnum, what);
    return errorFromErrno(errnum, what);
}

Result<std::vector<ProcessInfo>> listProcesses()
{
    UniqueFd proc(open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!proc.valid())
        return errorFromErrno(errno, tr("Cannot open /proc"));
    DIR* dir = fdopendir(dup(proc.get()));
    if (!dir)
        return errorFromErrno(errno, tr("Cannot list /proc"));
    std::vector<std::pair<pid_t, std::string>> pids;
    pids.reserve(2048);
    while (dirent* e = readdir(dir)) {
        pid_t pid = 0;
        const char* name = e->d_name;
        const auto [ptr, ec] = std::from_chars(name, name + strlen(name), pid);
        if (ec == std::errc() && *ptr == '\0' && pid > 0)
            pids.emplace_back(pid, name);
    }
    closedir(dir);

    // Reading a few files per process is kernel work that scales with cores: split the list.
    std::vector<std::optional<ProcessInfo>> found(pids.size());
    auto work = [&](size_t begin, size_t end) {
        std::string buf;
        for (size_t i = begin; i < end; ++i) {
            UniqueFd dirfd(openat(proc.get(), pids[i].second.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
            if (!dirfd.valid())
                continue; // gone between readdir and open
            ProcessInfo info;
            // Gone, or a zombie whose files vanished mid-way: skipping it is the only sane answer.
            if (readProcessAt(dirfd.get(), pids[i].first, &info, buf) == 0)
                found[i] = std::move(info);
        }
    };
    const size_t workers = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 8);
    const size_t per = (pids.size() + workers - 1) / workers;
    std::vector<std::thread> threads;
    for (size_t w = 1; w < workers && w * per < pids.size(); ++w)
        threads.emplace_back(work, w * per, std::min(pids.size(), (w + 1) * per));
    work(0, std::min(pids.size(), per));
    for (auto& t : threads)
        t.join();

    std::vector<ProcessInfo> out;
    out.reserve(pids.size());
    for (auto& slot : found) {
        if (slot)
            out.push_back(std::move(*slot));
    }
    return out;
}

Result<ProcessInfo> readProcess(pid_t pid)
{
    const std::string path = "/proc/" + std::to_string(pid);
    UniqueFd dirfd(open(path.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
    if (!dirfd.valid())
        return procError(pid, errno, tr("Cannot open %1").arg(QString::fromStdString(path)));
    ProcessInfo info;
    std::string buf;
    if (const int err = readProcessAt(dirfd.get(), pid, &info, buf))
        return procError(pid, err, tr("Cannot read %1").arg(QString::fromStdString(path)));
    if (info.state == u'Z') {
        // The main thread has exited; if others live, their task shows the program and its arguments.
        const std::string task = memoryDir(pid);
        UniqueFd taskfd(open(task.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC));
        ProcessInfo live;
        if (task != path && taskfd.valid() && readProcessAt(taskfd.get(), pid, &live, buf) == 0) {
            info.commandLine = live.commandLine;
            info.executable = live.executable;
        }
    }
    return info;
}

Result<ProcessIdentity> readIdentity(pid_t pid)
{
    if (pid <= 0)
        return makeError(ErrorKind::InvalidArgument, tr("%1 is not a process id.").arg(pid));
    std::string buf;
    const std::string path = "/proc/" + std::to_string(pid) + "/stat";
    if (!readWholeFile(AT_FDCWD, path.c_str(), buf))
        return procError(pid, errno, tr("Cannot read %1").arg(QString::fromStdString(path)));
    StatFields st;
    if (!parseStat(buf, &st))
        return makeError(ErrorKind::Parse, tr("%1 has an unexpected format.").arg(QString::fromStdString(path)));
    return ProcessIdentity { pid, st.startTime };
}

Error kernelThreadError(pid_t pid)
{
    if (pid <= 0)
        return {};
    std::string buf;
    const std::string path = "/proc/" + std::to_string(pid) + "/stat";
    StatFields st;
    if (!readWholeFile(AT_FDCWD, path.c_str(), buf, FileShape::SingleRecord) || !parseStat(buf, &st)
        || !(st.flags & kPfKthread))
        return {};
    return makeError(ErrorKind::InvalidArgument, kernelThreadMessage(pid, st.comm));
}

QString kernelThreadMessage(pid_t pid, const QString& name)
{
    return tr("PID %1 (%2) is a kernel thread: it has no user address space to show.").arg(pid).arg(name);
}

pid_t memoryTask(pid_t pid)
{
    if (!threadEnded(threadState(pid, pid)))
        return pid;
    for (pid_t tid : listThreads(pid)) {
        if (tid != pid && !threadEnded(threadState(pid, tid)))
            return tid;
    }
    return pid; // the whole process is ending: let the callers find that out
}

std::string memoryDir(pid_t pid)
{
    const pid_t task = memoryTask(pid);
    std::string dir = "/proc/" + std::to_string(pid);
    if (task != pid)
        dir += "/task/" + std::to_string(task);
    return dir;
}

std::vector<pid_t> listThreads(pid_t pid)
{
    std::vector<pid_t> tids;
    const std::string path = "/proc/" + std::to_string(pid) + "/task";
    DIR* dir = opendir(path.c_str());
    if (!dir)
        return tids;
    while (dirent* e = readdir(dir)) {
        pid_t tid = 0;
        const char* name = e->d_name;
        const auto [ptr, ec] = std::from_chars(name, name + strlen(name), tid);
        if (ec == std::errc() && *ptr == '\0' && tid > 0)
            tids.push_back(tid);
    }
    closedir(dir);
    return tids;
}

char threadState(pid_t pid, pid_t tid)
{
    std::string buf;
    const std::string path = "/proc/" + std::to_string(pid) + "/task/" + std::to_string(tid) + "/stat";
    StatFields st;
    if (!readWholeFile(AT_FDCWD, path.c_str(), buf) || !parseStat(buf, &st))
        return 0;
    return st.state;
}

Result<QByteArray> readProcFile(pid_t pid, const char* name)
{
    const std::string_view n(name);
    const bool ofMemory = n == "maps" || n == "smaps" || n == "smaps_rollup" || n == "auxv" || n == "environ"
        || n == "cmdline" || n == "numa_maps" || n == "pagemap";
    const std::string path = (ofMemory ? memoryDir(pid) : "/proc/" + std::to_string(pid)) + "/" + name;
    std::string text;
    if (!readWholeFile(AT_FDCWD, path.c_str(), text))
        return procError(pid, errno, tr("Cannot read %1").arg(QString::fromStdString(path)));
    return QByteArray(text.data(), qsizetype(text.size()));
}

std::optional<ParsedMaps> readMapsFile(const char* path, bool classify)
{
    UniqueFd fd(open(path, O_RDONLY | O_CLOEXEC));
    if (!fd.valid())
        return std::nullopt;
    // Parsed as it is read: one buffer, never zero-filled, refilled from where the last complete
    // line ended. It grows only for a single line longer than it (the kernel bounds a line by
    // PATH_MAX and its escapes), so neither the file's size nor the target decides how much is held.
    size_t capacity = size_t(256) << 10;
    auto buffer = std::make_unique_for_overwrite<char[]>(capacity);
    size_t have = 0;
    MapsParser parser;
    for (;;) {
        if (have == capacity) {
            auto bigger = std::make_unique_for_overwrite<char[]>(capacity * 2);
            std::memcpy(bigger.get(), buffer.get(), have);
            buffer = std::move(bigger);
            capacity *= 2;
        }
        const ssize_t n = ::read(fd.get(), buffer.get() + have, capacity - have);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return std::nullopt;
        }
        if (n == 0)
            break;
        have += size_t(n);
        const size_t done = parser.addLines({ buffer.get(), have });
        std::memmove(buffer.get(), buffer.get() + done, have - done);
        have -= done;
    }
    return parser.finish({ buffer.get(), have }, classify);
}

Result<ParsedMaps> readRegions(pid_t pid)
{
    if (Error e = kernelThreadError(pid))
        return e; // its maps are empty: say why, rather than show nothing
    const std::string dir = memoryDir(pid);
    // Classified once, below, with the hints.
    std::optional<ParsedMaps> maps = readMapsFile((dir + "/maps").c_str(), false);
    if (!maps)
        return procError(pid, errno, tr("Cannot read the memory map of process %1").arg(pid));
    ParsedMaps parsed = std::move(*maps);

    ClassifyHints hints;
    char exe[4096];
    const ssize_t n = readlink((dir + "/exe").c_str(), exe, sizeof exe);
    if (n > 0) {
        // In the text the maps use for the same path (a newline as \012...).
        QByteArrayView link(exe, n);
        if (link.endsWith(" (deleted)"))
            link.chop(10);
        hints.executablePath = printablePath(link);
    }
    // /proc/PID/task/TID/syscall ends with the thread's stack and instruction pointers while it is
    // blocked (in a syscall or stopped), which is most of the time; a thread on a CPU at that moment
    // says "running", so ask those again a few times. A held target always answers.
    const std::string processDir = "/proc/" + std::to_string(pid);
    std::vector<pid_t> pending;
    for (pid_t tid : listThreads(pid)) {
        if (tid != pid)
            pending.push_back(tid);
    }
    std::string sys;
    for (int attempt = 0; attempt < 4 && !pending.empty(); ++attempt) {
        if (attempt > 0)
            std::this_thread::sleep_for(std::chrono::microseconds(500));
        std::erase_if(pending, [&](pid_t tid) {
            if (!readWholeFile(AT_FDCWD, (processDir + "/task/" + std::to_string(tid) + "/syscall").c_str(), sys))
                return true; // gone, or not permitted: nothing to learn
            const size_t last = sys.find_last_of(' ');
            if (last == std::string::npos || last == 0)
                return false; // "running"
            const size_t prev = sys.find_last_of(' ', last - 1);
            if (prev == std::string::npos)
                return false;
            std::string_view spText(sys.data() + prev + 1, last - prev - 1);
            if (spText.starts_with("0x"))
                spText.remove_prefix(2);
            Address sp = 0;
            if (std::from_chars(spText.data(), spText.data() + spText.size(), sp, 16).ec == std::errc() && sp)
                hints.threadStackPointers.push_back(sp);
            return true;
        });
    }
    classifyRegions(parsed.regions, hints);
    // What is .bss and what merely anonymous memory next to it: the images' program headers say,
    // read from their first page in the process (a few hundred bytes each; the file on disk may
    // have been replaced since, the memory is what the loader used). Without access to the memory
    // the guess by position stays, marked as one.
    const int mem = ::open((dir + "/mem").c_str(), O_RDONLY | O_CLOEXEC);
    if (mem >= 0) {
        placeBss(parsed.regions, [mem](Address address, std::span<std::byte> out) {
            if (address > quint64(std::numeric_limits<off_t>::max()))
                return false;
            size_t done = 0;
            while (done < out.size()) {
                const ssize_t n = pread(mem, out.data() + done, out.size() - done, off_t(address + done));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n <= 0)
                    return false;
                done += size_t(n);
            }
            return true;
        });
        ::close(mem);
    }
    return parsed;
}

Result<std::vector<SmapsEntry>> readSmaps(pid_t pid)
{
    std::string text;
    const std::string path = memoryDir(pid) + "/smaps";
    if (!readWholeFile(AT_FDCWD, path.c_str(), text))
        return procError(pid, errno, tr("Cannot read the memory statistics of process %1").arg(pid));
    return parseSmaps(text);
}

BundleInfo readBundleInfo(pid_t pid)
{
    BundleInfo info;
    info.pid = pid;
    if (auto p = readProcess(pid)) {
        info.executable = p->executable;
        info.commandLine = p->commandLine;
    }
    info.time = QDateTime::currentDateTimeUtc();
    for (const auto& [name, bytes] :
        { std::pair { "maps", &info.maps }, std::pair { "auxv", &info.auxv }, std::pair { "status", &info.status } }) {
        if (auto text = readProcFile(pid, name))
            *bytes = std::move(*text);
    }
    return info;
}

TracerIdentity identifyTracer(pid_t tracerTid)
{
    TracerIdentity tracer;
    if (tracerTid <= 0)
        return tracer;
    // /proc/TID works for any thread id, though readdir does not list it.
    std::string status;
    if (!readWholeFile(AT_FDCWD, ("/proc/" + std::to_string(tracerTid) + "/status").c_str(), status))
        return tracer;
    const pid_t tgid = pid_t(std::atoi(std::string(statusField(status, "Tgid")).c_str()));
    tracer.isProcglass = tgid == getpid();
    if (auto p = readProcess(tgid))
        tracer.name = p->name;
    return tracer;
}

} // namespace procglass
