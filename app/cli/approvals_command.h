// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QStringList>

namespace hearken::cli {

// `hearken approvals SUBCOMMAND`: replies that need a supervisor's approval on a team workspace
// (list, approve, return, rules). What a person may do is the database's to decide.
int runApprovalsCommand(const QStringList& arguments, CliIo io);

} // namespace hearken::cli
