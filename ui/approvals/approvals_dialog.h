// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/approval_repository.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hearken {

class Session;

// Replies that wait for a supervisor's approval. A supervisor sees every waiting reply and
// approves it (Ctrl+Return), edits and approves it, or sends it back with a note; anyone else
// sees their own replies waiting or sent back, with the note, and revises one to ask again.
// A double click opens the reply's item.
class ApprovalsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ApprovalsDialog(Session& session, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QPushButton* sendBackButton() const { return m_sendBack; }
    bool supervises() const { return m_supervises; }
    // What the buttons do once asked (an edit or a note): on the selected reply.
    void approveSelected(const std::optional<QString>& newText = std::nullopt);
    void sendBackSelected(const QString& note);
    void reviseSelected(const QString& text);

Q_SIGNALS:
    void openItemRequested(qint64 postId);
    void failed(const QString& message);

private:
    void reload();
    void updateButtons();
    void askForEdit();
    void askForNote();
    const ReplyForApproval* selected() const;
    void report(const StoreResult<void>& done);

    Session& m_session;
    ApprovalRepository m_approvals;
    bool m_supervises = false;
    QList<ReplyForApproval> m_replies;
    QLabel* m_summary;
    QTreeWidget* m_list;
    QPushButton* m_approve;
    QPushButton* m_edit;
    QPushButton* m_sendBack;
};

} // namespace hearken
