// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/secret_vault.h"
#include "cli/cli_io.h"

#include <QStringList>

namespace hearken::cli {

// hearken sync [--account ID|HANDLE]: one pass of every (or one) account, progress on stderr.
int runSyncCommand(const QStringList& arguments, CliIo io);
// The same with the secrets read from `vault` (tests pass an in-memory one).
int runSync(const QStringList& arguments, CliIo io, auth::SecretVault& vault);

} // namespace hearken::cli
