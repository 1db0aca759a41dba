#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the build tree into a temporary prefix and checks that every file a desktop
# needs is there and that the files agree with each other.
# Usage: check_install_layout.sh BUILD_DIR
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build_dir=$1

require_tool file file
make_scratch_dir
prefix=$scratch_dir/usr
install_build_tree "$build_dir" "$prefix"

expect_file() {
    [ -f "$prefix/$1" ] || fail "the install has no $1"
}

expect_file "bin/$EXECUTABLE"
[ -x "$prefix/bin/$EXECUTABLE" ] || fail "bin/$EXECUTABLE is not executable"
file --brief "$prefix/bin/$EXECUTABLE" | grep -q '^ELF' || fail "bin/$EXECUTABLE is not an ELF program"
expect_file "$FULL_PROGRAM"
[ -x "$prefix/$FULL_PROGRAM" ] || fail "$FULL_PROGRAM is not executable"
# The installed command finds the installed full program: sync is the full program's.
sync_help=$("$prefix/bin/$EXECUTABLE" sync --help 2>&1) ||
    fail "bin/$EXECUTABLE sync --help failed: $sync_help"
grep -q '^Usage: ' <<<"$sync_help" || fail "bin/$EXECUTABLE sync --help printed no usage: $sync_help"

desktop_entry=share/applications/$APP_ID.desktop
metainfo=share/metainfo/$APP_ID.metainfo.xml
expect_file "$desktop_entry"
expect_file "$metainfo"
expect_file "share/icons/hicolor/scalable/apps/$APP_ID.svg"
expect_file "share/licenses/$EXECUTABLE/LICENSE"
expect_file "share/doc/$EXECUTABLE/copyright"
cmp -s "$prefix/share/licenses/$EXECUTABLE/LICENSE" "$(dirname "$0")/../../LICENSE" ||
    fail "the installed LICENSE differs from the repository's"

for size in "${ICON_SIZES[@]}"; do
    icon=share/icons/hicolor/${size}x${size}/apps/$APP_ID.png
    expect_file "$icon"
    file --brief "$prefix/$icon" | grep -q "^PNG image data, $size x $size," ||
        fail "$icon is not a $size x $size PNG: $(file --brief "$prefix/$icon")"
done

desktop_value() {
    sed -n "s/^$1=//p" "$prefix/$desktop_entry" | head -n 1
}
[ "$(desktop_value Icon)" = "$APP_ID" ] || fail "the desktop entry's Icon is not $APP_ID"
for exec_line in $(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$prefix/$desktop_entry"); do
    [ -x "$prefix/bin/$exec_line" ] || fail "the desktop entry runs $exec_line, which the install lacks"
done

grep -q "<launchable type=\"desktop-id\">$APP_ID.desktop</launchable>" "$prefix/$metainfo" ||
    fail "the metainfo does not launch $APP_ID.desktop"
grep -q "<binary>$EXECUTABLE</binary>" "$prefix/$metainfo" ||
    fail "the metainfo does not provide the binary $EXECUTABLE"
grep -q '@[A-Z_]*@' "$prefix/$desktop_entry" "$prefix/$metainfo" &&
    fail "a configured file still has an @VARIABLE@ in it"

echo "The install under $prefix has the program and its full program, desktop entry, metainfo, ${#ICON_SIZES[@]} PNG icons, the SVG icon and the licenses."
