// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox/delivery_engine.h"

#include "domain/callback_answer.h"
#include "outbox/outbox_log.h"
#include "outbox/reply_mentions.h"
#include "store/workspace.h"
#include "triage/gratitude.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

namespace hearken {

namespace {

// The engine looks again at least this often, so that a clock change cannot strand an entry.
constexpr qint64 longestSleepSeconds = 60;

const char* kindName(DeliveryFailure::Kind kind)
{
    switch (kind) {
    case DeliveryFailure::Kind::Temporary:
        return "temporary failure, will retry";
    case DeliveryFailure::Kind::RateLimited:
        return "rate limited, will retry";
    case DeliveryFailure::Kind::SignInNeeded:
        return "sign-in needed";
    case DeliveryFailure::Kind::Rejected:
        return "rejected";
    }
    return "failed";
}

// Unique to this engine, and telling a person reading the outbox table where it runs.
QString newClaimant()
{
    return QStringLiteral("%1 pid %2 %3")
        .arg(QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
}

} // namespace

qint64 Backoff::after(int attempts) const
{
    qint64 delay = first;
    for (int i = 1; i < attempts && delay < longest; ++i)
        delay *= 2;
    return std::min(delay, longest);
}

DeliveryEngine::DeliveryEngine(Workspace& workspace, DelivererDirectory directory, Clock clock,
                               QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_directory(std::move(directory))
    , m_clock(std::move(clock))
    , m_claimant(newClaimant())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeliveryEngine::pump);
    setClaimSeconds(m_claimSeconds);
    connect(&m_renewal, &QTimer::timeout, this, &DeliveryEngine::renewClaims);
}

void DeliveryEngine::setClaimSeconds(qint64 seconds)
{
    m_claimSeconds = seconds;
    m_renewal.setInterval(int(seconds * 1000 / 3));
}

void DeliveryEngine::start()
{
    if (!m_delivers)
        return;
    m_stopped = false;
    report(m_workspace.outbox().wakeWaiting(m_clock()));
    pump();
}

void DeliveryEngine::stop()
{
    m_stopped = true;
    m_timer.stop();
    m_renewal.stop();
    if (!m_inFlight.isEmpty())
        report(m_workspace.outbox().renewClaims(m_claimant, m_clock()));
    m_inFlight.clear();
}

void DeliveryEngine::renewClaims()
{
    if (m_inFlight.isEmpty()) {
        m_renewal.stop();
        return;
    }
    report(m_workspace.outbox().renewClaims(m_claimant, m_clock() + m_claimSeconds));
}

void DeliveryEngine::report(const StoreResult<void>& outcome)
{
    if (!outcome)
        Q_EMIT failed(outcome.error().message);
}

void DeliveryEngine::pump()
{
    m_pumpScheduled = false;
    if (!m_delivers || m_stopped)
        return;
    const qint64 now = m_clock();
    auto due = m_workspace.outbox().due(now);
    auto accounts = m_workspace.accounts().accounts();
    if (!due || !accounts) {
        Q_EMIT failed(!due ? due.error().message : accounts.error().message);
        return;
    }
    QSet<qint64> busy;
    for (qint64 accountId : std::as_const(m_inFlight))
        busy.insert(accountId);
    for (const OutboxEntry& entry : std::as_const(*due)) {
        if (m_inFlight.contains(entry.id) || busy.contains(entry.accountId) ||
            m_signInNeeded.contains(entry.accountId) ||
            m_pausedUntil.value(entry.accountId, 0) > now)
            continue;
        const auto account =
            std::find_if(accounts->cbegin(), accounts->cend(),
                         [&](const Account& a) { return a.id == entry.accountId; });
        if (account == accounts->cend())
            continue;
        busy.insert(entry.accountId);
        deliver(entry, *account);
    }
    scheduleNext();
}

QCoro::Task<> DeliveryEngine::deliver(OutboxEntry queued, Account account)
{
    const qint64 now = m_clock();
    auto claimed = m_workspace.outbox().claim(queued.id, {m_claimant, now + m_claimSeconds}, now);
    if (!claimed) {
        Q_EMIT failed(claimed.error().message);
        co_return;
    }
    if (!*claimed) {
        qCDebug(lcOutbox) << "Outbox entry" << queued.id << "was claimed by another process";
        co_return;
    }
    const OutboxEntry entry = std::move(**claimed);
    Deliverer* deliverer = m_directory ? m_directory(account) : nullptr;
    if (!deliverer) {
        report(m_workspace.outbox().markFailed(
            entry.id, m_claimant,
            tr("Hearken cannot post to %1 yet. Reply there, or discard this entry.")
                .arg(account.network),
            m_clock()));
        co_return;
    }
    m_inFlight.insert(entry.id, entry.accountId);
    if (!m_renewal.isActive())
        m_renewal.start();
    qCDebug(lcOutbox) << "Delivering outbox entry" << entry.id << "of account" << entry.accountId
                      << "to" << account.network << "attempt" << entry.attempts;
    const QPointer<DeliveryEngine> self(this);
    const DeliveryOutcome outcome = co_await CallbackAnswer<DeliveryOutcome>(
        this, tl::unexpected(DeliveryFailure{DeliveryFailure::Kind::Temporary, {}, std::nullopt}),
        [&](auto answer) { deliverer->deliver(entry, std::move(answer)); });
    // The engine is gone: the entry's claim runs out and another engine sends it again.
    if (!self)
        co_return;
    finish(entry, outcome);
}

void DeliveryEngine::finish(const OutboxEntry& entry, const DeliveryOutcome& outcome)
{
    if (m_stopped || !m_inFlight.remove(entry.id))
        return;
    const qint64 now = m_clock();
    if (outcome) {
        qCDebug(lcOutbox) << "Outbox entry" << entry.id << "sent as" << outcome->remoteId;
        report(recordSuccess(entry, *outcome));
        Q_EMIT delivered(entry.id);
    } else {
        const DeliveryFailure& failure = outcome.error();
        qCDebug(lcOutbox).noquote()
            << "Outbox entry" << entry.id << kindName(failure.kind) << "-" << failure.message;
        switch (failure.kind) {
        case DeliveryFailure::Kind::Temporary:
            report(m_workspace.outbox().requeue(
                entry.id, m_claimant, now + m_backoff.after(entry.attempts), failure.message));
            break;
        case DeliveryFailure::Kind::RateLimited: {
            const qint64 until = failure.retryAt.value_or(now + m_backoff.after(entry.attempts));
            m_pausedUntil.insert(entry.accountId, until);
            report(m_workspace.outbox().requeue(entry.id, m_claimant, until, failure.message));
            break;
        }
        case DeliveryFailure::Kind::SignInNeeded:
            m_signInNeeded.insert(entry.accountId);
            report(
                m_workspace.outbox().requeue(entry.id, m_claimant, std::nullopt, failure.message));
            break;
        case DeliveryFailure::Kind::Rejected:
            report(m_workspace.outbox().markFailed(entry.id, m_claimant, failure.message, now));
            break;
        }
    }
    if (!m_pumpScheduled) {
        m_pumpScheduled = true;
        QMetaObject::invokeMethod(this, &DeliveryEngine::pump, Qt::QueuedConnection);
    }
    if (m_inFlight.isEmpty() && pendingCount() == 0)
        Q_EMIT idle();
}

StoreResult<void> DeliveryEngine::recordSuccess(const OutboxEntry& entry,
                                                const DeliveryReceipt& receipt)
{
    auto accounts = m_workspace.accounts().accounts();
    auto target = m_workspace.posts().post(entry.targetPostId);
    if (!accounts)
        return tl::unexpected(accounts.error());
    if (!target)
        return tl::unexpected(target.error());
    const auto account = std::find_if(accounts->cbegin(), accounts->cend(),
                                      [&](const Account& a) { return a.id == entry.accountId; });
    if (account == accounts->cend())
        return storeError(StoreError::Kind::Query, tr("The account of a sent reply is gone."));
    // A network clock behind ours must not make our reply older than the item it answers.
    const qint64 at = std::max(receipt.at > 0 ? receipt.at : m_clock(), target->createdAt);
    IngestBatch batch;
    if (entry.kind == OutboxKind::Reply) {
        Post own;
        own.accountId = account->id;
        own.network = account->network;
        own.remoteId =
            receipt.remoteId.isEmpty() ? u"outbox-"_qs + entry.idempotencyKey : receipt.remoteId;
        own.kind = PostKind::Own;
        own.author = {
            0,  account->network, account->remoteId, account->handle, account->displayName, {},
            {}, std::nullopt};
        own.text = entry.text;
        own.url = receipt.url;
        own.replyToRemoteId = target->remoteId;
        own.rootRemoteId = target->rootRemoteId.isEmpty() ? target->remoteId : target->rootRemoteId;
        own.createdAt = at;
        batch.ownReplies.append({own, expressesGratitude(entry.text)});
    } else {
        batch.ownLikes.append({account->network, target->remoteId, entry.actor, at, false});
    }
    // Stored before the entry is marked sent: a crash in between sends it again with the same
    // key, the network answers with the same post, and storing it again changes nothing.
    if (auto stored = m_workspace.ingest().write(batch); !stored)
        return tl::unexpected(stored.error());
    return m_workspace.outbox().markSent(entry.id, m_claimant, receipt, m_clock());
}

void DeliveryEngine::scheduleNext()
{
    // Entries held back by an answer in flight or a sign-in are woken by finish() and
    // signedIn(); only time wakes the others.
    const qint64 now = m_clock();
    auto next = m_workspace.outbox().nextAttemptAfter(now, m_claimant);
    if (!next) {
        Q_EMIT failed(next.error().message);
        return;
    }
    std::optional<qint64> wake = *next;
    for (qint64 until : std::as_const(m_pausedUntil)) {
        if (until > now)
            wake = std::min(wake.value_or(until), until);
    }
    const qint64 longestMs = m_pollMs.value_or(longestSleepSeconds * 1000);
    if (!wake && !m_pollMs) {
        m_timer.stop();
        return;
    }
    const qint64 waitMs = wake ? std::clamp<qint64>((*wake - now) * 1000, 0, longestMs) : longestMs;
    m_timer.start(int(waitMs));
}

StoreResult<OutboxEntry> DeliveryEngine::send(const OutboxDraft& draft, const AnswerGuard& guard)
{
    if (draft.kind == OutboxKind::Reply && !hasOwnWords(draft.text))
        return storeError(StoreError::Kind::Query, noOwnWordsMessage());
    auto entry = m_workspace.outbox().enqueue(draft, m_clock(), guard);
    if (entry)
        pump();
    return entry;
}

StoreResult<void> DeliveryEngine::retry(qint64 entryId, const QString& actor)
{
    auto entry = m_workspace.outbox().entry(entryId);
    if (entry && *entry)
        m_signInNeeded.remove((*entry)->accountId);
    auto retried = m_workspace.outbox().retry(entryId, actor, m_clock());
    if (retried)
        pump();
    return retried;
}

StoreResult<void> DeliveryEngine::edit(qint64 entryId, const QString& text, const QString& actor)
{
    if (!hasOwnWords(text))
        return storeError(StoreError::Kind::Query, noOwnWordsMessage());
    return m_workspace.outbox().edit(entryId, text, actor, m_clock());
}

StoreResult<void> DeliveryEngine::discard(qint64 entryId, const QString& actor)
{
    auto discarded = m_workspace.outbox().discard(entryId, actor, m_clock());
    if (discarded && m_inFlight.isEmpty() && pendingCount() == 0)
        Q_EMIT idle();
    return discarded;
}

void DeliveryEngine::signedIn(qint64 accountId)
{
    m_signInNeeded.remove(accountId);
    m_pausedUntil.remove(accountId);
    report(m_workspace.outbox().wakeWaiting(m_clock()));
    pump();
}

int DeliveryEngine::pendingCount() const
{
    return m_workspace.outbox().pendingCount().value_or(0);
}

} // namespace hearken
