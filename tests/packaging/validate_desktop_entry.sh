#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# desktop-file-validate on the installed desktop entry: no errors, no warnings, no hints.
# Usage: validate_desktop_entry.sh BUILD_DIR
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build_dir=$1

require_tool desktop-file-validate desktop-file-utils
make_scratch_dir
install_build_tree "$build_dir" "$scratch_dir/usr"

desktop_entry=$scratch_dir/usr/share/applications/$APP_ID.desktop
[ -f "$desktop_entry" ] || fail "the install has no $APP_ID.desktop"
if ! report=$(desktop-file-validate "$desktop_entry" 2>&1) || [ -n "$report" ]; then
    echo "$report" >&2
    fail "desktop-file-validate does not accept $APP_ID.desktop"
fi
echo "desktop-file-validate accepts $APP_ID.desktop without a remark."
