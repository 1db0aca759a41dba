// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/cli_io.h"
#include "report/report_pdf_writer.h"

#include <QStringList>

namespace hearken::cli {

// hearken report --format csv|pdf|json [--from DATE --to DATE] [--account ID]
//                [--network NAME] [--assignee ID] [--output FILE]
// Without dates: the last full week; without --output: standard output. `writePdf` draws
// --format pdf.
int runReportCommand(const QStringList& arguments, CliIo io, const ReportPdfWriter& writePdf);

// Whether the report's arguments ask for a PDF, which is drawn with the graphical toolkit.
bool reportDrawsPictures(const QStringList& arguments);

} // namespace hearken::cli
