// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commands.h"

#include "cli/accounts_command.h"
#include "cli/bluesky_commands.h"
#include "cli/classify_command.h"
#include "cli/import_sample_command.h"
#include "cli/queue_command.h"
#include "cli/report_command.h"
#include "cli/sync_command.h"
#include "cli/toolkit_options.h"
#include "cli/window_command_line.h"

#include <QCoreApplication>

namespace hearken::cli {

namespace {

struct Command {
    const char* name;
    const char* summary;
    int (*run)(const QStringList&, CliIo) = nullptr;
    // Whether these arguments have it draw (then it needs the graphical toolkit); none: never.
    bool (*draws)(const QStringList&) = nullptr;
    // How a command that draws runs, instead of run: with the renderer the executable hands in.
    int (*runDrawing)(const QStringList&, CliIo, const ReportPdfWriter&) = nullptr;
};

constexpr Command commands[] = {
    {"queue", QT_TRANSLATE_NOOP("hearken::cli", "Print the queue (same filters as the window)."),
     runQueueCommand},
    {"import-sample", QT_TRANSLATE_NOOP("hearken::cli", "Add N generated sample items."),
     runImportSampleCommand},
    {"classify",
     QT_TRANSLATE_NOOP("hearken::cli",
                       "Tone and question for texts on standard input, one line each."),
     runClassifyCommand},
    {"accounts",
     QT_TRANSLATE_NOOP(
         "hearken::cli",
         "Add (accounts add mastodon --server URL, accounts add bluesky --handle H), list "
         "or remove accounts."),
     runAccountsCommand},
    {"sync", QT_TRANSLATE_NOOP("hearken::cli", "Fetch what is new for every account, or one."),
     runSyncCommand},
    {"report",
     QT_TRANSLATE_NOOP("hearken::cli", "Write the review of a period as CSV, PDF or JSON."),
     nullptr, reportDrawsPictures, runReportCommand},
    {"oauth-client-metadata",
     QT_TRANSLATE_NOOP("hearken::cli",
                       "Print the Bluesky OAuth client metadata to host for production."),
     runOAuthClientMetadataCommand},
};

// Where the command's name stands: the first argument that is neither an option nor an
// option's value; -1 when there is none.
qsizetype commandIndex(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == u"-w" || argument == u"--workspace") {
            ++i;
            continue;
        }
        if (!argument.startsWith(u'-'))
            return i;
    }
    return -1;
}

const Command* commandNamed(const QString& name)
{
    for (const Command& command : commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

// The arguments as a command sees them: its name first, then every option wherever it stood.
QStringList commandArguments(QStringList arguments, qsizetype index)
{
    arguments.move(index, 1);
    return arguments;
}

} // namespace

Launch launchFor(const QStringList& arguments)
{
    const QStringList own = withoutToolkitOptions(arguments);
    const qsizetype index = commandIndex(own);
    if (index < 0)
        return WindowCommandLine(own).opensWindow() ? Launch::Window : Launch::Console;
    const Command* command = commandNamed(own[index]);
    return command && command->draws && command->draws(commandArguments(own, index))
               ? Launch::Offscreen
               : Launch::Console;
}

std::optional<int> runCommand(const QStringList& arguments, CliIo io,
                              const ReportPdfWriter& writeReportPdf)
{
    const QStringList own = withoutToolkitOptions(arguments);
    const qsizetype index = commandIndex(own);
    if (index < 0) {
        const WindowCommandLine commandLine(own);
        if (commandLine.opensWindow())
            return std::nullopt;
        return commandLine.answer(io);
    }
    const QString name = own[index];
    if (const Command* command = commandNamed(name)) {
        const QStringList commandLine = commandArguments(own, index);
        return command->runDrawing ? command->runDrawing(commandLine, io, writeReportPdf)
                                   : command->run(commandLine, io);
    }
    io.err << QCoreApplication::translate(
                  "hearken::cli", "Unknown command \"%1\". Run hearken --help for the list.")
                  .arg(name)
           << Qt::endl;
    return UsageError;
}

QString commandSummary()
{
    QString text = QCoreApplication::translate("hearken::cli", "Commands:") + u'\n';
    for (const Command& command : commands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(16),
                         QCoreApplication::translate("hearken::cli", command.summary));
    }
    return text;
}

} // namespace hearken::cli
