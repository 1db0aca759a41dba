// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/callback_answer.h"
#include "providers/bluesky/atproto_session.h"

namespace hearken::bluesky {

// `co_await`s one XRPC query of `session`; when `context` is destroyed first, the answer is an
// Unreachable error saying so, and the awaiting coroutine must end without touching it.
inline CallbackAnswer<XrpcResult> ask(AtprotoSession& session, QObject* context,
                                      const QString& nsid, const QUrlQuery& query)
{
    XrpcError gone;
    gone.message = QStringLiteral("The request was cancelled.");
    return {context, tl::unexpected(gone),
            [&session, nsid, query](auto reply) { session.query(nsid, query, std::move(reply)); }};
}

} // namespace hearken::bluesky
