// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "providers/bluesky/atproto_session.h"
#include "providers/bluesky/bluesky_sync.h"
#include "store/ingest_writer.h"
#include "sync/account_syncer.h"

#include <functional>
#include <memory>

namespace hearken {

class SyncStateRepository;

// One Bluesky account in the sync engine: each pass fetches what is new since the stored
// notification marker (the whole reachable history the first time) with our own replies and
// likes, and stores it together with the new marker in one transaction.
class BlueskyAccountSyncer : public AccountSyncer {
    Q_OBJECT
public:
    struct Services {
        IngestWriter& ingest;
        SyncStateRepository& syncState;
        // Labels new items and thanks (ToneTriage::classify); may be empty.
        std::function<void(IngestBatch&)> classify;
    };
    // The cursor streams of BlueskySyncState: the newest notification seen, and where an
    // interrupted walk down the notifications continues.
    static constexpr auto seenStream = "notifications.seen";
    static constexpr auto resumeStream = "notifications.resume";
    static constexpr auto resumeUntilStream = "notifications.resumeUntil";

    BlueskyAccountSyncer(Services services, std::unique_ptr<AtprotoSession> session,
                         const Account& account, BlueskySync::Limits limits = {},
                         QObject* parent = nullptr);

    void sync(Done done) override;
    void cancel() override;

    static SyncOutcome outcomeOf(const XrpcError& error);

private:
    Services m_services;
    std::unique_ptr<AtprotoSession> m_session;
    Account m_account;
    BlueskySync m_sync;
};

} // namespace hearken
