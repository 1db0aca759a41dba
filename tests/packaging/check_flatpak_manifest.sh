#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Flatpak manifest parses, builds Hearken from this tree on the KDE runtime for Qt 6,
# and asks for exactly the permissions the app needs. (Building it needs the runtime,
# which this machine does not have: see packaging/README.md.)
# Usage: check_flatpak_manifest.sh SOURCE_DIR
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source_dir=$1

require_tool jq jq
manifest=$source_dir/packaging/$APP_ID.json
[ -f "$manifest" ] || fail "there is no $manifest"
jq empty "$manifest" || fail "$manifest is not valid JSON"

expect() {
    jq --exit-status "$1" "$manifest" >/dev/null || fail "$2"
}
expect ".id == \"$APP_ID\"" "the manifest's id is not $APP_ID"
expect ".command == \"$EXECUTABLE\"" "the manifest does not run $EXECUTABLE"
expect '.runtime == "org.kde.Platform" and .sdk == "org.kde.Sdk"' "the manifest does not use the KDE runtime and SDK"
expect '.["runtime-version"] | test("^6\\.[0-9]+$")' "the runtime version is not a Qt 6 KDE runtime"

allowed_permissions='[
    "--share=network",
    "--share=ipc",
    "--socket=wayland",
    "--socket=fallback-x11",
    "--talk-name=org.freedesktop.secrets",
    "--talk-name=org.freedesktop.Notifications"
]'
jq --exit-status --argjson allowed "$allowed_permissions" \
    '(.["finish-args"] | sort) == ($allowed | sort)' "$manifest" >/dev/null ||
    fail "finish-args are not exactly: $(jq -c . <<<"$allowed_permissions"); they are: $(jq -c '.["finish-args"]' "$manifest")"

expect '.modules | length > 0 and all(.[]; .name and .buildsystem and (.sources | length > 0))' \
    "a module lacks a name, a build system or sources"
expect '[.modules[].sources[] | select(.type == "git")] | all(.[]; .url and (.tag or .commit))' \
    "a git source names no tag or commit"
expect '[.modules[].sources[] | select(.type == "archive" or .type == "file")] | all(.[]; .sha256)' \
    "a downloaded source has no sha256"
expect '.modules[-1].name == "hearken" and .modules[-1].buildsystem == "cmake-ninja"' \
    "the last module does not build hearken with cmake-ninja"
expect '.modules[-1]["config-opts"] | index("-DCMAKE_BUILD_TYPE=Release") and index("-DHEARKEN_BUILD_TESTS=OFF")' \
    "hearken is not configured as a release build without tests"

tree=$(jq --raw-output '.modules[-1].sources[] | select(.type == "dir") | .path' "$manifest")
[ -n "$tree" ] || fail "the hearken module does not build from this source tree"
grep -q '^project(Hearken' "$(dirname "$manifest")/$tree/CMakeLists.txt" ||
    fail "the hearken module's dir source $tree is not the Hearken source tree"

echo "$APP_ID.json builds $EXECUTABLE on $(jq -r '.runtime + " " + .["runtime-version"]' "$manifest") with: $(jq -r '.["finish-args"] | join(" ")' "$manifest")"
