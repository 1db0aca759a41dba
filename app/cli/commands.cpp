// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "cli/accounts_command.h"
#include "cli/approvals_command.h"
#include "cli/bluesky_commands.h"
#include "cli/import_sample_command.h"
#include "cli/serve_command.h"
#include "cli/sync_command.h"
#include "cli/team_command.h"

#include <QLatin1String>

namespace hearken::cli {

namespace {

// How the full program runs the verbs only it serves (Program::Full in cli/verbs.cpp).
struct FullRunner {
    const char* name;
    int (*run)(const QStringList&, CliIo);
};

constexpr FullRunner fullRunners[] = {
    {"import-sample", runImportSampleCommand},
    {"accounts", runAccountsCommand},
    {"sync", runSyncCommand},
    {"team", runTeamCommand},
    {"serve", runServeCommand},
    {"approvals", runApprovalsCommand},
    {"oauth-client-metadata", runOAuthClientMetadataCommand},
};

int runFullVerb(const Verb& verb, const QStringList& arguments, CliIo io)
{
    for (const FullRunner& runner : fullRunners) {
        if (QLatin1String(verb.name) == QLatin1String(runner.name))
            return runner.run(arguments, io);
    }
    // The command-line tests ask every verb for its --help, through both programs.
    qFatal("hearken-full has no runner for the verb %s", verb.name);
    return Failure;
}

} // namespace

Launch launchFor(const QStringList& arguments)
{
    const VerbLine line(arguments);
    if (line.namesVerb())
        return line.draws() ? Launch::Offscreen : Launch::Console;
    return line.program() == Program::Full ? Launch::Window : Launch::Console;
}

std::optional<int> runCommand(const QStringList& arguments, CliIo io,
                              const ReportPdfWriter& writeReportPdf)
{
    return VerbLine(arguments).answer(io, [&](const Verb& verb, const QStringList& verbArguments) {
        if (verb.runDrawing)
            return verb.runDrawing(verbArguments, io, writeReportPdf);
        return verb.run ? verb.run(verbArguments, io) : runFullVerb(verb, verbArguments, io);
    });
}

} // namespace hearken::cli
