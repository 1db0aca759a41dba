// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/earlier_replies.h"
#include "store/outbox_repository.h"

namespace hearken {

class Workspace;

// The check just before a reply goes out: did anyone else answer the item since its writer
// began? What was found, and when it was looked for.
struct AnswerCheck {
    QList<EarlierReply> replies;
    qint64 writtenSince = 0;
    qint64 checkedAt = 0;

    // What the outbox holds the reply to once its writer decided: a reply made after the check
    // stops it; with `sendAnyway`, those found are recorded as its second answer.
    AnswerGuard guard(bool sendAnyway) const
    {
        return {writtenSince, sendAnyway ? std::optional(checkedAt) : std::nullopt};
    }
};

// The replies to `draft`'s item that anyone but its actor made since `writtenSince`, when its
// writer began it (likes are never checked).
StoreResult<AnswerCheck> checkAnswer(Workspace& workspace, const OutboxDraft& draft,
                                     qint64 writtenSince, qint64 now);

} // namespace hearken
