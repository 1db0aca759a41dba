// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/queue_repository.h"

#include "store/change_notifier.h"
#include "store/database.h"
#include "store/event_sql.h"
#include "store/sql.h"
#include "store/transaction.h"

#include <QSet>
#include <QSqlQuery>

namespace hearken {

namespace {

// SQLite allows a few thousand bound values; ask for ids in slices well below that.
constexpr qsizetype idsPerStatement = 500;

QueueItem readItem(const QSqlQuery& row)
{
    QueueItem item;
    item.postId = row.value(0).toLongLong();
    item.accountId = row.value(1).toLongLong();
    item.network = row.value(2).toString();
    item.accountHandle = row.value(3).toString();
    item.kind = postKindFromName(row.value(4).toString()).value_or(PostKind::Mention);
    item.authorHandle = row.value(5).toString();
    item.authorName = row.value(6).toString();
    item.text = row.value(7).toString();
    item.facts.receivedAt = row.value(8).toLongLong();
    item.facts.state = itemStateFromName(row.value(9).toString()).value_or(ItemState::Open);
    item.facts.tone = toneFromName(row.value(11).toString());
    item.facts.isQuestion = row.value(14).toBool();
    item.facts.answeredAt = sql::optionalInt(row.value(17));
    item.facts.thankedAt = sql::optionalInt(row.value(18));
    item.triage.postId = item.postId;
    item.triage.state = item.facts.state;
    item.triage.snoozedUntil = sql::optionalInt(row.value(10));
    item.triage.tone = item.facts.tone;
    item.triage.toneConfidence = row.value(12).toDouble();
    item.triage.toneSource = toneSourceFromName(row.value(13).toString());
    item.triage.isQuestion = item.facts.isQuestion;
    item.triage.assigneeId = sql::optionalInt(row.value(15));
    item.assigneeName = row.value(16).toString();
    item.rank = row.value(19).toInt();
    item.deletedAt = sql::optionalInt(row.value(20));
    item.heldBack = row.value(21).toBool();
    return item;
}

StoreResult<QList<QueueItem>> readItems(const QSqlDatabase& db, const SqlStatement& statement)
{
    auto query = sql::exec(db, statement.text, statement.binds);
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, readItem);
}

QVariant nullableTone(const std::optional<Tone>& tone)
{
    return tone ? QVariant(toneName(*tone)) : QVariant();
}

QVariant nullableSource(const std::optional<ToneSource>& source)
{
    return source ? QVariant(toneSourceName(*source)) : QVariant();
}

} // namespace

QueueRepository::QueueRepository(Database& database, ChangeNotifier& changes)
    : m_database(database)
    , m_changes(changes)
{}

QueueCursor QueueRepository::cursorOf(const QueueItem& item)
{
    return {item.rank, item.facts.receivedAt, item.postId};
}

StoreResult<QList<QueueItem>> QueueRepository::page(const QueueQuery& query,
                                                    const std::optional<QueueCursor>& after,
                                                    int limit) const
{
    SearchPlan plan = SearchPlan::FromMatches;
    if (query.hasSearch()) {
        const SqlStatement matches = query.searchMatchCount(Dialect::of(m_database.engine()));
        auto counted = sql::exec(m_database.connection(), matches.text, matches.binds);
        if (!counted)
            return tl::unexpected(counted.error());
        const auto matchCount = sql::firstValue(*counted, qint64(0));
        if (!matchCount)
            return tl::unexpected(matchCount.error());
        plan = QueueQuery::searchPlanFor(*matchCount);
    }
    return readItems(m_database.connection(),
                     query.page(Dialect::of(m_database.engine()), after, limit, plan));
}

StoreResult<qint64> QueueRepository::count(const QueueQuery& query) const
{
    const SqlStatement statement = query.count(Dialect::of(m_database.engine()));
    auto result = sql::exec(m_database.connection(), statement.text, statement.binds);
    if (!result)
        return tl::unexpected(result.error());
    return sql::firstValue(*result, qint64(0));
}

