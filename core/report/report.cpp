// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report.h"

#include <QCoreApplication>

namespace hearken {

tl::expected<void, QString> checkPeriod(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return tl::unexpected(QCoreApplication::translate(
            "hearken::Report", "A report needs a first and a last day, the last not before the "
                               "first."));
    const qint64 days = from.daysTo(to) + 1;
    if (days > maxReportDays)
        return tl::unexpected(
            QCoreApplication::translate("hearken::Report",
                                        "A report covers at most %1 days; %2 to %3 is %4 days. "
                                        "Choose a shorter period.")
                .arg(maxReportDays)
                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                .arg(days));
    return {};
}

} // namespace hearken
