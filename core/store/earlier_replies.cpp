// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/earlier_replies.h"

#include "store/engine.h"
#include "store/sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace hearken {

namespace {

// The advisory lock class replies to one item are serialised under (its key is the item).
constexpr int replyLockClass = 0x48524B52;

} // namespace

QString earlierReplyAuthor(const EarlierReply& reply)
{
    return reply.person.isEmpty()
               ? QCoreApplication::translate("hearken::EarlierReply", "%1 from another app")
                     .arg(reply.handle)
               : reply.person;
}

StoreResult<QList<EarlierReply>> earlierReplies(const QSqlDatabase& db, qint64 postId, qint64 since,
                                                const QString& actor)
{
    if (engineOf(db) == Engine::Postgresql) {
        // Held until the transaction ends; outside one it is let go at once.
        if (auto locked = sql::exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"),
                                    {replyLockClass, int(postId % 0x7FFFFFFF)});
            !locked)
            return tl::unexpected(locked.error());
    }
    auto query = sql::exec(
        db,
        QStringLiteral(
            "SELECT o.actor, '', o.created_at, o.text FROM outbox o WHERE o.target_post_id = ? "
            "AND o.kind = 'reply' AND o.state IN ('queued', 'sending', 'sent') AND "
            "o.created_at >= ? AND o.actor <> ? "
            "UNION ALL SELECT '', a.handle, own.created_at, own.text FROM posts target "
            "JOIN posts own ON own.network = target.network AND own.reply_to_remote_id = "
            "target.remote_id JOIN accounts a ON a.id = own.account_id WHERE target.id = ? AND "
            "own.kind = 'own' AND own.created_at >= ? AND NOT EXISTS (SELECT 1 FROM outbox sent "
            "WHERE sent.target_post_id = target.id AND sent.remote_id = own.remote_id) "
            "ORDER BY 3"),
        {postId, since, actor, postId, since});
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) {
        return EarlierReply{row.value(0).toString(), row.value(1).toString(),
                            row.value(2).toLongLong(), row.value(3).toString()};
    });
}

} // namespace hearken
