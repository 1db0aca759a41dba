#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# appstreamcli on the installed metainfo (offline, no errors or warnings) and on the whole
# installed tree, which also checks that the desktop entry and the icons it names are there.
# Usage: validate_metainfo.sh BUILD_DIR
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build_dir=$1

require_tool appstreamcli appstream
make_scratch_dir
install_build_tree "$build_dir" "$scratch_dir/usr"

metainfo=$scratch_dir/usr/share/metainfo/$APP_ID.metainfo.xml
[ -f "$metainfo" ] || fail "the install has no $APP_ID.metainfo.xml"
appstreamcli validate --no-net --strict --explain "$metainfo" || fail "appstreamcli rejects $APP_ID.metainfo.xml"
appstreamcli validate-tree --no-net --strict --explain "$scratch_dir" ||
    fail "appstreamcli rejects the installed tree"
echo "appstreamcli accepts $APP_ID.metainfo.xml and the installed tree."
