// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/team_import_command.h"

#include "cli/cli_text.h"
#include "cli/workspace_option.h"
#include "store/workspace.h"
#include "store/workspace_import.h"
#include "store/workspace_location.h"

#include <QElapsedTimer>

#include <algorithm>
#include <unistd.h>

namespace hearken::cli {

namespace {

void printSummary(const ImportSummary& summary, const QString& solo, const QString& team,
                  qint64 elapsedMs, CliIo io)
{
    const double seconds = std::max<qint64>(elapsedMs, 1) / 1000.0;
    io.out << CliText::tr("Moved %1 items (%2 rows with their history) from %3 into %4 in %5 s "
                          "(%6 items/s).")
                  .arg(summary.items)
                  .arg(summary.rows)
                  .arg(solo, team)
                  .arg(seconds, 0, 'f', 1)
                  .arg(qint64(summary.items / seconds))
           << Qt::endl;
    if (summary.accountsToSignIn.isEmpty())
        return;
    io.out << CliText::tr("The accounts' sign-ins stay with the solo workspace on this desk and "
                          "were not moved. Sign these accounts in again on the team workspace "
                          "(hearken accounts add NETWORK --workspace %1), so that its service "
                          "can sync and deliver for them:")
                  .arg(team)
           << Qt::endl;
    for (const Account& account : summary.accountsToSignIn)
        io.out << QStringLiteral("  %1 %2").arg(account.network, account.handle) << Qt::endl;
}

} // namespace

int runTeamImportCommand(const QStringList& arguments, CliIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Move a solo workspace, with its whole history, into a team workspace "
                    "(PostgreSQL) that holds no items yet. The solo file is upgraded first "
                    "(after a backup) and otherwise left as it is."));
    parser.addOption(workspaceOption());
    parser.addPositionalArgument(QStringLiteral("solo"),
                                 CliText::tr("The solo workspace file to move."));
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString target = parser.value(QStringLiteral("workspace"));
    if (positional.size() != 3 || WorkspaceLocation::parse(target).engine != Engine::Postgresql) {
        io.err << CliText::tr("Usage: hearken team import SOLO.hearken --workspace "
                              "postgresql://user@host/database")
               << Qt::endl;
        return UsageError;
    }
    const QString soloPath = positional[2];
    if (WorkspaceLocation::parse(soloPath).engine != Engine::Sqlite) {
        io.err << CliText::tr("%1 is a team workspace; team import moves a solo workspace file "
                              "into one.")
                      .arg(soloPath)
               << Qt::endl;
        return UsageError;
    }
    auto solo = Workspace::open(soloPath, OpenMode::MustExist);
    if (!solo) {
        io.err << solo.error().message << Qt::endl;
        return Failure;
    }
    auto team = openWorkspace(parser, io, OpenMode::MustExist);
    if (!team)
        return Failure;

    QElapsedTimer timer;
    timer.start();
    // On a terminal the progress line is rewritten in place; in a log each step is a line.
    const bool terminal = isatty(STDERR_FILENO);
    auto imported =
        importWorkspace((*solo)->database(), *team, [&](const ImportProgress& progress) {
            const QString line = CliText::tr("%1: %2 of %3")
                                     .arg(progress.table)
                                     .arg(progress.done)
                                     .arg(progress.total);
            if (terminal)
                io.err << "\r\033[K" << line << Qt::flush;
            else
                io.err << line << Qt::endl;
        });
    if (terminal)
        io.err << Qt::endl;
    if (!imported) {
        io.err << imported.error().message << Qt::endl;
        return Failure;
    }
    printSummary(*imported, (*solo)->database().path(), team->database().path(), timer.elapsed(),
                 io);
    return Success;
}

} // namespace hearken::cli
