#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Procglass developers
# SPDX-License-Identifier: GPL-2.0-or-later

# The reuse_lint test (tests/CMakeLists.txt): `reuse lint` on the source tree, so that a file
# added without a license header fails the suite (scripts/spdx-headers adds them). Exits 77, which
# ctest reports as skipped, when reuse is missing or the tree is not a git checkout: reuse reads
# .gitignore only through git, and without it would lint every build tree inside the source tree.
# Usage: tests/reuse-lint.sh SOURCE_DIR
set -euo pipefail
source_dir=$(cd "${1:?usage: reuse-lint.sh SOURCE_DIR}" && pwd -P)
if ! command -v reuse >/dev/null; then
    echo "SKIP: reuse is not installed (scripts/setup installs it)"
    exit 77
fi
if ! command -v git >/dev/null || [[ "$(git -C "$source_dir" rev-parse --show-toplevel 2>/dev/null)" != "$source_dir" ]]; then
    echo "SKIP: $source_dir is not a git checkout (a source tarball?): reuse would lint its build trees too"
    exit 77
fi
exec reuse --root "$source_dir" lint
