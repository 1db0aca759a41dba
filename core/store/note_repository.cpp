// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/note_repository.h"

#include "store/change_notifier.h"
#include "store/database.h"
#include "store/dialect.h"
#include "store/event_sql.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QSqlQuery>

namespace hearken {

NoteRepository::NoteRepository(Database& database, ChangeNotifier& changes)
    : m_database(database)
    , m_changes(changes)
{}

StoreResult<Note> NoteRepository::add(qint64 postId, const QString& author, const QString& text,
                                      qint64 at)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto inserted = sql::exec(db,
                              QStringLiteral("INSERT INTO notes (post_id, at, author, text) "
                                             "VALUES (?, ?, ?, ?) RETURNING id"),
                              {postId, at, author, text});
    if (!inserted)
        return tl::unexpected(inserted.error());
    const auto id = sql::firstValue(*inserted, qint64(0));
    if (!id)
        return tl::unexpected(id.error());
    if (auto logged =
            sql::exec(db, insertEventSql, {postId, at, author, QStringLiteral("note"), text});
        !logged)
        return tl::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return tl::unexpected(committed.error());
    Q_EMIT m_changes.notesChanged(postId);
    Q_EMIT m_changes.itemsChanged({postId});
    return Note{*id, postId, at, author, text};
}

StoreResult<void> NoteRepository::remove(qint64 noteId, const QString& actor, qint64 at)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto removed = sql::exec(
        db, QStringLiteral("DELETE FROM notes WHERE id = ? RETURNING post_id, text"), {noteId});
    if (!removed)
        return tl::unexpected(removed.error());
    const auto found = sql::next(*removed);
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return storeError(StoreError::Kind::Query, QStringLiteral("The note is already gone."));
    const qint64 postId = removed->value(0).toLongLong();
    const QString text = removed->value(1).toString();
    removed->finish();
    if (auto logged = sql::exec(db, insertEventSql,
                                {postId, at, actor, QStringLiteral("note-removed"), text});
        !logged)
        return tl::unexpected(logged.error());
    if (auto committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT m_changes.notesChanged(postId);
    Q_EMIT m_changes.itemsChanged({postId});
    return {};
}

StoreResult<QList<Note>> NoteRepository::notes(qint64 postId) const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT id, post_id, at, author, text FROM notes "
                                          "WHERE post_id = ? ORDER BY at, id"),
                           {postId});
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) {
        return Note{row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toLongLong(),
                    row.value(3).toString(), row.value(4).toString()};
    });
}

StoreResult<QList<SavedReply>> NoteRepository::savedReplies() const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT id, title, body FROM saved_replies "
                                          "ORDER BY ") +
                               Dialect::of(m_database.engine()).caseless(QStringLiteral("title")));
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) {
        return SavedReply{row.value(0).toLongLong(), row.value(1).toString(),
                          row.value(2).toString()};
    });
}

StoreResult<qint64> NoteRepository::saveReply(const QString& title, const QString& body, qint64 now)
{
    auto saved = sql::exec(m_database.connection(),
                           QStringLiteral("INSERT INTO saved_replies (title, body, created_at) "
                                          "VALUES (?, ?, ?) ON CONFLICT (title) DO UPDATE SET "
                                          "body = excluded.body RETURNING id"),
                           {title.trimmed(), body, now});
    if (!saved)
        return tl::unexpected(saved.error());
    const auto found = sql::next(*saved);
    if (!found || !*found)
        return tl::unexpected(sql::queryError(*saved));
    const qint64 id = saved->value(0).toLongLong();
    saved->finish();
    Q_EMIT m_changes.savedRepliesChanged();
    return id;
}

StoreResult<void> NoteRepository::removeReply(qint64 id)
{
    auto removed = sql::exec(m_database.connection(),
                             QStringLiteral("DELETE FROM saved_replies WHERE id = ?"), {id});
    if (!removed)
        return tl::unexpected(removed.error());
    Q_EMIT m_changes.savedRepliesChanged();
    return {};
}

} // namespace hearken
