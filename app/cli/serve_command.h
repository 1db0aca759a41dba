// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QStringList>

namespace hearken {
class Composition;
}

namespace hearken::cli {

// hearken serve --workspace postgresql://...: the team's headless service. Syncs every account
// and delivers the outbox until SIGTERM or SIGINT, one line per event on standard error.
int runServeCommand(const QStringList& arguments, CliIo io);
// The same through `root`'s network, keychain and providers.
int runServe(const QStringList& arguments, CliIo io, Composition& root);

} // namespace hearken::cli
