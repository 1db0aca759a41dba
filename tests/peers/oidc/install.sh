#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the pinned oidc-provider (package-lock.json) into DEST with `npm ci`, once per lock
# file version, and links the server script there. Usage: install.sh DEST
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dest=$1
mkdir -p "$dest"
stamp="$dest/.lock-sha256"
want=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
if [ ! -d "$dest/node_modules/oidc-provider" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    cp "$here/package.json" "$here/package-lock.json" "$dest/"
    (cd "$dest" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" >"$stamp"
fi
cp "$here/server.mjs" "$here/browser.mjs" "$dest/"
