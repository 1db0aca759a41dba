// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QStringList>

class QTextStream;

namespace hearken::cli {

class NetworkSession;

// hearken accounts add NETWORK --OPTION VALUE... | list [--json] | remove ID; each network's
// options are its provider's sign-in form.
int runAccountsCommand(const QStringList& arguments, CliIo io);
// The same through `session`'s composition root (tests pass one with a vault in memory and
// providers of their own); a secret that `accounts add` is told to read comes from `input`
// unless the environment has it.
int runAccounts(const QStringList& arguments, CliIo io, NetworkSession& session,
                QTextStream& input);

} // namespace hearken::cli
