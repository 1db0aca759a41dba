#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check_install_closure.sh can fail: given package lists without Qt Charts' development files,
# the OpenGL development files and Qt's SVG library, it names the package behind each thing
# the build or the app would lack: a CMake config, a linked library, a Qt plugin.
# Usage: check_install_closure_names_missing.sh PACKAGES_FILE SOURCE_DIR BUILD_DIR APP FULL_APP
set -euo pipefail
source "$(dirname "$0")/lib.sh"
packages_file=$1
make_scratch_dir

removed=(qt6-charts-dev libqt6opengl6-dev libqt6svg6)
reduced=$scratch_dir/packages.sh
cat >"$reduced" <<EOF
source "$(realpath "$packages_file")"
mapfile -t HEARKEN_BUILD_PACKAGES < <(printf '%s\n' "\${HEARKEN_BUILD_PACKAGES[@]}" | grep -vx $(printf -- '-e %s ' "${removed[@]}"))
EOF
# The reduced lists really lack them.
(
    source "$reduced"
    for package in "${removed[@]}"; do
        printf '%s\n' "${HEARKEN_BUILD_PACKAGES[@]}" "${HEARKEN_TEST_PACKAGES[@]}" | grep -qx "$package" &&
            fail "the reduced package lists still name $package"
    done
    true
)

if "$(dirname "$0")/check_install_closure.sh" "$reduced" "${@:2}" >"$scratch_dir/out" 2>&1; then
    cat "$scratch_dir/out" >&2
    fail "check_install_closure.sh passed package lists without ${removed[*]}"
fi
cat "$scratch_dir/out"
expect_named() {
    grep -q "^missing $1 .*$2" "$scratch_dir/out" || fail "check_install_closure.sh did not name $1 for $2"
}
expect_named qt6-charts-dev "Qt6ChartsConfig.cmake"
expect_named libqt6opengl6-dev "Qt6OpenGLConfig.cmake"
expect_named libqt6charts6 "libQt6Charts.so"
expect_named libqt6svg6 "iconengines/libqsvgicon.so"
