// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flags.h"
#include "domain/queue_filter.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace hearken {

// A position in queue order, for keyset paging: the next page starts after it.
struct QueueCursor {
    int rank = 0;
    qint64 receivedAt = 0;
    qint64 postId = 0;
};

struct SqlStatement {
    QString text;
    QVariantList binds;
};

// How a search finds its first page: from the list of matches (few matches), or by walking
// the queue in order and keeping the matches (many matches).
enum class SearchPlan { FromMatches, InQueueOrder };

// The one place that turns a QueueFilter into SQL. Queue order is (rank, received_at,
// post_id): most urgent first, oldest first within each.
class QueueQuery {
public:
    QueueQuery(QueueFilter filter, qint64 now, ResponseTargets targets);

    SqlStatement page(const std::optional<QueueCursor>& after, int limit,
                      SearchPlan plan = SearchPlan::FromMatches) const;
    SqlStatement count() const;
    // How many posts the search words match, whatever the other filters; cheap.
    SqlStatement searchMatchCount() const;
    bool hasSearch() const { return !ftsQuery(m_filter.search).isEmpty(); }
    // The rows among `postIds` that pass the filter, with all their columns.
    SqlStatement matching(const QList<qint64>& postIds) const;

    // Turns what a person typed into an FTS5 query: every word must match, the last one
    // as a prefix; FTS syntax characters are taken literally.
    static QString ftsQuery(const QString& typed);

private:
    SqlStatement where(std::optional<ItemState> onlyState, SearchPlan plan) const;
    SqlStatement withMatches(SqlStatement statement) const;

    QueueFilter m_filter;
    qint64 m_now;
    ResponseTargets m_targets;
};

} // namespace hearken
