// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_account_syncer.h"

#include <QDateTime>

namespace hearken::bluesky {

Syncer::Syncer(std::unique_ptr<AtprotoSession> session, const Account& account,
               Fetcher::Limits limits, QObject* parent)
    : AccountSyncer(parent)
    , m_session(std::move(session))
    , m_account(account)
    , m_sync(*m_session, account, limits)
    , m_deletions(*m_session, [] { return QDateTime::currentSecsSinceEpoch(); })
{}

SyncOutcome Syncer::outcomeOf(const XrpcError& error)
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

Syncer::~Syncer()
{
    // The pass in flight resumes as its fetch goes away, sees that the syncer is gone and ends.
    abandon();
}

namespace {

void endWith(SyncPass& pass, const XrpcError& error)
{
    const SyncOutcome failed = Syncer::outcomeOf(error);
    pass.end(failed.kind, failed.message, failed.retryAt);
}

} // namespace

QCoro::Task<> Syncer::runPass(std::shared_ptr<SyncPass> pass)
{
    const auto cursors = pass->ledger().cursors();
    if (!cursors) {
        pass->end(SyncOutcome::Kind::Failed, cursors.error());
        co_return;
    }
    const FetchState state{cursors->value(QLatin1String(seenStream)),
                           cursors->value(QLatin1String(resumeStream)),
                           cursors->value(QLatin1String(resumeUntilStream))};
    const Fetcher::Result fetched =
        co_await m_sync.fetch(state, [this](const FetchProgress& progress) {
            Q_EMIT this->progress({progress.phase, progress.items, 0});
        });
    if (pass->syncerGone())
        co_return;
    if (!fetched) {
        endWith(*pass, fetched.error());
        co_return;
    }
    IngestBatch batch = fetched->batch;
    const FetchState& next = fetched->next;
    const std::pair<const char*, QString> streams[] = {{seenStream, next.seenUntil},
                                                       {resumeStream, next.resumeCursor},
                                                       {resumeUntilStream, next.resumeUntil}};
    const QString before[] = {state.seenUntil, state.resumeCursor, state.resumeUntil};
    for (int i = 0; i < 3; ++i) {
        if (streams[i].second != before[i])
            batch.cursors.append(
                {m_account.id, QLatin1String(streams[i].first), streams[i].second});
    }
    pass->countFetched(fetched->batch.items.size());
    if (!pass->store(std::move(batch)))
        co_return;
    if (fetched->interruptedBy)
        endWith(*pass, *fetched->interruptedBy);
    else if (fetched->cancelled)
        pass->end(SyncOutcome::Kind::Cancelled, QString());
    else if (!pass->cancelled())
        co_await checkDeletions(*pass);
}

QCoro::Task<> Syncer::checkDeletions(SyncPass& pass)
{
    const auto open = pass.ledger().recentOpenRemoteIds(DeletionCheck::postsPerCheck);
    if (!open) {
        pass.end(SyncOutcome::Kind::Failed, open.error());
        co_return;
    }
    Q_EMIT progress({QStringLiteral("check"), pass.outcome().fetched, 0});
    const DeletionCheckOutcome checked = co_await m_deletions.check(*open);
    if (pass.syncerGone())
        co_return;
    if (!checked.deleted.isEmpty()) {
        IngestBatch retired;
        retired.retired = checked.deleted;
        if (!pass.store(std::move(retired)))
            co_return;
    }
    if (checked.error)
        endWith(pass, *checked.error);
    else if (checked.cancelled)
        pass.end(SyncOutcome::Kind::Cancelled, QString());
}

void Syncer::stop()
{
    m_sync.cancel();
    m_deletions.cancel();
}

} // namespace hearken::bluesky
