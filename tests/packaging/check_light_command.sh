#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The `hearken` command starts like a command: as built and as installed, it links only Qt
# Core, Qt Sql, SQLite and the C and C++ runtimes (readelf's NEEDED), and nothing it loads
# (ldd, through those) draws, talks to the network or to the keychain. Every library loaded
# costs the start of `hearken queue` even when nothing in it runs; the full program has them.
# Usage: check_light_command.sh BUILD_DIR PROGRAM
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build_dir=$1
program=$2

require_tool readelf binutils
require_tool ldd libc-bin
make_scratch_dir
prefix=$scratch_dir/usr
install_build_tree "$build_dir" "$prefix"

allowed=(libQt6Core.so.6 libQt6Sql.so.6 libsqlite3.so.0 libstdc++.so.6 libm.so.6 libgcc_s.so.1
    libc.so.6)
# What the full program brings: the toolkit, the network, the keychain and its D-Bus, TLS.
forbidden='libQt6(Gui|Widgets|Network|WebSockets|DBus|Charts|PrintSupport|OpenGL[A-Za-z]*)\.so|libqt6keychain|libcrypto|libQCoro'

problems=()
for binary in "$program" "$prefix/bin/$EXECUTABLE"; do
    [ -f "$binary" ] || fail "there is no $binary"
    needed=$(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    [ -n "$needed" ] || fail "readelf found no NEEDED entries in $binary"
    for library in $needed; do
        printf '%s\n' "${allowed[@]}" | grep -qxF "$library" ||
            problems+=("$binary links $library")
    done
    loaded=$(ldd "$binary" | awk '{ print $1 }')
    while read -r library; do
        problems+=("$binary loads $library")
    done < <(grep -E "$forbidden" <<<"$loaded" || true)
    echo "$binary links: $(paste -sd' ' <<<"$needed"); loads $(wc -l <<<"$loaded") libraries"
done
[ ${#problems[@]} -eq 0 ] || fail "$(printf '%s\n' "${problems[@]}")"
