# shellcheck shell=bash
# SPDX-FileCopyrightText: 2026 The Procglass developers
# SPDX-License-Identifier: GPL-2.0-or-later

# Shared by the scripts that run Procglass in a Debian chroot (scripts/debian13,
# scripts/debian12-package): sourced, never run. It defines functions only; the script that sources
# it defines say() (its own message prefix) and calls them:
#
#   require_root VARS "$@"       re-runs the script under sudo (keeping the comma-separated
#                                environment VARS) when it is not root, or stops
#   install_cleanup_trap         on every way out: unmount what mount_in_chroot mounted (last
#                                first), then call the script's own chroot_exit_hook if it has one
#   lock_chroot DIR              one run at a time per DIR (DIR.lock); a second run waits
#   mirror_uri                   the Debian mirror of this machine's apt sources
#   make_chroot SUITE DIR        debootstrap a minbase SUITE into DIR unless DIR is complete
#                                (DIR/.procglass-complete); a half-made DIR is made again
#   mount_chroot_filesystems DIR /proc, /dev/pts, /dev/shm and /tmp for a run in DIR
#   run_in_chroot DIR COMMAND... COMMAND in DIR as root, with a clean environment (plus CI);
#                                COMMAND may start with NAME=VALUE settings, as env(1) takes them
#
# Needs bash 4.3 or newer (negative array indices).

require_root() { # VARS-TO-KEEP SCRIPT-ARGUMENTS...
    local keep=$1
    shift
    ((EUID == 0)) && return 0
    if command -v sudo >/dev/null 2>&1; then
        exec sudo --preserve-env="$keep" "$0" "$@"
    fi
    say "needs root (debootstrap, chroot and mount); run it as root or install sudo"
    exit 1
}

# The first Debian archive URI in this machine's apt sources (deb822 .sources files first, then
# sources.list), skipping the security archive, whose layout differs.
mirror_uri() {
    local f uri
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ -r "$f" ]] || continue
        while read -r uri; do
            [[ "$uri" == *security* ]] && continue
            echo "$uri"
            return 0
        done < <(sed -n 's/^URIs:[[:space:]]*//p' "$f" | tr ' ' '\n' | sed '/^$/d')
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -r "$f" ]] || continue
        uri=$(awk '$1 == "deb" { for (i = 2; i <= NF; ++i) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' "$f" |
            grep -v security | head -n1 || true)
        if [[ -n "$uri" ]]; then
            echo "$uri"
            return 0
        fi
    done
    return 1
}

mounted=()
chroot_cleanup() {
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; --i)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
    done
    mounted=()
    if declare -F chroot_exit_hook >/dev/null; then
        chroot_exit_hook
    fi
}

install_cleanup_trap() {
    trap chroot_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

mount_in_chroot() { # TYPE-OPTIONS... TARGET
    local target=${*: -1}
    mkdir -p "$target"
    # Noted before mounting: a signal in between must not leave a mount nobody unmounts (an
    # umount of what is not mounted fails harmlessly in chroot_cleanup).
    mounted+=("$target")
    mount "${@:1:$#-1}" "$target"
}

mount_chroot_filesystems() { # DIR
    mount_in_chroot -t proc proc "$1/proc"
    mount_in_chroot -t devpts -o newinstance,ptmxmode=0666 devpts "$1/dev/pts"
    mount_in_chroot -t tmpfs -o mode=1777,nosuid,nodev shm "$1/dev/shm"
    mount_in_chroot -t tmpfs -o mode=1777,nosuid,nodev tmp "$1/tmp"
}

# Anything mounted below DIR (a run cut off before its trap ran)? Never delete through a mount.
has_mounts_below() { # DIR
    local dir
    dir=$(realpath -m "$1")
    findmnt -rn -o TARGET | awk -v d="$dir/" 'index($0, d) == 1 { found = 1 } END { exit !found }'
}

# Held on fd 9 until the script exits: runs in a chroot share its /proc and /tmp mounts.
lock_chroot() { # DIR
    mkdir -p "$(dirname "$1")"
    exec 9>"$1.lock"
    if ! flock -n 9; then
        say "waiting for another run in $1 to finish"
        flock 9
    fi
}

make_chroot() { # SUITE DIR
    local suite=$1 dir=$2 mirror start
    [[ -e "$dir/.procglass-complete" ]] && return 0
    mirror=$(mirror_uri) || {
        say "no Debian mirror found in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list"
        exit 1
    }
    if ! command -v debootstrap >/dev/null 2>&1; then
        say "installing debootstrap"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
    fi
    # A half-made chroot (an earlier run cut off) is thrown away -- but only one this script made
    # (it carries .procglass-chroot) or an empty folder: a mistyped PROCGLASS_CHROOT must not cost
    # anybody a directory. Never follow mounts out of it.
    case "$dir" in
    / | "$HOME" | /home | /root | /var | /var/cache | /usr | /srv | /tmp | "")
        say "refusing to make a chroot in $dir"
        exit 1
        ;;
    /*) ;;
    *)
        say "the chroot folder must be an absolute path, not $dir"
        exit 1
        ;;
    esac
    if [[ -e "$dir" ]]; then
        if [[ ! -e "$dir/.procglass-chroot" && -n "$(ls -A "$dir")" ]]; then
            say "$dir exists and is not a chroot made by Procglass (no .procglass-chroot in it); remove it or choose another folder"
            exit 1
        fi
        if has_mounts_below "$dir"; then
            say "$dir still has something mounted in it; unmount it first"
            exit 1
        fi
        rm -rf --one-file-system "$dir"
    fi
    mkdir -p "$dir"
    touch "$dir/.procglass-chroot"
    say "debootstrap $suite into $dir"
    start=$SECONDS
    debootstrap --variant=minbase "$suite" "$dir" "$mirror" >/dev/null
    say "debootstrap took $((SECONDS - start)) s"
    touch "$dir/.procglass-complete"
}

run_in_chroot() { # DIR COMMAND...
    local dir=$1
    shift
    chroot "$dir" /usr/bin/env -i \
        HOME=/root LANG=C.UTF-8 PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        CI="${CI:-}" \
        "$@"
}
