#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the emoji test program with only the fonts that the packages scripts/run installs bring
# (a fresh machine has no others), through the system's font configuration otherwise.
# Usage: check_emoji_glyphs.sh PACKAGES_FILE TEST_PROGRAM
set -euo pipefail
source "$(dirname "$0")/lib.sh"
packages_file=$1
test_program=$2

require_tool apt-cache apt
require_tool dpkg-query dpkg
make_scratch_dir
source "$packages_file"

closure=$(install_closure "${HEARKEN_BUILD_PACKAGES[@]}")
fonts=$scratch_dir/fonts
mkdir "$fonts"
# Packages of the closure that are not installed (the other side of an "a | b") bring nothing.
mapfile -t font_files < <(dpkg-query --listfiles $closure 2>/dev/null |
    grep -E '^/usr/share/fonts/.*\.(ttf|otf|ttc|pfb)$' || true)
[ ${#font_files[@]} -gt 0 ] || fail "the packages scripts/run installs bring no fonts"
for index in "${!font_files[@]}"; do
    ln -s "${font_files[$index]}" "$fonts/$index-$(basename "${font_files[$index]}")"
done
cat >"$scratch_dir/fonts.conf" <<EOF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>$fonts</dir>
  <cachedir>$scratch_dir/font-cache</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
</fontconfig>
EOF
echo "The packages scripts/run installs bring ${#font_files[@]} font files"
FONTCONFIG_FILE=$scratch_dir/fonts.conf QT_QPA_PLATFORM=offscreen "$test_program"
