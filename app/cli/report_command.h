// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QStringList>

namespace hearken::cli {

// hearken report --from DATE --to DATE [--account ID] [--network NAME] [--assignee ID]
//                --format csv|pdf|json --output FILE
int runReportCommand(const QStringList& arguments, CliIo io);

// Whether these program arguments ask for a report drawn as PDF, which needs the graphical
// toolkit (on the offscreen platform when there is no display).
bool reportDrawsPictures(int argc, char** argv);

} // namespace hearken::cli
