// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace hearken {

// Which items a report covers besides its period. Empty lists mean "all".
struct ReportFilter {
    QList<qint64> accountIds;
    QStringList networks;
    // 0 stands for "unassigned".
    QList<qint64> assigneeIds;

    friend bool operator==(const ReportFilter&, const ReportFilter&) = default;
};

// A span of time as instants, [start, end), seconds since the epoch.
struct TimeSpan {
    qint64 start = 0;
    qint64 end = 0;
    friend bool operator==(const TimeSpan&, const TimeSpan&) = default;
};

} // namespace hearken
