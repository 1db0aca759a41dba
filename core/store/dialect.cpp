// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/dialect.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStringList>

namespace hearken {

namespace {

// The words of a search, without the quotes and the @ and # people type in front of handles
// and tags.
QStringList searchWords(const QString& typed)
{
    static const QRegularExpression separators(QStringLiteral("[\\s\"]+"));
    QStringList words;
    for (QString word : typed.split(separators, Qt::SkipEmptyParts)) {
        while (word.startsWith(u'@') || word.startsWith(u'#'))
            word.remove(0, 1);
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

// PostgreSQL's search query of one bound searchQuery() value.
const QString boundSearch = QStringLiteral("to_tsquery('simple', hearken_unaccent(?))");

bool lastWordIsPrefix(const QString& typed)
{
    return !typed.isEmpty() && !typed.back().isSpace();
}

} // namespace

Engine engineOf(const QSqlDatabase& db)
{
    return db.driverName() == u"QPSQL" ? Engine::Postgresql : Engine::Sqlite;
}

const Dialect& Dialect::of(Engine engine)
{
    static const Dialect sqlite(Engine::Sqlite);
    static const Dialect postgresql(Engine::Postgresql);
    return engine == Engine::Postgresql ? postgresql : sqlite;
}

const Dialect& Dialect::of(const QSqlDatabase& db)
{
    return of(engineOf(db));
}

QString Dialect::beginWrite() const
{
    // PostgreSQL locks rows as they are written; SQLite takes its one write lock up front,
    // so that a concurrent writer waits at the start, never half way.
    return m_engine == Engine::Postgresql ? QStringLiteral("BEGIN")
                                          : QStringLiteral("BEGIN IMMEDIATE");
}

QString Dialect::beginRead() const
{
    return m_engine == Engine::Postgresql
               ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
               : QStringLiteral("BEGIN DEFERRED");
}

QString Dialect::now() const
{
    return m_engine == Engine::Postgresql ? QStringLiteral("extract(epoch FROM now())::bigint")
                                          : QStringLiteral("unixepoch()");
}

QString Dialect::least(const QString& a, const QString& b) const
{
    return (m_engine == Engine::Postgresql ? QStringLiteral("least(%1, %2)")
                                           : QStringLiteral("min(%1, %2)"))
        .arg(a, b);
}

QString Dialect::greatest(const QString& a, const QString& b) const
{
    return (m_engine == Engine::Postgresql ? QStringLiteral("greatest(%1, %2)")
                                           : QStringLiteral("max(%1, %2)"))
        .arg(a, b);
}

QString Dialect::joinInOrder() const
{
    return m_engine == Engine::Postgresql ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
}

QString Dialect::caseless(const QString& column) const
{
    return m_engine == Engine::Postgresql ? QStringLiteral("lower(%1)").arg(column)
                                          : column + QStringLiteral(" COLLATE NOCASE");
}

QString Dialect::idsInJsonArray() const
{
    return m_engine == Engine::Postgresql
               ? QStringLiteral("SELECT value::bigint FROM json_array_elements_text(?::json)")
               : QStringLiteral("SELECT value FROM json_each(?)");
}

QString Dialect::optimize() const
{
    // PostgreSQL's autovacuum keeps the statistics of a shared database current.
    return m_engine == Engine::Postgresql ? QString() : QStringLiteral("PRAGMA optimize");
}

bool Dialect::hasSearchWords(const QString& typed)
{
    return !searchWords(typed).isEmpty();
}

QString Dialect::searchMatches() const
{
    if (m_engine == Engine::Postgresql)
        return QStringLiteral("SELECT post_id FROM posts_search WHERE document @@ ") + boundSearch;
    // The posts not indexed yet (a sync's or an import's worth) are read one by one.
    return QStringLiteral("SELECT rowid FROM posts_search WHERE posts_search MATCH ? UNION ALL "
                          "SELECT s.post_id FROM posts_search_pending s JOIN posts p ON p.id = "
                          "s.post_id JOIN people au ON au.id = p.author_id WHERE "
                          "hearken_search_match(?, p.text, ") +
           searchAuthor() + u')';
}

QVariantList Dialect::searchMatchesBinds(const QString& typed) const
{
    const QString query = searchQuery(typed);
    return m_engine == Engine::Postgresql ? QVariantList{query} : QVariantList{query, query};
}

QString Dialect::searchQuery(const QString& typed) const
{
    const QStringList words = searchWords(typed);
    QStringList terms;
    for (const QString& word : words) {
        if (m_engine == Engine::Postgresql)
            terms.append(u'\'' +
                         QString(word)
                             .replace(u'\\', QStringLiteral("\\\\"))
                             .replace(u'\'', QStringLiteral("''")) +
                         u'\'');
        else
            terms.append(u'"' + word + u'"');
    }
    if (!terms.isEmpty() && lastWordIsPrefix(typed))
        terms.last() += m_engine == Engine::Postgresql ? QStringLiteral(":*") : QStringLiteral("*");
    return terms.join(m_engine == Engine::Postgresql ? QStringLiteral(" & ") : QStringLiteral(" "));
}

QString Dialect::searchCondition(const QString& postId, SearchPlan plan) const
{
    if (m_engine == Engine::Sqlite) {
        // The unary + keeps SQLite from driving the query by the matches, so that it walks
        // the queue in order and stops after a page.
        return (plan == SearchPlan::InQueueOrder ? u'+' + postId : postId) +
               QStringLiteral(" IN matches");
    }
    if (plan == SearchPlan::FromMatches)
        return postId + QStringLiteral(" IN (SELECT post_id FROM matches)");
    // A scalar subquery is never turned into a join: one index look-up per walked post.
    return QStringLiteral("(SELECT s.document FROM posts_search s WHERE s.post_id = %1) @@ ")
               .arg(postId) +
           boundSearch;
}

bool Dialect::readsMatches(SearchPlan plan) const
{
    return m_engine == Engine::Sqlite || plan == SearchPlan::FromMatches;
}

QString Dialect::searchAuthor()
{
    return QStringLiteral("au.handle || ' ' || au.display_name");
}

QString Dialect::indexPostsForSearch(const QString& condition) const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("INSERT OR IGNORE INTO posts_search_pending (post_id) SELECT p.id "
                              "FROM posts p WHERE ") +
               condition;
    // Another desk's posts committed meanwhile may be indexed by either desk: both write
    // the same document.
    return QStringLiteral("INSERT INTO posts_search (post_id, document) SELECT p.id, "
                          "hearken_search_document(p.text, ") +
           searchAuthor() +
           QStringLiteral(") FROM posts p JOIN people au ON au.id = p.author_id WHERE ") +
           condition +
           QStringLiteral(" ON CONFLICT (post_id) DO UPDATE SET document = excluded.document");
}

std::pair<QString, QVariantList> Dialect::unindexPost(qint64 postId, const QString& text,
                                                      const QString& author) const
{
    if (m_engine == Engine::Postgresql)
        return {QStringLiteral("DELETE FROM posts_search WHERE post_id = ?"), {postId}};
    // A contentless FTS5 index forgets a row only when told the values it was given, and a
    // post still waiting for the indexer was given none.
    return {QStringLiteral("INSERT INTO posts_search (posts_search, rowid, text, author) "
                           "SELECT 'delete', ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
                           "posts_search_pending WHERE post_id = ?)"),
            {postId, text, author, postId}};
}

QString Dialect::returningId() const
{
    // SQLite answers the id through sqlite3_last_insert_rowid() at no cost.
    return m_engine == Engine::Postgresql ? QStringLiteral(" RETURNING id") : QString();
}

QString Dialect::skipLocked() const
{
    return m_engine == Engine::Postgresql ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
}
} // namespace hearken
