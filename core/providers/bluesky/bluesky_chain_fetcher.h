// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/bluesky/bluesky_provider.h"
#include "providers/conversation_fetcher.h"

#include <QCoroTask>
#include <QHash>
#include <QObject>

#include <memory>

namespace hearken::bluesky {

// Fetches the conversation above a Bluesky post, from its thread's root down to its parent
// (app.bsky.feed.getPostThread with its parents and no replies). One session per account,
// opened from the vault on first use.
class ChainFetcher : public ConversationFetcher {
public:
    explicit ChainFetcher(bluesky::SessionServices services);

    void fetch(const Account& account, const Post& post, Fetched done) override;

private:
    // After every co_await a fetch goes on only while this fetcher lives.
    QCoro::Task<tl::expected<QList<Post>, QString>> postsAbove(Account account, Post post);

    bluesky::SessionServices m_services;
    QHash<qint64, std::shared_ptr<AtprotoSession>> m_sessions;
    // Goes with this fetcher: what a fetch awaits ends, and its answer goes to nobody.
    QObject m_context;
};

} // namespace hearken::bluesky
