// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/report_repository.h"

#include "store/database.h"
#include "store/dialect.h"
#include "store/prepared_query.h"
#include "store/sql.h"
#include "store/sqlite_statement.h"

#include <QStringList>

#include <utility>

namespace hearken {

namespace {

// Tones and states as small numbers, so that a scan of many rows creates no strings.
const QString toneCode = QStringLiteral(
    "CASE q.tone WHEN 'criticism' THEN 0 WHEN 'praise' THEN 1 WHEN 'other' THEN 2 ELSE -1 END");
const QString stateCode = QStringLiteral("CASE q.state WHEN 'open' THEN 0 WHEN 'snoozed' THEN 1 "
                                         "WHEN 'done' THEN 2 ELSE 3 END");
constexpr Tone tones[] = {Tone::Criticism, Tone::Praise, Tone::Other};
constexpr ItemState states[] = {ItemState::Open, ItemState::Snoozed, ItemState::Done,
                                ItemState::Dismissed};

QString literal(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}

QString numbers(const QList<qint64>& values)
{
    QStringList words;
    for (qint64 value : values)
        words.append(QString::number(value));
    return words.join(u',');
}

// The filter as SQL over the queue row `q` (and, for accounts and networks, any table that
// has the same columns under `alias`). Its lists vary in length, so values are written into
// the statement: ids as numbers, text quoted with its quotes doubled.
QString filterSql(const ReportFilter& filter, const QString& alias = QStringLiteral("q"),
                  bool withAssignees = true)
{
    QString where;
    if (!filter.accountIds.isEmpty())
        where +=
            QStringLiteral(" AND %1.account_id IN (%2)").arg(alias, numbers(filter.accountIds));
    if (!filter.networks.isEmpty()) {
        QStringList names;
        for (const QString& network : filter.networks)
            names.append(literal(network));
        where += QStringLiteral(" AND %1.network IN (%2)").arg(alias, names.join(u','));
    }
    if (withAssignees && !filter.assigneeIds.isEmpty())
        where += QStringLiteral(" AND coalesce(q.assignee_id, 0) IN (%1)")
                     .arg(numbers(filter.assigneeIds));
    return where;
}

QString receivedIn(TimeSpan span)
{
    return QStringLiteral("q.received_at >= %1 AND q.received_at < %2")
        .arg(span.start)
        .arg(span.end);
}

std::optional<qint64> present(qint64 value)
{
    return value < 0 ? std::nullopt : std::optional<qint64>(value);
}

template <typename Statement>
ReportItemRow itemRow(const Statement& s, int first)
{
    ReportItemRow row;
    row.postId = s.columnInt(first);
    row.receivedAt = s.columnInt(first + 1);
    const qint64 tone = s.columnInt(first + 2);
    if (tone >= 0)
        row.tone = tones[tone];
    row.isQuestion = s.columnInt(first + 3) != 0;
    row.state = states[s.columnInt(first + 4)];
    row.assigneeId = s.columnInt(first + 5);
    row.answeredAt = present(s.columnInt(first + 6));
    row.thankedAt = present(s.columnInt(first + 7));
    return row;
}

QString itemColumns()
{
    return QStringLiteral("q.post_id, q.received_at, ") + toneCode +
           QStringLiteral(", q.is_question, ") + stateCode +
           QStringLiteral(", coalesce(q.assignee_id, 0), coalesce(q.answered_at, -1), "
                          "coalesce(q.thanked_at, -1)");
}

// Calls `onRow` with the statement at each row until it answers false. SQLite's rows are read
// straight off its statement, the fast path for the scans a report makes of a million rows.
template <typename Statement, typename OnRow>
StoreResult<void> forEachRowOf(const QSqlDatabase& db, const QString& statement, OnRow& onRow)
{
    auto prepared = Statement::prepare(db, statement);
    if (!prepared)
        return tl::unexpected(prepared.error());
    for (;;) {
        auto stepped = prepared->step();
        if (!stepped)
            return tl::unexpected(stepped.error());
        if (!*stepped || !onRow(std::as_const(*prepared)))
            break;
    }
    prepared->reset();
    return {};
}

template <typename OnRow>
StoreResult<void> forEachRowOf(const QSqlDatabase& db, const QString& statement, OnRow onRow)
{
    return engineOf(db) == Engine::Sqlite ? forEachRowOf<SqliteStatement>(db, statement, onRow)
                                          : forEachRowOf<PreparedQuery>(db, statement, onRow);
}

// Makes each row into a Row with `read` and hands it to `visit`.
template <typename Row, typename Read>
StoreResult<void> scan(const QSqlDatabase& db, const QString& statement, Read read,
                       const ReportRepository::Visit<Row>& visit)
{
    return forEachRowOf(db, statement, [&](const auto& s) { return visit(read(s)); });
}

} // namespace

ReportRepository::ReportRepository(Database& database)
    : m_database(database)
{
    // No memory map of the file: a report reads most of it, and every page read through a map
    // (one per connection) stays resident; read through the page cache it stays within the
    // cache's 32 MiB.
}

StoreResult<void> ReportRepository::scanItems(const ReportFilter& filter, TimeSpan span,
                                              const Visit<ReportItemRow>& visit) const
{
    return scan<ReportItemRow>(
        m_database.connection(),
        QStringLiteral("SELECT ") + itemColumns() + QStringLiteral(" FROM queue q WHERE ") +
            receivedIn(span) + filterSql(filter) + QStringLiteral(" ORDER BY q.received_at"),
        [](const auto& s) { return itemRow(s, 0); }, visit);
}

StoreResult<void> ReportRepository::scanOwnReplies(const ReportFilter& filter, TimeSpan span,
                                                   const Visit<OwnReplyRow>& visit) const
{
    return scan<OwnReplyRow>(
        m_database.connection(),
        QStringLiteral("SELECT r.text, t.author_id, au.display_name, t.id FROM posts r "
                       "JOIN posts t ON t.network = r.network AND t.remote_id = "
                       "r.reply_to_remote_id JOIN people au ON au.id = t.author_id WHERE r.kind = "
                       "'own' AND r.created_at >= %1 AND "
                       "r.created_at < %2")
                .arg(span.start)
                .arg(span.end) +
            filterSql(filter, QStringLiteral("r"), false),
        [](const auto& s) {
            return OwnReplyRow{s.columnText(0), s.columnInt(1), s.columnText(2), s.columnInt(3)};
        },
        visit);
}

StoreResult<void> ReportRepository::scanTimelines(const ReportFilter& filter, TimeSpan span,
                                                  const Visit<ItemTimeline>& visit) const
{
    const QString where = receivedIn(span) + filterSql(filter);
    QHash<qint64, QList<TimelineEvent>> history;
    auto read = forEachRowOf(
        m_database.connection(),
        QStringLiteral("SELECT e.post_id, e.at, e.actor, e.kind, e.detail FROM events e "
                       "JOIN queue q ON q.post_id = e.post_id WHERE ") +
            where + QStringLiteral(" ORDER BY e.post_id, e.at, e.id"),
        [&history](const auto& s) {
            history[s.columnInt(0)].append(
                {s.columnInt(1), s.columnText(2), s.columnText(3), s.columnText(4)});
            return true;
        });
    if (!read)
        return read;
    return scan<ItemTimeline>(
        m_database.connection(),
        QStringLiteral("SELECT ") + itemColumns() +
            QStringLiteral(", q.network, a.handle, au.handle, p.url, p.text, "
                           "coalesce(tm.name, ''), coalesce(q.liked_at, -1), "
                           "(SELECT count(*) FROM posts r WHERE r.network = p.network AND "
                           "r.reply_to_remote_id = p.remote_id AND r.kind = 'own') "
                           "FROM queue q JOIN posts p ON p.id = q.post_id "
                           "JOIN people au ON au.id = p.author_id "
                           "JOIN accounts a ON a.id = q.account_id "
                           "LEFT JOIN teammates tm ON tm.id = q.assignee_id WHERE ") +
            where + QStringLiteral(" ORDER BY q.received_at, q.post_id"),
        [&history](const auto& s) {
            ItemTimeline timeline;
            timeline.item = itemRow(s, 0);
            timeline.network = s.columnText(8);
            timeline.accountHandle = s.columnText(9);
            timeline.authorHandle = s.columnText(10);
            timeline.url = s.columnText(11);
            timeline.text = s.columnText(12);
            timeline.assignee = s.columnText(13);
            timeline.likedAt = present(s.columnInt(14));
            timeline.ownReplies = s.columnInt(15);
            timeline.events = history.value(timeline.item.postId);
            return timeline;
        },
        visit);
}

StoreResult<void> ReportRepository::scanPersonEvents(const ReportFilter& filter, TimeSpan span,
                                                     const Visit<PersonEventRow>& visit) const
{
    return scan<PersonEventRow>(
        m_database.connection(),
        QStringLiteral("SELECT ") + itemColumns() +
            QStringLiteral(", e.actor, CASE e.kind WHEN 'reply-queued' THEN 0 WHEN "
                           "'like-queued' THEN 1 ELSE 2 END FROM queue q JOIN events e ON "
                           "e.post_id = q.post_id WHERE e.kind IN ('reply-queued', "
                           "'like-queued', 'handed-over') AND ") +
            receivedIn(span) + filterSql(filter) + QStringLiteral(" ORDER BY q.post_id, e.id"),
        [](const auto& s) {
            constexpr PersonEventRow::Kind kinds[] = {PersonEventRow::Kind::Reply,
                                                      PersonEventRow::Kind::Like,
                                                      PersonEventRow::Kind::HandOver};
            return PersonEventRow{s.columnText(8), kinds[s.columnInt(9)], itemRow(s, 0)};
        },
        visit);
}

StoreResult<QList<WaitingOn>> ReportRepository::waitingOn(const ReportFilter& filter) const
{
    auto query =
        sql::exec(m_database.connection(),
                  QStringLiteral("SELECT coalesce(q.assignee_id, 0), count(*), "
                                 "min(q.received_at) FROM queue q WHERE q.state = "
                                 "'open'") +
                      filterSql(filter) + QStringLiteral(" GROUP BY coalesce(q.assignee_id, 0)"));
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) {
        return WaitingOn{row.value(0).toLongLong(), QString(), row.value(1).toLongLong(),
                         row.value(2).toLongLong()};
    });
}

