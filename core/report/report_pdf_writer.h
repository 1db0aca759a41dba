// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QString>

#include <tl/expected.hpp>

#include <functional>

namespace hearken {

// Writes a report as a PDF into the file at `path`: complete, or the old file untouched and the
// cause said. Its charts are drawn with Qt Widgets, which the core never links: the executable
// hands in the renderer's writeReportPdf (ui/review/report_pdf.h).
using ReportPdfWriter = std::function<tl::expected<void, QString>(
    const Report& report, const QString& path, const QString& title)>;

} // namespace hearken
