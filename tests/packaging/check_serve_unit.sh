#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The installed hearken-serve.service: systemd-analyze verify accepts it without a remark, it
# runs `hearken serve` with the workspace from /etc/hearken/serve.env under the hardening the
# service promises, and the sample environment file names a team workspace.
# Usage: check_serve_unit.sh BUILD_DIR
set -euo pipefail
source "$(dirname "$0")/lib.sh"
build_dir=$1

require_tool systemd-analyze systemd
make_scratch_dir
prefix=$scratch_dir/usr
install_build_tree "$build_dir" "$prefix"

unit=$prefix/lib/systemd/system/hearken-serve.service
sample=$prefix/share/doc/$EXECUTABLE/examples/serve.env
[ -f "$unit" ] || fail "the install has no lib/systemd/system/hearken-serve.service"
[ -f "$sample" ] || fail "the install has no share/doc/$EXECUTABLE/examples/serve.env"

unit_value() {
    sed -n "s/^$1=//p" "$unit"
}
expect_setting() {
    grep -qx "$1=$2" "$unit" || fail "hearken-serve.service lacks $1=$2 (has: $(unit_value "$1"))"
}
expect_setting ExecStart "$EXECUTABLE serve --workspace \${HEARKEN_WORKSPACE}"
expect_setting EnvironmentFile /etc/hearken/serve.env
expect_setting Restart on-failure
expect_setting KillSignal SIGTERM
expect_setting DynamicUser yes
expect_setting StateDirectory hearken
expect_setting NoNewPrivileges yes
expect_setting ProtectSystem strict
expect_setting ProtectHome yes
expect_setting PrivateTmp yes
grep -q '^HEARKEN_WORKSPACE=postgresql://' "$sample" ||
    fail "serve.env sets no HEARKEN_WORKSPACE=postgresql://..."

# systemd looks the bare command up in /usr/bin and /usr/local/bin; here it is the one just
# installed. Any remark (an unknown key, a bad value) fails.
verified=$scratch_dir/hearken-serve.service
sed "s|^ExecStart=$EXECUTABLE |ExecStart=$prefix/bin/$EXECUTABLE |" "$unit" >"$verified"
if ! report=$(systemd-analyze verify "$verified" 2>&1) || [ -n "$report" ]; then
    echo "$report" >&2
    fail "systemd-analyze verify does not accept hearken-serve.service"
fi

# The command the unit runs is there and knows the verb.
help=$("$prefix/bin/$EXECUTABLE" serve --help 2>&1) || fail "$EXECUTABLE serve --help failed: $help"
grep -q '^Usage: ' <<<"$help" || fail "$EXECUTABLE serve --help printed no usage: $help"
echo "hearken-serve.service verifies without a remark and runs $EXECUTABLE serve."
