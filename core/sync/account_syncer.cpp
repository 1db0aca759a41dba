// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/account_syncer.h"

namespace hearken {

bool SyncPass::store(IngestBatch batch)
{
    const qsizetype items = batch.items.size();
    const auto stored = m_ledger.store(std::move(batch));
    if (!stored) {
        end(SyncOutcome::Kind::Failed, stored.error());
        return false;
    }
    m_outcome.newItems += *stored;
    m_stored += int(items);
    return true;
}

void SyncPass::end(SyncOutcome::Kind kind, const QString& message, std::optional<qint64> retryAt)
{
    if (m_ended)
        return;
    m_ended = true;
    m_outcome.kind = kind;
    m_outcome.message = message;
    m_outcome.retryAt = retryAt;
}

void AccountSyncer::sync(AccountLedger& ledger, Done done)
{
    cancel();
    m_pass = std::make_shared<SyncPass>(ledger);
    run(m_pass, std::move(done));
}

QCoro::Task<> AccountSyncer::run(std::shared_ptr<SyncPass> pass, Done done)
{
    co_await runPass(pass);
    if (pass->m_abandoned)
        co_return;
    if (m_pass == pass)
        m_pass.reset();
    SyncOutcome outcome = pass->m_outcome;
    if (pass->m_cancelled && outcome.kind == SyncOutcome::Kind::Ok) {
        outcome.kind = SyncOutcome::Kind::Cancelled;
        outcome.message = tr("Sync was cancelled.");
    }
    done(outcome);
}

void AccountSyncer::cancel()
{
    if (!m_pass)
        return;
    m_pass->m_cancelled = true;
    stop();
}

void AccountSyncer::abandon()
{
    if (const auto pass = std::exchange(m_pass, nullptr)) {
        pass->m_abandoned = true;
        pass->m_cancelled = true;
    }
}

void AccountSyncer::report(const SyncPass& pass, const QString& phase)
{
    Q_EMIT progress({phase, pass.outcome().fetched, pass.stored()});
}

} // namespace hearken
