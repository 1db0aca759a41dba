// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_account_syncer.h"

#include "store/sync_state_repository.h"

#include <QDateTime>

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
    , m_deletions(*m_session, [] { return QDateTime::currentSecsSinceEpoch(); })
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
    const QString seen = cursors->value(QLatin1String(seenStream));
    const QString phase = seen.isEmpty() ? QStringLiteral("backfill") : QStringLiteral("new");
    m_sync.fetch(
        seen,
        [this, phase](const BlueskySyncProgress& progress) {
            Q_EMIT this->progress({phase, progress.items, 0});
        },
        [this, seen,
         done = std::move(done)](const tl::expected<BlueskySyncOutcome, XrpcError>& fetched) {
            if (!fetched) {
                done(outcomeOf(fetched.error()));
                return;
            }
            IngestBatch batch = fetched->batch;
            if (m_services.classify)
                m_services.classify(batch);
            if (!fetched->cancelled && fetched->seenUntil != seen)
                batch.cursors.append({m_account.id, QLatin1String(seenStream), fetched->seenUntil});
            const auto written = m_services.ingest.write(batch);
            SyncOutcome outcome;
            outcome.fetched = int(fetched->batch.items.size());
            if (!written) {
                outcome.kind = SyncOutcome::Kind::Failed;
                outcome.message = written.error().message;
            } else {
                outcome.kind =
                    fetched->cancelled ? SyncOutcome::Kind::Cancelled : SyncOutcome::Kind::Ok;
                outcome.newItems = int(written->newItemIds.size());
            }
            if (outcome.kind == SyncOutcome::Kind::Ok)
                checkDeletions(outcome, std::move(done));
            else
                done(outcome);
        });
}

void BlueskyAccountSyncer::checkDeletions(SyncOutcome outcome, Done done)
{
    const auto open =
        m_services.syncState.recentOpenRemoteIds(m_account.id, BlueskyDeletionCheck::postsPerCheck);
    if (!open) {
        done({SyncOutcome::Kind::Failed, open.error().message, std::nullopt, outcome.newItems,
              outcome.fetched});
        return;
    }
    Q_EMIT progress({QStringLiteral("check"), outcome.fetched, 0});
    m_deletions.check(*open, [this, outcome,
                              done = std::move(done)](const DeletionCheckOutcome& checked) mutable {
        if (!checked.deleted.isEmpty()) {
            IngestBatch retired;
            retired.retired = checked.deleted;
            if (const auto written = m_services.ingest.write(retired); !written) {
                outcome.kind = SyncOutcome::Kind::Failed;
                outcome.message = written.error().message;
            }
        }
        if (checked.error && outcome.kind == SyncOutcome::Kind::Ok) {
            const SyncOutcome failed = outcomeOf(*checked.error);
            outcome.kind = failed.kind;
            outcome.message = failed.message;
            outcome.retryAt = failed.retryAt;
        } else if (checked.cancelled && outcome.kind == SyncOutcome::Kind::Ok) {
            outcome.kind = SyncOutcome::Kind::Cancelled;
        }
        done(outcome);
    });
}

void BlueskyAccountSyncer::cancel()
{
    m_sync.cancel();
    m_deletions.cancel();
}

} // namespace hearken
