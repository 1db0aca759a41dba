// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/queue_item.h"

#include <QList>

#include <optional>

namespace hearken {

// An inbound post that needs a human, with what is known about it on arrival.
struct InboundItem {
    Post post;
    std::optional<Tone> tone;
    double toneConfidence = 0;
    std::optional<ToneSource> toneSource;
    bool isQuestion = false;
    ItemState state = ItemState::Open;
    std::optional<qint64> snoozedUntil;
    std::optional<qint64> assigneeId;
    // The server's notification policy held it back from the account's own apps.
    bool heldBack = false;
};

// A reply one of our accounts made, from Hearken or any other app.
struct OwnReply {
    Post post;
    bool expressesThanks = false;
};

// One of our accounts liked (or, with `removed`, unliked) an inbound post, from any app.
struct OwnLike {
    QString network;
    QString targetRemoteId;
    QString actor;
    qint64 at = 0;
    bool removed = false;
};

// A sync position of one account on one of its streams ("notifications.newest" ...),
// committed with the data it covers so that a crash never skips or repeats data.
struct CursorUpdate {
    qint64 accountId = 0;
    QString stream;
    QString value;
};

// A post the network says was deleted: its queue row is retired (dismissed, with an event).
struct RetiredPost {
    QString network;
    QString remoteId;
    qint64 at = 0;
};

// Everything one sync step (or a sample import) brings, stored in one transaction.
struct IngestBatch {
    QList<InboundItem> items;
    // Posts that give threads their context but need no answer (our own top-level posts,
    // other people's posts higher up a thread).
    QList<Post> context;
    QList<OwnReply> ownReplies;
    QList<OwnLike> ownLikes;
    QList<RetiredPost> retired;
    QList<CursorUpdate> cursors;
};

} // namespace hearken
