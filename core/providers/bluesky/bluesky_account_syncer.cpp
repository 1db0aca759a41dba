// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_account_syncer.h"

#include "store/sync_state_repository.h"

namespace hearken {

BlueskyAccountSyncer::BlueskyAccountSyncer(Services services,
                                           std::unique_ptr<AtprotoSession> session,
                                           const Account& account, BlueskySync::Limits limits,
                                           QObject* parent)
    : AccountSyncer(parent)
    , m_services(std::move(services))
    , m_session(std::move(session))
    , m_account(account)
    , m_sync(*m_session, account, limits)
{}

SyncOutcome BlueskyAccountSyncer::outcomeOf(const XrpcError& error)
{
    SyncOutcome outcome;
    outcome.message = error.message;
    switch (error.kind) {
    case XrpcError::Kind::RateLimited:
        outcome.kind = SyncOutcome::Kind::RateLimited;
        outcome.retryAt = error.retryAt;
        break;
    case XrpcError::Kind::SignInNeeded:
        outcome.kind = SyncOutcome::Kind::SignInNeeded;
        outcome.message = tr("The Bluesky sign-in expired or was revoked: sign in again.");
        break;
    case XrpcError::Kind::Unreachable:
    case XrpcError::Kind::Rejected:
    case XrpcError::Kind::Malformed:
        outcome.kind = SyncOutcome::Kind::Failed;
        break;
    }
    return outcome;
}

void BlueskyAccountSyncer::sync(Done done)
{
    const auto cursors = m_services.syncState.cursors(m_account.id);
    if (!cursors) {
        done({SyncOutcome::Kind::Failed, cursors.error().message, std::nullopt, 0, 0});
        return;
    }
    const BlueskySyncState state{cursors->value(QLatin1String(seenStream)),
                                 cursors->value(QLatin1String(resumeStream)),
                                 cursors->value(QLatin1String(resumeUntilStream))};
    m_sync.fetch(
        state,
        [this](const BlueskySyncProgress& progress) {
            Q_EMIT this->progress({progress.phase, progress.items, 0});
        },
        [this, state,
         done = std::move(done)](const tl::expected<BlueskySyncOutcome, XrpcError>& fetched) {
            if (!fetched) {
                done(outcomeOf(fetched.error()));
                return;
            }
            IngestBatch batch = fetched->batch;
            if (m_services.classify)
                m_services.classify(batch);
            const BlueskySyncState& next = fetched->next;
            const std::pair<const char*, QString> streams[] = {
                {seenStream, next.seenUntil},
                {resumeStream, next.resumeCursor},
                {resumeUntilStream, next.resumeUntil}};
            const QString before[] = {state.seenUntil, state.resumeCursor, state.resumeUntil};
            for (int i = 0; i < 3; ++i) {
                if (streams[i].second != before[i])
                    batch.cursors.append(
                        {m_account.id, QLatin1String(streams[i].first), streams[i].second});
            }
            const auto written = m_services.ingest.write(batch);
            SyncOutcome outcome;
            if (!written) {
                outcome.kind = SyncOutcome::Kind::Failed;
                outcome.message = written.error().message;
            } else if (fetched->interruptedBy) {
                outcome = outcomeOf(*fetched->interruptedBy);
                outcome.newItems = int(written->newItemIds.size());
            } else {
                outcome.kind =
                    fetched->cancelled ? SyncOutcome::Kind::Cancelled : SyncOutcome::Kind::Ok;
                outcome.newItems = int(written->newItemIds.size());
            }
            outcome.fetched = int(fetched->batch.items.size());
            done(outcome);
        });
}

void BlueskyAccountSyncer::cancel()
{
    m_sync.cancel();
}

} // namespace hearken
