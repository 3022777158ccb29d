// SPDX-FileCopyrightText: 2026 The Procglass developers
// SPDX-License-Identifier: GPL-2.0-or-later

// libFuzzer harness: a bundle directory someone hands you, opened and read as the hex view does.
// Input: the bundle's files one after another, each after a header line of its own:
//   @@ manifest.json            a regular file; its bytes follow, up to the newline before the next
//   {"format": ...}             header (or the end of the input)
//   @@ maps
//   ...
//   @@ r0000.bin -> r0001.bin   a symbolic link (to a file of the bundle, /dev/null or /dev/zero)
// Names are [A-Za-z0-9._-], at most 64 characters, not "." or ".."; others are left out, and so
// are files after the 16th. Input without a header line at its start is manifest.json alone.

#include "core/io/bundlesource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <unistd.h>

namespace {

bool goodName(std::string_view name)
{
    if (name.empty() || name.size() > 64 || name == "." || name == "..")
        return false;
    for (char c : name) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                || c == '-'))
            return false;
    }
    return true;
}

void writeFiles(const QString& directory, std::string_view input)
{
    constexpr std::string_view header = "@@ ";
    if (!input.starts_with(header)) {
        QFile f(directory + QStringLiteral("/manifest.json"));
        if (f.open(QIODevice::WriteOnly))
            f.write(input.data(), qsizetype(input.size()));
        return;
    }
    size_t at = 0;
    for (int files = 0; at < input.size() && files < 16; ++files) {
        const size_t eol = input.find('\n', at);
        const std::string_view line
            = input.substr(at + header.size(), eol == input.npos ? input.npos : eol - at - header.size());
        const size_t next = eol == input.npos ? input.npos : input.find("\n@@ ", eol);
        // Empty when the next header follows right away (the "\n" found is the one ending this header).
        const std::string_view body = eol == input.npos || next == eol
            ? std::string_view()
            : input.substr(eol + 1, next == input.npos ? input.npos : next - eol - 1);
        at = next == input.npos ? input.size() : next + 1;
        const size_t arrow = line.find(" -> ");
        const std::string_view name = line.substr(0, arrow);
        if (!goodName(name))
            continue;
        const QByteArray path = QFile::encodeName(directory) + '/' + QByteArray(name.data(), qsizetype(name.size()));
        if (arrow != line.npos) {
            const std::string_view target = line.substr(arrow + 4);
            if (goodName(target) || target == "/dev/null" || target == "/dev/zero")
                (void)::symlink(std::string(target).c_str(), path.constData());
            continue;
        }
        QFile f(QFile::decodeName(path));
        if (f.open(QIODevice::WriteOnly))
            f.write(body.data(), qsizetype(body.size()));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace procglass;
    static QTemporaryDir base;
    const QString directory = base.path() + QStringLiteral("/bundle");
    QDir(directory).removeRecursively();
    if (!QDir().mkdir(directory))
        __builtin_trap(); // the temporary folder is gone: nothing can be tested
    writeFiles(directory, std::string_view(reinterpret_cast<const char*>(data), size));
    auto bundle = BundleSource::open(directory);
    if (!bundle)
        return 0;
    (void)(*bundle)->description();
    const auto regions = (*bundle)->regions();
    if (!regions)
        return 0;
    // Both ends of the first mappings, and across the first gap, 4 KiB at a time.
    std::vector<std::byte> buffer(4096);
    int read = 0;
    for (const Region& r : *regions) {
        if (++read > 32)
            break;
        (void)(*bundle)->read(r.range.start, buffer);
        (void)(*bundle)->read(r.range.end - std::min<quint64>(r.range.size(), buffer.size()), buffer);
    }
    return 0;
}
