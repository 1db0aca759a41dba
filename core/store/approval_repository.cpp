// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/approval_repository.h"

#include "store/change_notifier.h"
#include "store/database.h"
#include "store/sql.h"

#include <QSqlQuery>

namespace hearken {

namespace {

constexpr std::pair<ApprovalState, const char*> stateNames[] = {
    {ApprovalState::None, "none"},
    {ApprovalState::Waiting, "waiting"},
    {ApprovalState::Approved, "approved"},
    {ApprovalState::Returned, "returned"},
};

// How much of a reply's text an event keeps, as the outbox's events do.
constexpr qsizetype eventExcerpt = 200;

const QString replyColumns = QStringLiteral(
    "SELECT o.id, o.target_post_id, o.account_id, a.handle, o.actor, o.text, au.handle, "
    "p.text, o.approval, o.created_at, o.decided_by, o.decided_at, o.returned_note FROM outbox "
    "o JOIN accounts a ON a.id = o.account_id JOIN posts p ON p.id = o.target_post_id JOIN "
    "people au ON au.id = p.author_id ");

ReplyForApproval readReply(const QSqlQuery& row)
{
    ReplyForApproval reply;
    reply.outboxId = row.value(0).toLongLong();
    reply.postId = row.value(1).toLongLong();
    reply.accountId = row.value(2).toLongLong();
    reply.accountHandle = row.value(3).toString();
    reply.author = row.value(4).toString();
    reply.text = row.value(5).toString();
    reply.itemAuthor = row.value(6).toString();
    reply.itemText = row.value(7).toString();
    reply.state = approvalStateFromName(row.value(8).toString()).value_or(ApprovalState::None);
    reply.createdAt = row.value(9).toLongLong();
    reply.decidedBy = row.value(10).toString();
    reply.decidedAt = sql::optionalInt(row.value(11));
    reply.returnedNote = row.value(12).toString();
    return reply;
}

} // namespace

QString approvalStateName(ApprovalState state)
{
    for (const auto& [value, name] : stateNames) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<ApprovalState> approvalStateFromName(const QString& name)
{
    for (const auto& [value, word] : stateNames) {
        if (name == QLatin1String(word))
            return value;
    }
    return std::nullopt;
}

ApprovalRepository::ApprovalRepository(Database& database, ChangeNotifier& changes)
    : m_database(database)
    , m_changes(changes)
    , m_outbox(database, changes)
{}

QString ApprovalRepository::soloMessage()
{
    return QStringLiteral("A solo workspace has no approvals: replies need a supervisor's "
                          "approval only on a team workspace (hearken team init).");
}

StoreResult<void> ApprovalRepository::refuseOnSolo() const
{
    if (m_database.engine() != Engine::Postgresql)
        return storeError(StoreError::Kind::Query, soloMessage());
    return {};
}

StoreResult<QList<ApprovalRule>> ApprovalRepository::rules() const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT person, account_id, set_by, set_at FROM "
                                          "approval_rules ORDER BY person, account_id"));
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) {
        return ApprovalRule{row.value(0).toString(), sql::optionalInt(row.value(1)),
                            row.value(2).toString(), row.value(3).toLongLong()};
    });
}

StoreResult<void> ApprovalRepository::setRule(const QString& column, const QVariant& value, bool on,
                                              const QString& by, qint64 now)
{
    if (auto solo = refuseOnSolo(); !solo)
        return solo;
    const QSqlDatabase db = m_database.connection();
    auto changed =
        on ? sql::exec(db,
                       QStringLiteral("INSERT INTO approval_rules (%1, set_by, set_at) VALUES "
                                      "(?, ?, ?) ON CONFLICT DO NOTHING")
                           .arg(column),
                       {value, by, now})
           : sql::exec(db, QStringLiteral("DELETE FROM approval_rules WHERE %1 = ?").arg(column),
                       {value});
    if (!changed)
        return tl::unexpected(changed.error());
    Q_EMIT m_changes.approvalsChanged();
    return {};
}

StoreResult<void> ApprovalRepository::setPersonRule(const QString& person, bool on,
                                                    const QString& by, qint64 now)
{
    return setRule(QStringLiteral("person"), person, on, by, now);
}

