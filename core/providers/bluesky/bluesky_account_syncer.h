// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "providers/bluesky/atproto_session.h"
#include "providers/bluesky/bluesky_deletion_check.h"
#include "providers/bluesky/bluesky_sync.h"
#include "sync/account_syncer.h"

#include <functional>
#include <memory>

namespace hearken::bluesky {

// One Bluesky account in the sync engine: each pass fetches what is new since the stored
// notification marker (the whole reachable history the first time) with our own replies and
// likes, and hands it to the account's ledger together with the new marker; then retires the
// newest open items whose posts were deleted.
class Syncer : public AccountSyncer {
    Q_OBJECT
public:
    // The cursor streams of FetchState: the newest notification seen, and where an
    // interrupted walk down the notifications continues.
    static constexpr auto seenStream = "notifications.seen";
    static constexpr auto resumeStream = "notifications.resume";
    static constexpr auto resumeUntilStream = "notifications.resumeUntil";

    Syncer(std::unique_ptr<AtprotoSession> session, const Account& account,
           Fetcher::Limits limits = {}, QObject* parent = nullptr);

    ~Syncer() override;

    static SyncOutcome outcomeOf(const XrpcError& error);

protected:
    QCoro::Task<> runPass(std::shared_ptr<SyncPass> pass) override;
    void stop() override;

private:
    QCoro::Task<> checkDeletions(SyncPass& pass);

    std::unique_ptr<AtprotoSession> m_session;
    Account m_account;
    Fetcher m_sync;
    DeletionCheck m_deletions;
};

} // namespace hearken::bluesky
