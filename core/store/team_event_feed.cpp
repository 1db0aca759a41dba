// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/team_event_feed.h"

#include "store/event_sql.h"
#include "store/sql.h"
#include "store/team_roles.h"

#include <QSqlQuery>

namespace hearken {

TeamEventFeed::TeamEventFeed(QSqlDatabase db, QString me)
    : m_db(std::move(db))
    , m_me(std::move(me))
{}

StoreResult<qint64> TeamEventFeed::newestId() const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM events"));
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, qint64(0));
}

StoreResult<QList<Event>> TeamEventFeed::since(const QList<qint64>& postIds, qint64 afterId) const
{
    QList<Event> events;
    if (postIds.isEmpty())
        return events;
    QStringList ids;
    for (qint64 id : postIds)
        ids << QString::number(id);
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT %1 FROM events WHERE post_id IN (%2) AND id > ? "
                                          "AND actor <> ? ORDER BY id")
                               .arg(eventColumns, ids.join(u',')),
                           {afterId, m_me});
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, eventOf);
}

StoreResult<bool> TeamEventFeed::askedForApprovalLast(qint64 postId) const
{
    auto query = sql::exec(m_db,
                           QStringLiteral("SELECT actor FROM events WHERE post_id = ? AND kind = "
                                          "'approval-requested' ORDER BY id DESC LIMIT 1"),
                           {postId});
    if (!query)
        return tl::unexpected(query.error());
    auto asker = sql::firstValue(*query, QString());
    if (!asker)
        return tl::unexpected(asker.error());
    return *asker == m_me;
}

StoreResult<bool> TeamEventFeed::isSupervisor() const
{
    auto roles = TeamRoles::of(m_db);
    if (!roles)
        return tl::unexpected(roles.error());
    auto query = sql::exec(
        m_db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = "
                       "m.roleid JOIN pg_roles p ON p.oid = m.member WHERE g.rolname = ? AND "
                       "p.rolname = session_user)"),
        {roles->name(TeamRole::Supervisor)});
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, false);
}

} // namespace hearken
