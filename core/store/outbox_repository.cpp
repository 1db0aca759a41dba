// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/outbox_repository.h"

#include "store/change_notifier.h"
#include "store/database.h"
#include "store/dialect.h"
#include "store/event_sql.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QSqlQuery>
#include <QUuid>

namespace hearken {

namespace {

const QString entryColumns = QStringLiteral(
    "o.id, o.account_id, o.target_post_id, p.network, p.remote_id, o.kind, o.text, "
    "o.visibility, o.idempotency_key, o.state, o.attempts, o.last_error, o.remote_id, "
    "o.remote_url, o.created_at, o.next_attempt_at, o.actor, o.topic_id");
const QString entryFrom = QStringLiteral(" FROM outbox o JOIN posts p ON p.id = o.target_post_id ");

// How much of a reply's text an event keeps.
constexpr qsizetype eventExcerpt = 200;

OutboxEntry readEntry(const QSqlQuery& row)
{
    OutboxEntry e;
    e.id = row.value(0).toLongLong();
    e.accountId = row.value(1).toLongLong();
    e.targetPostId = row.value(2).toLongLong();
    e.network = row.value(3).toString();
    e.targetRemoteId = row.value(4).toString();
    e.kind = outboxKindFromName(row.value(5).toString()).value_or(OutboxKind::Reply);
    e.text = row.value(6).toString();
    e.visibility = row.value(7).toString();
    e.idempotencyKey = row.value(8).toString();
    e.state = outboxStateFromName(row.value(9).toString()).value_or(OutboxState::Queued);
    e.attempts = row.value(10).toInt();
    e.lastError = row.value(11).toString();
    e.remoteId = row.value(12).toString();
    e.remoteUrl = row.value(13).toString();
    e.createdAt = row.value(14).toLongLong();
    e.nextAttemptAt = sql::optionalInt(row.value(15));
    e.actor = row.value(16).toString();
    e.topicId = sql::optionalInt(row.value(17));
    return e;
}

StoreResult<QList<OutboxEntry>> readEntries(const QSqlDatabase& db, const QString& where,
                                            const QVariantList& binds)
{
    auto query = sql::exec(db, QStringLiteral("SELECT ") + entryColumns + entryFrom + where, binds);
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, readEntry);
}

// May go out: needs no approval, or has it. %1 is the outbox table's alias with its dot, or
// nothing.
const QString mayGoOut = QStringLiteral("(%1approval = 'none' OR %1approval = 'approved')");

// Due at a bound time (twice): may go out, and queued with its time come, or sending with a
// claim run out.
const QString dueCondition =
    mayGoOut +
    QStringLiteral(" AND ((%1state = 'queued' AND %1next_attempt_at <= ?) OR (%1state = 'sending' "
                   "AND (%1claimed_until IS NULL OR %1claimed_until <= ?)))");

// What an entry leaving Sending sets: nobody holds it any more.
const QString releasedClaim = QStringLiteral("claimed_by = NULL, claimed_until = NULL");

} // namespace

OutboxRepository::OutboxRepository(Database& database, ChangeNotifier& changes)
    : m_database(database)
    , m_changes(changes)
{}

StoreResult<OutboxEntry> OutboxRepository::enqueue(const OutboxDraft& draft, qint64 now,
                                                   const AnswerGuard& guard)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    if (auto answered = checkNoSecondAnswer(db, draft, guard, now); !answered)
        return tl::unexpected(answered.error());
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto inserted = sql::exec(
        db,
        QStringLiteral("INSERT INTO outbox (account_id, target_post_id, kind, text, visibility, "
                       "idempotency_key, state, created_at, next_attempt_at, actor, topic_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?) RETURNING id, approval"),
        {draft.accountId, draft.targetPostId, outboxKindName(draft.kind), draft.text,
         draft.visibility, key, now, now, draft.actor, sql::nullable(draft.topicId)});
    if (!inserted)
        return tl::unexpected(inserted.error());
    const auto found = sql::next(*inserted);
    if (!found || !*found)
        return tl::unexpected(sql::queryError(*inserted));
    const qint64 id = inserted->value(0).toLongLong();
    // On a team workspace the database decides whether the reply waits for approval (and
    // writes that in the item's history).
    const bool waits = inserted->value(1).toString() == u"waiting";
    inserted->finish();
    const QString kind = draft.kind == OutboxKind::Like ? QStringLiteral("like-queued")
                                                        : QStringLiteral("reply-queued");
    if (auto logged =
            sql::exec(db, insertEventSql,
                      {draft.targetPostId, now, draft.actor, kind, draft.text.left(eventExcerpt)});
        !logged)
        return tl::unexpected(logged.error());
    auto stored = readEntries(db, QStringLiteral("WHERE o.id = ?"), {id});
    if (!stored)
        return tl::unexpected(stored.error());
    if (stored->isEmpty())
        return storeError(StoreError::Kind::Query,
                          QStringLiteral("The reply could not be queued: its item is gone."));
    if (auto committed = transaction.commit(); !committed)
        return tl::unexpected(committed.error());
    Q_EMIT m_changes.outboxChanged({draft.targetPostId});
    if (waits)
        Q_EMIT m_changes.approvalsChanged();
    return stored->first();
}

