// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/post_repository.h"

#include "store/database.h"
#include "store/event_sql.h"
#include "store/sql.h"

#include <QHash>
#include <QSqlQuery>

#include <functional>

namespace hearken {

namespace {

// How far up and down a conversation the thread pane follows replies.
constexpr int maxAncestors = 50;
constexpr int maxDescendantDepth = 20;
constexpr int maxDescendants = 500;

const QString postColumns = QStringLiteral(
    "p.id, p.account_id, p.network, p.remote_id, p.kind, p.text, p.url, p.reply_to_remote_id, "
    "p.root_remote_id, p.created_at, au.id, au.remote_id, au.handle, au.display_name, "
    "au.profile_url, au.bio, au.followers");

Post readPost(const QSqlQuery& row, int first = 0)
{
    Post post;
    post.id = row.value(first + 0).toLongLong();
    post.accountId = row.value(first + 1).toLongLong();
    post.network = row.value(first + 2).toString();
    post.remoteId = row.value(first + 3).toString();
    post.kind = postKindFromName(row.value(first + 4).toString()).value_or(PostKind::Mention);
    post.text = row.value(first + 5).toString();
    post.url = row.value(first + 6).toString();
    post.replyToRemoteId = row.value(first + 7).toString();
    post.rootRemoteId = row.value(first + 8).toString();
    post.createdAt = row.value(first + 9).toLongLong();
    post.author.id = row.value(first + 10).toLongLong();
    post.author.network = post.network;
    post.author.remoteId = row.value(first + 11).toString();
    post.author.handle = row.value(first + 12).toString();
    post.author.displayName = row.value(first + 13).toString();
    post.author.profileUrl = row.value(first + 14).toString();
    post.author.bio = row.value(first + 15).toString();
    post.author.followers = sql::optionalInt(row.value(first + 16));
    return post;
}

} // namespace

PostRepository::PostRepository(Database& database)
    : m_database(database)
{}

StoreResult<Post> PostRepository::post(qint64 postId) const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT ") + postColumns +
                               QStringLiteral(" FROM posts p JOIN people au ON au.id = p.author_id "
                                              "WHERE p.id = ?"),
                           {postId});
    if (!query)
        return tl::unexpected(query.error());
    const auto found = sql::next(*query);
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return storeError(StoreError::Kind::Query,
                          QStringLiteral("The post %1 is no longer in the workspace.").arg(postId));
    return readPost(*query);
}

StoreResult<QList<ThreadEntry>> PostRepository::thread(qint64 postId) const
{
    const QSqlDatabase db = m_database.connection();
    auto above = sql::exec(
        db,
        QStringLiteral("WITH RECURSIVE chain (id, network, reply_to, depth) AS ("
                       " SELECT id, network, reply_to_remote_id, 0 FROM posts WHERE id = ?"
                       " UNION ALL"
                       " SELECT p.id, p.network, p.reply_to_remote_id, chain.depth + 1"
                       " FROM chain JOIN posts p ON p.network = chain.network"
                       " AND p.remote_id = chain.reply_to"
                       " WHERE chain.reply_to <> '' AND chain.depth < ?)"
                       " SELECT ") +
            postColumns +
            QStringLiteral(" FROM chain JOIN posts p ON p.id = chain.id"
                           " JOIN people au ON au.id = p.author_id ORDER BY chain.depth DESC"),
        {postId, maxAncestors});
    if (!above)
        return tl::unexpected(above.error());
    QList<ThreadEntry> entries;
    if (auto walked =
            sql::forEachRow(*above,
                            [&](const QSqlQuery& row) {
                                entries.append({readPost(row), int(entries.size()), false});
                            });
        !walked)
        return tl::unexpected(walked.error());
    if (entries.isEmpty())
        return storeError(StoreError::Kind::Query,
                          QStringLiteral("The post %1 is no longer in the workspace.").arg(postId));
    entries.last().isFocus = true;
    const int focusDepth = entries.last().depth;

    auto below =
        sql::exec(db,
                  QStringLiteral("WITH RECURSIVE tree (id, network, remote_id, depth) AS ("
                                 " SELECT id, network, remote_id, 0 FROM posts WHERE id = ?"
                                 " UNION ALL"
                                 " SELECT p.id, p.network, p.remote_id, tree.depth + 1"
                                 " FROM tree JOIN posts p ON p.network = tree.network"
                                 " AND p.reply_to_remote_id = tree.remote_id WHERE tree.depth < ?)"
                                 " SELECT ") +
                      postColumns +
                      QStringLiteral(" FROM tree JOIN posts p ON p.id = tree.id"
                                     " JOIN people au ON au.id = p.author_id"
                                     " WHERE tree.depth > 0 ORDER BY p.created_at, p.id LIMIT ?"),
                  {postId, maxDescendantDepth, maxDescendants});
    if (!below)
        return tl::unexpected(below.error());
    QHash<QString, QList<Post>> children;
    if (auto walked = sql::forEachRow(*below,
                                      [&](const QSqlQuery& row) {
                                          Post reply = readPost(row);
                                          children[reply.replyToRemoteId].append(std::move(reply));
                                      });
        !walked)
        return tl::unexpected(walked.error());
    std::function<void(const QString&, int)> appendReplies = [&](const QString& parent, int depth) {
        for (const Post& reply : children.value(parent)) {
            entries.append({reply, depth, false});
            appendReplies(reply.remoteId, depth + 1);
        }
    };
    appendReplies(entries.last().post.remoteId, focusDepth + 1);
    return entries;
}

StoreResult<AuthorSummary> PostRepository::author(qint64 postId) const
{
    auto item = post(postId);
    if (!item)
        return tl::unexpected(item.error());
    auto query =
        sql::exec(m_database.connection(),
                  QStringLiteral("SELECT count(*), count(*) FILTER (WHERE q.tone = 'criticism'), "
                                 "count(*) FILTER (WHERE q.tone = 'praise'), "
                                 "coalesce(sum(q.is_question), 0) FROM posts p "
                                 "JOIN queue q ON q.post_id = p.id WHERE p.author_id = ?"),
                  {item->author.id});
    if (!query)
        return tl::unexpected(query.error());
    AuthorSummary summary{item->author};
    const auto found = sql::next(*query);
    if (!found)
        return tl::unexpected(found.error());
    if (*found) {
        summary.items = query->value(0).toInt();
        summary.criticism = query->value(1).toInt();
        summary.praise = query->value(2).toInt();
        summary.questions = query->value(3).toInt();
    }
    return summary;
}

StoreResult<QList<Event>> PostRepository::events(qint64 postId) const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT ") + eventColumns +
                               QStringLiteral(" FROM events WHERE post_id = ? ORDER BY at, id"),
                           {postId});
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, eventOf);
}

} // namespace hearken
