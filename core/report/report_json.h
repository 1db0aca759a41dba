// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QJsonObject>

#include <tl/expected.hpp>

namespace hearken {

// The whole report as JSON, for scripts: times as seconds since the epoch, dates as ISO
// dates, durations in seconds, missing figures as null.
QJsonObject reportToJson(const Report& report);
// Writes it into the file at `path` (see ExportFile): complete, or the old file untouched and
// the cause said.
tl::expected<void, QString> writeReportJson(const Report& report, const QString& path);

QString trendStepName(TrendStep step);

} // namespace hearken
