// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/search_indexer.h"

#include "store/database.h"
#include "store/dialect.h"
#include "store/sql.h"
#include "store/transaction.h"
#include "store/transaction_aim.h"

namespace hearken {

SearchIndexer::SearchIndexer(Database& database)
    : m_database(database)
{}

StoreResult<int> SearchIndexer::indexBatch(int posts)
{
    if (m_database.engine() != Engine::Sqlite || m_database.isReadOnly())
        return 0;
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto last = sql::exec(db,
                          QStringLiteral("SELECT max(post_id) FROM (SELECT post_id FROM "
                                         "posts_search_pending ORDER BY post_id LIMIT ?)"),
                          {posts});
    if (!last)
        return tl::unexpected(last.error());
    const QVariant upTo = last->next() ? last->value(0) : QVariant();
    if (upTo.isNull())
        return 0;
    // One statement for the batch: FTS5 flushes its terms at every statement's end.
    if (auto indexed = sql::exec(
            db,
            QStringLiteral("INSERT INTO posts_search (rowid, text, author) SELECT p.id, p.text, ") +
                Dialect::searchAuthor() +
                QStringLiteral(" FROM posts_search_pending s CROSS JOIN posts p ON p.id = "
                               "s.post_id JOIN people au ON au.id = p.author_id WHERE "
                               "s.post_id <= ? ORDER BY s.post_id"),
            {upTo});
        !indexed)
        return tl::unexpected(indexed.error());
    auto listed = sql::exec(
        db, QStringLiteral("DELETE FROM posts_search_pending WHERE post_id <= ?"), {upTo});
    if (!listed)
        return tl::unexpected(listed.error());
    const int taken = listed->numRowsAffected();
    if (auto committed = transaction.commit(); !committed)
        return tl::unexpected(committed.error());
    return taken;
}

StoreResult<int> SearchIndexer::indexAll()
{
    int total = 0;
    int posts = postsPerBatch;
    for (;;) {
        const auto began = std::chrono::steady_clock::now();
        auto indexed = indexBatch(posts);
        if (!indexed)
            return indexed;
        if (*indexed == 0)
            return total;
        total += *indexed;
        posts = nextTransactionSize(posts, bulkTransactionAim,
                                    std::chrono::steady_clock::now() - began);
    }
}

} // namespace hearken
