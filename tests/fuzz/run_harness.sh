#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one libFuzzer harness from its seed corpus, from scratch and the same way each time:
# the inputs it finds go to <work>/corpus (in the build tree, never into the sources), a
# crash to <work>/crash-*. Usage: run_harness.sh HARNESS SEEDS WORK [libFuzzer options...]
set -eu
harness=$1
seeds=$2
work=$3
shift 3
rm -rf "$work"
mkdir -p "$work/corpus"
# libFuzzer learns from the values the code compares, hashes and addresses among them: with
# Qt's hash seed fixed and addresses not randomised, a seed gives the same run every time.
export QT_HASH_SEED=0
fixed=""
if setarch "$(uname -m)" -R true 2>/dev/null; then
    fixed="setarch $(uname -m) -R"
fi
exec $fixed "$harness" -artifact_prefix="$work/" "$@" "$work/corpus" "$seeds"
