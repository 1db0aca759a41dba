// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: parses the command line, then runs a command or the window.
#include "cli/commands.h"
#include "cli/window_command_line.h"
#include "gui/run_gui.h"
#include "report_pdf.h"
#include "shell/application_icon.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <optional>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hearken"));
    QCoreApplication::setApplicationName(QStringLiteral("Hearken"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARKEN_VERSION));
}

// The program's arguments before an application object exists to read them.
QStringList programArguments(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

int runWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    describeApplication();
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
    describeApplication();
    hearken::installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return hearken::cli::runCommand(QCoreApplication::arguments(), {out, err},
                                    hearken::writeReportPdf);
}

} // namespace

int main(int argc, char** argv)
{
    // Only the window needs a display. Commands, --help and --version run under a
    // QCoreApplication, except a PDF report, whose charts need the graphical toolkit: it draws
    // on the offscreen platform unless told otherwise.
    using hearken::cli::Launch;
    const Launch launch = hearken::cli::launchFor(programArguments(argc, argv));
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
