// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QStringList>

namespace hearken::cli {

// hearken sync [--account ID]: one pass of every (or one) account, progress on stderr.
int runSyncCommand(const QStringList& arguments, CliIo io);

} // namespace hearken::cli
