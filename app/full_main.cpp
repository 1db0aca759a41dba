// SPDX-License-Identifier: GPL-3.0-or-later
// hearken-full, the composition root: parses the command line, then runs a command or the
// window. The `hearken` command (main.cpp) starts it for everything it does not serve itself,
// with the same arguments; run directly, it serves every command line.
#include "application_identity.h"
#include "auth/sealed_box.h"
#include "cli/commands.h"
#include "cli/window_command_line.h"
#include "gui/run_gui.h"
#include "program_arguments.h"
#include "report_pdf.h"
#include "shell/application_icon.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <optional>

namespace {

int runWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    hearken::describeApplication();
    hearken::installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Hearken"));
    QApplication::setDesktopFileName(QStringLiteral("org.hearken.Hearken"));
    QApplication::setWindowIcon(hearken::applicationIcon());

    const hearken::cli::WindowCommandLine commandLine(QCoreApplication::arguments());
    const hearken::cli::WindowRequest request = commandLine.request();
    return hearken::runGui(app, {request.workspacePath, request.sample});
}

template <typename Application>
std::optional<int> runCommand(int argc, char** argv)
{
    Application app(argc, argv);
    hearken::describeApplication();
    hearken::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return hearken::cli::runCommand(QCoreApplication::arguments(), {out, err},
                                    hearken::writeReportPdf);
}

} // namespace

int main(int argc, char** argv)
{
    // Before anything seals a team's tokens or opens them (desks, the service).
    if (!hearken::auth::startSealing()) {
        std::fputs("Hearken cannot start libsodium, which seals a team's tokens: the system "
                   "gives it no randomness (/dev/urandom).\n",
                   stderr);
        return 1;
    }
    // Only the window needs a display. Commands, --help and --version run under a
    // QCoreApplication, except a PDF report, whose charts need the graphical toolkit: it draws
    // on the offscreen platform unless told otherwise.
    using hearken::cli::Launch;
    const Launch launch = hearken::cli::launchFor(hearken::programArguments(argc, argv));
    if (launch == Launch::Offscreen && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (launch == Launch::Console) {
        if (auto exitCode = runCommand<QCoreApplication>(argc, argv))
            return *exitCode;
    } else if (launch == Launch::Offscreen) {
        if (auto exitCode = runCommand<QApplication>(argc, argv))
            return *exitCode;
    }
    return runWindow(argc, argv);
}
