#pragma once

#include "core/model/error.h"
#include "core/model/processinfo.h"
#include "session/jobtracker.h"

#include <QObject>

#include <functional>
#include <memory>

namespace procglass {

class LinuxTarget;
class TargetDocument;

// Opens targets off the GUI thread: opening a process reads its command line under the target's
// mmap lock (a target can stall that), opening a bundle reads and checks its files. Only the
// newest open answers; an older one still under way is dropped (and what it opened closed).
class DocumentOpener : public QObject
{
    Q_OBJECT
public:
    using Opened = std::function<void(Result<std::unique_ptr<TargetDocument>>)>;

    explicit DocumentOpener(QObject* parent = nullptr);

    // identity.startTime 0: whichever process has the pid now.
    void openProcess(const ProcessIdentity& identity, Opened done);
    void openBundle(const QString& directory, Opened done);
    // The open under way, if any, answers nobody.
    void cancel();
    [[nodiscard]] bool isOpening() const { return m_opening; }
    // How a process is opened, on the thread pool (LinuxTarget::open unless replaced: tests that
    // open with fewer privileges, which are per thread).
    using ProcessOpen = std::function<Result<std::unique_ptr<LinuxTarget>>(const ProcessIdentity& identity)>;
    void setProcessOpen(ProcessOpen open) { m_processOpen = std::move(open); }

private:
    JobTracker m_jobs { this };
    bool m_opening = false;
    ProcessOpen m_processOpen;
};

} // namespace procglass
