// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_metrics.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace hearken {

std::optional<qint64> percentile(std::vector<qint64>& values, int percent)
{
    if (values.empty())
        return std::nullopt;
    const auto rank = std::max<std::size_t>(
        1, std::size_t(std::ceil(double(percent) / 100.0 * double(values.size()))));
    const auto nth = values.begin() + std::ptrdiff_t(rank - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

std::optional<qint64> firstResponseSeconds(const ReportItemRow& item, const BusinessClock& clock)
{
    if (!item.answeredAt)
        return std::nullopt;
    return clock.seconds(item.receivedAt, *item.answeredAt);
}

RecordCounter::RecordCounter(const BusinessClock& clock, const ResponseTargets& targets, qint64 now)
    : m_clock(clock)
    , m_targets(targets)
    , m_now(now)
{}

void RecordCounter::countTarget(TargetRecord& record, qint64 target,
                                std::optional<qint64> respondedAt, qint64 receivedAt) const
{
    if (respondedAt) {
        if (m_clock.seconds(receivedAt, *respondedAt) <= target)
            ++record.met;
        else
            ++record.missed;
    } else if (m_clock.seconds(receivedAt, m_now) > target) {
        ++record.missed;
    } else {
        ++record.pending;
    }
}

void RecordCounter::add(const ReportItemRow& item)
{
    ++m_record.received;
    const auto responseTime = firstResponseSeconds(item, m_clock);
    if (responseTime)
        m_responseTimes.push_back(*responseTime);

    Assignee& assignee = m_assignees[item.assigneeId];
    ++assignee.record.items;
    if (responseTime) {
        ++assignee.record.answered;
        assignee.responseTimes.push_back(*responseTime);
    }
    if (item.state == ItemState::Done)
        ++assignee.record.done;
    if (item.state == ItemState::Dismissed) {
        ++assignee.record.dismissed;
        ++m_record.dismissed;
        // Dismissed: judged to need no response, so it counts for no rate or target.
        return;
    }
    const bool answered = item.answeredAt.has_value();
    if (item.tone == Tone::Criticism) {
        ++m_record.criticismAnswered.total;
        m_record.criticismAnswered.met += answered ? 1 : 0;
        countTarget(m_record.criticismTarget, m_targets.criticism, item.answeredAt,
                    item.receivedAt);
    }
    if (item.isQuestion) {
        ++m_record.questionsAnswered.total;
        m_record.questionsAnswered.met += answered ? 1 : 0;
        countTarget(m_record.questionTarget, m_targets.question, item.answeredAt, item.receivedAt);
    }
    if (item.tone == Tone::Praise) {
        ++m_record.praiseThanked.total;
        m_record.praiseThanked.met += item.thankedAt ? 1 : 0;
        countTarget(m_record.praiseTarget, m_targets.praise, item.thankedAt, item.receivedAt);
    }
}

ResponseRecord RecordCounter::finish(const QHash<qint64, QString>& names)
{
    ResponseRecord record = m_record;
    record.firstResponse.count = qint64(m_responseTimes.size());
    record.firstResponse.median = percentile(m_responseTimes, 50);
    record.firstResponse.p90 = percentile(m_responseTimes, 90);
    for (auto it = m_assignees.begin(); it != m_assignees.end(); ++it) {
        AssigneeRecord assignee = it->record;
        assignee.teammateId = it.key();
        assignee.name = names.value(it.key());
        assignee.medianFirstResponse = percentile(it->responseTimes, 50);
        record.assignees.append(assignee);
    }
    std::sort(record.assignees.begin(), record.assignees.end(),
              [](const AssigneeRecord& a, const AssigneeRecord& b) {
                  // Unassigned last, the rest by name.
                  if ((a.teammateId == 0) != (b.teammateId == 0))
                      return b.teammateId == 0;
                  return a.name.localeAwareCompare(b.name) < 0;
              });
    return record;
}

TrendCounter::TrendCounter(QDate from, QDate to, TrendStep step, const QTimeZone& zone,
                           const BusinessClock& clock)
    : m_clock(clock)
{
    QDate start = from;
    if (step == TrendStep::Week)
        start = from.addDays(1 - from.dayOfWeek());
    for (QDate day = start; day <= to; day = day.addDays(step == TrendStep::Week ? 7 : 1)) {
        Point point;
        point.point.start = day;
        m_points.append(point);
        m_starts.append(QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch());
    }
}

void TrendCounter::add(const ReportItemRow& item)
{
    auto after = std::upper_bound(m_starts.cbegin(), m_starts.cend(), item.receivedAt);
    if (after == m_starts.cbegin())
        return;
    Point& point = m_points[std::distance(m_starts.cbegin(), after) - 1];
    ++point.point.received;
    if (const auto seconds = firstResponseSeconds(item, m_clock)) {
        ++point.point.responded;
        point.responseTimes.push_back(*seconds);
    }
    if (item.tone == Tone::Criticism && item.state != ItemState::Dismissed) {
        ++point.criticism.total;
        point.criticism.met += item.answeredAt ? 1 : 0;
    }
}

QList<TrendPoint> TrendCounter::finish()
{
    QList<TrendPoint> points;
    for (Point& point : m_points) {
        point.point.medianFirstResponse = percentile(point.responseTimes, 50);
        point.point.criticismAnswerRate = point.criticism.share();
        points.append(point.point);
    }
    return points;
}

TrendStep defaultTrendStep(QDate from, QDate to)
{
    return from.daysTo(to) < 31 ? TrendStep::Day : TrendStep::Week;
}

} // namespace hearken
