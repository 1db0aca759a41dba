// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/bluesky/bluesky_provider.h"
#include "store/ingest_writer.h"

#include <QHash>

#include <functional>
#include <memory>

namespace hearken::bluesky {

// Fetches the conversation above a Bluesky post, from its thread's root down to its parent
// (app.bsky.feed.getPostThread with its parents and no replies), and stores it as context:
// kept in the workspace for the thread pane, never queued. One session per account, opened
// from the vault on first use.
class ChainFetcher {
public:
    ChainFetcher(bluesky::SessionServices services, IngestWriter& ingest);
    ~ChainFetcher();

    // `done` gets what went wrong, said for the person reading; empty when the chain is stored.
    void fetch(const Account& account, const Post& post, std::function<void(const QString&)> done);

private:
    void fetchWith(AtprotoSession& session, const Account& account, const Post& post,
                   std::function<void(const QString&)> done);

    bluesky::SessionServices m_services;
    IngestWriter& m_ingest;
    QHash<qint64, std::shared_ptr<AtprotoSession>> m_sessions;
    // Tells a vault or network answer arriving after this object is gone to do nothing.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace hearken::bluesky
