// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvals/approvals_entry.h"

#include "session.h"
#include "store/workspace.h"

namespace hearken {

ApprovalsEntry::ApprovalsEntry(Session& session, QWidget* parent)
    : QPushButton(parent)
    , m_session(session)
    , m_approvals(session.workspace().database(), session.workspace().changes())
{
    setObjectName(u"approvalsEntry"_qs);
    setFlat(true);
    setToolTip(tr("Replies that need a supervisor's approval"));
    const bool team = session.workspace().database().engine() == Engine::Postgresql;
    setVisible(team);
    if (!team)
        return;
    m_supervises = m_approvals.maySupervise().value_or(false);
    ChangeNotifier& changes = session.workspace().changes();
    connect(&changes, &ChangeNotifier::approvalsChanged, this, &ApprovalsEntry::refresh);
    connect(&changes, &ChangeNotifier::outboxChanged, this, &ApprovalsEntry::refresh);
    refresh();
}

void ApprovalsEntry::refresh()
{
    auto replies = m_supervises ? m_approvals.waiting() : m_approvals.ofAuthor(m_session.actor());
    if (!replies) {
        Q_EMIT failed(replies.error().message);
        return;
    }
    m_count = int(replies->size());
    setText(tr("Approvals (%1)").arg(m_count));
}

} // namespace hearken