StoreResult<QList<QueueItem>> QueueRepository::matching(const QueueQuery& query,
                                                        const QList<qint64>& postIds) const
{
    QList<QueueItem> items;
    for (qsizetype start = 0; start < postIds.size(); start += idsPerStatement) {
        auto slice =
            readItems(m_database.connection(), query.matching(Dialect::of(m_database.engine()),
                                                              postIds.mid(start, idsPerStatement)));
        if (!slice)
            return slice;
        items += *slice;
    }
    if (postIds.size() > idsPerStatement) {
        std::sort(items.begin(), items.end(), [](const QueueItem& a, const QueueItem& b) {
            return std::tuple(a.rank, a.facts.receivedAt, a.postId) <
                   std::tuple(b.rank, b.facts.receivedAt, b.postId);
        });
    }
    return items;
}

StoreResult<QList<TriageState>> QueueRepository::triageStates(const QList<qint64>& postIds) const
{
    QList<TriageState> states;
    auto query = sql::prepare(m_database.connection(),
                              QStringLiteral("SELECT state, snoozed_until, assignee_id, tone, "
                                             "tone_confidence, tone_source, is_question "
                                             "FROM queue WHERE post_id = ?"));
    if (!query)
        return tl::unexpected(query.error());
    for (qint64 id : postIds) {
        if (auto ran = sql::run(*query, {id}); !ran)
            return tl::unexpected(ran.error());
        const auto found = sql::next(*query);
        if (!found)
            return tl::unexpected(found.error());
        if (!*found)
            continue;
        TriageState state;
        state.postId = id;
        state.state = itemStateFromName(query->value(0).toString()).value_or(ItemState::Open);
        state.snoozedUntil = sql::optionalInt(query->value(1));
        state.assigneeId = sql::optionalInt(query->value(2));
        state.tone = toneFromName(query->value(3).toString());
        state.toneConfidence = query->value(4).toDouble();
        state.toneSource = toneSourceFromName(query->value(5).toString());
        state.isQuestion = query->value(6).toBool();
        states.append(state);
    }
    return states;
}

StoreResult<void> QueueRepository::updateTriage(const QList<TriageState>& states,
                                                const QString& actor, const QString& eventKind,
                                                const QString& eventDetail, qint64 at)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto writeRow = sql::prepare(
        db, QStringLiteral("UPDATE queue SET state = ?, snoozed_until = ?, assignee_id = ?, "
                           "tone = ?, tone_confidence = ?, tone_source = ?, is_question = ? "
                           "WHERE post_id = ?"));
    auto writeEvent = sql::prepare(db, insertEventSql);
    if (!writeRow || !writeEvent)
        return tl::unexpected(!writeRow ? writeRow.error() : writeEvent.error());
    QList<qint64> ids;
    for (const TriageState& s : states) {
        auto wrote = sql::run(*writeRow,
                              {itemStateName(s.state), sql::nullable(s.snoozedUntil),
                               sql::nullable(s.assigneeId), nullableTone(s.tone), s.toneConfidence,
                               nullableSource(s.toneSource), int(s.isQuestion), s.postId});
        if (!wrote)
            return wrote;
        if (auto logged = sql::run(*writeEvent, {s.postId, at, actor, eventKind, eventDetail});
            !logged)
            return logged;
        ids.append(s.postId);
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT m_changes.itemsChanged(ids);
    return {};
}

