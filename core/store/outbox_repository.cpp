// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/outbox_repository.h"

#include "store/change_notifier.h"
#include "store/database.h"
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

StoreError notChangeable()
{
    return {StoreError::Kind::Query,
            QStringLiteral("This reply can no longer be changed: it was sent, is being sent, or "
                           "was discarded.")};
}

} // namespace

OutboxRepository::OutboxRepository(Database& database, ChangeNotifier& changes)
    : m_database(database)
    , m_changes(changes)
{}

StoreResult<OutboxEntry> OutboxRepository::enqueue(const OutboxDraft& draft, qint64 now)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto inserted = sql::exec(
        db,
        QStringLiteral("INSERT INTO outbox (account_id, target_post_id, kind, text, visibility, "
                       "idempotency_key, state, created_at, next_attempt_at, actor, topic_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?, ?) RETURNING id"),
        {draft.accountId, draft.targetPostId, outboxKindName(draft.kind), draft.text,
         draft.visibility, key, now, now, draft.actor, sql::nullable(draft.topicId)});
    if (!inserted)
        return tl::unexpected(inserted.error());
    const auto found = sql::next(*inserted);
    if (!found || !*found)
        return tl::unexpected(sql::queryError(*inserted));
    const qint64 id = inserted->value(0).toLongLong();
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
    return stored->first();
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
                       QStringLiteral("WHERE o.state = 'sending' OR (o.state = 'queued' AND "
                                      "o.next_attempt_at <= ?) ORDER BY o.created_at, o.id"),
                       {now});
}

StoreResult<std::optional<qint64>> OutboxRepository::nextAttemptAfter(qint64 now) const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT min(next_attempt_at) FROM outbox "
                                          "WHERE state = 'queued' AND next_attempt_at > ?"),
                           {now});
    if (!query)
        return tl::unexpected(query.error());
    const auto next = sql::firstValue(*query, QVariant());
    if (!next)
        return tl::unexpected(next.error());
    return sql::optionalInt(*next);
}

StoreResult<int> OutboxRepository::pendingCount() const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT count(*) FROM outbox "
                                          "WHERE state = 'queued' OR state = 'sending'"));
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, 0);
}

StoreResult<void> OutboxRepository::change(qint64 id, const QString& statement,
                                           const QVariantList& binds, const QString& eventKind,
                                           const QString& eventDetail, const QString& actor,
                                           qint64 at)
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
        return tl::unexpected(notChangeable());
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

StoreResult<OutboxEntry> OutboxRepository::markSending(qint64 id)
{
    auto changed =
        change(id,
               QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1 "
                              "WHERE (state = 'queued' OR state = 'sending') AND id = ?"),
               {}, {}, {}, {}, 0);
    if (!changed)
        return tl::unexpected(changed.error());
    auto found = entry(id);
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return tl::unexpected(notChangeable());
    return **found;
}

StoreResult<void> OutboxRepository::markSent(qint64 id, const DeliveryReceipt& receipt, qint64 now)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto sent = sql::exec(db,
                          QStringLiteral("UPDATE outbox SET state = 'sent', remote_id = ?, "
                                         "remote_url = ?, sent_at = ?, last_error = '', "
                                         "next_attempt_at = NULL WHERE state = 'sending' AND "
                                         "id = ? RETURNING target_post_id, topic_id, actor"),
                          {receipt.remoteId, receipt.url, now, id});
    if (!sent)
        return tl::unexpected(sent.error());
    const auto found = sql::next(*sent);
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return tl::unexpected(notChangeable());
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

StoreResult<void> OutboxRepository::requeue(qint64 id, std::optional<qint64> nextAttemptAt,
                                            const QString& error)
{
    return change(id,
                  QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = ?, "
                                 "last_error = ? WHERE state = 'sending' AND id = ?"),
                  {sql::nullable(nextAttemptAt), error}, {}, {}, {}, 0);
}

StoreResult<void> OutboxRepository::markFailed(qint64 id, const QString& error, qint64 now)
{
    return change(id,
                  QStringLiteral("UPDATE outbox SET state = 'failed', next_attempt_at = NULL, "
                                 "last_error = ? WHERE state = 'sending' AND id = ?"),
                  {error}, QStringLiteral("delivery-failed"), error, QStringLiteral("Hearken"),
                  now);
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
