// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/topic_repository.h"

#include "store/change_notifier.h"
#include "store/database.h"
#include "store/dialect.h"
#include "store/event_sql.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QSqlQuery>

namespace hearken {

namespace {

StoreResult<QString> topicName(const QSqlDatabase& db, qint64 topicId)
{
    auto query = sql::exec(db, QStringLiteral("SELECT name FROM topics WHERE id = ?"), {topicId});
    if (!query)
        return tl::unexpected(query.error());
    const auto found = sql::next(*query);
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return storeError(StoreError::Kind::Query, QStringLiteral("The topic is gone."));
    return query->value(0).toString();
}
} // namespace

TopicRepository::TopicRepository(Database& database, ChangeNotifier& changes)
    : m_database(database)
    , m_changes(changes)
{}

StoreResult<QList<Topic>> TopicRepository::read(const QString& where,
                                                const QVariantList& binds) const
{
    auto query =
        sql::exec(m_database.connection(),
                  QStringLiteral("SELECT t.id, t.name, t.status, t.created_at, t.closed_at, "
                                 "(SELECT count(*) FROM topic_items i WHERE i.topic_id = t.id), "
                                 "(SELECT count(*) FROM topic_items i WHERE i.topic_id = t.id AND "
                                 "i.told_at IS NOT NULL) FROM topics t ") +
                      where + QStringLiteral(" ORDER BY t.status <> 'open', ") +
                      Dialect::of(m_database.engine()).caseless(QStringLiteral("t.name")),
                  binds);
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) {
        Topic t;
        t.id = row.value(0).toLongLong();
        t.name = row.value(1).toString();
        t.status = topicStatusFromName(row.value(2).toString()).value_or(TopicStatus::Open);
        t.createdAt = row.value(3).toLongLong();
        t.closedAt = sql::optionalInt(row.value(4));
        t.items = row.value(5).toInt();
        t.told = row.value(6).toInt();
        return t;
    });
}

StoreResult<QList<Topic>> TopicRepository::topics() const
{
    return read({}, {});
}

StoreResult<QList<Topic>> TopicRepository::topicsOf(qint64 postId) const
{
    return read(
        QStringLiteral("WHERE t.id IN (SELECT topic_id FROM topic_items WHERE post_id = ?)"),
        {postId});
}

StoreResult<qint64> TopicRepository::topic(const QString& name, qint64 now)
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("INSERT INTO topics (name, created_at) VALUES (?, ?) "
                                          "ON CONFLICT (name) DO UPDATE SET name = excluded.name "
                                          "RETURNING id"),
                           {name.trimmed(), now});
    if (!query)
        return tl::unexpected(query.error());
    const auto found = sql::next(*query);
    if (!found || !*found)
        return tl::unexpected(sql::queryError(*query));
    const qint64 id = query->value(0).toLongLong();
    query->finish();
    Q_EMIT m_changes.topicsChanged();
    return id;
}

StoreResult<void> TopicRepository::logOnItems(const QList<qint64>& postIds, const QString& actor,
                                              qint64 at, const QString& kind, const QString& detail)
{
    auto statement = sql::prepare(m_database.connection(), insertEventSql);
    if (!statement)
        return tl::unexpected(statement.error());
    for (qint64 postId : postIds) {
        if (auto logged = sql::run(*statement, {postId, at, actor, kind, detail}); !logged)
            return logged;
    }
    return {};
}

