// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearken {

// Items dismissed by one person, as the store counts them for a report.
struct DismissalRecord {
    QString actor; // empty when no event recorded who dismissed
    qint64 items = 0;
};

// A follow-up topic that a report's items were tagged with, and how far it got.
struct FollowUpTopic {
    qint64 topicId = 0;
    QString name;
    QString status;
    qint64 items = 0;
    qint64 people = 0;
    qint64 told = 0;
};

// The open items waiting on one assignee now (teammateId 0: on nobody), and since when the
// oldest of them waits.
struct WaitingOn {
    qint64 teammateId = 0;
    QString name;
    qint64 open = 0;
    qint64 oldestReceivedAt = 0;
    friend bool operator==(const WaitingOn&, const WaitingOn&) = default;
};

} // namespace hearken