StoreResult<QList<qint64>> ReportRepository::openItemsOf(const ReportFilter& filter,
                                                         const QList<qint64>& assigneeIds) const
{
    ReportFilter theirs = filter;
    theirs.assigneeIds = assigneeIds;
    auto query =
        sql::exec(m_database.connection(),
                  QStringLiteral("SELECT q.post_id FROM queue q WHERE q.state = 'open'") +
                      filterSql(theirs) + QStringLiteral(" ORDER BY q.received_at, q.post_id"));
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
}

StoreResult<QHash<qint64, QString>> ReportRepository::teammateNames() const
{
    auto query =
        sql::exec(m_database.connection(), QStringLiteral("SELECT id, name FROM teammates"));
    if (!query)
        return tl::unexpected(query.error());
    QHash<qint64, QString> names;
    if (auto walked = sql::forEachRow(*query,
                                      [&](const QSqlQuery& row) {
                                          names.insert(row.value(0).toLongLong(),
                                                       row.value(1).toString());
                                      });
        !walked)
        return tl::unexpected(walked.error());
    return names;
}

StoreResult<QList<DismissalRecord>> ReportRepository::dismissals(const ReportFilter& filter,
                                                                 TimeSpan span) const
{
    auto query = sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT coalesce((SELECT e.actor FROM events e WHERE e.post_id = q.post_id "
                       "AND e.kind = 'state' AND e.detail = 'dismissed' "
                       "ORDER BY e.at DESC, e.id DESC LIMIT 1), '') AS actor, count(*) AS items "
                       "FROM queue q WHERE q.state = 'dismissed' AND ") +
            receivedIn(span) + filterSql(filter) +
            QStringLiteral(" GROUP BY actor ORDER BY items DESC, actor"));
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) {
        return DismissalRecord{row.value(0).toString(), row.value(1).toLongLong()};
    });
}

