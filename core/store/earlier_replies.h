// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hearken {

// A reply to an item that someone else made: a colleague's reply in the outbox (queued, going
// out or sent), or one of the brand's posts that arrived from the network (sent from another
// app). `person` names the colleague; empty for a post from elsewhere, which `handle` made.
struct EarlierReply {
    QString person;
    QString handle;
    qint64 at = 0;
    QString text;
};

// What the writer of a reply knew when they sent it, which OutboxRepository::enqueue() holds
// against the replies others made.
struct AnswerGuard {
    // When they began it (the composer opened on the item); unset, nothing is checked.
    std::optional<qint64> writtenSince;
    // Set when they saw the replies made until then and chose to send theirs too.
    std::optional<qint64> secondAnswerSeenAt;
};

// Who made `reply`: the colleague, or the brand's account from another app.
QString earlierReplyAuthor(const EarlierReply& reply);

// The replies to `postId` that anyone but `actor` made since `since`, oldest first. On
// PostgreSQL, inside a transaction, it first waits for any other transaction enqueueing a
// reply to the same item, so that two replies written at once cannot both miss each other.
StoreResult<QList<EarlierReply>> earlierReplies(const QSqlDatabase& db, qint64 postId, qint64 since,
                                                const QString& actor);

} // namespace hearken
