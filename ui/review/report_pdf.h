// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QString>

#include <tl/expected.hpp>

class QTextDocument;

namespace hearken {

// The printable report: headline figures, backlog, response record, trend charts, repeated
// replies and follow-ups, as a rich-text document with the charts as images. Needs a
// QApplication (the charts are graphics items).
void fillReportDocument(QTextDocument& document, const Report& report, const QString& title);

// Writes the report as an A4 PDF into the file at `path` (see ExportFile): complete, or the old
// file untouched and the cause said.
tl::expected<void, QString> writeReportPdf(const Report& report, const QString& path,
                                           const QString& title);

} // namespace hearken
