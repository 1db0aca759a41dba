// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/queue_query.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace hearken {

namespace {

const QString selectColumns = QStringLiteral(
    "SELECT q.post_id AS item_id, q.account_id, q.network, a.handle, p.kind, au.handle, "
    "au.display_name, substr(p.text, 1, 400), q.received_at AS received, q.state, q.snoozed_until, "
    "q.tone, q.tone_confidence, "
    "q.tone_source, q.is_question, q.assignee_id, t.name, q.answered_at, q.thanked_at, q.rank AS "
    "attention, CASE WHEN q.state = 'dismissed' THEN (SELECT max(e.at) FROM events e WHERE "
    "e.post_id = q.post_id AND e.kind = 'deleted') END, q.held_back "
    "FROM queue q "
    "JOIN posts p ON p.id = q.post_id "
    "JOIN accounts a ON a.id = q.account_id "
    "JOIN people au ON au.id = p.author_id "
    "LEFT JOIN teammates t ON t.id = q.assignee_id ");

const QString orderBy = QStringLiteral(" ORDER BY attention, received, item_id");

// Above this many matches, walking the queue in order finds a page of them sooner than
// sorting them all (measured with tests/bench/bench_queue at a million items).
constexpr qint64 manyMatches = 4000;

// The SQL twin of flagsOf() in domain/flags.cpp; rank encodes the unanswered/unthanked rules.
QString flagCondition(Flag flag)
{
    switch (flag) {
    case Flag::UnansweredCriticism:
        return QStringLiteral("q.rank = 0 AND q.state <> 'dismissed'");
    // The question flag matches the partial index of migration 0001 word for word; the
    // praise flag is read from queue_by_tone.
    case Flag::UnansweredQuestion:
        return QStringLiteral("q.is_question = 1 AND q.answered_at IS NULL "
                              "AND q.state <> 'dismissed'");
    case Flag::UnthankedPraise:
        return QStringLiteral("q.tone = 'praise' AND q.thanked_at IS NULL "
                              "AND q.state <> 'dismissed'");
    case Flag::Overdue:
        return QStringLiteral(
            "q.rank <= 2 AND q.state = 'open' AND ("
            "(q.rank = 0 AND q.received_at < ?) OR "
            "(q.is_question = 1 AND q.answered_at IS NULL AND q.received_at < ?) OR "
            "(q.tone = 'praise' AND q.thanked_at IS NULL AND q.received_at < ?))");
    }
    return {};
}

} // namespace

QueueQuery::QueueQuery(QueueFilter filter, qint64 now, ResponseTargets targets)
    : m_filter(std::move(filter))
    , m_now(now)
    , m_targets(targets)
{}

