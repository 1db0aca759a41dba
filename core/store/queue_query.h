// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flags.h"
#include "domain/queue_filter.h"
#include "store/dialect.h"

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

// The one place that turns a QueueFilter into SQL. Queue order is (rank, received_at,
// post_id): most urgent first, oldest first within each.
class QueueQuery {
public:
    QueueQuery(QueueFilter filter, qint64 now, ResponseTargets targets);

    // Each statement in the SQL of `dialect`, the engine's that runs it.
    SqlStatement page(const Dialect& dialect, const std::optional<QueueCursor>& after, int limit,
                      SearchPlan plan = SearchPlan::FromMatches) const;
    SqlStatement count(const Dialect& dialect) const;
    // How many posts the search words match, whatever the other filters, counted only as
    // far as searchPlanFor() needs: a common word's matches are not all read.
    SqlStatement searchMatchCount(const Dialect& dialect) const;
    // The plan for a search with this many matches (as searchMatchCount() counts them).
    static SearchPlan searchPlanFor(qint64 matchCount);
    bool hasSearch() const { return Dialect::hasSearchWords(m_filter.search); }
    // The rows among `postIds` that pass the filter, with all their columns.
    SqlStatement matching(const Dialect& dialect, const QList<qint64>& postIds) const;

private:
    SqlStatement where(const Dialect& dialect, std::optional<ItemState> onlyState,
                       SearchPlan plan) const;
    SqlStatement withMatches(const Dialect& dialect, SqlStatement statement, SearchPlan plan) const;

    QueueFilter m_filter;
    qint64 m_now;
    ResponseTargets m_targets;
};

} // namespace hearken
