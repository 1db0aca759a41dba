// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/default_period.h"

#include <QDateTime>

namespace hearken::cli {

std::pair<QDate, QDate> lastFullWeek(qint64 now, const QTimeZone& zone)
{
    const QDate today = QDateTime::fromSecsSinceEpoch(now, zone).date();
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    return {thisMonday.addDays(-7), thisMonday.addDays(-1)};
}

} // namespace hearken::cli
