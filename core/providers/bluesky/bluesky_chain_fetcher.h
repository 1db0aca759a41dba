// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/bluesky/bluesky_provider.h"
#include "providers/conversation_fetcher.h"

#include <QHash>

#include <functional>
#include <memory>

namespace hearken::bluesky {

// Fetches the conversation above a Bluesky post, from its thread's root down to its parent
// (app.bsky.feed.getPostThread with its parents and no replies). One session per account,
// opened from the vault on first use.
class ChainFetcher : public ConversationFetcher {
public:
    explicit ChainFetcher(bluesky::SessionServices services);
    ~ChainFetcher() override;

    void fetch(const Account& account, const Post& post, Fetched done) override;

private:
    void fetchWith(AtprotoSession& session, const Account& account, const Post& post, Fetched done);

    bluesky::SessionServices m_services;
    QHash<qint64, std::shared_ptr<AtprotoSession>> m_sessions;
    // Tells a vault or network answer arriving after this object is gone to do nothing.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace hearken::bluesky
