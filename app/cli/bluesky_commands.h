// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/browser_opener.h"
#include "auth/secret_vault.h"
#include "cli/cli_io.h"

#include <QStringList>
#include <QTextStream>

namespace hearken::cli {

// What adding a Bluesky account needs from outside: where secrets go, how a browser opens
// (may be null: then only app passwords work), and where an app password is read from.
struct BlueskyCommandDeps {
    auth::SecretVault& vault;
    auth::BrowserOpener* browser = nullptr;
    QTextStream& input;
};

// hearken accounts add bluesky --handle H [--app-password] [--pds URL] [--plc URL] ...
int runBlueskyAccountsAdd(const QStringList& arguments, CliIo io, BlueskyCommandDeps deps);
// hearken oauth-client-metadata --client-id URL: the JSON document to host at URL.
int runOAuthClientMetadataCommand(const QStringList& arguments, CliIo io);

} // namespace hearken::cli
