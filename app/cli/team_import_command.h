// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QStringList>

namespace hearken::cli {

// `hearken team import SOLO.hearken --workspace postgresql://...`: moves a solo workspace with
// its history into a team workspace that holds no items yet.
int runTeamImportCommand(const QStringList& arguments, CliIo io);

} // namespace hearken::cli
