// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#include "core/code/disassembler.h"

#include <QCoreApplication>

#include <capstone/capstone.h>
#include <elf.h>

namespace procglass {

struct Disassembler::Handle
{
    csh handle = 0;
    ~Handle()
    {
        if (handle)
            cs_close(&handle);
    }
};

Disassembler::~Disassembler() = default;
Disassembler::Disassembler(Disassembler&& other) noexcept = default;
Disassembler& Disassembler::operator=(Disassembler&& other) noexcept = default;

Disassembler::Arch Disassembler::archForMachine(int machine)
{
    switch (machine) {
    case EM_386:
        return Arch::X86;
    case EM_AARCH64:
        return Arch::Arm64;
    case EM_X86_64:
        return Arch::X86_64;
    }
    return nativeArch();
}

Disassembler::Arch Disassembler::nativeArch()
{
#if defined(__aarch64__)
    return Arch::Arm64;
#else
    return Arch::X86_64;
#endif
}

Result<Disassembler> Disassembler::create(Arch arch, Syntax syntax)
{
    Disassembler d;
    d.m_handle = std::make_unique<Handle>();
    const cs_arch csArch = arch == Arch::Arm64 ? CS_ARCH_ARM64 : CS_ARCH_X86;
    const cs_mode mode = arch == Arch::X86_64 ? CS_MODE_64 : arch == Arch::X86 ? CS_MODE_32 : CS_MODE_ARM;
    if (const cs_err e = cs_open(csArch, mode, &d.m_handle->handle); e != CS_ERR_OK)
        return makeError(ErrorKind::InvalidArgument,
            QCoreApplication::translate("procglass::Disassembler", "Capstone cannot disassemble for this machine: %1")
                .arg(QString::fromUtf8(cs_strerror(e))));
    if (csArch == CS_ARCH_X86)
        cs_option(d.m_handle->handle, CS_OPT_SYNTAX, syntax == Syntax::Att ? CS_OPT_SYNTAX_ATT : CS_OPT_SYNTAX_INTEL);
    return d;
}

std::vector<Instruction> Disassembler::disassemble(std::span<const std::byte> code, Address address, size_t count) const
{
    std::vector<Instruction> out;
    cs_insn* insn = cs_malloc(m_handle->handle);
    const auto* p = reinterpret_cast<const uint8_t*>(code.data());
    size_t size = code.size();
    uint64_t at = address;
    while (size > 0 && out.size() < count) {
        if (cs_disasm_iter(m_handle->handle, &p, &size, &at, insn)) {
            out.push_back({ insn->address, QByteArray(reinterpret_cast<const char*>(insn->bytes), insn->size),
                QString::fromLatin1(insn->mnemonic), QString::fromLatin1(insn->op_str) });
            continue;
        }
        // Not an instruction: one byte of data, then try again after it.
        out.push_back({ at, QByteArray(1, char(*p)), QStringLiteral(".byte"),
            QStringLiteral("0x%1").arg(*p, 2, 16, QLatin1Char('0')) });
        ++p;
        --size;
        ++at;
    }
    cs_free(insn, 1);
    return out;
}

} // namespace procglass
