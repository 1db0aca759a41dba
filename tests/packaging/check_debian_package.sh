#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack and inspects it: the files a desktop needs are in it, its
# Depends cover every library the two programs link (objdump's NEEDED, owners from dpkg) and
# every Qt plugin it loads at run time, and it recommends a colour emoji font.
# Usage: check_debian_package.sh BUILD_DIR PLUGIN_FILE...
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build_dir=$1
shift
runtime_plugins=("$@")

require_tool cpack cmake
require_tool dpkg-deb dpkg
require_tool dpkg-shlibdeps dpkg-dev
require_tool objdump binutils
require_tool file file
make_scratch_dir

cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$scratch_dir" >"$scratch_dir/cpack.log" 2>&1 || {
    cat "$scratch_dir/cpack.log" >&2
    fail "cpack -G DEB failed"
}
packages=("$scratch_dir"/"$EXECUTABLE"_*.deb)
[ ${#packages[@]} -eq 1 ] && [ -f "${packages[0]}" ] || fail "cpack wrote no single ${EXECUTABLE}_*.deb"
deb=${packages[0]}
dpkg-deb --info "$deb"

[ "$(dpkg-deb --field "$deb" Package)" = "$EXECUTABLE" ] || fail "the package is not named $EXECUTABLE"
depends=$(dpkg-deb --field "$deb" Depends)
# One package name a line, alternatives and version constraints dropped.
depended_packages=$(tr ',|' '\n\n' <<<"$depends" | sed -e 's/(.*)//' -e 's/:any//' -e 's/[[:space:]]//g' | sed '/^$/d')
expect_dependency() {
    grep -qx "$1" <<<"$depended_packages" || fail "Depends lacks $1 ($2): $depends"
}
expect_dependency libqt6sql6-sqlite "the SQLite driver plugin"
expect_dependency libqt6svg6 "the SVG icon engine plugin"
for qt_library in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6; do
    expect_dependency "$qt_library" "a Qt library the program links"
done
recommends=$(dpkg-deb --field "$deb" Recommends)
tr ',' '\n' <<<"$recommends" | sed 's/[[:space:]]//g' | grep -qx fonts-noto-color-emoji ||
    fail "Recommends lacks fonts-noto-color-emoji (emoji are empty boxes without it): $recommends"

contents=$(dpkg-deb --contents "$deb" | awk '{ print $NF }')
expect_in_package() {
    grep -qx "./usr/$1" <<<"$contents" || fail "the package lacks /usr/$1"
}
expect_in_package "bin/$EXECUTABLE"
expect_in_package "$FULL_PROGRAM"
expect_in_package "share/applications/$APP_ID.desktop"
expect_in_package "share/metainfo/$APP_ID.metainfo.xml"
expect_in_package "share/icons/hicolor/scalable/apps/$APP_ID.svg"
for size in "${ICON_SIZES[@]}"; do
    expect_in_package "share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
expect_in_package "share/doc/$EXECUTABLE/copyright"
expect_in_package "share/licenses/$EXECUTABLE/LICENSE"
expect_in_package "lib/systemd/system/hearken-serve.service"
expect_in_package "share/doc/$EXECUTABLE/examples/serve.env"

# The Debian package that owns a file.
owning_package() {
    local owner
    owner=$(file_owners "$1" | cut -d' ' -f1)
    [ "$owner" != - ] && echo "$owner"
}

dpkg-deb --extract "$deb" "$scratch_dir/root"
for program in "$scratch_dir/root/usr/bin/$EXECUTABLE" "$scratch_dir/root/usr/$FULL_PROGRAM"; do
    name=$(basename "$program")
    file --brief "$program" | grep -q ', stripped$' || fail "the packaged $name is not stripped"
    needed_libraries=$(objdump -p "$program" | awk '$1 == "NEEDED" { print $2 }')
    [ -n "$needed_libraries" ] || fail "objdump found no NEEDED entries in the packaged $name"
    resolved=$(ldd "$program")
    for library in $needed_libraries; do
        # ldd writes "lib => path (address)", and "path (address)" for the dynamic loader.
        path=$(awk -v lib="$library" '$1 == lib && $2 == "=>" { print $3 }
            $1 ~ ("/" lib "$") { print $1 }' <<<"$resolved")
        [ -n "$path" ] || fail "$library, which $name needs, is not found on this system"
        package=$(owning_package "$path") || fail "no Debian package owns $path"
        expect_dependency "$package" "it ships $library"
        echo "$name NEEDED $library: $package"
    done
done

for plugin in "${runtime_plugins[@]}"; do
    [ -f "$plugin" ] || fail "the Qt plugin $plugin is not installed"
    package=$(owning_package "$plugin") || fail "no Debian package owns $plugin"
    expect_dependency "$package" "it ships the Qt plugin $(basename "$plugin")"
    echo "plugin $(basename "$plugin"): $package"
done

echo "Depends: $depends"
echo "Recommends: $recommends"
echo "$(basename "$deb"): $(stat --format=%s "$deb") bytes"
