// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"
#include "store/workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace hearken::cli {

// --workspace PATH, shared by the window and every command.
QCommandLineOption workspaceOption();

// The workspace the parsed --workspace names (the default one when absent), opened as `mode`
// allows, or nullptr after telling the user why it cannot be opened (and, for a damaged one,
// where its newest good backup is). Only the commands that make a workspace may create it; a
// command that only reads opens it read-only.
std::unique_ptr<Workspace> openWorkspace(const QCommandLineParser& parser, CliIo io, OpenMode mode);
// For the commands that write: a backup of the workspace when its newest is a day old.
// A backup that fails is reported; the command goes on.
void backUpIfDue(Workspace& workspace, CliIo io);

// Parses a command's arguments. Returns the exit code when the command should stop here:
// after --help, or after telling the user what was wrong with the arguments.
std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& arguments, CliIo io);

} // namespace hearken::cli
