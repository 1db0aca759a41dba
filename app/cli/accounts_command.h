// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QStringList>

namespace hearken::cli {

// hearken accounts add mastodon --server URL | list [--json] | remove ID
int runAccountsCommand(const QStringList& arguments, CliIo io);

} // namespace hearken::cli
