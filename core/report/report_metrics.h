// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/business_hours.h"
#include "report/report.h"
#include "store/report_repository.h"

#include <QHash>
#include <QTimeZone>

#include <vector>

namespace hearken {

// Nearest-rank percentile: the smallest value at least `percent` % of the values are at or
// below. Reorders `values`; std::nullopt when there are none.
std::optional<qint64> percentile(std::vector<qint64>& values, int percent);

// How long an item waited for its first reply: from arrival to the earliest of our replies
// (from any app), in business seconds when the clock has business hours.
std::optional<qint64> firstResponseSeconds(const ReportItemRow& item, const BusinessClock& clock);

// Counts one period's items into its response record, one item at a time.
class RecordCounter {
public:
    RecordCounter(const BusinessClock& clock, const ResponseTargets& targets, qint64 now);

    void add(const ReportItemRow& item);
    // The record so far; teammates are named from `names`.
    ResponseRecord finish(const QHash<qint64, QString>& names);

private:
    struct Assignee {
        AssigneeRecord record;
        std::vector<qint64> responseTimes;
    };
    void countTarget(TargetRecord& record, qint64 target, std::optional<qint64> respondedAt,
                     qint64 receivedAt) const;

    const BusinessClock& m_clock;
    ResponseTargets m_targets;
    qint64 m_now;
    ResponseRecord m_record;
    std::vector<qint64> m_responseTimes;
    QHash<qint64, Assignee> m_assignees;
};

// Counts items into trend points: one per local day or week (weeks start on Monday) of a
// period, in the workspace's time zone.
class TrendCounter {
public:
    TrendCounter(QDate from, QDate to, TrendStep step, const QTimeZone& zone,
                 const BusinessClock& clock);

    void add(const ReportItemRow& item);
    QList<TrendPoint> finish();

private:
    struct Point {
        TrendPoint point;
        Rate criticism;
        std::vector<qint64> responseTimes;
    };
    const BusinessClock& m_clock;
    QList<Point> m_points;
    QList<qint64> m_starts; // the instant each point begins
};

// The step a period's trends use unless asked: days up to 31 days, weeks beyond.
TrendStep defaultTrendStep(QDate from, QDate to);

} // namespace hearken