StoreResult<qint64> ReportRepository::reopened(const ReportFilter& filter, TimeSpan span) const
{
    auto query = sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT count(DISTINCT o.post_id) FROM events o "
                       "JOIN queue q ON q.post_id = o.post_id "
                       "WHERE o.kind = 'state' AND o.detail = 'open' AND EXISTS (SELECT 1 FROM "
                       "events d WHERE d.post_id = o.post_id AND d.kind = 'state' AND "
                       "d.detail = 'done' AND (d.at < o.at OR (d.at = o.at AND d.id < o.id))) "
                       "AND ") +
            receivedIn(span) + filterSql(filter));
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, qint64(0));
}

StoreResult<Backlog> ReportRepository::backlog(const ReportFilter& filter, qint64 now,
                                               const ResponseTargets& targets,
                                               int oldestLimit) const
{
    // Each flag's totals, rank by rank, are read from the sidebar's tally (migration 0010); the
    // recent items are counted over short ranges of arrival times in the queue's indexes.
    const QString open = QStringLiteral("q.state = 'open'") + filterSql(filter);
    const QString flagWhere[] = {
        QStringLiteral(" AND q.rank = 0"),
        // The ranks these items can have, named so that each count is a range of arrival
        // times within each rank of the flag's index.
        QStringLiteral(" AND q.is_question = 1 AND q.answered_at IS NULL AND q.rank IN (0, 1)"),
        QStringLiteral(" AND q.tone = 'praise' AND q.thanked_at IS NULL AND q.rank IN (1, 2)"),
    };
    // Overdue means past the target of any of an item's flags; the rank keeps flags apart:
    // rank 0 is unanswered criticism (perhaps also a question), rank 1 an unanswered question
    // that is not criticism (perhaps praise), rank 2 unthanked praise alone. An item is
    // counted as open under the flag its rank names, and as overdue under the first of its
    // flags whose target it passed.
    const qint64 ownTarget[] = {targets.criticism, targets.question, targets.praise};
    const qint64 earlierTarget[] = {targets.criticism, targets.criticism, targets.question};
    const QSqlDatabase db = m_database.connection();
    Backlog backlog;
    // Most waiting items are old, so the figures about them are taken from the totals: counting
    // them in the queue read every praised item's row (the planner passes the praise index over
    // for the tone index, which holds one more of the terms), over a second at a million items.
    const QList<int> flagRanks[] = {{0}, {0, 1}, {1, 2}};
    QStringList counts;
    auto countIn = [&](const QString& counted, std::size_t f, const QString& where) {
        counts.append(u'(' + counted + QStringLiteral(" WHERE ") + open + flagWhere[f] + where +
                      u')');
    };
    auto tallied = [&](std::size_t f, int rank) {
        countIn(QStringLiteral("SELECT coalesce(sum(n), 0) FROM queue_tally q"), f,
                QStringLiteral(" AND q.rank = %1").arg(rank));
    };
    auto count = [&](std::size_t f, const QString& where) {
        countIn(QStringLiteral("SELECT count(*) FROM queue q"), f, where);
    };
    auto arrivedSince = [now](qint64 age) {
        return QStringLiteral(" AND q.received_at >= %1").arg(now - age);
    };
    for (std::size_t f = 0; f < std::size(flagWhere); ++f) {
        for (int rank : flagRanks[f])
            tallied(f, rank);
        // The recent buckets: ages in [limit b-1, limit b).
        for (int b = 0; b < ageBucketCount - 1; ++b) {
            QString where = QStringLiteral(" AND q.received_at > %1").arg(now - ageBucketLimits[b]);
            if (b > 0)
                where +=
                    QStringLiteral(" AND q.received_at <= %1").arg(now - ageBucketLimits[b - 1]);
            count(f, where);
        }
        count(f, arrivedSince(ownTarget[f]));
        // The flag's items of an earlier rank all hold the rank just before its own (none for
        // criticism), named as an equality: "rank < f" read that rank's whole range.
        count(f, QStringLiteral(" AND q.rank = %1").arg(int(f) - 1) +
                     arrivedSince(std::max(ownTarget[f], earlierTarget[f])));
    }
    auto totals = sql::exec(db, QStringLiteral("SELECT ") + counts.join(u','));
    if (!totals)
        return tl::unexpected(totals.error());
    const auto totalsFound = sql::next(*totals);
    if (!totalsFound)
        return tl::unexpected(totalsFound.error());
    if (!*totalsFound)
        return backlog;
    int column = 0;
    auto next = [&] { return totals->value(column++).toLongLong(); };
    for (std::size_t f = 0; f < std::size(flagWhere); ++f) {
        qint64 total = 0;
        qint64 earlierRanks = 0;
        for (int rank : flagRanks[f]) {
            const qint64 n = next();
            total += n;
            if (rank == int(f))
                backlog.open += n;
            if (rank < int(f))
                earlierRanks += n;
        }
        qint64 recent = 0;
        for (int b = 0; b < ageBucketCount - 1; ++b) {
            backlog.byFlagAndAge[f][std::size_t(b)] = next();
            recent += backlog.byFlagAndAge[f][std::size_t(b)];
        }
        backlog.byFlagAndAge[f][ageBucketCount - 1] = total - recent;
        // Past its own target, less those already counted as past the earlier flag's.
        const qint64 pastOwn = total - next();
        const qint64 pastBoth = earlierRanks - next();
        backlog.overdue += pastOwn - pastBoth;
    }

    // The longest waiting: the oldest of each rank in index order, then the oldest of those.
    QStringList oldestOfRank;
    for (int rank = 0; rank < 3; ++rank)
        oldestOfRank.append(
            QStringLiteral("SELECT * FROM (SELECT q.post_id, q.received_at FROM "
                           "queue q WHERE ") +
            open +
            QStringLiteral(" AND q.rank = %1 ORDER BY q.received_at LIMIT %2) AS of_rank")
                .arg(rank)
                .arg(oldestLimit));
    auto oldest = sql::exec(
        db, QStringLiteral("SELECT q.post_id, q.received_at, q.network, a.handle, au.handle, "
                           "p.text, q.tone = 'criticism' AND q.answered_at IS NULL, "
                           "q.is_question = 1 AND q.answered_at IS NULL, "
                           "q.tone = 'praise' AND q.thanked_at IS NULL, coalesce(tm.name, '') "
                           "FROM (SELECT post_id FROM (") +
                oldestOfRank.join(QStringLiteral(" UNION ALL ")) +
                QStringLiteral(") AS candidates ORDER BY received_at, post_id LIMIT %1) o "
                               "JOIN queue q ON q.post_id = o.post_id "
                               "JOIN posts p ON p.id = q.post_id "
                               "JOIN people au ON au.id = p.author_id "
                               "JOIN accounts a ON a.id = q.account_id "
                               "LEFT JOIN teammates tm ON tm.id = q.assignee_id "
                               "ORDER BY q.received_at, q.post_id")
                    .arg(oldestLimit));
    if (!oldest)
        return tl::unexpected(oldest.error());
    auto waiting = sql::rows(*oldest, [](const QSqlQuery& row) {
        WaitingItem item;
        item.postId = row.value(0).toLongLong();
        item.receivedAt = row.value(1).toLongLong();
        item.network = row.value(2).toString();
        item.accountHandle = row.value(3).toString();
        item.authorHandle = row.value(4).toString();
        item.text = row.value(5).toString();
        for (int f = 0; f < 3; ++f) {
            if (row.value(6 + f).toInt() != 0)
                item.flags |= backlogFlags[f];
        }
        item.assignee = row.value(9).toString();
        return item;
    });
    if (!waiting)
        return tl::unexpected(waiting.error());
    backlog.oldest = std::move(*waiting);
    return backlog;
}

StoreResult<QList<FollowUpTopic>> ReportRepository::followUps(const ReportFilter& filter,
                                                              TimeSpan span) const
{
    auto query = sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT t.id, t.name, t.status, count(*) AS items, "
                       "count(DISTINCT p.author_id), count(ti.told_at) FROM topic_items ti ") +
            Dialect::of(m_database.engine()).joinInOrder() +
            QStringLiteral(" queue q ON q.post_id = ti.post_id "
                           "JOIN topics t ON t.id = ti.topic_id JOIN posts p ON p.id = ti.post_id "
                           "WHERE ") +
            receivedIn(span) + filterSql(filter) +
            QStringLiteral(" GROUP BY t.id ORDER BY items DESC, t.name"));
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) {
        return FollowUpTopic{row.value(0).toLongLong(), row.value(1).toString(),
                             row.value(2).toString(),   row.value(3).toLongLong(),
                             row.value(4).toLongLong(), row.value(5).toLongLong()};
    });
}

} // namespace hearken
