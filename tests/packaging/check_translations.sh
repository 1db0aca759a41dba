#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The German catalog is built into hearken and chosen by the system locale, which proves
# the chain .ts -> .qm -> embedded resource -> loader; the C locale keeps English.
# Usage: check_translations.sh HEARKEN_EXECUTABLE
set -euo pipefail
source "$(dirname "$0")/lib.sh"
hearken=$1

# What the command line says about an unknown command when the locale is $1.
unknown_command_message() {
    env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG="$1" "$hearken" no-such-command 2>&1 >/dev/null || true
}

german=$(unknown_command_message de_DE.UTF-8)
grep -qF 'Unbekannter Befehl „no-such-command“' <<<"$german" ||
    fail "under de_DE hearken did not answer in German: $german"
english=$(unknown_command_message C.UTF-8)
grep -qF 'Unknown command "no-such-command"' <<<"$english" ||
    fail "under the C locale hearken did not answer in English: $english"
echo "German: $german"
echo "English: $english"
