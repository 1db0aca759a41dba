#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Would scripts/run and scripts/test work on a fresh Debian 12 machine? A machine that has
# everything installed cannot tell, so this asks, of every file the build and the built
# programs use, which Debian package owns it, and fails naming each package that the package
# lists neither name nor pull in through Depends (the scripts install without Recommends).
#   scripts/run's packages must cover what a release configure finds (the CMake package
#   configs of its *_DIR entries), the libraries the app links, and everything the app loads
#   while it runs: its window under X11, a command, a PDF report (libraries and Qt plugins).
#   scripts/run's and scripts/test's packages together must cover what the build tree's
#   configure found and the libraries every program in it links.
# Usage: check_install_closure.sh PACKAGES_FILE SOURCE_DIR BUILD_DIR APP FULL_APP
# (APP is the `hearken` command, FULL_APP the full program it runs for the window and the PDF.)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
packages_file=$1
source_dir=$2
build_dir=$3
app=$4
full_app=$5

require_tool apt-cache apt
require_tool dpkg-query dpkg
require_tool ldd libc-bin
require_tool cmake cmake
require_tool xvfb-run xvfb
make_scratch_dir
source "$packages_file"

run_closure=$(install_closure "${HEARKEN_BUILD_PACKAGES[@]}")
test_closure=$(install_closure "${HEARKEN_BUILD_PACKAGES[@]}" "${HEARKEN_TEST_PACKAGES[@]}")

# What needs a package, one "SCOPE PATH WHY" a line: SCOPE "run" for what scripts/run installs,
# "test" for what scripts/test installs (both lists).
needs=$scratch_dir/needs
: >"$needs"

