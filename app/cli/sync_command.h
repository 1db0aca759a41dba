// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QStringList>

namespace hearken {
class Composition;
}

namespace hearken::cli {

// hearken sync [--account ID|HANDLE]: one pass of every (or one) account, progress on stderr.
int runSyncCommand(const QStringList& arguments, CliIo io);
// The same through `root`'s network, keychain and providers (tests pass one with a vault in
// memory and providers of their own).
int runSync(const QStringList& arguments, CliIo io, Composition& root);

} // namespace hearken::cli
