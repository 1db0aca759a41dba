// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/backlog.h"
#include "domain/flags.h"
#include "domain/report_rows.h"
#include "domain/report_scope.h"

#include <QDate>
#include <QList>
#include <QString>

#include <tl/expected.hpp>

#include <optional>

namespace hearken {

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
    friend bool operator==(const ResponseTimes&, const ResponseTimes&) = default;
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

// One person's work on the period's items, from the history: the items they answered (wrote a
// reply to that went out), how soon the items they answered first got that answer, the items
// they thanked (a like or a reply on an item now thanked) and the items they handed over.
struct PersonRecord {
    QString name;
    qint64 answered = 0;
    ResponseTimes firstAnswer;
    qint64 thanked = 0;
    qint64 handedOver = 0;
    friend bool operator==(const PersonRecord&, const PersonRecord&) = default;
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

// Many identical replies read as a robot: the same words (by fingerprint) sent many times.
struct RepeatedReply {
    QString fingerprint;
    QString example;
    qint64 replies = 0;
    qint64 people = 0;
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
    // The period's figures per person, by name, and what waits on whom now (unassigned last).
    QList<PersonRecord> people;
    QList<WaitingOn> waitingOn;
};

} // namespace hearken