StoreResult<void> OutboxRepository::checkNoSecondAnswer(const QSqlDatabase& db,
                                                        const OutboxDraft& draft,
                                                        const AnswerGuard& guard, qint64 now)
{
    if (draft.kind != OutboxKind::Reply || !guard.writtenSince)
        return {};
    auto earlier = earlierReplies(db, draft.targetPostId, *guard.writtenSince, draft.actor);
    if (!earlier)
        return tl::unexpected(earlier.error());
    for (const EarlierReply& reply : std::as_const(*earlier)) {
        if (!guard.secondAnswerSeenAt || reply.at > *guard.secondAnswerSeenAt)
            return storeError(StoreError::Kind::Query, secondAnswerRefused(reply));
        if (auto logged =
                sql::exec(db, insertEventSql,
                          {draft.targetPostId, now, draft.actor, QStringLiteral("second-answer"),
                           reply.text.left(eventExcerpt)});
            !logged)
            return tl::unexpected(logged.error());
    }
    return {};
}

QString OutboxRepository::secondAnswerRefused(const EarlierReply& reply)
{
    return QStringLiteral("%1 replied to this item while you were writing, so yours was not "
                          "sent; it is still there. Send it again to see their reply and choose.")
        .arg(earlierReplyAuthor(reply));
}

StoreResult<std::optional<OutboxEntry>> OutboxRepository::entry(qint64 id) const
{
    auto found = readEntries(m_database.connection(), QStringLiteral("WHERE o.id = ?"), {id});
    if (!found)
        return tl::unexpected(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->first());
}

StoreResult<QList<OutboxEntry>> OutboxRepository::entries(const QList<OutboxState>& states,
                                                          int limit) const
{
    QString where;
    QVariantList binds;
    if (!states.isEmpty()) {
        QStringList marks;
        for (OutboxState state : states) {
            marks << QStringLiteral("?");
            binds << outboxStateName(state);
        }
        where = QStringLiteral("WHERE o.state IN (") + marks.join(u',') + QStringLiteral(") ");
    }
    binds << limit;
    return readEntries(m_database.connection(),
                       where + QStringLiteral("ORDER BY o.created_at DESC, o.id DESC LIMIT ?"),
                       binds);
}

StoreResult<QList<OutboxEntry>> OutboxRepository::entriesFor(qint64 postId) const
{
    return readEntries(m_database.connection(),
                       QStringLiteral("WHERE o.target_post_id = ? ORDER BY o.created_at, o.id"),
                       {postId});
}

StoreResult<QList<OutboxEntry>> OutboxRepository::due(qint64 now) const
{
    return readEntries(m_database.connection(),
                       QStringLiteral("WHERE ") + dueCondition.arg(QStringLiteral("o.")) +
                           QStringLiteral(" ORDER BY o.created_at, o.id"),
                       {now, now});
}

StoreResult<std::optional<qint64>> OutboxRepository::nextAttemptAfter(qint64 now,
                                                                      const QString& claimant) const
{
    auto query =
        sql::exec(m_database.connection(),
                  QStringLiteral("SELECT min(CASE WHEN state = 'queued' THEN next_attempt_at ELSE "
                                 "claimed_until END) FROM outbox WHERE ") +
                      mayGoOut.arg(QString()) +
                      QStringLiteral(" AND ((state = 'queued' AND next_attempt_at > ?) OR (state = "
                                     "'sending' AND claimed_until > ? AND claimed_by <> ?))"),
                  {now, now, claimant});
    if (!query)
        return tl::unexpected(query.error());
    const auto next = sql::firstValue(*query, QVariant());
    if (!next)
        return tl::unexpected(next.error());
    return sql::optionalInt(*next);
}

