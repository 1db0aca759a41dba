// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace hearken {

class ApprovalsEntry;
class Session;
class Sidebar;

// What the window offers about approvals: View → Approvals… (also "Approvals (N)" in the
// sidebar) and, for supervisors, View → Replies that need approval…. Both only on a team
// workspace.
class ApprovalActions : public QObject {
    Q_OBJECT
public:
    explicit ApprovalActions(QWidget* window);

    void addTo(QMenu& menu) const;
    // Follows the workspace the window shows (none: nullptr); the entry goes in `sidebar`.
    void follow(Session* session, Sidebar* sidebar);
    void showApprovals();
    void showRules();

    QAction* approvals() const { return m_approvals; }
    QAction* rules() const { return m_rules; }

Q_SIGNALS:
    void openItemRequested(qint64 postId);
    void failed(const QString& message);

private:
    QWidget* m_window;
    Session* m_session = nullptr;
    QAction* m_approvals;
    QAction* m_rules;
};

} // namespace hearken
