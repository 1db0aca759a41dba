// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/verbs.h"

#include "cli/classify_command.h"
#include "cli/queue_command.h"
#include "cli/report_command.h"
#include "cli/toolkit_options.h"
#include "cli/window_command_line.h"

#include <QCoreApplication>

namespace hearken::cli {

namespace {

constexpr Verb verbTable[] = {
    {"queue", QT_TRANSLATE_NOOP("hearken::cli", "Print the queue (same filters as the window)."),
     Program::Light, runQueueCommand},
    {"import-sample", QT_TRANSLATE_NOOP("hearken::cli", "Add N generated sample items."),
     Program::Full},
    {"classify",
     QT_TRANSLATE_NOOP("hearken::cli",
                       "Tone and question for texts on standard input, one line each."),
     Program::Light, runClassifyCommand},
    {"accounts",
     QT_TRANSLATE_NOOP(
         "hearken::cli",
         "Add (accounts add NETWORK --OPTION VALUE; accounts add --help lists each network's "
         "options), list or remove accounts."),
     Program::Full},
    {"sync", QT_TRANSLATE_NOOP("hearken::cli", "Fetch what is new for every account, or one."),
     Program::Full},
    {"serve",
     QT_TRANSLATE_NOOP("hearken::cli",
                       "Run a team workspace's service: sync and deliver until stopped."),
     Program::Full},
    {"report",
     QT_TRANSLATE_NOOP("hearken::cli", "Write the review of a period as CSV, PDF or JSON."),
     Program::Light, nullptr, reportDrawsPictures, runReportCommand},
    {"team",
     QT_TRANSLATE_NOOP("hearken::cli",
                       "A team workspace in PostgreSQL, for its admin: init, add-person, people, "
                       "remove-person, import (team --help tells more)."),
     Program::Full},
    {"approvals",
     QT_TRANSLATE_NOOP("hearken::cli",
                       "Replies that need a supervisor's approval on a team workspace: list, "
                       "approve, return, rules (approvals --help tells more)."),
     Program::Full},
    {"oauth-client-metadata",
     QT_TRANSLATE_NOOP("hearken::cli",
                       "Print the Bluesky OAuth client metadata to host for production."),
     Program::Full},
};

// Where the verb's name stands: the first argument that is neither an option nor an option's
// value; -1 when there is none.
qsizetype verbIndex(const QStringList& arguments)
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

const Verb* verbNamed(const QString& name)
{
    for (const Verb& verb : verbTable) {
        if (name == QLatin1String(verb.name))
            return &verb;
    }
    return nullptr;
}

} // namespace

std::span<const Verb> verbs()
{
    return verbTable;
}

VerbLine::VerbLine(const QStringList& arguments)
    : m_own(withoutToolkitOptions(arguments))
    , m_index(verbIndex(m_own))
    , m_verb(m_index < 0 ? nullptr : verbNamed(m_own[m_index]))
{}

QStringList VerbLine::verbArguments() const
{
    QStringList arguments = m_own;
    arguments.move(m_index, 1);
    return arguments;
}

bool VerbLine::draws() const
{
    return m_verb && m_verb->draws && m_verb->draws(verbArguments());
}

Program VerbLine::program() const
{
    if (!namesVerb())
        return WindowCommandLine(m_own).opensWindow() ? Program::Full : Program::Light;
    // An unknown verb is a mistake the light program tells.
    if (!m_verb)
        return Program::Light;
    return m_verb->program == Program::Full || draws() ? Program::Full : Program::Light;
}

std::optional<int> VerbLine::answer(CliIo io, const Runner& run) const
{
    if (!namesVerb()) {
        const WindowCommandLine commandLine(m_own);
        if (commandLine.opensWindow())
            return std::nullopt;
        return commandLine.answer(io);
    }
    if (m_verb)
        return run(*m_verb, verbArguments());
    io.err << QCoreApplication::translate(
                  "hearken::cli", "Unknown command \"%1\". Run hearken --help for the list.")
                  .arg(m_own[m_index])
           << Qt::endl;
    return UsageError;
}

int runLightCommand(const QStringList& arguments, CliIo io)
{
    // A command line that opens the window is the full program's (VerbLine::program): here
    // an answer always comes.
    return VerbLine(arguments)
        .answer(io,
                [io](const Verb& verb, const QStringList& verbArguments) {
                    return verb.runDrawing ? verb.runDrawing(verbArguments, io, {})
                                           : verb.run(verbArguments, io);
                })
        .value();
}

QString commandSummary()
{
    QString text = QCoreApplication::translate("hearken::cli", "Commands:") + u'\n';
    for (const Verb& verb : verbTable) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(verb.name).leftJustified(16),
                         QCoreApplication::translate("hearken::cli", verb.summary));
    }
    return text;
}

} // namespace hearken::cli
