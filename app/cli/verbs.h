// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"
#include "report/report_pdf_writer.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <span>

namespace hearken::cli {

// The two programs Hearken installs. `hearken` links only Qt Core, Qt Sql and the layers that
// read a workspace, so that the verbs that read start like a command; it hands every other
// command line to the full program (the window, the network, the keychain, drawing).
enum class Program {
    Light, // `hearken`: the verbs that read, --help, --version and mistakes
    Full,  // hearken-full: the window and everything else
};

// One verb of the command line, and which program serves it.
struct Verb {
    const char* name;
    const char* summary;
    Program program;
    // How the light program runs it; null for a verb of the full program, whose runner only
    // the full program links (cli/commands.cpp).
    int (*run)(const QStringList&, CliIo) = nullptr;
    // Whether these arguments have it draw (then it needs the graphical toolkit, which only
    // the full program links); none: never.
    bool (*draws)(const QStringList&) = nullptr;
    // How a verb that may draw runs, instead of run: with the renderer the full program hands
    // in. The light program hands in none, since what draws goes to the full program.
    int (*runDrawing)(const QStringList&, CliIo, const ReportPdfWriter&) = nullptr;
};

// Every verb, in the order --help lists them.
std::span<const Verb> verbs();

// A command line as both programs read it: Qt's own options (-platform, -style, ...) taken
// out, since they are left to the toolkit, and the verb found.
class VerbLine {
public:
    explicit VerbLine(const QStringList& arguments);

    // Whether a verb is named at all (a known one or not).
    bool namesVerb() const { return m_index >= 0; }
    // The verb named; null when none is, or when the name is no verb's.
    const Verb* verb() const { return m_verb; }
    // The arguments as the verb sees them: its name first, then every option wherever it
    // stood.
    QStringList verbArguments() const;
    // Whether the named verb draws with these arguments.
    bool draws() const;
    // Which program serves this command line.
    Program program() const;

    // How a program runs a verb it serves, given the verb's arguments.
    using Runner = std::function<int(const Verb&, const QStringList& arguments)>;
    // Runs the named verb with `run`, or answers a command line the window would not open for
    // (--help, --version, a mistake, an unknown verb); returns the exit code, or std::nullopt
    // when the window should open.
    std::optional<int> answer(CliIo io, const Runner& run) const;

private:
    QStringList m_own;
    qsizetype m_index = -1;
    const Verb* m_verb = nullptr;
};

// Runs a command line the light program serves (VerbLine::program() is Program::Light).
int runLightCommand(const QStringList& arguments, CliIo io);

// One line per verb, for the main --help.
QString commandSummary();

} // namespace hearken::cli