StoreResult<int> OutboxRepository::pendingCount() const
{
    auto query =
        sql::exec(m_database.connection(),
                  QStringLiteral("SELECT count(*) FROM outbox WHERE ") + mayGoOut.arg(QString()) +
                      QStringLiteral(" AND (state = 'queued' OR state = 'sending')"));
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, 0);
}

StoreError OutboxRepository::notChangeable()
{
    return {StoreError::Kind::Query,
            QStringLiteral("This reply can no longer be changed: it was sent, is being sent, or "
                           "was discarded.")};
}

StoreError OutboxRepository::claimLost()
{
    return {StoreError::Kind::Query,
            QStringLiteral("Another Hearken service took this reply over after this one had not "
                           "renewed its claim in time; that service sends it, with the same key, "
                           "so it goes out once.")};
}

StoreResult<void> OutboxRepository::change(qint64 id, const QString& statement,
                                           const QVariantList& binds, const QString& eventKind,
                                           const QString& eventDetail, const QString& actor,
                                           qint64 at, const StoreError& whenNone)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto changed = sql::exec(db, statement + QStringLiteral(" RETURNING target_post_id"),
                             QVariantList(binds) << id);
    if (!changed)
        return tl::unexpected(changed.error());
    const auto found = sql::next(*changed);
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return tl::unexpected(whenNone);
    const qint64 postId = changed->value(0).toLongLong();
    changed->finish();
    if (!eventKind.isEmpty()) {
        if (auto logged =
                sql::exec(db, insertEventSql, {postId, at, actor, eventKind, eventDetail});
            !logged)
            return tl::unexpected(logged.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT m_changes.outboxChanged({postId});
    return {};
}

StoreResult<std::optional<OutboxEntry>> OutboxRepository::claim(qint64 id, const OutboxClaim& claim,
                                                                qint64 now)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto claimed = sql::exec(
        db,
        QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                       "claimed_by = ?, claimed_until = ? WHERE id = (SELECT id FROM outbox "
                       "WHERE id = ? AND ") +
            dueCondition.arg(QString()) + Dialect::of(db).skipLocked() +
            QStringLiteral(") RETURNING target_post_id"),
        {claim.claimant, claim.until, id, now, now});
    if (!claimed)
        return tl::unexpected(claimed.error());
    const auto found = sql::next(*claimed);
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return std::nullopt;
    const qint64 postId = claimed->value(0).toLongLong();
    claimed->finish();
    auto entry = readEntries(db, QStringLiteral("WHERE o.id = ?"), {id});
    if (!entry)
        return tl::unexpected(entry.error());
    if (auto committed = transaction.commit(); !committed)
        return tl::unexpected(committed.error());
    Q_EMIT m_changes.outboxChanged({postId});
    return entry->value(0);
}

StoreResult<void> OutboxRepository::renewClaims(const QString& claimant, qint64 until)
{
    auto renewed = sql::exec(m_database.connection(),
                             QStringLiteral("UPDATE outbox SET claimed_until = ? WHERE state = "
                                            "'sending' AND claimed_by = ?"),
                             {until, claimant});
    if (!renewed)
        return tl::unexpected(renewed.error());
    return {};
}

