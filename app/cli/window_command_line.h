// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"

#include <QCommandLineParser>
#include <QStringList>

namespace hearken::cli {

// What a command line asks of the window.
struct WindowRequest {
    // The workspace to open ("" = the default one).
    QString workspacePath;
    // Open the sample workspace instead.
    bool sample = false;
};

// A command line that names no command: `hearken [--workspace PATH | --sample]`, or one that
// is answered without a window (--help, --version, a mistake). Needs no application object,
// so that the right one can be chosen from it; built after one, its texts are translated.
class WindowCommandLine {
public:
    explicit WindowCommandLine(const QStringList& arguments);

    bool opensWindow() const { return m_mistake.isEmpty() && !m_answersItself; }
    WindowRequest request() const;
    // Prints the help, the version or what is wrong; returns the exit code.
    int answer(CliIo io) const;

private:
    QCommandLineParser m_parser;
    QString m_mistake;
    bool m_answersItself = false;
};

} // namespace hearken::cli
