// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ingest_writer.h"

#include "store/change_notifier.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace hearken {

namespace {

// Above this many new rows, views reload instead of patching row by row.
constexpr qsizetype resetThreshold = 2000;

// The prepared statements of one write, reused for every row of the batch.
class IngestStatements {
public:
    explicit IngestStatements(const QSqlDatabase& db) {
        m_person = prepare(
            db,
            QStringLiteral(
                "INSERT INTO people (network, remote_id, handle, display_name, profile_url, bio, "
                "followers) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (network, remote_id) DO UPDATE SET handle = excluded.handle, "
                "display_name = excluded.display_name, profile_url = excluded.profile_url, "
                "bio = excluded.bio, followers = coalesce(excluded.followers, followers) "
                "RETURNING id"));
        m_post = prepare(
            db,
            QStringLiteral(
                "INSERT INTO posts (account_id, network, remote_id, kind, author_id, text, url, "
                "reply_to_remote_id, root_remote_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?) "
                "ON CONFLICT (network, remote_id) DO UPDATE SET text = excluded.text "
                "WHERE text IS NOT excluded.text "
                "RETURNING id"));
        m_postId =
            prepare(db, QStringLiteral("SELECT id FROM posts WHERE network = ? AND remote_id = ?"));
        m_queue = prepare(
            db,
            QStringLiteral(
                "INSERT INTO queue (post_id, account_id, network, received_at, state, "
                "snoozed_until, "
                "tone, tone_confidence, tone_source, is_question, assignee_id, answered_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "(SELECT min(created_at) FROM posts WHERE network = ? AND reply_to_remote_id = ? "
                "AND kind = 'own' AND created_at >= ?)) "
                "ON CONFLICT (post_id) DO NOTHING"));
        m_answer = prepare(
            db, QStringLiteral(
                    "UPDATE queue SET answered_at = min(coalesce(answered_at, :at), :at), "
                    "thanked_at = CASE WHEN :thanks THEN min(coalesce(thanked_at, :at), :at) "
                    "ELSE thanked_at END "
                    "WHERE post_id = (SELECT id FROM posts WHERE network = :network "
                    "AND remote_id = :parent) AND received_at <= :at RETURNING post_id"));
        m_event = prepare(
            db,
            QStringLiteral(
                "INSERT INTO events (post_id, at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)"));
    }

    const std::optional<StoreError>& error() const { return m_error; }

    StoreResult<qint64> person(const Person& p) {
        const QString key = p.network + u'\x1f' + p.remoteId;
        if (auto known = m_people.constFind(key); known != m_people.cend())
            return *known;
        auto id = single(m_person, {p.network, p.remoteId, p.handle, p.displayName, p.profileUrl,
                                    p.bio, sql::nullable(p.followers)});
        if (!id)
            return tl::unexpected(id.error());
        m_people.insert(key, id->value_or(0));
        return id->value_or(0);
    }

    // Returns the post's id, whether it is new or was known already.
    StoreResult<qint64> post(const Post& post, qint64 authorId) {
        auto inserted = single(m_post, {post.accountId, post.network, post.remoteId,
                                        postKindName(post.kind), authorId, post.text, post.url,
                                        post.replyToRemoteId, post.rootRemoteId, post.createdAt});
        if (!inserted)
            return tl::unexpected(inserted.error());
        if (*inserted)
            return **inserted;
        // A known post whose text did not change: the upsert returned no row.
        auto known = single(m_postId, {post.network, post.remoteId});
        if (!known)
            return tl::unexpected(known.error());
        return known->value_or(0);
    }

    StoreResult<bool> queue(qint64 postId, const InboundItem& item) {
        const Post& p = item.post;
        auto ran = sql::run(
            *m_queue, {postId, p.accountId, p.network, p.createdAt, itemStateName(item.state),
                       sql::nullable(item.snoozedUntil),
                       item.tone ? QVariant(toneName(*item.tone)) : QVariant(), item.toneConfidence,
                       item.toneSource ? QVariant(toneSourceName(*item.toneSource)) : QVariant(),
                       int(item.isQuestion), sql::nullable(item.assigneeId), p.network, p.remoteId,
                       p.createdAt});
        if (!ran)
            return tl::unexpected(ran.error());
        return m_queue->numRowsAffected() > 0;
    }

    StoreResult<std::optional<qint64>> answer(const OwnReply& reply) {
        const Post& p = reply.post;
        m_answer->bindValue(QStringLiteral(":at"), p.createdAt);
        m_answer->bindValue(QStringLiteral(":thanks"), int(reply.expressesThanks));
        m_answer->bindValue(QStringLiteral(":network"), p.network);
        m_answer->bindValue(QStringLiteral(":parent"), p.replyToRemoteId);
        if (!m_answer->exec())
            return tl::unexpected(sql::queryError(*m_answer));
        std::optional<qint64> answered;
        if (m_answer->next())
            answered = m_answer->value(0).toLongLong();
        m_answer->finish();
        return answered;
    }

    StoreResult<void> event(qint64 postId, qint64 at, const QString& actor, const QString& kind,
                            const QString& detail) {
        return sql::run(*m_event, {postId, at, actor, kind, detail});
    }

private:
    std::optional<QSqlQuery> prepare(const QSqlDatabase& db, const QString& text) {
        auto query = sql::prepare(db, text);
        if (!query) {
            m_error = query.error();
            return std::nullopt;
        }
        return std::move(*query);
    }

    // Runs a statement that returns at most one id.
    static StoreResult<std::optional<qint64>> single(std::optional<QSqlQuery>& query,
                                                     const QVariantList& binds) {
        if (auto ran = sql::run(*query, binds); !ran)
            return tl::unexpected(ran.error());
        std::optional<qint64> id;
        if (query->next())
            id = query->value(0).toLongLong();
        query->finish();
        return id;
    }

    std::optional<QSqlQuery> m_person, m_post, m_postId, m_queue, m_answer, m_event;
    std::optional<StoreError> m_error;
    QHash<QString, qint64> m_people;
};

} // namespace

IngestWriter::IngestWriter(Database& database, ChangeNotifier& changes)
    : m_database(database)
    , m_changes(changes) {}

StoreResult<IngestResult> IngestWriter::write(const IngestBatch& batch) {
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    IngestStatements statements(db);
    if (statements.error())
        return tl::unexpected(*statements.error());

    auto storePost = [&](const Post& post) -> StoreResult<qint64> {
        auto author = statements.person(post.author);
        if (!author)
            return author;
        return statements.post(post, *author);
    };

    IngestResult result;
    QList<qint64> changed;
    for (const Post& post : batch.context) {
        if (auto stored = storePost(post); !stored)
            return tl::unexpected(stored.error());
    }
    for (const InboundItem& item : batch.items) {
        auto postId = storePost(item.post);
        if (!postId)
            return tl::unexpected(postId.error());
        auto added = statements.queue(*postId, item);
        if (!added)
            return tl::unexpected(added.error());
        if (*added)
            result.newItemIds.append(*postId);
        changed.append(*postId);
    }
    for (const OwnReply& reply : batch.ownReplies) {
        if (auto stored = storePost(reply.post); !stored)
            return tl::unexpected(stored.error());
        auto answered = statements.answer(reply);
        if (!answered)
            return tl::unexpected(answered.error());
        if (*answered) {
            const QString kind =
                reply.expressesThanks ? QStringLiteral("thanked") : QStringLiteral("answered");
            if (auto logged =
                    statements.event(**answered, reply.post.createdAt, reply.post.author.handle,
                                     kind, reply.post.text.left(200));
                !logged)
                return tl::unexpected(logged.error());
            changed.append(**answered);
        }
        ++result.ownReplies;
    }
    if (auto committed = transaction.commit(); !committed)
        return tl::unexpected(committed.error());

    if (changed.size() > resetThreshold)
        Q_EMIT m_changes.queueReset();
    else if (!changed.isEmpty())
        Q_EMIT m_changes.itemsChanged(changed);
    return result;
}

} // namespace hearken
