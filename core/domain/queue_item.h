// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flags.h"
#include "domain/post.h"

#include <QString>

#include <optional>

namespace hearken {

// The part of a queue row a person changes by triaging it; undo restores a snapshot of it.
struct TriageState {
    qint64 postId = 0;
    ItemState state = ItemState::Open;
    std::optional<qint64> snoozedUntil;
    std::optional<qint64> assigneeId;
    std::optional<Tone> tone;
    double toneConfidence = 0;
    std::optional<ToneSource> toneSource;
    bool isQuestion = false;

    friend bool operator==(const TriageState&, const TriageState&) = default;
};

// One row of the queue as views show it.
struct QueueItem {
    qint64 postId = 0;
    qint64 accountId = 0;
    QString network;
    QString accountHandle;
    PostKind kind = PostKind::Mention;
    QString authorHandle;
    QString authorName;
    QString text;
    TriageFacts facts;
    TriageState triage;
    QString assigneeName;
    int rank = 3;
    // When Hearken noticed that the author deleted the post and retired the item.
    std::optional<qint64> deletedAt;
    // The server's notification policy held it back from the account's own apps.
    bool heldBack = false;
};

} // namespace hearken
