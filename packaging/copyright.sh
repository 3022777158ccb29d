#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Procglass developers
# SPDX-License-Identifier: GPL-2.0-or-later

# Writes the Debian package's /usr/share/doc/procglass/copyright (machine-readable, DEP-5) from the
# REUSE data: each named source file's SPDX header or, for the files that cannot carry one, its
# .reuse/dep5 stanza; the header fields (Upstream-Name, Upstream-Contact, Source) come from
# .reuse/dep5 too. The first file stands for the code ("Files: *"); the others are the installed
# files made from sources under another license, grouped by copyright and license. The license
# texts Debian ships in /usr/share/common-licenses are referred to there (lintian wants that);
# any other license is copied in full from LICENSES/.
# Run at build time by packaging/cpack.cmake, so that it cannot drift from the headers.
#
# Usage: packaging/copyright.sh SOURCE_DIR OUTPUT CODE_FILE [FILE...]   (paths relative to SOURCE_DIR)
set -euo pipefail
if (($# < 3)); then
    echo "usage: copyright.sh SOURCE_DIR OUTPUT CODE_FILE [FILE...]" >&2
    exit 2
fi
source_dir=$1 output=$2
shift 2
dep5=$source_dir/.reuse/dep5
# Split so that reuse, which reads this file too, does not take them for this file's own tags.
copyright_tag="SPDX-FileCopyright""Text:"
license_tag="SPDX-License""-Identifier:"

fail() {
    echo "packaging/copyright.sh: $*" >&2
    exit 1
}

# A tag's values in a file, one a line, without the comment syntax around them.
tag_values() { # TAG FILE
    grep -F -- "$1" "$2" | sed -e "s/.*$1[[:space:]]*//" -e 's/[[:space:]]*\(-->\|\*\/\)\{0,1\}[[:space:]]*$//' || true
}

# The .reuse/dep5 stanzas as "PATTERNS<TAB>COPYRIGHT<TAB>LICENSE" lines (continuation lines joined
# with spaces for Files, with "; " for Copyright), and its header's field VALUE.
dep5_stanzas() {
    [[ -f "$dep5" ]] || return 0
    awk '
        function flush() { if (files != "") print files "\t" copyright "\t" license; files = copyright = license = ""; field = "" }
        /^[[:space:]]*$/ { flush(); next }
        /^[^[:space:]]/ {
            field = $0; sub(/:.*/, "", field); value = $0; sub(/^[^:]*:[[:space:]]*/, "", value)
            if (field == "Files") files = value
            else if (field == "Copyright") copyright = value
            else if (field == "License") license = value
            next
        }
        {
            value = $0; sub(/^[[:space:]]+/, "", value)
            if (field == "Files") files = files " " value
            else if (field == "Copyright") copyright = copyright "; " value
        }
        END { flush() }' "$dep5"
}
dep5_header() { # FIELD
    [[ -f "$dep5" ]] || return 0
    awk -v field="$1" '/^[[:space:]]*$/ { exit } index($0, field ":") == 1 { sub(/^[^:]*:[[:space:]]*/, ""); print; exit }' "$dep5"
}

# "COPYRIGHT<TAB>LICENSE" of a source file (copyright lines joined with "; ").
license_of() { # PATH (relative)
    local path=$1 file=$source_dir/$1 copyright license stanza patterns result=""
    [[ -f "$file" ]] || fail "$path: no such file"
    license=$(tag_values "$license_tag" "$file" | head -n1)
    if [[ -n "$license" ]]; then
        copyright=$(tag_values "$copyright_tag" "$file" | paste -sd ';' - | sed 's/;/; /g')
        [[ -n "$copyright" ]] || fail "$path: a license header without a copyright line"
        printf '%s\t%s\n' "$copyright" "$license"
        return
    fi
    # DEP-5: the last stanza that matches wins; * matches '/' too, as in bash's [[ == ]].
    while IFS=$'\t' read -r patterns copyright license; do
        read -r -a stanza <<<"$patterns"
        for pattern in "${stanza[@]}"; do
            # shellcheck disable=SC2053 # the pattern is meant to glob
            if [[ "$path" == $pattern ]]; then
                result=$(printf '%s\t%s' "$copyright" "$license")
            fi
        done
    done < <(dep5_stanzas)
    [[ -n "$result" ]] || fail "$path: no license header and no .reuse/dep5 stanza (scripts/spdx-headers adds headers)"
    printf '%s\n' "$result"
}

# A field whose value continues on further lines (DEP-5: one space before each).
field() { # NAME VALUE-LINES...
    local name=$1
    shift
    printf '%s: %s\n' "$name" "$1"
    shift
    (($# == 0)) || printf ' %s\n' "$@"
}

# The text of a License paragraph (after the License: line).
license_text() { # ID
    case "$1" in
    GPL-2.0-or-later)
        cat <<'EOF'
 This program is free software; you can redistribute it and/or modify
 it under the terms of the GNU General Public License as published by
 the Free Software Foundation; either version 2 of the License, or
 (at your option) any later version.
 .
 This program is distributed in the hope that it will be useful,
 but WITHOUT ANY WARRANTY; without even the implied warranty of
 MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 GNU General Public License for more details.
 .
 On Debian systems, the complete text of the GNU General Public License
 version 2 can be found in "/usr/share/common-licenses/GPL-2".
EOF
        ;;
    CC0-1.0)
        cat <<'EOF'
 To the extent possible under law, the authors have dedicated all
 copyright and related and neighboring rights to this work to the public
 domain worldwide. This work is distributed without any warranty.
 .
 On Debian systems, the complete text of the CC0 1.0 Universal Public
 Domain Dedication can be found in "/usr/share/common-licenses/CC0-1.0".
EOF
        ;;
    *)
        # Not in common-licenses (CC-BY-SA-4.0 among them): the whole text, as DEP-5 writes it.
        local text=$source_dir/LICENSES/$1.txt
        [[ -f "$text" ]] || fail "no LICENSES/$1.txt for license $1"
        sed -e 's/[[:space:]]*$//' -e 's/^$/./' -e 's/^/ /' "$text"
        ;;
    esac
}

code_file=$1
shift
IFS=$'\t' read -r code_copyright code_license < <(license_of "$code_file")

# The other files, grouped by "COPYRIGHT<TAB>LICENSE" in the order they are first named.
declare -A group_files=()
groups=()
for path in "$@"; do
    key=$(license_of "$path")
    [[ "$key" == "$code_copyright"$'\t'"$code_license" ]] && continue # "Files: *" says it already
    if [[ -z "${group_files[$key]+set}" ]]; then
        groups+=("$key")
        group_files[$key]=$path
    else
        group_files[$key]+=" $path"
    fi
done

licenses=("$code_license")
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
{
    echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
    name=$(dep5_header Upstream-Name)
    echo "Upstream-Name: ${name:-Procglass}"
    contact=$(dep5_header Upstream-Contact)
    [[ -z "$contact" ]] || echo "Upstream-Contact: $contact"
    source=$(dep5_header Source)
    [[ -z "$source" ]] || echo "Source: $source"
    echo
    echo "Files: *"
    IFS=';' read -r -a lines <<<"${code_copyright//; /;}"
    field Copyright "${lines[@]}"
    echo "License: $code_license"
    for key in "${groups[@]}"; do
        IFS=$'\t' read -r copyright license <<<"$key"
        read -r -a files <<<"${group_files[$key]}"
        echo
        field Files "${files[@]}"
        IFS=';' read -r -a lines <<<"${copyright//; /;}"
        field Copyright "${lines[@]}"
        echo "License: $license"
        [[ " ${licenses[*]} " == *" $license "* ]] || licenses+=("$license")
    done
    for license in "${licenses[@]}"; do
        echo
        echo "License: $license"
        license_text "$license"
    done
} >"$tmp"
chmod 644 "$tmp"
mkdir -p "$(dirname "$output")"
mv "$tmp" "$output"
trap - EXIT
