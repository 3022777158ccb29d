// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "elfcore.h"

#include "core/io/privatefile.h"
#include "core/model/tr.h"

#include <QFile>

#include <cstring>
#include <elf.h>
#include <sys/procfs.h>
#include <sys/user.h>

namespace procglass {

namespace {

#if defined(__x86_64__)
constexpr Elf64_Half kMachine = EM_X86_64;
#elif defined(__aarch64__)
constexpr Elf64_Half kMachine = EM_AARCH64;
#else
#error "ELF cores: add this architecture's machine number"
#endif

constexpr quint64 kPage = 4096;

quint64 alignUp(quint64 v, quint64 a)
{
    return (v + a - 1) / a * a;
}

// One note: header, "CORE" padded to 4, descriptor padded to 4 (as the kernel writes them).
void appendNote(QByteArray& notes, Elf64_Word type, const void* desc, size_t size)
{
    static const char kName[] = "CORE";
    Elf64_Nhdr header {};
    header.n_namesz = sizeof kName;
    header.n_descsz = Elf64_Word(size);
    header.n_type = type;
    notes.append(reinterpret_cast<const char*>(&header), sizeof header);
    notes.append(kName, sizeof kName);
    notes.append(QByteArray(qsizetype(alignUp(sizeof kName, 4) - sizeof kName), '\0'));
    notes.append(static_cast<const char*>(desc), qsizetype(size));
    notes.append(QByteArray(qsizetype(alignUp(size, 4) - size), '\0'));
}

bool dumped(const Region& r)
{
    return r.kind != RegionKind::Vvar && r.kind != RegionKind::Vsyscall;
}

} // namespace

Result<DumpReport> writeElfCore(MemorySource& memory, const CoreProcess& process,
    const std::vector<ThreadRegisters>& threads, const std::vector<Region>& regions, const QString& path,
    const DumpControl& control)
{
    const pid_t pid = process.pid;
    if (Error e = PrivateFile::check(path, control.overwrite)) // before the work; again when it is written
        return e;
    if (process.elf32)
        return makeError(ErrorKind::InvalidArgument,
            tr("Process %1 is a 32-bit program; Procglass writes cores of 64-bit programs only.").arg(pid));
    if (threads.empty())
        return makeError(ErrorKind::InvalidArgument,
            tr("A core needs the threads stopped for their registers: stop the process to save one."));

    // The notes, in the kernel's order: the first thread's status, the process, auxv, files,
    // its floating point registers; then every other thread's status and floating point registers.
    QByteArray notes;
    bool first = true;
    for (const ThreadRegisters& t : threads) {
        elf_prstatus status {};
        status.pr_pid = t.tid;
        status.pr_ppid = process.ppid;
        std::memcpy(
            &status.pr_reg, t.registers.constData(), std::min(sizeof status.pr_reg, size_t(t.registers.size())));
        status.pr_fpvalid = !t.fpRegisters.isEmpty();
        appendNote(notes, NT_PRSTATUS, &status, sizeof status);
        if (first) {
            elf_prpsinfo ps {};
            ps.pr_pid = pid;
            ps.pr_state = 0;
            ps.pr_sname = 'R';
            ps.pr_ppid = process.ppid;
            ps.pr_uid = process.uid;
            const QByteArray name = process.name.toLocal8Bit();
            std::memcpy(ps.pr_fname, name.constData(), std::min(sizeof ps.pr_fname - 1, size_t(name.size())));
            // The arguments with spaces between them, as ps prints them.
            QByteArray args = process.commandLine;
            while (args.endsWith('\0'))
                args.chop(1);
            args.replace('\0', ' ');
            std::memcpy(ps.pr_psargs, args.constData(), std::min(sizeof ps.pr_psargs - 1, size_t(args.size())));
            appendNote(notes, NT_PRPSINFO, &ps, sizeof ps);
            appendNote(notes, NT_AUXV, process.auxv.constData(), size_t(process.auxv.size()));
            // NT_FILE: count, page size, (start, end, offset in pages) per file mapping, then the names.
            std::vector<quint64> table { 0, kPage };
            QByteArray names;
            for (const Region& r : regions) {
                if (!r.isFileBacked() || !dumped(r))
                    continue;
                table.insert(table.end(), { r.range.start, r.range.end, r.offset / kPage });
                names += QFile::encodeName(r.path + (r.deleted ? QStringLiteral(" (deleted)") : QString())) + '\0';
                ++table[0];
            }
            QByteArray files(reinterpret_cast<const char*>(table.data()), qsizetype(table.size() * sizeof(quint64)));
            files += names;
            appendNote(notes, NT_FILE, files.constData(), size_t(files.size()));
        }
        if (!t.fpRegisters.isEmpty())
            appendNote(notes, NT_PRFPREG, t.fpRegisters.constData(), size_t(t.fpRegisters.size()));
        first = false;
    }

    std::vector<const Region*> loads;
    quint64 total = 0;
    for (const Region& r : regions) {
        if (!dumped(r))
            continue;
        loads.push_back(&r);
        if (r.perms.read)
            total += r.range.size();
    }
    Elf64_Ehdr eh {};
    std::memcpy(eh.e_ident, ELFMAG, SELFMAG);
    eh.e_ident[EI_CLASS] = ELFCLASS64;
    eh.e_ident[EI_DATA] = ELFDATA2LSB;
    eh.e_ident[EI_VERSION] = EV_CURRENT;
    eh.e_ident[EI_OSABI] = ELFOSABI_NONE;
    eh.e_type = ET_CORE;
    eh.e_machine = kMachine;
    eh.e_version = EV_CURRENT;
    eh.e_phoff = sizeof eh;
    eh.e_ehsize = sizeof eh;
    eh.e_phentsize = sizeof(Elf64_Phdr);
    eh.e_phnum = Elf64_Half(std::min<size_t>(loads.size() + 1, PN_XNUM));
    if (loads.size() + 1 >= PN_XNUM)
        return makeError(ErrorKind::InvalidArgument,
            tr("Process %1 has %2 mappings; an ELF core of more than 65,534 is not written yet.")
                .arg(pid)
                .arg(loads.size()));

    std::vector<Elf64_Phdr> ph(loads.size() + 1);
    const quint64 notesOffset = sizeof eh + ph.size() * sizeof(Elf64_Phdr);
    ph[0].p_type = PT_NOTE;
    ph[0].p_offset = notesOffset;
    ph[0].p_filesz = quint64(notes.size());
    ph[0].p_align = 4;
    quint64 offset = alignUp(notesOffset + quint64(notes.size()), kPage);
    for (size_t i = 0; i < loads.size(); ++i) {
        const Region& r = *loads[i];
        Elf64_Phdr& p = ph[i + 1];
        p.p_type = PT_LOAD;
        p.p_flags = (r.perms.read ? PF_R : 0) | (r.perms.write ? PF_W : 0) | (r.perms.execute ? PF_X : 0);
        p.p_offset = offset;
        p.p_vaddr = r.range.start;
        p.p_memsz = r.range.size();
        p.p_filesz = r.perms.read ? r.range.size() : 0; // like the kernel: no bytes for what cannot be read
        p.p_align = kPage;
        offset += p.p_filesz;
    }

    DumpCopier copier(control, total);
    DumpReport report;
    const Error e = writePrivateFile(path, control.overwrite, [&](QIODevice& out) -> Error {
        QByteArray head(reinterpret_cast<const char*>(&eh), sizeof eh);
        head.append(reinterpret_cast<const char*>(ph.data()), qsizetype(ph.size() * sizeof(Elf64_Phdr)));
        head.append(notes);
        head.append(QByteArray(qsizetype(ph.size() > 1 ? ph[1].p_offset - quint64(head.size()) : 0), '\0'));
        if (out.write(head) != head.size())
            return writeError(path, out);
        for (const Region* r : loads) {
            if (r->perms.read) {
                if (Error e = copier.copy(memory, r->range, out, path, report.unreadable))
                    return e;
            }
        }
        return {};
    });
    if (e)
        return e;
    report.bytes = total;
    report.files << path;
    return report;
}

} // namespace procglass
