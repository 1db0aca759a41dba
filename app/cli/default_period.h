// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTimeZone>

#include <utility>

namespace hearken::cli {

// The period a report covers when none is given: the last full week, Monday to Sunday, before
// the day it is at `now` (seconds since the epoch) in `zone`.
std::pair<QDate, QDate> lastFullWeek(qint64 now, const QTimeZone& zone);

} // namespace hearken::cli
