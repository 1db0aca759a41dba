// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QJsonObject>

namespace hearken {

// The whole report as JSON, for scripts: times as seconds since the epoch, dates as ISO
// dates, durations in seconds, missing figures as null.
QJsonObject reportToJson(const Report& report);

QString trendStepName(TrendStep step);

} // namespace hearken
