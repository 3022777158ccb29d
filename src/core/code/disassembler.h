// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "core/model/address.h"
#include "core/model/error.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <span>
#include <vector>

namespace procglass {

struct Instruction
{
    Address address = 0;
    QByteArray bytes;
    QString mnemonic; // ".byte" where the bytes decode to nothing
    QString operands;
    [[nodiscard]] bool isData() const { return mnemonic == QLatin1StringView(".byte"); }
    [[nodiscard]] QString text() const { return operands.isEmpty() ? mnemonic : mnemonic + u' ' + operands; }
};

// Capstone, for the machine a process runs on: x86-64, i386, or AArch64.
class Disassembler
{
public:
    enum class Arch { X86_64, X86, Arm64 };
    enum class Syntax { Intel, Att };

    [[nodiscard]] static Result<Disassembler> create(Arch arch, Syntax syntax = Syntax::Intel);
    // The architecture of an ELF e_machine (EM_X86_64, EM_386, EM_AARCH64), or of this build.
    [[nodiscard]] static Arch archForMachine(int machine);
    [[nodiscard]] static Arch nativeArch();
    ~Disassembler();
    Disassembler(Disassembler&& other) noexcept;
    Disassembler& operator=(Disassembler&& other) noexcept;

    // Decodes up to count instructions from code, which starts at address. Bytes that do not
    // decode become one ".byte" entry each, and decoding goes on after them.
    [[nodiscard]] std::vector<Instruction> disassemble(
        std::span<const std::byte> code, Address address, size_t count = ~size_t(0)) const;

private:
    Disassembler() = default;
    struct Handle;
    std::unique_ptr<Handle> m_handle;
};

} // namespace procglass
