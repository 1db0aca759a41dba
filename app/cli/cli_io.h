// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

namespace hearken::cli {

// Where a command writes: results to `out`, messages and progress to `err`.
struct CliIo {
    QTextStream& out;
    QTextStream& err;
};

// Exit codes shared by every command.
enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

} // namespace hearken::cli
