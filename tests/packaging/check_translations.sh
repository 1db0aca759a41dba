#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The German catalog is built into each program (hearken and hearken-full) and chosen by the
# system locale, which proves the chain .ts -> .qm -> embedded resource -> loader, and Qt's own
# catalog comes with it; the C locale keeps English.
# Usage: check_translations.sh PROGRAM...
set -euo pipefail
source "$(dirname "$0")/lib.sh"

# What PROGRAM ($1) says about an unknown command when the locale is $2.
unknown_command_message() {
    env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG="$2" "$1" no-such-command 2>&1 >/dev/null || true
}

for program in "$@"; do
    # Qt's own words come from Qt's catalog (qt6-translations-l10n), loaded beside Hearken's.
    german_help=$(env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=de_DE.UTF-8 "$program" --help)
    grep -q '^Optionen:' <<<"$german_help" ||
        fail "under de_DE $program did not print Qt's own words in German: $german_help"
    german=$(unknown_command_message "$program" de_DE.UTF-8)
    grep -qF 'Unbekannter Befehl „no-such-command“' <<<"$german" ||
        fail "under de_DE $program did not answer in German: $german"
    english=$(unknown_command_message "$program" C.UTF-8)
    grep -qF 'Unknown command "no-such-command"' <<<"$english" ||
        fail "under the C locale $program did not answer in English: $english"
    echo "$(basename "$program") German: $german"
    echo "$(basename "$program") English: $english"
done
