// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/presence_repository.h"

#include "store/change_notifier.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QSqlQuery>

namespace hearken {

namespace {

QString activityName(PresenceActivity activity)
{
    return activity == PresenceActivity::Replying ? QStringLiteral("replying")
                                                  : QStringLiteral("viewing");
}

StoreResult<QList<qint64>> postIdsOf(QSqlQuery& query)
{
    return sql::rows(query, [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
}

} // namespace

PresenceRepository::PresenceRepository(Database& database, ChangeNotifier& changes)
    : m_database(database)
    , m_changes(changes)
{}

StoreResult<void> PresenceRepository::announce(const QString& person, qint64 postId,
                                               PresenceActivity activity, qint64 now,
                                               qint64 expiresAt)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto left = sql::exec(db,
                          QStringLiteral("DELETE FROM presence WHERE person = ? AND post_id <> ? "
                                         "RETURNING post_id"),
                          {person, postId});
    if (!left)
        return tl::unexpected(left.error());
    auto changed = postIdsOf(*left);
    if (!changed)
        return tl::unexpected(changed.error());
    auto here = sql::exec(
        db,
        QStringLiteral("INSERT INTO presence (person, post_id, activity, since, expires_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT (person, post_id) DO UPDATE SET "
                       "since = CASE WHEN presence.activity = excluded.activity AND "
                       "presence.expires_at > ? THEN presence.since ELSE excluded.since END, "
                       "activity = excluded.activity, expires_at = excluded.expires_at"),
        {person, postId, activityName(activity), now, expiresAt, now});
    if (!here)
        return tl::unexpected(here.error());
    if (auto committed = transaction.commit(); !committed)
        return committed;
    changed->append(postId);
    Q_EMIT m_changes.presenceChanged(*changed);
    return {};
}

StoreResult<void> PresenceRepository::withdraw(const QString& person)
{
    auto removed = sql::exec(
        m_database.connection(),
        QStringLiteral("DELETE FROM presence WHERE person = ? RETURNING post_id"), {person});
    if (!removed)
        return tl::unexpected(removed.error());
    auto changed = postIdsOf(*removed);
    if (!changed)
        return tl::unexpected(changed.error());
    if (!changed->isEmpty())
        Q_EMIT m_changes.presenceChanged(*changed);
    return {};
}

StoreResult<QList<Presence>> PresenceRepository::others(const QString& person, qint64 now) const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT person, post_id, activity, since FROM presence "
                                          "WHERE person <> ? AND expires_at > ? ORDER BY post_id, "
                                          "activity = 'replying' DESC, since, person"),
                           {person, now});
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) {
        return Presence{row.value(0).toString(), row.value(1).toLongLong(),
                        row.value(2).toString() == u"replying" ? PresenceActivity::Replying
                                                               : PresenceActivity::Viewing,
                        row.value(3).toLongLong()};
    });
}

} // namespace hearken
