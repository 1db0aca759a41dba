// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: parses the command line, then runs a command or the window.
#include "application_icon.h"
#include "cli/commands.h"
#include "cli/workspace_option.h"
#include "run_gui.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hearken"));
    QCoreApplication::setApplicationName(QStringLiteral("Hearken"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARKEN_VERSION));
}

int runWindow(int argc, char** argv)
{
    QApplication app(argc, argv);
    describeApplication();
    hearken::installTranslations(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Hearken"));
    QApplication::setDesktopFileName(QStringLiteral("org.hearken.Hearken"));
    QApplication::setWindowIcon(hearken::applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "A social inbox for community managers.") + u'\n' +
        hearken::cli::commandSummary());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(hearken::cli::workspaceOption());
    parser.addOption({QStringLiteral("sample"),
                      QCoreApplication::translate(
                          "main", "Open the sample workspace, creating it on first use.")});
    parser.process(app);

    hearken::GuiOptions options;
    options.workspacePath = parser.value(QStringLiteral("workspace"));
    options.sample = parser.isSet(QStringLiteral("sample"));
    return hearken::runGui(app, options);
}

} // namespace

int main(int argc, char** argv)
{
    {
        // Commands need no display: they run under a QCoreApplication.
        QCoreApplication app(argc, argv);
        describeApplication();
        hearken::installTranslations(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (auto exitCode = hearken::cli::runCommand(QCoreApplication::arguments(), {out, err}))
            return *exitCode;
    }
    return runWindow(argc, argv);
}
