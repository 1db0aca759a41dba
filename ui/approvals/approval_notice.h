// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/approval_repository.h"

#include <QLabel>

#include <optional>

namespace hearken {

class Session;

// Beside the composer's draft on a team workspace: that the person's reply to this item needs
// a supervisor's approval, that it is waiting for one, or that it was sent back and with what
// note (and a link to revise it). Hidden when none of that applies.
class ApprovalNotice : public QLabel {
    Q_OBJECT
public:
    explicit ApprovalNotice(Session& session, QWidget* parent = nullptr);

    // The item (and the account it came in on) the composer replies to.
    void showItem(std::optional<qint64> postId, qint64 accountId);

Q_SIGNALS:
    // The person chose to revise the reply sent back to them.
    void reviseRequested(qint64 outboxId);
    void failed(const QString& message);

private:
    void refresh();

    Session& m_session;
    ApprovalRepository m_approvals;
    std::optional<qint64> m_postId;
    qint64 m_accountId = 0;
};

} // namespace hearken
