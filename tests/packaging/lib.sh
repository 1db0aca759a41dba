# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the packaging checks: what Hearken installs, and how to fail clearly.

readonly APP_ID=org.hearken.Hearken
readonly EXECUTABLE=hearken
# The full program (the window and every command line `hearken` does not serve itself), which
# bin/$EXECUTABLE runs; relative to the install prefix.
readonly FULL_PROGRAM=libexec/hearken/hearken-full
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

# file_owners PATH...: prints "PACKAGE PATH" a line for each path, PACKAGE being the Debian
# package that owns it (either side of the /usr merge) or "-" when none does. One dpkg-query
# answers for all paths.
file_owners() {
    local -A owner_of=()
    local path candidate line packages owner
    local candidates=()
    for path in "$@"; do
        candidates+=("$path" "/usr$path" "${path#/usr}")
    done
    # Lines read "pkg:arch, other: /path"; diversions are not owners.
    while IFS= read -r line; do
        [[ $line == diversion* ]] && continue
        packages=${line%%: /*}
        owner=${packages%%,*}
        owner_of[${line#"$packages: "}]=${owner%%:*}
    done < <(dpkg-query --search "${candidates[@]}" 2>/dev/null || true)
    for path in "$@"; do
        owner=-
        for candidate in "$path" "/usr$path" "${path#/usr}"; do
            if [ -n "${owner_of[$candidate]:-}" ]; then
                owner=${owner_of[$candidate]}
                break
            fi
        done
        echo "$owner $path"
    done
}

# install_closure PACKAGE...: every package `apt-get install --no-install-recommends` brings
# with them, one a line. Alternatives ("a | b") and providers of virtual packages all count;
# the virtual packages themselves ("<name>") are left out.
# A package apt does not know fails: a misspelt name, or apt lists missing.
install_closure() {
    local depends listed package
    depends=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts \
        --no-breaks --no-replaces --no-enhances "$@" 2>&1) ||
        fail "apt-cache depends failed: $depends"
    listed=$(grep -v -e '^ ' -e '^<' -e '^[EWN]: ' <<<"$depends" | sed 's/:.*$//' | sort -u)
    for package in "$@"; do
        grep -qx "$package" <<<"$listed" ||
            fail "apt knows no package $package: is it misspelt, or are the apt lists missing (run apt-get update)?"
    done
    echo "$listed"
}
