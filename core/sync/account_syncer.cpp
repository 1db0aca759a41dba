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

QCoro::Task<SyncOutcome> AccountSyncer::sync(AccountLedger& ledger)
{
    cancel();
    m_pass = std::make_shared<SyncPass>(ledger);
    return run(m_pass);
}

QCoro::Task<SyncOutcome> AccountSyncer::run(std::shared_ptr<SyncPass> pass)
{
    co_await runPass(pass);
    // From here on `this` is touched only while the syncer lives (tr() is static).
    SyncOutcome outcome = pass->m_outcome;
    if (pass->m_cancelled && outcome.kind == SyncOutcome::Kind::Ok) {
        outcome.kind = SyncOutcome::Kind::Cancelled;
        outcome.message = tr("Sync was cancelled.");
    }
    if (!pass->m_abandoned && m_pass == pass)
        m_pass.reset();
    co_return outcome;
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
