// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/sync_engine.h"

#include "store/workspace.h"
#include "sync/sync_log.h"

#include <QPointer>

namespace hearken {

namespace {

const char* kindName(SyncOutcome::Kind kind)
{
    switch (kind) {
    case SyncOutcome::Kind::Ok:
        return "ok";
    case SyncOutcome::Kind::Cancelled:
        return "cancelled";
    case SyncOutcome::Kind::RateLimited:
        return "rate-limited";
    case SyncOutcome::Kind::SignInNeeded:
        return "sign-in needed";
    case SyncOutcome::Kind::Failed:
        break;
    }
    return "failed";
}

} // namespace

struct SyncEngine::Entry {
    Entry(Workspace& workspace, qint64 accountId, Classify classify)
        : ledger(workspace, accountId, std::move(classify))
    {}

    WorkspaceLedger ledger;
    std::unique_ptr<AccountSyncer> syncer;
    bool making = false;
    bool running = false;
    // Another pass was asked for while one ran.
    bool again = false;
    // The sign-in stopped working: its syncer holds a token the network refuses.
    bool signInLost = false;
    QTimer debounce;
    QTimer resume;
};

SyncEngine::SyncEngine(Workspace& workspace, Classify classify, std::function<qint64()> now,
                       QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_locks(workspace.database())
    , m_classify(std::move(classify))
    , m_now(std::move(now))
{
    connect(&m_schedule, &QTimer::timeout, this, &SyncEngine::syncAll);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setFactory(const QString& network, Factory factory)
{
    m_factories.insert(network, std::move(factory));
}

void SyncEngine::setIntervals(int pollMs, int liveMs)
{
    m_pollMs = pollMs;
    m_liveMs = liveMs;
}

void SyncEngine::start()
{
    m_schedule.start(m_pollMs);
    syncAll();
}

void SyncEngine::syncAll()
{
    auto accounts = m_workspace.accounts().accounts();
    if (!accounts)
        return;
    bool allLive = !accounts->isEmpty();
    for (const Account& account : std::as_const(*accounts)) {
        if (account.isSample || !m_factories.contains(account.network))
            continue;
        const auto entry = m_entries.value(account.id);
        allLive = allLive && entry && entry->syncer && entry->syncer->isLive();
        run(account);
    }
    if (m_schedule.isActive())
        m_schedule.setInterval(allLive ? m_liveMs : m_pollMs);
    checkIdle();
}

void SyncEngine::syncAccount(qint64 accountId)
{
    auto accounts = m_workspace.accounts().accounts();
    if (!accounts)
        return;
    for (const Account& account : std::as_const(*accounts)) {
        if (account.id == accountId && m_factories.contains(account.network))
            run(account);
    }
    checkIdle();
}

void SyncEngine::syncNewAccounts()
{
    auto accounts = m_workspace.accounts().accounts();
    if (!accounts)
        return;
    for (const Account& account : std::as_const(*accounts)) {
        if (account.isSample || !m_factories.contains(account.network))
            continue;
        if (!m_entries.contains(account.id) || m_elsewhere.contains(account.id))
            run(account);
    }
    checkIdle();
}

bool SyncEngine::mayRun(qint64 accountId)
{
    const auto held = m_locks.hold(accountId);
    if (!held) {
        qCWarning(lcSync) << "account" << accountId << "lock unknown:" << held.error().message;
        return false;
    }
    if (*held) {
        m_elsewhere.remove(accountId);
        return true;
    }
    if (!m_elsewhere.contains(accountId)) {
        m_elsewhere.insert(accountId);
        qCDebug(lcSync) << "account" << accountId << "is synced by another process";
        Q_EMIT syncedElsewhere(accountId);
    }
    return false;
}

void SyncEngine::run(const Account& account)
{
    if (!mayRun(account.id))
        return;
    std::shared_ptr<Entry>& slot = m_entries[account.id];
    if (!slot) {
        slot = std::make_shared<Entry>(m_workspace, account.id, m_classify);
        slot->resume.setSingleShot(true);
        slot->resume.callOnTimeout(this, [this, id = account.id] { syncAccount(id); });
        slot->debounce.setSingleShot(true);
        slot->debounce.setInterval(300);
        slot->debounce.callOnTimeout(this, [this, id = account.id] { syncAccount(id); });
    }
    const std::shared_ptr<Entry> entry = slot;
    if (entry->running || entry->making) {
        entry->again = true;
        return;
    }
    auto status = m_workspace.syncState().status(account.id);
    if (!status)
        return;
    if (status->kind == AccountSyncStatus::Kind::SignInNeeded) {
        qCDebug(lcSync) << "account" << account.id << "waits for a new sign-in";
        return;
    }
    // Someone signed the account in again (elsewhere, as a team's desk does): a new syncer
    // reads the new token.
    if (entry->signInLost) {
        entry->signInLost = false;
        entry->syncer.reset();
    }
    if (status->kind == AccountSyncStatus::Kind::Paused && status->pausedUntil &&
        *status->pausedUntil > m_now()) {
        qCDebug(lcSync) << "account" << account.id << "paused until" << *status->pausedUntil;
        entry->resume.start(
            int(std::min<qint64>((*status->pausedUntil - m_now()) * 1000 + 500, 24 * 3600 * 1000)));
        return;
    }
    if (!entry->syncer) {
        entry->making = true;
        makeSyncer(account, entry);
        return;
    }
    entry->running = true;
    qCDebug(lcSync) << "account" << account.id << "pass starts";
    finishPass(account.id, entry, entry->syncer->sync(entry->ledger));
}

QCoro::Task<> SyncEngine::makeSyncer(Account account, std::weak_ptr<Entry> slot)
{
    const QPointer<SyncEngine> self(this);
    Made made = co_await m_factories.value(account.network)(account, this);
    // The vault may answer after the window closed the workspace or forgot the account.
    const auto entry = slot.lock();
    if (!self || !entry)
        co_return;
    entry->making = false;
    if (!made) {
        SyncOutcome outcome;
        outcome.kind = SyncOutcome::Kind::SignInNeeded;
        outcome.message = made.error();
        onOutcome(account.id, outcome);
        checkIdle();
        co_return;
    }
    entry->syncer = std::move(*made);
    AccountSyncer* syncer = entry->syncer.get();
    connect(syncer, &AccountSyncer::progress, this,
            [this, id = account.id](const SyncProgress& p) { Q_EMIT progress(id, p); });
    connect(syncer, &AccountSyncer::changed, &entry->debounce, qOverload<>(&QTimer::start));
    if (m_liveUpdates)
        syncer->startLive();
    run(account);
}

QCoro::Task<> SyncEngine::finishPass(qint64 accountId, std::weak_ptr<Entry> slot,
                                     QCoro::Task<SyncOutcome> pass)
{
    const QPointer<SyncEngine> self(this);
    const SyncOutcome outcome = co_await std::move(pass);
    // A syncer destroyed with its entry (the engine went, or forgot the account) ends its pass
    // with nobody left to tell.
    const auto entry = slot.lock();
    if (!self || !entry)
        co_return;
    entry->running = false;
    qCDebug(lcSync) << "account" << accountId << "pass ends:" << kindName(outcome.kind)
                    << outcome.message << outcome.fetched << "fetched," << outcome.newItems
                    << "new";
    onOutcome(accountId, outcome);
    if (entry->again) {
        entry->again = false;
        syncAccount(accountId);
    }
    checkIdle();
}

void SyncEngine::onOutcome(qint64 accountId, const SyncOutcome& outcome)
{
    AccountSyncStatus status;
    status.accountId = accountId;
    switch (outcome.kind) {
    case SyncOutcome::Kind::Ok:
        status.kind = AccountSyncStatus::Kind::Ok;
        status.lastSyncAt = m_now();
        break;
    case SyncOutcome::Kind::Cancelled:
        Q_EMIT accountFinished(accountId, outcome);
        return;
    case SyncOutcome::Kind::RateLimited:
        status.kind = AccountSyncStatus::Kind::Paused;
        status.pausedUntil = outcome.retryAt.value_or(m_now() + 60);
        status.lastError = outcome.message;
        break;
    case SyncOutcome::Kind::SignInNeeded:
        status.kind = AccountSyncStatus::Kind::SignInNeeded;
        status.lastError = outcome.message;
        if (auto entry = m_entries.value(accountId)) {
            entry->signInLost = true;
            if (entry->syncer)
                entry->syncer->stopLive();
        }
        break;
    case SyncOutcome::Kind::Failed:
        status.kind = AccountSyncStatus::Kind::Error;
        status.lastError = outcome.message;
        break;
    }
    (void)m_workspace.syncState().setStatus(status);
    if (status.kind == AccountSyncStatus::Kind::Paused) {
        // Resumes by itself when the server's time has come.
        syncAccount(accountId);
    }
    Q_EMIT accountFinished(accountId, outcome);
}

void SyncEngine::cancel()
{
    for (const auto& entry : std::as_const(m_entries)) {
        entry->again = false;
        entry->resume.stop();
        entry->debounce.stop();
        if (entry->syncer && entry->running)
            entry->syncer->cancel();
    }
    checkIdle();
}

bool SyncEngine::isBusy() const
{
    for (const auto& entry : m_entries) {
        if (entry->running || entry->making)
            return true;
    }
    return false;
}

void SyncEngine::forget(qint64 accountId)
{
    m_locks.release(accountId);
    m_elsewhere.remove(accountId);
    if (auto entry = m_entries.take(accountId); entry && entry->syncer) {
        entry->syncer->cancel();
        entry->syncer->stopLive();
    }
}

void SyncEngine::checkIdle()
{
    if (!isBusy())
        Q_EMIT idle();
}

} // namespace hearken
