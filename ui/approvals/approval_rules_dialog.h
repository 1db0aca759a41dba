// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/approval_repository.h"

#include <QDialog>

class QListWidget;

namespace hearken {

class Session;

// "Replies that need approval…": a supervisor ticks the people whose replies, and the
// accounts whose replies, wait for a supervisor's approval before they go out.
class ApprovalRulesDialog : public QDialog {
    Q_OBJECT
public:
    explicit ApprovalRulesDialog(Session& session, QWidget* parent = nullptr);

    QListWidget* people() const { return m_people; }
    QListWidget* accounts() const { return m_accounts; }
    // Sets the rules as the boxes say; false after reporting a failure.
    bool apply();

Q_SIGNALS:
    void failed(const QString& message);

private:
    void load();

    Session& m_session;
    ApprovalRepository m_approvals;
    QListWidget* m_people;
    QListWidget* m_accounts;
};

} // namespace hearken
