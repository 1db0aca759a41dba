// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_account_syncer.h"

#include <QDateTime>

namespace hearken {

BlueskyAccountSyncer::BlueskyAccountSyncer(std::unique_ptr<AtprotoSession> session,
                                           const Account& account, BlueskySync::Limits limits,
                                           QObject* parent)
    : AccountSyncer(parent)
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

void BlueskyAccountSyncer::sync(AccountLedger& ledger, Done done)
{
    const auto cursors = ledger.cursors();
    if (!cursors) {
        done({SyncOutcome::Kind::Failed, cursors.error(), std::nullopt, 0, 0});
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
        [this, &ledger, state,
         done = std::move(done)](const tl::expected<BlueskySyncOutcome, XrpcError>& fetched) {
            if (!fetched) {
                done(outcomeOf(fetched.error()));
                return;
            }
            IngestBatch batch = fetched->batch;
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
            const auto written = ledger.store(std::move(batch));
            SyncOutcome outcome;
            if (!written) {
                outcome.kind = SyncOutcome::Kind::Failed;
                outcome.message = written.error();
            } else if (fetched->interruptedBy) {
                outcome = outcomeOf(*fetched->interruptedBy);
                outcome.newItems = *written;
            } else {
                outcome.kind =
                    fetched->cancelled ? SyncOutcome::Kind::Cancelled : SyncOutcome::Kind::Ok;
                outcome.newItems = *written;
            }
            outcome.fetched = int(fetched->batch.items.size());
            if (outcome.kind == SyncOutcome::Kind::Ok)
                checkDeletions(ledger, outcome, std::move(done));
            else
                done(outcome);
        });
}

void BlueskyAccountSyncer::checkDeletions(AccountLedger& ledger, SyncOutcome outcome, Done done)
{
    const auto open = ledger.recentOpenRemoteIds(BlueskyDeletionCheck::postsPerCheck);
    if (!open) {
        done({SyncOutcome::Kind::Failed, open.error(), std::nullopt, outcome.newItems,
              outcome.fetched});
        return;
    }
    Q_EMIT progress({QStringLiteral("check"), outcome.fetched, 0});
    m_deletions.check(*open, [&ledger, outcome,
                              done = std::move(done)](const DeletionCheckOutcome& checked) mutable {
        if (!checked.deleted.isEmpty()) {
            IngestBatch retired;
            retired.retired = checked.deleted;
            if (const auto written = ledger.store(std::move(retired)); !written) {
                outcome.kind = SyncOutcome::Kind::Failed;
                outcome.message = written.error();
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
