// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QStringList>

namespace hearken::cli {

// `hearken queue`: the queue as the window shows it, as aligned text or JSON lines.
int runQueueCommand(const QStringList& arguments, CliIo io);

} // namespace hearken::cli
