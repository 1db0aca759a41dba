// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/approval_repository.h"

#include <QPushButton>

namespace hearken {

class Session;

// "Approvals (N)" in the sidebar of a team workspace: for a supervisor the replies waiting
// for approval, for anyone else their own waiting or sent back. Absent on a solo workspace.
class ApprovalsEntry : public QPushButton {
    Q_OBJECT
public:
    explicit ApprovalsEntry(Session& session, QWidget* parent = nullptr);

    int count() const { return m_count; }

Q_SIGNALS:
    void failed(const QString& message);

private:
    void refresh();

    Session& m_session;
    ApprovalRepository m_approvals;
    bool m_supervises = false;
    int m_count = 0;
};

} // namespace hearken
