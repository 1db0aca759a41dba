// SPDX-License-Identifier: GPL-3.0-or-later
// `hearken`, the command: answers the verbs that read a workspace, --help, --version and
// mistakes with Qt Core and Qt Sql only, so that it starts like a command, and hands every
// other command line (the window, sync, sign-in, PDF reports, ...) to the full program.
#include "application_identity.h"
#include "cli/cli_text.h"
#include "cli/verbs.h"
#include "full_program.h"
#include "program_arguments.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>

int main(int argc, char** argv)
{
    using namespace hearken;
    const cli::Program program = cli::VerbLine(programArguments(argc, argv)).program();
    const QString fullProgram = program == cli::Program::Full ? fullProgramPath() : QString();
    // Returns only when the full program could not start.
    const QString failure = fullProgram.isEmpty() ? QString() : execFullProgram(fullProgram, argv);

    QCoreApplication app(argc, argv);
    describeApplication();
    installTranslations(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (program == cli::Program::Full && fullProgram.isEmpty()) {
        err << cli::CliText::tr("Hearken cannot tell where it is installed, since /proc/self/exe "
                                "cannot be read: run it where /proc is mounted.")
            << Qt::endl;
        return cli::Failure;
    }
    if (program == cli::Program::Full) {
        err << cli::CliText::tr("Hearken could not start %1: %2. Reinstall Hearken: this part of "
                                "it is missing or damaged.")
                   .arg(QDir::toNativeSeparators(fullProgram), failure)
            << Qt::endl;
        return cli::Failure;
    }
    return cli::runLightCommand(QCoreApplication::arguments(), {out, err});
}
