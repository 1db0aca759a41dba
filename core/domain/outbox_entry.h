// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace hearken {

// What a manager asked to send to a network on an item's behalf.
enum class OutboxKind { Reply, Like };

// Where an entry is on its way out. An entry is written Queued (committed) before any network
// call and marked Sending just before one; an entry found Sending after a crash is sent again
// with the same idempotency key, so the network keeps exactly one copy.
enum class OutboxState { Queued, Sending, Sent, Failed };

// A reply or like on its way out: written to the workspace first, then delivered.
struct OutboxEntry {
    qint64 id = 0;
    qint64 accountId = 0;
    // The queue item (an inbound post) this entry answers or likes.
    qint64 targetPostId = 0;
    QString network;
    QString targetRemoteId;
    OutboxKind kind = OutboxKind::Reply;
    QString text;
    // The audience on networks that have one (Mastodon visibility); empty means the target's.
    QString visibility;
    // Stable for the entry's whole life; every attempt sends the same key.
    QString idempotencyKey;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QString lastError;
    // The network's id for the reply or the like once it is sent.
    QString remoteId;
    QString remoteUrl;
    qint64 createdAt = 0;
    std::optional<qint64> nextAttemptAt;
    QString actor;
    // The follow-up topic this reply tells the person about; sending it marks them told.
    std::optional<qint64> topicId;
};

QString outboxStateName(OutboxState state);
std::optional<OutboxState> outboxStateFromName(QStringView name);
QString outboxStateLabel(OutboxState state);
QString outboxKindName(OutboxKind kind);
std::optional<OutboxKind> outboxKindFromName(QStringView name);

} // namespace hearken
