// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/answer_check.h"

#include "store/workspace.h"

namespace hearken {

StoreResult<AnswerCheck> checkAnswer(Workspace& workspace, const OutboxDraft& draft,
                                     qint64 writtenSince, qint64 now)
{
    if (draft.kind != OutboxKind::Reply)
        return AnswerCheck{{}, writtenSince, now};
    return earlierReplies(workspace.database().connection(), draft.targetPostId, writtenSince,
                          draft.actor)
        .map([writtenSince, now](QList<EarlierReply> replies) {
            return AnswerCheck{std::move(replies), writtenSince, now};
        });
}

} // namespace hearken
