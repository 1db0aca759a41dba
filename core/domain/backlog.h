// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flags.h"

#include <QList>
#include <QString>

#include <array>

namespace hearken {

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

} // namespace hearken
