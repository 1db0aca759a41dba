// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commands.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace hearken::testing {

// What one command line answered.
struct CommandRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `hearken <arguments>` in this process, as the full program would.
inline CommandRun runHearken(QStringList arguments)
{
    arguments.prepend(QStringLiteral("hearken"));
    CommandRun result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.exitCode = cli::runCommand(arguments, {out, err}, {}).value_or(-1);
    out.flush();
    err.flush();
    return result;
}

} // namespace hearken::testing
