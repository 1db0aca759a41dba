// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QStringList>

namespace hearken::cli {

// `hearken team SUBCOMMAND`: what an admin does to a team workspace in PostgreSQL (init,
// add-person, people, remove-person). Passwords come from the terminal or standard input.
int runTeamCommand(const QStringList& arguments, CliIo io);

// The subcommands and what each does, for the verb's summary and its --help.
QString teamSubcommandList();

} // namespace hearken::cli
