// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QStringList>

#include <optional>

namespace hearken::cli {

// Runs the command the arguments name (`hearken queue ...`), returning its exit code, or
// std::nullopt when they name none and the window should open.
std::optional<int> runCommand(const QStringList& arguments, CliIo io);

// One line per command, for the main --help.
QString commandSummary();

} // namespace hearken::cli
