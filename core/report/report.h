// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flags.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <tl/expected.hpp>

#include <array>
#include <optional>

namespace hearken {

// Which items a report covers besides its period. Empty lists mean "all".
struct ReportFilter {
    QList<qint64> accountIds;
    QStringList networks;
    // 0 stands for "unassigned".
    QList<qint64> assigneeIds;

    friend bool operator==(const ReportFilter&, const ReportFilter&) = default;
};

enum class TrendStep { Day, Week };

// What a supervisor asks for: a period of whole days in the workspace's time zone.
struct ReportRequest {
    QDate from;
    QDate to; // inclusive
    ReportFilter filter;
    // Without one: days for periods up to 31 days, weeks beyond.
    std::optional<TrendStep> step;
};

// The longest period a report covers: a year, leap day included. What a report costs grows
// with its days (trend points, business hours of every day), not only with its items.
constexpr qint64 maxReportDays = 366;

// Whether a report can cover these days: valid dates, `to` not before `from`, at most
// maxReportDays. Otherwise says what to change.
tl::expected<void, QString> checkPeriod(QDate from, QDate to);

// A span of time as instants, [start, end), seconds since the epoch.
struct TimeSpan {
    qint64 start = 0;
    qint64 end = 0;
    friend bool operator==(const TimeSpan&, const TimeSpan&) = default;
};

// A share of items that got what they needed.
struct Rate {
    qint64 total = 0;
    qint64 met = 0;
    std::optional<double> share() const
    {
        return total > 0 ? std::optional<double>(double(met) / double(total)) : std::nullopt;
    }
    friend bool operator==(const Rate&, const Rate&) = default;
};

// Seconds to first response (business seconds when the workspace has business hours).
struct ResponseTimes {
    qint64 count = 0;
    std::optional<qint64> median;
    std::optional<qint64> p90;
};

// Items that needed a response of one kind and whether it came within the target.
struct TargetRecord {
    qint64 met = 0;
    qint64 missed = 0;
    // No response yet and the target not yet passed.
    qint64 pending = 0;
};

struct AssigneeRecord {
    qint64 teammateId = 0; // 0: unassigned
    QString name;
    qint64 items = 0;
    qint64 answered = 0;
    qint64 done = 0;
    qint64 dismissed = 0;
    std::optional<qint64> medianFirstResponse;
};

struct DismissalRecord {
    QString actor; // empty when no event recorded who dismissed
    qint64 items = 0;
};

// The response record of one period.
struct ResponseRecord {
    qint64 received = 0;
    Rate criticismAnswered;
    Rate questionsAnswered;
    Rate praiseThanked;
    ResponseTimes firstResponse;
    TargetRecord criticismTarget;
    TargetRecord questionTarget;
    TargetRecord praiseTarget;
    QList<AssigneeRecord> assignees;
    qint64 dismissed = 0;
    QList<DismissalRecord> dismissedBy;
    qint64 reopened = 0;
    // Items that got more than one of our replies in the period; counted for the report's
    // own period only.
    std::optional<qint64> severalReplies;
};

struct TrendPoint {
    QDate start;
    qint64 received = 0;
    qint64 responded = 0;
    std::optional<qint64> medianFirstResponse;
    std::optional<double> criticismAnswerRate;
};

struct Trends {
    TrendStep step = TrendStep::Day;
    QList<TrendPoint> current;
    // The period of equal length just before, point for point.
    QList<TrendPoint> previous;
};

// The three attention flags a backlog is counted by, in this order.
inline constexpr Flag backlogFlags[] = {Flag::UnansweredCriticism, Flag::UnansweredQuestion,
                                        Flag::UnthankedPraise};
// Age buckets of waiting items: < 1 h, 1–4 h, 4–24 h, 1–3 days, older.
inline constexpr qint64 ageBucketLimits[] = {60 * 60, 4 * 60 * 60, 24 * 60 * 60, 3 * 24 * 60 * 60};
inline constexpr int ageBucketCount = 5;
int ageBucketOf(qint64 ageSeconds);
QString ageBucketLabel(int bucket);

struct WaitingItem {
    qint64 postId = 0;
    qint64 receivedAt = 0;
    QString network;
    QString accountHandle;
    QString authorHandle;
    QString text;
    Flags flags;
    QString assignee;
};

// Open items now (snoozed ones are not waiting), whatever the period.
struct Backlog {
    qint64 open = 0;
    qint64 overdue = 0;
    // [flag][age bucket]
    std::array<std::array<qint64, ageBucketCount>, 3> byFlagAndAge{};
    // Longest waiting first.
    QList<WaitingItem> oldest;
};

// Many identical replies read as a robot: the same words (by fingerprint) sent many times.
struct RepeatedReply {
    QString fingerprint;
    QString example;
    qint64 replies = 0;
    qint64 people = 0;
};

struct FollowUpTopic {
    qint64 topicId = 0;
    QString name;
    QString status;
    qint64 items = 0;
    qint64 people = 0;
    qint64 told = 0;
};

struct Report {
    ReportRequest request;
    QString timeZone;
    QString businessHours; // WeeklyHours text; empty: every hour counts
    ResponseTargets targets;
    qint64 generatedAt = 0;
    TimeSpan period;
    TimeSpan previousPeriod;
    Backlog backlog;
    ResponseRecord record;
    ResponseRecord previousRecord;
    Trends trends;
    QList<RepeatedReply> repeatedReplies;
    QList<FollowUpTopic> followUps;
};

} // namespace hearken