StoreResult<void> TopicRepository::tag(qint64 topicId, qint64 postId, const QString& actor,
                                       qint64 at)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto name = topicName(db, topicId);
    if (!name)
        return tl::unexpected(name.error());
    auto tagged = sql::exec(db,
                            QStringLiteral("INSERT INTO topic_items (topic_id, post_id, tagged_at, "
                                           "tagged_by) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                            {topicId, postId, at, actor});
    if (!tagged)
        return tl::unexpected(tagged.error());
    if (tagged->numRowsAffected() > 0) {
        if (auto logged = logOnItems({postId}, actor, at, QStringLiteral("topic-tagged"), *name);
            !logged)
            return logged;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT m_changes.topicsChanged();
    Q_EMIT m_changes.itemsChanged({postId});
    return {};
}

StoreResult<void> TopicRepository::untag(qint64 topicId, qint64 postId, const QString& actor,
                                         qint64 at)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto name = topicName(db, topicId);
    if (!name)
        return tl::unexpected(name.error());
    auto removed =
        sql::exec(db, QStringLiteral("DELETE FROM topic_items WHERE topic_id = ? AND post_id = ?"),
                  {topicId, postId});
    if (!removed)
        return tl::unexpected(removed.error());
    if (removed->numRowsAffected() > 0) {
        if (auto logged = logOnItems({postId}, actor, at, QStringLiteral("topic-untagged"), *name);
            !logged)
            return logged;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT m_changes.topicsChanged();
    Q_EMIT m_changes.itemsChanged({postId});
    return {};
}

StoreResult<QList<qint64>> TopicRepository::setStatus(qint64 topicId, TopicStatus status,
                                                      const QString& actor, qint64 at)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto name = topicName(db, topicId);
    if (!name)
        return tl::unexpected(name.error());
    const bool open = status == TopicStatus::Open;
    auto updated = sql::exec(db,
                             QStringLiteral("UPDATE topics SET status = ?, closed_at = ? "
                                            "WHERE id = ?"),
                             {topicStatusName(status), open ? QVariant() : QVariant(at), topicId});
    if (!updated)
        return tl::unexpected(updated.error());
    auto items = sql::exec(db, QStringLiteral("SELECT post_id FROM topic_items WHERE topic_id = ?"),
                           {topicId});
    if (!items)
        return tl::unexpected(items.error());
    const auto postIds =
        sql::rows(*items, [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
    items->finish();
    if (!postIds)
        return tl::unexpected(postIds.error());
    if (auto logged = logOnItems(*postIds, actor, at, QStringLiteral("topic-status"),
                                 *name + u'\x1f' + topicStatusName(status));
        !logged)
        return tl::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return tl::unexpected(committed.error());
    Q_EMIT m_changes.topicsChanged();
    if (!postIds->isEmpty())
        Q_EMIT m_changes.itemsChanged(*postIds);
    return postIds;
}

StoreResult<QList<TopicRaiser>> TopicRepository::raisers(qint64 topicId) const
{
    auto query = sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT p.id, p.account_id, p.network, p.text, p.created_at, i.told_at, "
                       "au.id, au.remote_id, au.handle, au.display_name FROM topic_items i "
                       "JOIN posts p ON p.id = i.post_id JOIN people au ON au.id = p.author_id "
                       "WHERE i.topic_id = ? ORDER BY p.created_at, p.id"),
        {topicId});
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) {
        TopicRaiser r;
        r.postId = row.value(0).toLongLong();
        r.accountId = row.value(1).toLongLong();
        r.person.network = row.value(2).toString();
        r.text = row.value(3).toString();
        r.raisedAt = row.value(4).toLongLong();
        r.toldAt = sql::optionalInt(row.value(5));
        r.person.id = row.value(6).toLongLong();
        r.person.remoteId = row.value(7).toString();
        r.person.handle = row.value(8).toString();
        r.person.displayName = row.value(9).toString();
        return r;
    });
}

StoreResult<void> TopicRepository::markTold(qint64 topicId, qint64 postId, const QString& actor,
                                            qint64 at)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto name = topicName(db, topicId);
    if (!name)
        return tl::unexpected(name.error());
    auto told = sql::exec(db,
                          QStringLiteral("UPDATE topic_items SET told_at = coalesce(told_at, ?) "
                                         "WHERE topic_id = ? AND post_id = ?"),
                          {at, topicId, postId});
    if (!told)
        return tl::unexpected(told.error());
    if (auto logged = logOnItems({postId}, actor, at, QStringLiteral("told"), *name); !logged)
        return logged;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT m_changes.topicsChanged();
    Q_EMIT m_changes.itemsChanged({postId});
    return {};
}

} // namespace hearken
