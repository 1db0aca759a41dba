// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/callback_answer.h"
#include "providers/bluesky/atproto_session.h"

namespace hearken::bluesky {

// `co_await`s one XRPC query of `session` for a coroutine of `context`: when `context` is
// destroyed first, the answer is at once a cancelled error, and the awaiting coroutine must end
// without touching it.
inline CallbackAnswer<XrpcResult> ask(AtprotoSession& session, QObject* context,
                                      const QString& nsid, const QUrlQuery& query)
{
    return {context, tl::unexpected(XrpcError::cancelled()),
            [&session, context, nsid, query](auto reply) {
                QCoro::connect(session.query(nsid, query), context, std::move(reply));
            }};
}

} // namespace hearken::bluesky