SqlStatement QueueQuery::where(const Dialect& dialect, std::optional<ItemState> onlyState,
                               SearchPlan plan) const
{
    QStringList conditions;
    QVariantList binds;
    if (onlyState) {
        conditions << QStringLiteral("q.state = ?");
        binds << itemStateName(*onlyState);
    } else if (!m_filter.states.isEmpty()) {
        QStringList marks;
        for (ItemState state : m_filter.states) {
            marks << QStringLiteral("?");
            binds << itemStateName(state);
        }
        conditions << QStringLiteral("q.state IN (") + marks.join(u',') + u')';
    }
    if (m_filter.flag) {
        conditions << flagCondition(*m_filter.flag);
        if (*m_filter.flag == Flag::Overdue)
            binds << m_now - m_targets.criticism << m_now - m_targets.question
                  << m_now - m_targets.praise;
    }
    if (!m_filter.network.isEmpty()) {
        conditions << QStringLiteral("q.network = ?");
        binds << m_filter.network;
    }
    if (m_filter.accountId) {
        conditions << QStringLiteral("q.account_id = ?");
        binds << *m_filter.accountId;
    }
    if (m_filter.tone) {
        conditions << QStringLiteral("q.tone = ?");
        binds << toneName(*m_filter.tone);
    }
    if (m_filter.assigneeId) {
        if (*m_filter.assigneeId == 0) {
            conditions << QStringLiteral("q.assignee_id IS NULL");
        } else {
            conditions << QStringLiteral("q.assignee_id = ?");
            binds << *m_filter.assigneeId;
        }
    }
    if (hasSearch()) {
        conditions << dialect.searchCondition(QStringLiteral("q.post_id"), plan);
        if (!dialect.readsMatches(plan))
            binds << dialect.searchQuery(m_filter.search);
    }
    if (conditions.isEmpty())
        return {};
    return {QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")), binds};
}

SqlStatement QueueQuery::page(const Dialect& dialect, const std::optional<QueueCursor>& after,
                              int limit, SearchPlan plan) const
{
    // One arm per state, merged in order: each arm walks an index whose order is the queue's,
    // where a single statement over several states would sort every matching row. A search
    // from its matches sorts them anyway, so it reads them once, in one arm over every state.
    const bool fromMatches = hasSearch() && plan == SearchPlan::FromMatches;
    QList<std::optional<ItemState>> armStates;
    if (fromMatches) {
        armStates.append(std::nullopt);
    } else {
        QList<ItemState> states = m_filter.states;
        if (states.isEmpty())
            states = QList<ItemState>(std::begin(allItemStates), std::end(allItemStates));
        for (ItemState state : states)
            armStates.append(state);
    }
    QStringList arms;
    SqlStatement statement;
    for (const std::optional<ItemState>& state : armStates) {
        SqlStatement arm = where(dialect, state, plan);
        if (after) {
            arm.text += arm.text.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
            arm.text += QStringLiteral("(q.rank, q.received_at, q.post_id) > (?, ?, ?)");
            arm.binds << after->rank << after->receivedAt << after->postId;
        }
        statement.binds += arm.binds;
        // A limit in the arm of a search from its matches would make the planner walk the
        // queue in order instead, which the repository chose against.
        if (!dialect.limitsEachArm() || fromMatches) {
            arms << selectColumns + arm.text;
            continue;
        }
        arms << QStringLiteral("SELECT * FROM (") + selectColumns + arm.text +
                    QStringLiteral(" ORDER BY q.rank, q.received_at, q.post_id LIMIT ?) AS arm%1")
                        .arg(arms.size());
        statement.binds << limit;
    }
    statement.text =
        arms.join(QStringLiteral(" UNION ALL ")) + orderBy + QStringLiteral(" LIMIT ?");
    statement.binds << limit;
    return withMatches(dialect, statement, plan);
}

SqlStatement QueueQuery::withMatches(const Dialect& dialect, SqlStatement statement,
                                     SearchPlan plan) const
{
    if (!hasSearch() || !dialect.readsMatches(plan))
        return statement;
    // Evaluated once for the whole statement, however many arms read it.
    statement.text = QStringLiteral("WITH matches AS MATERIALIZED (") + dialect.searchMatches() +
                     QStringLiteral(") ") + statement.text;
    statement.binds = dialect.searchMatchesBinds(m_filter.search) + statement.binds;
    return statement;
}

SqlStatement QueueQuery::searchMatchCount(const Dialect& dialect) const
{
    return {QStringLiteral("SELECT count(*) FROM (") + dialect.searchMatches() +
                QStringLiteral(" LIMIT ?) AS matches"),
            dialect.searchMatchesBinds(m_filter.search) << manyMatches + 1};
}

SearchPlan QueueQuery::searchPlanFor(qint64 matchCount)
{
    return matchCount > manyMatches ? SearchPlan::InQueueOrder : SearchPlan::FromMatches;
}

SqlStatement QueueQuery::count(const Dialect& dialect) const
{
    if (hasSearch()) {
        SqlStatement statement = where(dialect, std::nullopt, SearchPlan::FromMatches);
        statement.text = QStringLiteral("SELECT count(*) FROM queue q") + statement.text;
        return withMatches(dialect, statement, SearchPlan::FromMatches);
    }
    // queue_tally (migration 0010) holds the queue's rows counted by every column a filter
    // other than a search reads, kept current by triggers.
    const QString tallied = QStringLiteral("SELECT coalesce(sum(n), 0) FROM queue_tally q");
    if (m_filter.flag != Flag::Overdue) {
        SqlStatement statement = where(dialect, std::nullopt, SearchPlan::FromMatches);
        statement.text = tallied + statement.text;
        return statement;
    }
    // Rank by rank: the tally counts the open items of the rank, less those within the rank's
    // own response target (a range of recent arrivals in an index, no row read), plus those
    // within it that passed a second flag's shorter target (rows read only when the targets
    // are set so).
    QueueFilter unflagged = m_filter;
    unflagged.flag.reset();
    const SqlStatement filtered = QueueQuery(unflagged, m_now, m_targets)
                                      .where(dialect, std::nullopt, SearchPlan::FromMatches);
    const QString open =
        filtered.text +
        (filtered.text.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
        QStringLiteral("q.state = 'open' AND q.rank = ");
    const qint64 own[] = {m_targets.criticism, m_targets.question, m_targets.praise};
    // A rank's second flag: criticism may also be a question, a question also praise.
    const QString second[] = {QStringLiteral(" AND q.is_question = 1"),
                              QStringLiteral(" AND q.tone = 'praise' AND q.thanked_at IS NULL")};
    const QString counted = QStringLiteral("SELECT count(*) FROM queue q");
    SqlStatement statement{QStringLiteral("SELECT 0"), {}};
    auto add = [&](QChar sign, const QString& from, const QString& where,
                   const QVariantList& times) {
        statement.text += u' ' + QString(sign) + QStringLiteral(" (") + from + open + where + u')';
        statement.binds += filtered.binds;
        statement.binds += times;
    };
    for (int rank = 0; rank < 3; ++rank) {
        const QString ofRank = QString::number(rank);
        add(u'+', tallied, ofRank, {});
        add(u'-', counted, ofRank + QStringLiteral(" AND q.received_at >= ?"), {m_now - own[rank]});
        if (rank < 2 && own[rank + 1] < own[rank])
            add(u'+', counted,
                ofRank + second[rank] +
                    QStringLiteral(" AND q.received_at >= ? AND q.received_at < ?"),
                {m_now - own[rank], m_now - own[rank + 1]});
    }
    return statement;
}

SqlStatement QueueQuery::matching(const Dialect& dialect, const QList<qint64>& postIds) const
{
    // The few ids drive this one; the matches are only checked.
    SqlStatement statement = where(dialect, std::nullopt, SearchPlan::InQueueOrder);
    QStringList marks;
    for (qint64 id : postIds) {
        marks << QStringLiteral("?");
        statement.binds << id;
    }
    statement.text +=
        statement.text.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
    statement.text = selectColumns + statement.text + QStringLiteral("q.post_id IN (") +
                     marks.join(u',') + u')' + orderBy;
    return withMatches(dialect, statement, SearchPlan::InQueueOrder);
}

} // namespace hearken
