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

int ageBucketOf(qint64 ageSeconds)
{
    for (int b = 0; b < ageBucketCount - 1; ++b) {
        if (ageSeconds < ageBucketLimits[b])
            return b;
    }
    return ageBucketCount - 1;
}

QString ageBucketLabel(int bucket)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("hearken::Backlog", "under 1 h"),
        QT_TRANSLATE_NOOP("hearken::Backlog", "1–4 h"),
        QT_TRANSLATE_NOOP("hearken::Backlog", "4–24 h"),
        QT_TRANSLATE_NOOP("hearken::Backlog", "1–3 days"),
        QT_TRANSLATE_NOOP("hearken::Backlog", "older"),
    };
    return QCoreApplication::translate("hearken::Backlog", labels[bucket]);
}

} // namespace hearken
