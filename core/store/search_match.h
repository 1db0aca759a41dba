// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

struct sqlite3;

namespace hearken {

// A search over posts the search index does not hold yet (posts_search_pending, migration
// 0018), matching as posts_search will once they are indexed: a query made by
// Dialect::searchQuery() ("cold" "bre"*), read with the index's tokenizer (FTS5 unicode61
// remove_diacritics 2: words of letters, digits and marks, case folded, the accents of Latin
// letters dropped). Every phrase must occur within the text or within the author, its words
// one after another, and a phrase marked with '*' ends in a prefix.
class SearchMatch {
public:
    explicit SearchMatch(QStringView query);

    bool matches(QStringView text, QStringView author) const;

    // Adds hearken_search_match(query, text, author) to an SQLite connection: 1 when they
    // match, else 0.
    static bool addFunction(sqlite3* db);

private:
    struct Phrase {
        QList<QString> words;
        bool prefix = false;
    };
    bool occursIn(const Phrase& phrase, const QList<QString>& words) const;

    QList<Phrase> m_phrases;
};

} // namespace hearken
