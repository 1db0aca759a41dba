// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"
#include "cli/verbs.h"
#include "report/report_pdf_writer.h"

#include <QStringList>

#include <optional>

namespace hearken::cli {

// The application object a command line needs in the full program, told from the arguments
// before any exists.
enum class Launch {
    Console,   // a command, or an answer without a window (--help, --version, a mistake):
               // QCoreApplication, no display
    Offscreen, // a command that draws (a PDF report): QApplication on the offscreen platform
    Window,    // the window: QApplication on the display
};
Launch launchFor(const QStringList& arguments);

// Runs any command line as the full program does: the verb the arguments name (`hearken
// queue ...`), whichever program serves it, or an answer without a window (--help,
// --version, a mistake); returns the exit code, or std::nullopt when the window should open.
// Qt's own options (-platform, -style, ...) are allowed anywhere and left to the toolkit.
// `writeReportPdf` draws the report command's PDFs.
std::optional<int> runCommand(const QStringList& arguments, CliIo io,
                              const ReportPdfWriter& writeReportPdf);

} // namespace hearken::cli
