// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/backlog.h"
#include "domain/flags.h"
#include "domain/item_state.h"
#include "domain/report_rows.h"
#include "domain/report_scope.h"
#include "domain/tone.h"
#include "store/store_error.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace hearken {

class Database;

// What the response record reads of one queue item.
struct ReportItemRow {
    qint64 postId = 0;
    qint64 receivedAt = 0;
    std::optional<Tone> tone;
    bool isQuestion = false;
    ItemState state = ItemState::Open;
    qint64 assigneeId = 0; // 0: unassigned
    std::optional<qint64> answeredAt;
    std::optional<qint64> thankedAt;
};

// One line of the history that counts for a person's figures (a reply or a like they queued,
// a hand-over), with the item it is about.
struct PersonEventRow {
    QString actor;
    enum class Kind { Reply, Like, HandOver } kind = Kind::Reply;
    ReportItemRow item;
};

// One of our replies: its words and the person it answered.
struct OwnReplyRow {
    QString text;
    qint64 recipientId = 0;
    QString recipientName;
    qint64 targetPostId = 0;
};

// One line of an item's history.
struct TimelineEvent {
    qint64 at = 0;
    QString actor;
    QString kind;
    QString detail;
};

// Everything the audit export says about one item.
struct ItemTimeline {
    ReportItemRow item;
    QString network;
    QString accountHandle;
    QString authorHandle;
    QString url;
    QString text;
    QString assignee;
    std::optional<qint64> likedAt;
    qint64 ownReplies = 0;
    QList<TimelineEvent> events;
};

// Every query the supervisor's review runs: reports read, never write. Times are bound as
// seconds since the epoch and all calendar arithmetic happens in C++, so the SQL here needs
// no dialect's date functions.
class ReportRepository {
public:
    // Return false to stop a scan early; the scan then ends without an error.
    template <typename Row>
    using Visit = std::function<bool(const Row&)>;

    explicit ReportRepository(Database& database);

    // Items received in `span` that pass the filter, oldest first.
    StoreResult<void> scanItems(const ReportFilter& filter, TimeSpan span,
                                const Visit<ReportItemRow>& visit) const;
    // Our replies made in `span` from the filter's accounts and networks.
    StoreResult<void> scanOwnReplies(const ReportFilter& filter, TimeSpan span,
                                     const Visit<OwnReplyRow>& visit) const;
    // Items received in `span` with their history, oldest first.
    StoreResult<void> scanTimelines(const ReportFilter& filter, TimeSpan span,
                                    const Visit<ItemTimeline>& visit) const;

    // The lines of the history that count for people's figures, on items received in `span`,
    // item by item and in the order they were written.
    StoreResult<void> scanPersonEvents(const ReportFilter& filter, TimeSpan span,
                                       const Visit<PersonEventRow>& visit) const;
    // Open items now, per assignee (0: unassigned), with the oldest arrival of each; unnamed.
    StoreResult<QList<WaitingOn>> waitingOn(const ReportFilter& filter) const;
    // The open items now waiting on these assignees (0: unassigned), oldest first.
    StoreResult<QList<qint64>> openItemsOf(const ReportFilter& filter,
                                           const QList<qint64>& assigneeIds) const;

    StoreResult<QHash<qint64, QString>> teammateNames() const;
    // Items received in `span` that are dismissed now, by who dismissed them last.
    StoreResult<QList<DismissalRecord>> dismissals(const ReportFilter& filter, TimeSpan span) const;
    // Items received in `span` that were marked done and later reopened.
    StoreResult<qint64> reopened(const ReportFilter& filter, TimeSpan span) const;

    // Open items now, counted by flag and age; `now` dates the ages.
    StoreResult<Backlog> backlog(const ReportFilter& filter, qint64 now,
                                 const ResponseTargets& targets, int oldestLimit) const;
    // Topics items received in `span` were tagged with.
    StoreResult<QList<FollowUpTopic>> followUps(const ReportFilter& filter, TimeSpan span) const;

private:
    Database& m_database;
};

} // namespace hearken
