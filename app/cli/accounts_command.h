// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QStringList>

namespace hearken::cli {

class NetworkSession;

// hearken accounts add mastodon --server URL | list [--json] | remove ID
int runAccountsCommand(const QStringList& arguments, CliIo io);
// The same through `session`'s composition root (tests pass one with a vault in memory and
// providers of their own).
int runAccounts(const QStringList& arguments, CliIo io, NetworkSession& session);

} // namespace hearken::cli
