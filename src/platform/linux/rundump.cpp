#include "rundump.h"

#include "elfcore.h"
#include "hold.h"
#include "target.h"

#include "core/model/tr.h"

namespace procglass {

BundleInfo dumpInfoBeforeStop(const LinuxTarget& target, const DumpJob& job)
{
    return job.format == DumpJob::Format::Bundle ? readBundleInfo(target.pid()) : BundleInfo();
}

Result<DumpReport> runDumpJob(LinuxTarget& target, const Hold* hold, const DumpJob& job, const BundleInfo& info)
{
    DumpControl control;
    control.cancel = &job.progress->cancel;
    control.overwrite = job.overwrite;
    control.progress = [progress = job.progress](quint64 done, quint64 total) {
        progress->done = done;
        progress->total = total;
    };
    switch (job.format) {
    case DumpJob::Format::Raw:
        return dumpRaw(target, job.ranges, job.path, control);
    case DumpJob::Format::Bundle:
        return dumpBundle(target, job.regions, info, job.path, control);
    case DumpJob::Format::Core:
        if (!hold)
            return makeError(ErrorKind::InvalidArgument,
                tr("A core needs the threads stopped for their registers: stop the process to save one."));
        return writeElfCore(target, *hold, job.regions, job.path, control);
    }
    return makeError(ErrorKind::InvalidArgument, QString());
}

} // namespace procglass