StoreResult<QList<Note>> QueueRepository::reassign(const QList<Reassignment>& rows,
                                                   const QString& actor, const QString& eventKind,
                                                   qint64 at, const QList<Note>& notesToAdd,
                                                   const QList<qint64>& notesToRemove)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto writeRow =
        sql::prepare(db, QStringLiteral("UPDATE queue SET assignee_id = ? WHERE post_id = ?"));
    auto writeEvent = sql::prepare(db, insertEventSql);
    if (!writeRow || !writeEvent)
        return tl::unexpected(!writeRow ? writeRow.error() : writeEvent.error());
    QList<qint64> ids;
    for (const Reassignment& row : rows) {
        if (auto wrote = sql::run(*writeRow, {sql::nullable(row.assigneeId), row.postId}); !wrote)
            return tl::unexpected(wrote.error());
        if (auto logged =
                sql::run(*writeEvent, {row.postId, at, actor, eventKind, row.eventDetail});
            !logged)
            return tl::unexpected(logged.error());
        ids.append(row.postId);
    }
    for (qint64 noteId : notesToRemove) {
        if (auto removed =
                sql::exec(db, QStringLiteral("DELETE FROM notes WHERE id = ?"), {noteId});
            !removed)
            return tl::unexpected(removed.error());
    }
    QList<Note> added;
    for (Note note : notesToAdd) {
        auto inserted =
            note.id > 0
                ? sql::exec(db,
                            QStringLiteral("INSERT INTO notes (id, post_id, at, author, text) "
                                           "VALUES (?, ?, ?, ?, ?) RETURNING id"),
                            {note.id, note.postId, note.at, note.author, note.text})
                : sql::exec(db,
                            QStringLiteral("INSERT INTO notes (post_id, at, author, text) "
                                           "VALUES (?, ?, ?, ?) RETURNING id"),
                            {note.postId, note.at, note.author, note.text});
        if (!inserted)
            return tl::unexpected(inserted.error());
        const auto id = sql::firstValue(*inserted, qint64(0));
        if (!id)
            return tl::unexpected(id.error());
        note.id = *id;
        added.append(note);
    }
    if (auto committed = transaction.commit(); !committed)
        return tl::unexpected(committed.error());
    QSet<qint64> notedItems;
    for (const Note& note : std::as_const(added))
        notedItems.insert(note.postId);
    if (!notesToRemove.isEmpty())
        notedItems.unite(QSet<qint64>(ids.cbegin(), ids.cend()));
    for (qint64 postId : std::as_const(notedItems))
        Q_EMIT m_changes.notesChanged(postId);
    Q_EMIT m_changes.itemsChanged(ids);
    return added;
}

StoreResult<QHash<qint64, QString>>
QueueRepository::assigneeNames(const QList<qint64>& postIds) const
{
    auto query = sql::prepare(m_database.connection(),
                              QStringLiteral("SELECT t.name FROM queue q JOIN teammates t ON "
                                             "t.id = q.assignee_id WHERE q.post_id = ?"));
    if (!query)
        return tl::unexpected(query.error());
    QHash<qint64, QString> names;
    for (qint64 id : postIds) {
        if (auto ran = sql::run(*query, {id}); !ran)
            return tl::unexpected(ran.error());
        auto name = sql::firstValue(*query, QString());
        if (!name)
            return tl::unexpected(name.error());
        if (!name->isEmpty())
            names.insert(id, *name);
    }
    return names;
}

StoreResult<QList<qint64>> QueueRepository::wakeSnoozed(qint64 now)
{
    const QSqlDatabase db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    auto woken = sql::exec(db,
                           QStringLiteral("UPDATE queue SET state = 'open', snoozed_until = NULL "
                                          "WHERE state = 'snoozed' AND snoozed_until <= ? "
                                          "RETURNING post_id"),
                           {now});
    if (!woken)
        return tl::unexpected(woken.error());
    const auto ids =
        sql::rows(*woken, [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
    woken->finish();
    if (!ids)
        return tl::unexpected(ids.error());
    auto writeEvent = sql::prepare(db, insertEventSql);
    if (!writeEvent)
        return tl::unexpected(writeEvent.error());
    for (qint64 id : *ids) {
        if (auto logged = sql::run(*writeEvent, {id, now, QStringLiteral("Hearken"),
                                                 QStringLiteral("woke"), QString()});
            !logged)
            return tl::unexpected(logged.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return tl::unexpected(committed.error());
    m_changes.announceChanged(*ids);
    return ids;
}

} // namespace hearken