StoreResult<void> OutboxRepository::markSent(qint64 id, const QString& claimant,
                                             const DeliveryReceipt& receipt, qint64 now)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto sent = sql::exec(db,
                          QStringLiteral("UPDATE outbox SET state = 'sent', remote_id = ?, "
                                         "remote_url = ?, sent_at = ?, last_error = '', "
                                         "next_attempt_at = NULL, ") +
                              releasedClaim +
                              QStringLiteral(" WHERE state = 'sending' AND claimed_by = ? AND "
                                             "id = ? RETURNING target_post_id, topic_id, actor"),
                          {receipt.remoteId, receipt.url, now, claimant, id});
    if (!sent)
        return tl::unexpected(sent.error());
    const auto found = sql::next(*sent);
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return tl::unexpected(claimLost());
    const qint64 postId = sent->value(0).toLongLong();
    const std::optional<qint64> topicId = sql::optionalInt(sent->value(1));
    const QString actor = sent->value(2).toString();
    sent->finish();
    if (topicId) {
        auto told =
            sql::exec(db,
                      QStringLiteral("UPDATE topic_items SET told_at = coalesce(told_at, ?) "
                                     "WHERE topic_id = ? AND post_id = ?"),
                      {now, *topicId, postId});
        if (!told)
            return tl::unexpected(told.error());
        auto logged =
            sql::exec(db,
                      QStringLiteral("INSERT INTO events (post_id, at, actor, kind, detail) "
                                     "SELECT ?, ?, ?, 'told', name FROM topics WHERE id = ?"),
                      {postId, now, actor, *topicId});
        if (!logged)
            return tl::unexpected(logged.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT m_changes.outboxChanged({postId});
    if (topicId)
        Q_EMIT m_changes.topicsChanged();
    return {};
}

StoreResult<void> OutboxRepository::requeue(qint64 id, const QString& claimant,
                                            std::optional<qint64> nextAttemptAt,
                                            const QString& error)
{
    return change(id,
                  QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = ?, "
                                 "last_error = ?, ") +
                      releasedClaim +
                      QStringLiteral(" WHERE state = 'sending' AND claimed_by = ? AND id = ?"),
                  {sql::nullable(nextAttemptAt), error, claimant}, {}, {}, {}, 0, claimLost());
}

StoreResult<void> OutboxRepository::markFailed(qint64 id, const QString& claimant,
                                               const QString& error, qint64 now)
{
    return change(id,
                  QStringLiteral("UPDATE outbox SET state = 'failed', next_attempt_at = NULL, "
                                 "last_error = ?, ") +
                      releasedClaim +
                      QStringLiteral(" WHERE state = 'sending' AND claimed_by = ? AND id = ?"),
                  {error, claimant}, QStringLiteral("delivery-failed"), error,
                  QStringLiteral("Hearken"), now, claimLost());
}

StoreResult<void> OutboxRepository::retry(qint64 id, const QString& actor, qint64 now)
{
    return change(id,
                  QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = ? "
                                 "WHERE (state = 'failed' OR state = 'queued') AND id = ?"),
                  {now}, QStringLiteral("delivery-retried"), {}, actor, now);
}

StoreResult<void> OutboxRepository::edit(qint64 id, const QString& text, const QString& actor,
                                         qint64 now)
{
    return change(id,
                  QStringLiteral("UPDATE outbox SET text = ? WHERE kind = 'reply' AND "
                                 "(state = 'failed' OR state = 'queued') AND id = ?"),
                  {text}, QStringLiteral("reply-edited"), text.left(eventExcerpt), actor, now);
}

StoreResult<void> OutboxRepository::discard(qint64 id, const QString& actor, qint64 now)
{
    return change(id,
                  QStringLiteral("DELETE FROM outbox WHERE (state = 'failed' OR state = 'queued') "
                                 "AND id = ?"),
                  {}, QStringLiteral("outbox-discarded"), {}, actor, now);
}

StoreResult<void> OutboxRepository::wakeWaiting(qint64 now)
{
    auto woken = sql::exec(m_database.connection(),
                           QStringLiteral("UPDATE outbox SET next_attempt_at = ? WHERE state = "
                                          "'queued' AND next_attempt_at IS NULL "
                                          "RETURNING target_post_id"),
                           {now});
    if (!woken)
        return tl::unexpected(woken.error());
    const auto ids =
        sql::rows(*woken, [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
    if (!ids)
        return tl::unexpected(ids.error());
    if (!ids->isEmpty())
        Q_EMIT m_changes.outboxChanged(*ids);
    return {};
}

StoreResult<QList<RecentReply>> OutboxRepository::recentReplies(qint64 since) const
{
    auto query = sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT own.text, target.author_id, au.display_name || ' ' || au.handle "
                       "FROM posts own JOIN posts target ON target.network = own.network AND "
                       "target.remote_id = own.reply_to_remote_id JOIN people au ON au.id = "
                       "target.author_id WHERE own.kind = 'own' AND own.created_at >= ? "
                       "UNION ALL SELECT o.text, t.author_id, au.display_name || ' ' || au.handle "
                       "FROM outbox o JOIN posts t ON t.id = o.target_post_id JOIN people au ON "
                       "au.id = t.author_id WHERE o.kind = 'reply' AND o.created_at >= ? AND "
                       "(o.state = 'queued' OR o.state = 'sending')"),
        {since, since});
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) {
        return RecentReply{row.value(0).toString(), row.value(1).toLongLong(),
                           row.value(2).toString()};
    });
}

} // namespace hearken