StoreResult<void> ApprovalRepository::setAccountRule(qint64 accountId, bool on, const QString& by,
                                                     qint64 now)
{
    return setRule(QStringLiteral("account_id"), accountId, on, by, now);
}

StoreResult<bool> ApprovalRepository::needsApproval(const QString& person, qint64 accountId) const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT count(*) FROM approval_rules WHERE person = ? "
                                          "OR account_id = ?"),
                           {person, accountId});
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, qint64(0)).map([](qint64 rules) { return rules > 0; });
}

StoreResult<bool> ApprovalRepository::maySupervise() const
{
    if (m_database.engine() != Engine::Postgresql)
        return false;
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT has_column_privilege('outbox', 'approval', "
                                          "'UPDATE')"));
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, false);
}

StoreResult<QList<ReplyForApproval>> ApprovalRepository::replies(const QString& where,
                                                                 const QVariantList& binds) const
{
    auto query =
        sql::exec(m_database.connection(),
                  replyColumns + where + QStringLiteral(" ORDER BY o.created_at, o.id"), binds);
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, readReply);
}

StoreResult<QList<ReplyForApproval>> ApprovalRepository::waiting() const
{
    return replies(QStringLiteral("WHERE o.approval = 'waiting'"), {});
}

StoreResult<QList<ReplyForApproval>> ApprovalRepository::ofAuthor(const QString& author) const
{
    return replies(
        QStringLiteral("WHERE o.actor = ? AND (o.approval = 'waiting' OR o.approval = 'returned')"),
        {author});
}

StoreResult<std::optional<ReplyForApproval>> ApprovalRepository::ofAuthorOn(const QString& author,
                                                                            qint64 postId) const
{
    auto found = replies(QStringLiteral("WHERE o.actor = ? AND o.target_post_id = ? AND "
                                        "(o.approval = 'waiting' OR o.approval = 'returned')"),
                         {author, postId});
    if (!found)
        return tl::unexpected(found.error());
    return found->isEmpty() ? std::nullopt : std::optional(found->last());
}

StoreResult<void> ApprovalRepository::decide(qint64 outboxId, const QString& statement,
                                             const QVariantList& binds, const QString& eventKind,
                                             const QString& eventDetail, const QString& supervisor,
                                             qint64 at)
{
    if (auto solo = refuseOnSolo(); !solo)
        return solo;
    auto decided =
        m_outbox.change(outboxId, statement, binds, eventKind, eventDetail, supervisor, at,
                        {StoreError::Kind::Query,
                         QStringLiteral("This reply is not waiting for approval any more: "
                                        "someone decided on it, its author changed or discarded "
                                        "it, or it is gone. Look at the Approvals list again.")});
    if (decided)
        Q_EMIT m_changes.approvalsChanged();
    return decided;
}

StoreResult<void> ApprovalRepository::approve(qint64 outboxId, const QString& supervisor,
                                              qint64 now, const std::optional<QString>& newText)
{
    QString words;
    QVariantList binds;
    if (newText) {
        words = QStringLiteral("text = ?, ");
        binds << *newText;
    }
    binds << supervisor << now << now;
    return decide(outboxId,
                  QStringLiteral("UPDATE outbox SET ") + words +
                      QStringLiteral("approval = 'approved', decided_by = ?, decided_at = ?, "
                                     "next_attempt_at = ? WHERE approval = 'waiting' AND id = ?"),
                  binds, QStringLiteral("approved"),
                  newText ? newText->left(eventExcerpt) : QString(), supervisor, now);
}

StoreResult<void> ApprovalRepository::sendBack(qint64 outboxId, const QString& note,
                                               const QString& supervisor, qint64 now)
{
    return decide(outboxId,
                  QStringLiteral("UPDATE outbox SET approval = 'returned', decided_by = ?, "
                                 "decided_at = ?, returned_note = ? WHERE approval = 'waiting' "
                                 "AND id = ?"),
                  {supervisor, now, note}, QStringLiteral("approval-returned"), note, supervisor,
                  now);
}

} // namespace hearken
