# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the packaging checks: what Hearken installs, and how to fail clearly.

readonly APP_ID=org.hearken.Hearken
readonly EXECUTABLE=hearken
readonly ICON_SIZES=(16 22 24 32 48 64 128 256)

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# require_tool TOOL DEBIAN_PACKAGE: a missing tool fails the test, never skips it.
require_tool() {
    command -v "$1" >/dev/null 2>&1 ||
        fail "'$1' is missing: install the Debian package $2 (scripts/lib/packages.sh lists it)"
}

# A directory removed when the script exits, however it exits.
make_scratch_dir() {
    scratch_dir=$(mktemp -d "${TMPDIR:-/tmp}/hearken-packaging.XXXXXX")
    trap 'rm -rf "$scratch_dir"' EXIT
}

# install_build_tree BUILD_DIR PREFIX: installs the build tree as `cmake --install` would for
# a distribution.
install_build_tree() {
    cmake --install "$1" --prefix "$2" >"$scratch_dir/install.log" 2>&1 || {
        cat "$scratch_dir/install.log" >&2
        fail "cmake --install $1 failed"
    }
}
