// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/engine.h"

#include <QString>
#include <QVariantList>

#include <utility>

class QSqlDatabase;

namespace hearken {

// How a search finds its first page: from the list of matches (few matches), or by walking
// the queue in order and keeping the matches (many matches).
enum class SearchPlan { FromMatches, InQueueOrder };

// The few pieces of SQL the two engines spell differently. Repositories and the queue query
// ask the dialect of their connection for these and write everything else once.
class Dialect {
public:
    static const Dialect& of(Engine engine);
    static const Dialect& of(const QSqlDatabase& db);

    Engine engine() const { return m_engine; }

    // Starts a write transaction that holds the right to write from its start.
    QString beginWrite() const;
    // Starts a read transaction whose reads all see one state of the workspace.
    QString beginRead() const;
    // The current time in seconds since the epoch.
    QString now() const;
    // The smaller and the larger of two values (not aggregates).
    QString least(const QString& a, const QString& b) const;
    QString greatest(const QString& a, const QString& b) const;
    // A join whose tables the planner must take in the order written (SQLite's CROSS JOIN);
    // PostgreSQL plans its joins itself.
    QString joinInOrder() const;
    // `column` as it sorts ignoring case.
    QString caseless(const QString& column) const;
    // A subquery of the ids in one bound JSON array of integers, "[1,2,3]".
    QString idsInJsonArray() const;
    // Lets the engine refresh its planner statistics; empty when the engine does it itself.
    QString optimize() const;

    // Whether what a person typed holds any word to search for.
    static bool hasSearchWords(const QString& typed);
    // The search: the ids of posts matching the values searchMatchesBinds() makes.
    QString searchMatches() const;
    QVariantList searchMatchesBinds(const QString& typed) const;
    // What a person typed as a search query of the engine: every word must occur,
    // accents ignored, and the last one is a prefix unless a space follows it.
    QString searchQuery(const QString& typed) const;
    // The condition that the post `postId` names matches the search. It reads the matches
    // (a CTE of searchMatches()) where readsMatches(plan) says so, and otherwise binds the
    // search itself, one searchQuery() value.
    QString searchCondition(const QString& postId, SearchPlan plan) const;
    // Whether searchCondition(plan) reads the matches. Walking the queue in order, PostgreSQL
    // looks each walked post up in the index instead: it can only list the matches by reading
    // every matching row, and joins a list of them to the walk one row at a time.
    bool readsMatches(SearchPlan plan) const;
    // What the search index holds as the author of a post (of people au): the search, the
    // indexing and the removal from the index must agree on it word for word.
    static QString searchAuthor();
    // Indexes the posts `condition` selects (of posts p) for the search; on SQLite lists them
    // for the SearchIndexer, and the search reads them meanwhile.
    QString indexPostsForSearch(const QString& condition) const;
    // Takes a post out of the search index, given what it was indexed with.
    std::pair<QString, QVariantList> unindexPost(qint64 postId, const QString& text,
                                                 const QString& author) const;
    // Whether a page over several states must stop each arm of its UNION ALL after a page
    // itself: PostgreSQL does not carry the outer ORDER BY ... LIMIT into the arms, and joins
    // and sorts every matching row of each; SQLite merges the ordered arms and stops.
    bool limitsEachArm() const { return m_engine == Engine::Postgresql; }
    // Appended to an INSERT, so that the statement answers the new row's id.
    QString returningId() const;
    // Appended to a SELECT of rows to claim: locks them, and passes over rows another
    // transaction holds instead of waiting for it (SQLite's one writer never meets such a row).
    QString skipLocked() const;

private:
    explicit Dialect(Engine engine)
        : m_engine(engine)
    {}

    Engine m_engine;
};

} // namespace hearken
