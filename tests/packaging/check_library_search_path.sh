#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The program, as built (scripts/run starts it from the build tree) and as installed, must
# not look for its libraries in the working directory: an empty or relative RPATH/RUNPATH
# entry makes the dynamic loader try ./libQt6Core.so.6 first, so a file planted where the
# user runs `hearken` would run inside it.
# Usage: check_library_search_path.sh BUILD_DIR PROGRAM...
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build_dir=$1
shift
programs=("$@")

require_tool readelf binutils
make_scratch_dir
prefix=$scratch_dir/usr
install_build_tree "$build_dir" "$prefix"

problems=()
for binary in "${programs[@]}" "$prefix/bin/$EXECUTABLE" "$prefix/$FULL_PROGRAM"; do
    [ -f "$binary" ] || fail "there is no $binary"
    while read -r kind path; do
        IFS=: read -r -a entries <<<"$path:"
        for entry in "${entries[@]}"; do
            case $entry in
            /* | '$ORIGIN'*) ;;
            *)
                problems+=("$binary: $kind [$path] has an empty or relative entry: the working directory is searched")
                break
                ;;
            esac
        done
    done < <(readelf -d "$binary" | sed -n 's/.*(\(RPATH\|RUNPATH\)).*\[\(.*\)\]/\1 \2/p')
done
[ ${#problems[@]} -eq 0 ] || fail "$(printf '%s\n' "${problems[@]}")"
echo "no RPATH or RUNPATH entry of ${programs[*]} or their installed copies names the working directory"
