// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/outbox_repository.h"
#include "store/store_error.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace hearken {

class ChangeNotifier;
class Database;

// Where a reply is with its supervisor: it needs no approval, waits for one, was approved, or
// was sent back to its author with a note.
enum class ApprovalState { None, Waiting, Approved, Returned };

// Whose replies wait for approval: one person's (their team login), or every reply on one
// account.
struct ApprovalRule {
    QString person;
    std::optional<qint64> accountId;
    QString setBy;
    qint64 setAt = 0;
};

// A reply as its approver (or its author) sees it.
struct ReplyForApproval {
    qint64 outboxId = 0;
    qint64 postId = 0;
    qint64 accountId = 0;
    QString accountHandle;
    // Who wrote the reply, and what.
    QString author;
    QString text;
    // The item it answers.
    QString itemAuthor;
    QString itemText;
    ApprovalState state = ApprovalState::Waiting;
    qint64 createdAt = 0;
    QString decidedBy;
    std::optional<qint64> decidedAt;
    QString returnedNote;
};

// Replies that need a supervisor's approval on a team workspace. Which replies wait is the
// database's decision (a trigger on the outbox, from the rules here); who may decide is its
// too (only the supervisors' group may write the decision). A solo workspace has no
// supervisor, so nothing there ever waits and its rules cannot be set.
class ApprovalRepository {
public:
    ApprovalRepository(Database& database, ChangeNotifier& changes);

    StoreResult<QList<ApprovalRule>> rules() const;
    // Turns the rule for a person's replies (or an account's) on or off.
    StoreResult<void> setPersonRule(const QString& person, bool on, const QString& by, qint64 now);
    StoreResult<void> setAccountRule(qint64 accountId, bool on, const QString& by, qint64 now);
    // Whether a reply `person` writes on the account would wait for approval.
    StoreResult<bool> needsApproval(const QString& person, qint64 accountId) const;

    // Every reply waiting for a decision, oldest first: a supervisor's work.
    StoreResult<QList<ReplyForApproval>> waiting() const;
    // The author's replies waiting or sent back to them, oldest first.
    StoreResult<QList<ReplyForApproval>> ofAuthor(const QString& author) const;
    // The author's newest reply to the item that waits or was sent back to them, if any.
    StoreResult<std::optional<ReplyForApproval>> ofAuthorOn(const QString& author,
                                                            qint64 postId) const;
    // Whether this connection's person may decide on replies (is in the supervisors' group,
    // or is the team's admin), as the database's own rights say; never on a solo workspace.
    StoreResult<bool> maySupervise() const;

    // Waiting → approved and due now, so the outbox sends it; with `newText`, the reply's
    // words are the supervisor's edit (its idempotency key stays).
    StoreResult<void> approve(qint64 outboxId, const QString& supervisor, qint64 now,
                              const std::optional<QString>& newText = std::nullopt);
    // Waiting → returned to its author, with what to change.
    StoreResult<void> sendBack(qint64 outboxId, const QString& note, const QString& supervisor,
                               qint64 now);
    // A returned reply is resubmitted by editing it (OutboxRepository::edit): new words make
    // it wait again.

    static QString soloMessage();

private:
    StoreResult<void> refuseOnSolo() const;
    StoreResult<QList<ReplyForApproval>> replies(const QString& where,
                                                 const QVariantList& binds) const;
    // Changes the reply waiting for approval with `statement` (ending "id = ?") and logs
    // `eventKind` on its item.
    StoreResult<void> decide(qint64 outboxId, const QString& statement, const QVariantList& binds,
                             const QString& eventKind, const QString& eventDetail,
                             const QString& supervisor, qint64 at);
    StoreResult<void> setRule(const QString& column, const QVariant& value, bool on,
                              const QString& by, qint64 now);

    Database& m_database;
    ChangeNotifier& m_changes;
    OutboxRepository m_outbox;
};

QString approvalStateName(ApprovalState state);
std::optional<ApprovalState> approvalStateFromName(const QString& name);

} // namespace hearken
