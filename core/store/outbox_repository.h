// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/delivery_outcome.h"
#include "domain/outbox_entry.h"
#include "store/store_error.h"

#include <QList>

#include <optional>

namespace hearken {

class ChangeNotifier;
class Database;

// What a person asks to send; enqueue() turns it into an entry.
struct OutboxDraft {
    qint64 accountId = 0;
    qint64 targetPostId = 0;
    OutboxKind kind = OutboxKind::Reply;
    QString text;
    QString visibility;
    QString actor;
    std::optional<qint64> topicId;
};

// One of our replies (sent, or on its way) and the person it went to.
struct RecentReply {
    QString text;
    qint64 personId = 0;
    // The person's display name and handle, which a personal reply may mention.
    QString personName;
};

// Replies and likes on their way out. Every change is committed before the caller goes on,
// so that a crash at any point leaves the entry where delivery can pick it up again.
class OutboxRepository {
public:
    OutboxRepository(Database& database, ChangeNotifier& changes);

    // Writes the entry Queued, with a new idempotency key and a "queued" event.
    StoreResult<OutboxEntry> enqueue(const OutboxDraft& draft, qint64 now);

    StoreResult<std::optional<OutboxEntry>> entry(qint64 id) const;
    // Newest first; all states when `states` is empty.
    StoreResult<QList<OutboxEntry>> entries(const QList<OutboxState>& states = {},
                                            int limit = 500) const;
    StoreResult<QList<OutboxEntry>> entriesFor(qint64 postId) const;
    // Queued entries whose time has come and every Sending one, oldest first.
    StoreResult<QList<OutboxEntry>> due(qint64 now) const;
    // The earliest time after `now` a queued entry waits for.
    StoreResult<std::optional<qint64>> nextAttemptAfter(qint64 now) const;
    // Entries not yet sent or failed: Queued and Sending.
    StoreResult<int> pendingCount() const;

    // Queued (or Sending again after a crash) → Sending, one more attempt; committed before
    // the network is asked.
    StoreResult<OutboxEntry> markSending(qint64 id);
    // Sending → Sent; a follow-up reply marks its person told.
    StoreResult<void> markSent(qint64 id, const DeliveryReceipt& receipt, qint64 now);
    // Sending → Queued, to be tried again at `nextAttemptAt` (std::nullopt: when told to).
    StoreResult<void> requeue(qint64 id, std::optional<qint64> nextAttemptAt, const QString& error);
    // Sending → Failed: a person must edit or retry it.
    StoreResult<void> markFailed(qint64 id, const QString& error, qint64 now);

    // Failed (or waiting) → Queued, due now.
    StoreResult<void> retry(qint64 id, const QString& actor, qint64 now);
    // Changes the text of a Queued or Failed reply; the idempotency key stays.
    StoreResult<void> edit(qint64 id, const QString& text, const QString& actor, qint64 now);
    // Removes a Queued or Failed entry: it will never go out.
    StoreResult<void> discard(qint64 id, const QString& actor, qint64 now);
    // Queued entries waiting without a time (for a sign-in) become due now.
    StoreResult<void> wakeWaiting(qint64 now);

    // Our replies since `since`: posted ones (from any app) and those still on their way.
    StoreResult<QList<RecentReply>> recentReplies(qint64 since) const;

private:
    // Changes one entry in a transaction with an event on its item, then announces it.
    StoreResult<void> change(qint64 id, const QString& statement, const QVariantList& binds,
                             const QString& eventKind, const QString& eventDetail,
                             const QString& actor, qint64 at);

    Database& m_database;
    ChangeNotifier& m_changes;
};

} // namespace hearken
