// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ingest_writer.h"

#include "store/change_notifier.h"
#include "store/database.h"
#include "store/dialect.h"
#include "store/event_sql.h"
#include "store/prepared_query.h"
#include "store/sql.h"
#include "store/sqlite_statement.h"
#include "store/thanks_sql.h"
#include "store/transaction.h"
#include "store/transaction_aim.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <span>
#include <type_traits>

namespace hearken {

namespace {

// What the search index holds for a post, needed to take it out again (contentless FTS5).
struct SearchEntry {
    qint64 postId = 0;
    QString text;
    QString author;
};

// Indexes the batch's new posts (ids above `lastIdBefore`) and re-indexes edited ones; on
// SQLite lists them for the SearchIndexer. Runs last in the transaction: FTS5 flushes its
// pending terms at every statement savepoint, so that writing anything after an edit's
// removal from the index costs a flush each.
StoreResult<void> updateSearchIndex(const QSqlDatabase& db, qint64 lastIdBefore,
                                    const QList<SearchEntry>& edited)
{
    const Dialect& dialect = Dialect::of(db);
    for (const SearchEntry& old : edited) {
        const auto [unindex, binds] = dialect.unindexPost(old.postId, old.text, old.author);
        if (auto removed = sql::exec(db, unindex, binds); !removed)
            return tl::unexpected(removed.error());
        auto added =
            sql::exec(db, dialect.indexPostsForSearch(QStringLiteral("p.id = ?")), {old.postId});
        if (!added)
            return tl::unexpected(added.error());
    }
    auto added =
        sql::exec(db, dialect.indexPostsForSearch(QStringLiteral("p.id > ?")), {lastIdBefore});
    if (!added)
        return tl::unexpected(added.error());
    return {};
}

StoreResult<qint64> lastPostId(const QSqlDatabase& db)
{
    auto query = sql::exec(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM posts"));
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, qint64(0));
}

std::optional<QString> nameOf(const std::optional<Tone>& tone)
{
    return tone ? std::optional(toneName(*tone)) : std::nullopt;
}

std::optional<QString> nameOf(const std::optional<ToneSource>& source)
{
    return source ? std::optional(toneSourceName(*source)) : std::nullopt;
}

// What our replies arriving with an item do to it.
struct ReplyEffect {
    std::optional<qint64> answeredAt;
    std::optional<qint64> thankedAt;
};

QString postKey(const QString& network, const QString& remoteId)
{
    return network + u'\x1f' + remoteId;
}

// A row set's text: the one bound value of a statement that reads its rows with
// json_to_recordset, so that a batch's rows of a table cost one round trip to the server.
QString rowSet(const QJsonArray& rows)
{
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

template <typename T>
QJsonValue jsonValue(const std::optional<T>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue jsonValue(const std::optional<qint64>& value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

const QString queueColumns = QStringLiteral(
    "post_id, account_id, network, received_at, state, snoozed_until, tone, tone_confidence, "
    "tone_source, is_question, assignee_id, held_back, answered_at, reply_thanked_at, thanked_at");

// An item's answered_at: the earliest of `answered` (our replies arriving with it) and our
// replies stored before it to the post `remoteId` on `network`, not older than `receivedAt`.
QString earliestAnswer(const QString& answered, const QString& network, const QString& remoteId,
                       const QString& receivedAt)
{
    return QStringLiteral("(SELECT min(t) FROM (SELECT %1 AS t UNION ALL SELECT min(created_at) "
                          "FROM posts WHERE network = %2 AND reply_to_remote_id = %3 AND kind = "
                          "'own' AND created_at >= %4) AS answers)")
        .arg(answered, network, remoteId, receivedAt);
}

// The batch's own replies by the post they reply to.
QHash<QString, QList<qsizetype>> repliesByTarget(const QList<OwnReply>& replies)
{
    QHash<QString, QList<qsizetype>> byTarget;
    for (qsizetype i = 0; i < replies.size(); ++i)
        byTarget[postKey(replies[i].post.network, replies[i].post.replyToRemoteId)].append(i);
    return byTarget;
}

// A reply answers (and may thank) an item it does not predate.
ReplyEffect effectOn(const Post& item, const QList<OwnReply>& replies,
                     const QList<qsizetype>& answering)
{
    ReplyEffect effect;
    for (qsizetype i : answering) {
        const qint64 at = replies[i].post.createdAt;
        if (at < item.createdAt)
            continue;
        effect.answeredAt = std::min(effect.answeredAt.value_or(at), at);
        if (replies[i].expressesThanks)
            effect.thankedAt = std::min(effect.thankedAt.value_or(at), at);
    }
    return effect;
}

struct StoredPost {
    qint64 id = 0;
    bool added = false; // not stored before this write
};

// The statements of one write, prepared once and run for every row of the batch; Statement is
// SqliteStatement on SQLite (the fast path) and PreparedQuery on PostgreSQL.
template <typename Statement>
class IngestStatements {
public:
    // `people` holds the ids of the people met so far: the transactions of one large batch
    // share it, so that its authors are looked up once, not once per transaction.
    IngestStatements(const QSqlDatabase& db, QHash<QString, qint64>& people)
        : m_db(db)
        , m_people(people)
    {}

    StoreResult<void> prepare()
    {
        const Dialect& dialect = Dialect::of(m_db);
        const std::pair<std::optional<Statement>*, QString> statements[] = {
            {&m_personId, QStringLiteral("SELECT id, handle, display_name FROM people "
                                         "WHERE network = ? AND remote_id = ?")},
            {&m_newPerson, QStringLiteral("INSERT INTO people (network, remote_id, handle, "
                                          "display_name, profile_url, bio, followers) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)") +
                               dialect.returningId()},
            {&m_renamePerson, QStringLiteral("UPDATE people SET handle = ?, display_name = ?, "
                                             "profile_url = ?, bio = ?, "
                                             "followers = coalesce(?, followers) WHERE id = ?")},
            {&m_post, QStringLiteral("INSERT INTO posts (account_id, network, remote_id, kind, "
                                     "author_id, text, url, reply_to_remote_id, root_remote_id, "
                                     "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                     "ON CONFLICT (network, remote_id) DO NOTHING") +
                          dialect.returningId()},
            {&m_known, QStringLiteral("SELECT p.id, p.text, ") + Dialect::searchAuthor() +
                           QStringLiteral(" FROM posts p JOIN people au ON au.id = p.author_id "
                                          "WHERE p.network = ? AND p.remote_id = ?")},
            {&m_edit, QStringLiteral("UPDATE posts SET text = ? WHERE id = ?")},
            // Answered by the earliest of our replies stored before or arriving with it;
            // thanked (no like yet) by the earliest thanking reply arriving with it.
            {&m_queue, QStringLiteral("INSERT INTO queue (") + queueColumns +
                           QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ") +
                           earliestAnswer(QStringLiteral("?"), QStringLiteral("?"),
                                          QStringLiteral("?"), QStringLiteral("?")) +
                           QStringLiteral(", ?, ?) ON CONFLICT (post_id) DO NOTHING")},
            {&m_answerable, QStringLiteral("SELECT q.post_id FROM posts p JOIN queue q ON "
                                           "q.post_id = p.id WHERE p.network = ? AND "
                                           "p.remote_id = ? AND q.received_at <= ?")},
            {&m_answer,
             QStringLiteral("UPDATE queue SET answered_at = ") +
                 dialect.least(QStringLiteral("coalesce(answered_at, ?)"), QStringLiteral("?")) +
                 QStringLiteral(", reply_thanked_at = CASE WHEN ? <> 0 THEN ") +
                 dialect.least(QStringLiteral("coalesce(reply_thanked_at, ?)"),
                               QStringLiteral("?")) +
                 QStringLiteral(" ELSE reply_thanked_at END WHERE post_id = ?")},
            {&m_likable, QStringLiteral("SELECT q.post_id FROM posts p JOIN queue q ON "
                                        "q.post_id = p.id WHERE p.network = ? AND "
                                        "p.remote_id = ?")},
            {&m_like, QStringLiteral(
                          "UPDATE queue SET liked_at = CASE WHEN ? <> 0 THEN NULL "
                          "ELSE CAST(? AS bigint) END WHERE post_id = ? AND (CASE WHEN liked_at IS "
                          "NULL THEN 1 ELSE 0 END) <> ?")},
            {&m_thanks, QStringLiteral("UPDATE queue SET thanked_at = ") +
                            thankedAtExpression(dialect) + QStringLiteral(" WHERE post_id = ?")},
            {&m_event, insertEventSql},
            {&m_retire, QStringLiteral("UPDATE queue SET state = 'dismissed', snoozed_until = NULL "
                                       "WHERE state != 'dismissed' AND post_id = (SELECT id FROM "
                                       "posts WHERE network = ? AND remote_id = ?) RETURNING "
                                       "post_id")},
            // Every column but the key follows from the key; the aggregates only say so.
            {&m_tally, QStringLiteral("INSERT INTO queue_tally (key, state, account_id, "
                                      "network, tone, is_question, answered_at, thanked_at, "
                                      "assignee_id, rank, n) SELECT tally_key, min(state), "
                                      "min(account_id), min(network), min(tone), "
                                      "min(is_question), max(CASE WHEN answered_at IS NULL THEN "
                                      "NULL ELSE 1 END), max(CASE WHEN thanked_at IS NULL THEN "
                                      "NULL ELSE 1 END), min(assignee_id), min(rank), count(*) "
                                      "FROM queue WHERE post_id IN (") +
                           dialect.idsInJsonArray() +
                           QStringLiteral(") GROUP BY tally_key ON CONFLICT (key) DO UPDATE "
                                          "SET n = queue_tally.n + excluded.n")},
            {&m_cursor, QStringLiteral("INSERT INTO cursors (account_id, stream, value, "
                                       "updated_at) VALUES (?, ?, ?, ") +
                            dialect.now() +
                            QStringLiteral(") ON CONFLICT (account_id, stream) DO UPDATE SET "
                                           "value = excluded.value, updated_at = "
                                           "excluded.updated_at")},
        };
        if (auto prepared = prepareEach(statements); !prepared)
            return prepared;
        if constexpr (sendsRowSets) {
            const std::pair<std::optional<Statement>*, QString> rowSetStatements[] = {
                {&m_knownPeople,
                 QStringLiteral("SELECT p.id, p.network, p.remote_id, p.handle, p.display_name "
                                "FROM people p JOIN json_to_recordset(?::json) AS r (network "
                                "text, remote_id text) ON p.network = r.network AND p.remote_id "
                                "= r.remote_id")},
                {&m_newPeople,
                 QStringLiteral("INSERT INTO people (network, remote_id, handle, display_name, "
                                "profile_url, bio, followers) SELECT * FROM "
                                "json_to_recordset(?::json) AS r (network text, remote_id text, "
                                "handle text, display_name text, profile_url text, bio text, "
                                "followers bigint) ON CONFLICT (network, remote_id) DO NOTHING "
                                "RETURNING id, network, remote_id")},
                {&m_newPosts,
                 QStringLiteral("INSERT INTO posts (account_id, network, remote_id, kind, "
                                "author_id, text, url, reply_to_remote_id, root_remote_id, "
                                "created_at) SELECT * FROM json_to_recordset(?::json) AS r "
                                "(account_id bigint, network text, remote_id text, kind text, "
                                "author_id bigint, text text, url text, reply_to_remote_id text, "
                                "root_remote_id text, created_at bigint) ON CONFLICT (network, "
                                "remote_id) DO NOTHING RETURNING id, network, remote_id")},
                {&m_newEvents,
                 QStringLiteral("INSERT INTO events (post_id, at, actor, kind, detail) SELECT * "
                                "FROM json_to_recordset(?::json) AS r (post_id bigint, at "
                                "bigint, actor text, kind text, detail text)")},
                {&m_newItems,
                 QStringLiteral("INSERT INTO queue (") + queueColumns +
                     QStringLiteral(") SELECT post_id, account_id, network, received_at, state, "
                                    "snoozed_until, tone, tone_confidence, tone_source, "
                                    "is_question, assignee_id, held_back, ") +
                     earliestAnswer(QStringLiteral("r.answered_at"), QStringLiteral("r.network"),
                                    QStringLiteral("r.remote_id"),
                                    QStringLiteral("r.received_at")) +
                     QStringLiteral(", thanked_at, thanked_at FROM json_to_recordset(?::json) AS "
                                    "r (post_id bigint, account_id bigint, network text, "
                                    "remote_id text, received_at bigint, state text, "
                                    "snoozed_until bigint, tone text, tone_confidence double "
                                    "precision, tone_source text, is_question integer, "
                                    "assignee_id bigint, held_back integer, answered_at bigint, "
                                    "thanked_at bigint) ON CONFLICT (post_id) DO NOTHING "
                                    "RETURNING post_id")},
            };
            return prepareEach(rowSetStatements);
        }
        return {};
    }

    // Stores posts and their authors: row by row on SQLite (its fast path), each table's rows
    // at once on PostgreSQL, where every statement is a round trip to the server.
    StoreResult<QList<StoredPost>> posts(const QList<const Post*>& posts)
    {
        QList<StoredPost> stored;
        stored.reserve(posts.size());
        QHash<QString, qint64> added;
        if constexpr (sendsRowSets) {
            if (auto known = knowAuthors(posts); !known)
                return tl::unexpected(known.error());
            auto inserted = addPosts(posts);
            if (!inserted)
                return tl::unexpected(inserted.error());
            added = std::move(*inserted);
        }
        for (const Post* p : posts) {
            if (const qint64 id = added.take(postKey(p->network, p->remoteId))) {
                stored.append({id, true});
                continue;
            }
            // Known already (perhaps edited), a duplicate within the batch, or on SQLite.
            auto author = person(p->author);
            if (!author)
                return tl::unexpected(author.error());
            auto one = post(*p, *author);
            if (!one)
                return tl::unexpected(one.error());
            stored.append(*one);
        }
        return stored;
    }

    // Adds the items' queue rows (see queue()); whether each was added.
    StoreResult<QList<bool>> queueRows(const QList<InboundItem>& items,
                                       const QList<StoredPost>& posts,
                                       const QList<ReplyEffect>& effects)
    {
        QList<bool> added;
        added.reserve(items.size());
        if constexpr (sendsRowSets) {
            QJsonArray rows;
            for (qsizetype i = 0; i < items.size(); ++i) {
                const InboundItem& item = items[i];
                const Post& p = item.post;
                rows.append(QJsonObject{
                    {QStringLiteral("post_id"), double(posts[i].id)},
                    {QStringLiteral("account_id"), double(p.accountId)},
                    {QStringLiteral("network"), p.network},
                    {QStringLiteral("remote_id"), p.remoteId},
                    {QStringLiteral("received_at"), double(p.createdAt)},
                    {QStringLiteral("state"), itemStateName(item.state)},
                    {QStringLiteral("snoozed_until"), jsonValue(item.snoozedUntil)},
                    {QStringLiteral("tone"), jsonValue(nameOf(item.tone))},
                    {QStringLiteral("tone_confidence"), item.toneConfidence},
                    {QStringLiteral("tone_source"), jsonValue(nameOf(item.toneSource))},
                    {QStringLiteral("is_question"), item.isQuestion ? 1 : 0},
                    {QStringLiteral("assignee_id"), jsonValue(item.assigneeId)},
                    {QStringLiteral("held_back"), item.heldBack ? 1 : 0},
                    {QStringLiteral("answered_at"), jsonValue(effects[i].answeredAt)},
                    {QStringLiteral("thanked_at"), jsonValue(effects[i].thankedAt)},
                });
            }
            QSet<qint64> inserted;
            auto found = m_newItems->bindAll(rowSet(rows)).step();
            while (found && *found) {
                inserted.insert(m_newItems->columnInt(0));
                found = m_newItems->step();
            }
            m_newItems->reset();
            if (!found)
                return tl::unexpected(found.error());
            // A post that comes twice is added once.
            for (const StoredPost& post : posts)
                added.append(inserted.remove(post.id));
        } else {
            for (qsizetype i = 0; i < items.size(); ++i) {
                auto one = queue(posts[i].id, items[i], effects[i]);
                if (!one)
                    return tl::unexpected(one.error());
                added.append(*one);
            }
        }
        return added;
    }

    const QList<SearchEntry>& edited() const { return m_edited; }

    // Dismisses the queue row of a deleted post; its id when there was an open one.
    StoreResult<std::optional<qint64>> retire(const RetiredPost& post)
    {
        auto found = m_retire->bindAll(post.network, post.remoteId).step();
        const std::optional<qint64> itemId =
            found && *found ? std::optional(m_retire->columnInt(0)) : std::nullopt;
        m_retire->reset();
        if (!found)
            return tl::unexpected(found.error());
        return itemId;
    }

    StoreResult<void> cursor(const CursorUpdate& update)
    {
        return m_cursor->bindAll(update.accountId, update.stream, update.value).run();
    }

    // The person's id; a new person is added, a renamed one updated.
    StoreResult<qint64> person(const Person& p)
    {
        const QString key = p.network + u'\x1f' + p.remoteId;
        if (auto known = m_people.constFind(key); known != m_people.cend())
            return *known;
        auto found = m_personId->bindAll(p.network, p.remoteId).step();
        if (!found)
            return tl::unexpected(found.error());
        qint64 id = 0;
        if (*found) {
            id = m_personId->columnInt(0);
            const bool renamed =
                m_personId->columnText(1) != p.handle || m_personId->columnText(2) != p.displayName;
            m_personId->reset();
            if (renamed) {
                auto updated =
                    m_renamePerson
                        ->bindAll(p.handle, p.displayName, p.profileUrl, p.bio, p.followers, id)
                        .run();
                if (!updated)
                    return tl::unexpected(updated.error());
            }
        } else {
            m_personId->reset();
            auto added = m_newPerson
                             ->bindAll(p.network, p.remoteId, p.handle, p.displayName, p.profileUrl,
                                       p.bio, p.followers)
                             .run();
            if (!added)
                return tl::unexpected(added.error());
            id = m_newPerson->lastInsertId();
        }
        m_people.insert(key, id);
        return id;
    }

    // Returns the post's id, whether it is new or was known already; an edited text is
    // written and remembered for re-indexing.
    StoreResult<StoredPost> post(const Post& post, qint64 authorId)
    {
        auto inserted = m_post
                            ->bindAll(post.accountId, post.network, post.remoteId,
                                      postKindName(post.kind), authorId, post.text, post.url,
                                      post.replyToRemoteId, post.rootRemoteId, post.createdAt)
                            .run();
        if (!inserted)
            return tl::unexpected(inserted.error());
        if (m_post->changes() > 0)
            return StoredPost{m_post->lastInsertId(), true};
        auto found = m_known->bindAll(post.network, post.remoteId).step();
        if (!found || !*found) {
            m_known->reset();
            return storeError(StoreError::Kind::Query,
                              QStringLiteral("The post %1 could not be stored: %2")
                                  .arg(post.remoteId, found ? QString() : found.error().message));
        }
        const SearchEntry old{m_known->columnInt(0), m_known->columnText(1),
                              m_known->columnText(2)};
        m_known->reset();
        if (old.text != post.text) {
            if (auto edited = m_edit->bindAll(post.text, old.postId).run(); !edited)
                return tl::unexpected(edited.error());
            m_edited.append(old);
        }
        return StoredPost{old.postId, false};
    }

    // Adds the item's queue row, answered and thanked by `replies` (ours, arriving with it).
    StoreResult<bool> queue(qint64 postId, const InboundItem& item, const ReplyEffect& replies)
    {
        const Post& p = item.post;
        auto ran = m_queue
                       ->bindAll(postId, p.accountId, p.network, p.createdAt,
                                 itemStateName(item.state), item.snoozedUntil, nameOf(item.tone),
                                 item.toneConfidence, nameOf(item.toneSource), item.isQuestion,
                                 item.assigneeId, item.heldBack, replies.answeredAt, p.network,
                                 p.remoteId, p.createdAt, replies.thankedAt, replies.thankedAt)
                       .run();
        if (!ran)
            return tl::unexpected(ran.error());
        return m_queue->changes() > 0;
    }

    // The queue item our reply answers, when it is one of ours and older than the reply.
    StoreResult<std::optional<qint64>> answer(const OwnReply& reply)
    {
        const Post& p = reply.post;
        auto found = m_answerable->bindAll(p.network, p.replyToRemoteId, p.createdAt).step();
        const std::optional<qint64> itemId =
            found && *found ? std::optional(m_answerable->columnInt(0)) : std::nullopt;
        m_answerable->reset();
        if (!found)
            return tl::unexpected(found.error());
        if (!itemId)
            return std::nullopt;
        const qint64 at = p.createdAt;
        auto ran = m_answer->bindAll(at, at, reply.expressesThanks, at, at, *itemId).run();
        if (!ran)
            return tl::unexpected(ran.error());
        return itemId;
    }

    // The queue item a like is for, when it is one of ours and the like changes it: a like
    // of a liked item (or taking back a like that is gone) is not news.
    StoreResult<std::optional<qint64>> like(const OwnLike& like)
    {
        auto found = m_likable->bindAll(like.network, like.targetRemoteId).step();
        const std::optional<qint64> itemId =
            found && *found ? std::optional(m_likable->columnInt(0)) : std::nullopt;
        m_likable->reset();
        if (!found)
            return tl::unexpected(found.error());
        if (!itemId)
            return std::nullopt;
        if (auto ran = m_like->bindAll(like.removed, like.at, *itemId, like.removed).run(); !ran)
            return tl::unexpected(ran.error());
        return m_like->changes() > 0 ? itemId : std::nullopt;
    }

    // Counts new queue rows into the tally the sidebar reads (migration 0010).
    StoreResult<void> tally(const QList<qint64>& newItemIds)
    {
        if (newItemIds.isEmpty())
            return {};
        QString ids;
        for (qint64 id : newItemIds)
            ids += (ids.isEmpty() ? u'[' : u',') + QString::number(id);
        return m_tally->bindAll(ids + u']').run();
    }

    // Derives thanked_at again from a thanking reply and, where they count, likes.
    StoreResult<void> rethank(qint64 itemId) { return m_thanks->bindAll(itemId).run(); }

    // Logs a line of an item's history, written by writeEvents().
    void event(qint64 postId, qint64 at, const QString& actor, const QString& kind,
               const QString& detail)
    {
        m_events.append({postId, at, actor, kind, detail});
    }

    StoreResult<void> writeEvents()
    {
        if constexpr (sendsRowSets) {
            if (m_events.isEmpty())
                return {};
            QJsonArray rows;
            for (const Event& e : std::as_const(m_events))
                rows.append(QJsonObject{{QStringLiteral("post_id"), double(e.postId)},
                                        {QStringLiteral("at"), double(e.at)},
                                        {QStringLiteral("actor"), e.actor},
                                        {QStringLiteral("kind"), e.kind},
                                        {QStringLiteral("detail"), e.detail}});
            return m_newEvents->bindAll(rowSet(rows)).run();
        } else {
            for (const Event& e : std::as_const(m_events)) {
                if (auto logged = m_event->bindAll(e.postId, e.at, e.actor, e.kind, e.detail).run();
                    !logged)
                    return logged;
            }
            return {};
        }
    }

private:
    static constexpr bool sendsRowSets = std::is_same_v<Statement, PreparedQuery>;

    StoreResult<void>
    prepareEach(std::span<const std::pair<std::optional<Statement>*, QString>> statements)
    {
        for (const auto& [statement, text] : statements) {
            auto prepared = Statement::prepare(m_db, text);
            if (!prepared)
                return tl::unexpected(prepared.error());
            statement->emplace(std::move(*prepared));
        }
        return {};
    }

    // Looks up the items' authors not met yet, renames those renamed and adds the new ones.
    StoreResult<void> knowAuthors(const QList<const Post*>& posts)
    {
        QHash<QString, const Person*> wanted;
        QStringList order;
        QJsonArray keys;
        for (const Post* post : posts) {
            const Person& p = post->author;
            const QString key = postKey(p.network, p.remoteId);
            if (m_people.contains(key) || wanted.contains(key))
                continue;
            wanted.insert(key, &p);
            order.append(key);
            keys.append(QJsonObject{{QStringLiteral("network"), p.network},
                                    {QStringLiteral("remote_id"), p.remoteId}});
        }
        if (wanted.isEmpty())
            return {};
        QList<std::pair<qint64, const Person*>> renamed;
        auto found = m_knownPeople->bindAll(rowSet(keys)).step();
        while (found && *found) {
            const QString key = postKey(m_knownPeople->columnText(1), m_knownPeople->columnText(2));
            const Person* p = wanted.take(key);
            const qint64 id = m_knownPeople->columnInt(0);
            m_people.insert(key, id);
            if (p && (m_knownPeople->columnText(3) != p->handle ||
                      m_knownPeople->columnText(4) != p->displayName))
                renamed.append({id, p});
            found = m_knownPeople->step();
        }
        m_knownPeople->reset();
        if (!found)
            return tl::unexpected(found.error());
        for (const auto& [id, p] : renamed) {
            auto updated =
                m_renamePerson
                    ->bindAll(p->handle, p->displayName, p->profileUrl, p->bio, p->followers, id)
                    .run();
            if (!updated)
                return tl::unexpected(updated.error());
        }
        QJsonArray fresh;
        for (const QString& key : order) {
            const Person* p = wanted.value(key);
            if (!p)
                continue;
            fresh.append(QJsonObject{{QStringLiteral("network"), p->network},
                                     {QStringLiteral("remote_id"), p->remoteId},
                                     {QStringLiteral("handle"), p->handle},
                                     {QStringLiteral("display_name"), p->displayName},
                                     {QStringLiteral("profile_url"), p->profileUrl},
                                     {QStringLiteral("bio"), p->bio},
                                     {QStringLiteral("followers"), jsonValue(p->followers)}});
        }
        if (fresh.isEmpty())
            return {};
        // Those another desk added meanwhile are looked up one by one by person().
        return insertRows(*m_newPeople, fresh, m_people);
    }

    // Runs a row-set insert that returns (id, network, remote_id) of the rows it added, and
    // keeps their ids in `ids` by postKey().
    static StoreResult<void> insertRows(Statement& insert, const QJsonArray& rows,
                                        QHash<QString, qint64>& ids)
    {
        auto found = insert.bindAll(rowSet(rows)).step();
        while (found && *found) {
            ids.insert(postKey(insert.columnText(1), insert.columnText(2)), insert.columnInt(0));
            found = insert.step();
        }
        insert.reset();
        if (!found)
            return tl::unexpected(found.error());
        return {};
    }

    // Adds the posts that are new; their ids by postKey().
    StoreResult<QHash<QString, qint64>> addPosts(const QList<const Post*>& posts)
    {
        QJsonArray rows;
        for (const Post* post : posts) {
            const Post& p = *post;
            const auto author = m_people.constFind(postKey(p.author.network, p.author.remoteId));
            if (author == m_people.cend())
                continue;
            rows.append(QJsonObject{{QStringLiteral("account_id"), double(p.accountId)},
                                    {QStringLiteral("network"), p.network},
                                    {QStringLiteral("remote_id"), p.remoteId},
                                    {QStringLiteral("kind"), postKindName(p.kind)},
                                    {QStringLiteral("author_id"), double(*author)},
                                    {QStringLiteral("text"), p.text},
                                    {QStringLiteral("url"), p.url},
                                    {QStringLiteral("reply_to_remote_id"), p.replyToRemoteId},
                                    {QStringLiteral("root_remote_id"), p.rootRemoteId},
                                    {QStringLiteral("created_at"), double(p.createdAt)}});
        }
        QHash<QString, qint64> ids;
        if (auto inserted = insertRows(*m_newPosts, rows, ids); !inserted)
            return tl::unexpected(inserted.error());
        return ids;
    }

    QSqlDatabase m_db;
    std::optional<Statement> m_personId, m_newPerson, m_renamePerson, m_post, m_known, m_edit,
        m_queue, m_answerable, m_answer, m_likable, m_like, m_thanks, m_event, m_retire, m_cursor,
        m_tally, m_knownPeople, m_newPeople, m_newPosts, m_newItems, m_newEvents;
    struct Event {
        qint64 postId = 0;
        qint64 at = 0;
        QString actor;
        QString kind;
        QString detail;
    };
    QList<Event> m_events;
    QHash<QString, qint64>& m_people;
    QList<SearchEntry> m_edited;
};

} // namespace

IngestWriter::IngestWriter(Database& database, ChangeNotifier& changes)
    : m_database(database)
    , m_changes(changes)
{}

StoreResult<IngestResult> IngestWriter::write(const IngestBatch& batch)
{
    QList<qint64> changed;
    QHash<QString, qint64> people;
    auto written = writeTransaction(batch, changed, people);
    if (written)
        m_changes.announceChanged(changed);
    return written;
}

namespace {

template <typename Statement>
StoreResult<IngestResult> writeBatch(const QSqlDatabase& db, const IngestBatch& batch,
                                     QList<qint64>& changed, QHash<QString, qint64>& people)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    IngestStatements<Statement> statements(db, people);
    if (auto prepared = statements.prepare(); !prepared)
        return tl::unexpected(prepared.error());
    const auto lastIdBefore = lastPostId(db);
    if (!lastIdBefore)
        return tl::unexpected(lastIdBefore.error());

    const auto postsOf = [](const auto& list, auto postOf) {
        QList<const Post*> posts;
        posts.reserve(list.size());
        for (const auto& entry : list)
            posts.append(&postOf(entry));
        return posts;
    };

    IngestResult result;
    if (auto stored = statements.posts(
            postsOf(batch.context, [](const Post& p) -> const Post& { return p; }));
        !stored)
        return tl::unexpected(stored.error());
    // A new item is written answered and thanked by our replies arriving with it, so that
    // its row is written once; the item each such reply answered.
    const QHash<QString, QList<qsizetype>> replies = repliesByTarget(batch.ownReplies);
    QList<qint64> answeredWithItem(batch.ownReplies.size(), 0);
    auto posts = statements.posts(
        postsOf(batch.items, [](const InboundItem& i) -> const Post& { return i.post; }));
    if (!posts)
        return tl::unexpected(posts.error());
    QList<QList<qsizetype>> answering;
    QList<ReplyEffect> effects;
    for (const InboundItem& item : batch.items) {
        answering.append(replies.value(postKey(item.post.network, item.post.remoteId)));
        effects.append(effectOn(item.post, batch.ownReplies, answering.last()));
    }
    auto addedRows = statements.queueRows(batch.items, *posts, effects);
    if (!addedRows)
        return tl::unexpected(addedRows.error());
    for (qsizetype n = 0; n < batch.items.size(); ++n) {
        const qint64 id = (*posts)[n].id;
        if ((*addedRows)[n]) {
            result.newItemIds.append(id);
            for (qsizetype i : answering[n]) {
                if (batch.ownReplies[i].post.createdAt >= batch.items[n].post.createdAt)
                    answeredWithItem[i] = id;
            }
        }
        changed.append(id);
    }
    // Before anything else changes them: later changes are tallied by the queue's triggers.
    if (auto tallied = statements.tally(result.newItemIds); !tallied)
        return tl::unexpected(tallied.error());
    auto ownPosts = statements.posts(
        postsOf(batch.ownReplies, [](const OwnReply& r) -> const Post& { return r.post; }));
    if (!ownPosts)
        return tl::unexpected(ownPosts.error());
    for (qsizetype i = 0; i < batch.ownReplies.size(); ++i) {
        const OwnReply& reply = batch.ownReplies[i];
        ++result.ownReplies;
        // A reply seen before (every sync sees the newest again) answered its item then.
        if (!(*ownPosts)[i].added)
            continue;
        std::optional<qint64> answered;
        if (answeredWithItem[i] != 0) {
            answered = answeredWithItem[i];
        } else {
            auto found = statements.answer(reply);
            if (!found)
                return tl::unexpected(found.error());
            answered = *found;
            if (answered) {
                if (auto thanked = statements.rethank(*answered); !thanked)
                    return tl::unexpected(thanked.error());
            }
        }
        if (answered) {
            const QString kind =
                reply.expressesThanks ? QStringLiteral("thanked") : QStringLiteral("answered");
            statements.event(*answered, reply.post.createdAt, reply.post.author.handle, kind,
                             reply.post.text.left(200));
            changed.append(*answered);
        }
    }
    for (const OwnLike& like : batch.ownLikes) {
        auto liked = statements.like(like);
        if (!liked)
            return tl::unexpected(liked.error());
        if (!*liked)
            continue;
        if (auto thanked = statements.rethank(**liked); !thanked)
            return tl::unexpected(thanked.error());
        statements.event(**liked, like.at, like.actor,
                         like.removed ? QStringLiteral("unliked") : QStringLiteral("liked"),
                         QString());
        changed.append(**liked);
    }
    for (const RetiredPost& post : batch.retired) {
        auto retired = statements.retire(post);
        if (!retired)
            return tl::unexpected(retired.error());
        if (!*retired)
            continue;
        statements.event(**retired, post.at, post.network, QStringLiteral("deleted"), QString());
        changed.append(**retired);
        ++result.retired;
    }
    for (const CursorUpdate& update : batch.cursors) {
        if (auto saved = statements.cursor(update); !saved)
            return tl::unexpected(saved.error());
    }
    if (auto logged = statements.writeEvents(); !logged)
        return tl::unexpected(logged.error());
    if (auto indexed = updateSearchIndex(db, *lastIdBefore, statements.edited()); !indexed)
        return tl::unexpected(indexed.error());
    if (auto committed = transaction.commit(); !committed)
        return tl::unexpected(committed.error());
    return result;
}

} // namespace

StoreResult<IngestResult> IngestWriter::writeTransaction(const IngestBatch& batch,
                                                         QList<qint64>& changed,
                                                         QHash<QString, qint64>& people)
{
    const QSqlDatabase db = m_database.connection();
    auto written = m_database.engine() == Engine::Sqlite
                       ? writeBatch<SqliteStatement>(db, batch, changed, people)
                       : writeBatch<PreparedQuery>(db, batch, changed, people);
    if (written && !written->newItemIds.isEmpty())
        Q_EMIT m_changes.itemsArrived(written->newItemIds);
    return written;
}

StoreResult<IngestResult> IngestWriter::writeInParts(const IngestBatch& batch, IngestParts& parts)
{
    // Longer than a waiting writer's poll (2 ms), short against a part's own time.
    constexpr int pauseMs = 10;
    // Each of our replies goes with the item it answers, the others with the last part.
    QHash<qsizetype, QList<OwnReply>> repliesTo;
    QList<OwnReply> unmatched;
    {
        QHash<QString, qsizetype> itemAt;
        for (qsizetype i = 0; i < batch.items.size(); ++i)
            itemAt.insert(postKey(batch.items[i].post.network, batch.items[i].post.remoteId), i);
        for (const OwnReply& reply : batch.ownReplies) {
            const auto at =
                itemAt.constFind(postKey(reply.post.network, reply.post.replyToRemoteId));
            (at == itemAt.cend() ? unmatched : repliesTo[*at]).append(reply);
        }
    }
    IngestResult total;
    QList<qint64> changed;
    QHash<QString, qint64> people;
    qsizetype start = 0;
    parts.items = std::max(1, parts.items);
    do {
        IngestBatch part;
        part.items = batch.items.mid(start, parts.items);
        for (qsizetype i = start; i < start + part.items.size(); ++i)
            part.ownReplies += repliesTo.value(i);
        if (start == 0)
            part.context = batch.context;
        else
            QThread::msleep(pauseMs);
        start += part.items.size();
        if (start >= batch.items.size()) {
            part.ownReplies += unmatched;
            part.ownLikes = batch.ownLikes;
            part.retired = batch.retired;
            part.cursors = batch.cursors;
        }
        const auto began = std::chrono::steady_clock::now();
        auto written = writeTransaction(part, changed, people);
        if (!written) {
            m_changes.announceChanged(changed);
            return written;
        }
        total.newItemIds += written->newItemIds;
        total.ownReplies += written->ownReplies;
        total.retired += written->retired;
        if (parts.aim.count() > 0)
            parts.items = nextTransactionSize(parts.items, parts.aim,
                                              std::chrono::steady_clock::now() - began);
    } while (start < batch.items.size());
    m_changes.announceChanged(changed);
    return total;
}

} // namespace hearken