# need_cmake_packages SCOPE CACHE WHY: the CMake package configs a configure found.
need_cmake_packages() {
    local dir config
    sed -n 's/^[A-Za-z0-9_.-]*_DIR:PATH=\(\/usr\/.*\)$/\1/p' "$2" | sort -u | while read -r dir; do
        for config in "$dir"/*Config.cmake "$dir"/*-config.cmake; do
            [ -f "$config" ] && echo "$1 $config $3"
        done
    done >>"$needs"
}

# need_linked_libraries SCOPE PROGRAM: the shared libraries PROGRAM links, as ldd resolves them.
need_linked_libraries() {
    local resolved missing
    resolved=$(ldd "$2") || fail "ldd cannot read $2"
    missing=$(awk '$2 == "=>" && $3 == "not" { print $1 }' <<<"$resolved")
    [ -z "$missing" ] || fail "$2 links libraries this machine lacks: $missing"
    awk -v scope="$1" -v program="$(basename "$2")" \
        '$2 == "=>" && $3 ~ /^\// { print scope, $3, program " links it" }' <<<"$resolved" >>"$needs"
}

# need_loaded_files SCOPE LD_DEBUG_FILE WHY: every library the dynamic loader started in a
# traced run, the Qt plugins included.
need_loaded_files() {
    sed -n 's/^ *[0-9]*:[[:space:]]*calling init: \(\/.*\)$/\1/p' "$2" | sort -u |
        awk -v scope="$1" -v why="$3" '{ print scope, $0, why }' >>"$needs"
}

# The release configure scripts/run does.
cmake -S "$source_dir" -B "$scratch_dir/release" --preset release >"$scratch_dir/release.log" 2>&1 || {
    cat "$scratch_dir/release.log" >&2
    fail "cmake --preset release fails to configure"
}
need_cmake_packages run "$scratch_dir/release/CMakeCache.txt" "scripts/run's configure uses it"
need_cmake_packages test "$build_dir/CMakeCache.txt" "the build tree's configure uses it"

need_linked_libraries run "$app"
need_linked_libraries run "$full_app"
programs=0
while IFS= read -r -d '' program; do
    [ "$(head -c 4 "$program" | tr -d '\0')" = $'\x7fELF' ] || continue
    need_linked_libraries test "$program"
    programs=$((programs + 1))
# Skips the test peers' npm packages: npm, not Debian, installs what their native parts link.
done < <(find "$build_dir" \( -path '*/CMakeFiles' -o -name node_modules \) -prune -o \
    -type f -perm -u+x -print0)
[ "$programs" -gt 2 ] || fail "found no programs besides the two programs of the app in $build_dir"

# The app's runs, traced by the dynamic loader: `"${traced[@]}" LD_DEBUG_OUTPUT=$trace.NAME
# COMMAND...` writes $trace.NAME.PID. Its settings and data go to the scratch directory, and
# what a desktop session adds (its platform, theme, input method) stays out: the desktop
# installs those.
export XDG_CONFIG_HOME=$scratch_dir/config XDG_DATA_HOME=$scratch_dir/data
export XDG_CACHE_HOME=$scratch_dir/cache XDG_RUNTIME_DIR=$scratch_dir/runtime
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
trace=$scratch_dir/trace
workspace=$scratch_dir/sample.hearken
traced=(env -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION -u QT_QPA_PLATFORM -u QT_QPA_PLATFORMTHEME
    -u QT_IM_MODULE -u QT_STYLE_OVERRIDE -u QT_PLUGIN_PATH -u GTK_MODULES LD_DEBUG=files)
"${traced[@]}" LD_DEBUG_OUTPUT="$trace.command" "$app" import-sample 300 --workspace "$workspace" \
    >"$scratch_dir/command.log" 2>&1 ||
    fail "hearken import-sample failed: $(cat "$scratch_dir/command.log")"
"${traced[@]}" LD_DEBUG_OUTPUT="$trace.report" "$app" report --workspace "$workspace" \
    --from "$(date -d '-365 days' +%F)" --to "$(date +%F)" --format pdf \
    --output "$scratch_dir/report.pdf" \
    >"$scratch_dir/report.log" 2>&1 ||
    fail "hearken report --format pdf failed: $(cat "$scratch_dir/report.log")"

# The window under X11 opens the workspace and settles: it runs until it has loaded nothing new
# for 3 seconds (30 at most), then ends.
xvfb-run -a -s "-screen 0 1280x800x24" \
    "${traced[@]}" QT_QPA_PLATFORM=xcb LD_DEBUG_OUTPUT="$trace.window" "$app" --workspace "$workspace" \
    >"$scratch_dir/window.log" 2>&1 &
xvfb_run_pid=$!
window_trace=
previous=-1
quiet=0
for _ in $(seq 60); do
    sleep 0.5
    window_trace=$(ls "$trace".window.* 2>/dev/null | head -n 1 || true)
    [ -n "$window_trace" ] || continue
    loaded=$(grep -c 'calling init' "$window_trace" || true)
    if [ "$loaded" = "$previous" ]; then
        quiet=$((quiet + 1))
        [ "$quiet" -ge 6 ] && break
    else
        quiet=0
        previous=$loaded
    fi
done
[ -n "$window_trace" ] || {
    cat "$scratch_dir/window.log" >&2
    fail "the window never started under xvfb-run"
}
kill "${window_trace##*.}" 2>/dev/null || true
wait "$xvfb_run_pid" || true

for run in "$trace".command.* "$trace".report.*; do
    name=${run#"$trace".}
    need_loaded_files run "$run" "hearken's ${name%.*} loads it"
done
need_loaded_files run "$window_trace" "hearken's window loads it"

# The traces must show the plugins a desktop session loads, or they prove nothing.
plugins=$(awk '{ print $2 }' "$needs" | grep '/qt6/plugins/' | sed 's|.*/qt6/plugins/||' | sort -u)
for plugin in platforms/libqxcb.so platforms/libqoffscreen.so sqldrivers/libqsqlite.so; do
    grep -qx "$plugin" <<<"$plugins" || fail "the traced runs never loaded the Qt plugin $plugin; they loaded: $plugins"
done
echo "Qt plugins the app loads:" $plugins

# Each needed file's owner, checked against the closure its scope installs.
mapfile -t paths < <(awk '{ print $2 }' "$needs" | sort -u)
declare -A owner_of=()
while read -r owner path; do
    owner_of[$path]=$owner
done < <(file_owners "${paths[@]}")
declare -A installed_by_run=() installed_by_test=()
for package in $run_closure; do installed_by_run[$package]=1; done
for package in $test_closure; do installed_by_test[$package]=1; done
unowned=()
missing=()
declare -A reported=()
while read -r scope path why; do
    owner=${owner_of[$path]}
    if [ "$owner" = - ]; then
        unowned+=("$path ($why)")
        continue
    fi
    if [ "$scope" = run ]; then
        [ -n "${installed_by_run[$owner]:-}" ] && continue
    else
        [ -n "${installed_by_test[$owner]:-}" ] && continue
    fi
    [ -n "${reported[$owner $path]:-}" ] && continue
    reported[$owner $path]=1
    missing+=("missing $owner for scripts/$scope: $path ($why)")
done <"$needs"
[ ${#unowned[@]} -eq 0 ] || fail "no Debian package owns: ${unowned[*]}"

echo "$(wc -l <"$needs") needs from ${#paths[@]} files in $(printf '%s\n' "${owner_of[@]}" | sort -u | wc -l) packages;" \
    "scripts/run installs ${#installed_by_run[@]} packages, scripts/test ${#installed_by_test[@]}"
if [ ${#missing[@]} -gt 0 ]; then
    printf '%s\n' "${missing[@]}" | sort >&2
    fail "a fresh Debian 12 machine would lack $(printf '%s\n' "${missing[@]}" | cut -d' ' -f2 | sort -u | paste -sd' '):" \
        "$packages_file neither names them nor pulls them in through Depends" \
        "(HEARKEN_BUILD_PACKAGES is what scripts/run installs, scripts/test adds HEARKEN_TEST_PACKAGES)"
fi
