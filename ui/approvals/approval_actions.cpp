// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvals/approval_actions.h"

#include "approvals/approval_rules_dialog.h"
#include "approvals/approvals_dialog.h"
#include "approvals/approvals_entry.h"
#include "session.h"
#include "shell/sidebar.h"
#include "store/workspace.h"

#include <QAction>
#include <QMenu>

namespace hearken {

ApprovalActions::ApprovalActions(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_approvals(new QAction(tr("A&pprovals…"), window))
    , m_rules(new QAction(tr("Replies that need appro&val…"), window))
{
    m_approvals->setToolTip(tr("Replies waiting for a supervisor's approval"));
    m_rules->setToolTip(tr("Choose whose replies, and which accounts' replies, need approval"));
    connect(m_approvals, &QAction::triggered, this, &ApprovalActions::showApprovals);
    connect(m_rules, &QAction::triggered, this, &ApprovalActions::showRules);
    follow(nullptr, nullptr);
}

void ApprovalActions::addTo(QMenu& menu) const
{
    menu.addActions({m_approvals, m_rules});
}

void ApprovalActions::follow(Session* session, Sidebar* sidebar)
{
    m_session = session;
    const bool team = session && session->workspace().database().engine() == Engine::Postgresql;
    m_approvals->setEnabled(team);
    m_rules->setEnabled(
        team && ApprovalRepository(session->workspace().database(), session->workspace().changes())
                    .maySupervise()
                    .value_or(false));
    if (!team || !sidebar)
        return;
    auto* entry = new ApprovalsEntry(*session, sidebar);
    sidebar->addEntry(entry);
    connect(entry, &QPushButton::clicked, this, &ApprovalActions::showApprovals);
    connect(entry, &ApprovalsEntry::failed, this, &ApprovalActions::failed);
}

void ApprovalActions::showApprovals()
{
    if (!m_session || !m_approvals->isEnabled())
        return;
    auto* dialog = new ApprovalsDialog(*m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApprovalsDialog::failed, this, &ApprovalActions::failed);
    connect(dialog, &ApprovalsDialog::openItemRequested, this, &ApprovalActions::openItemRequested);
    connect(m_session, &QObject::destroyed, dialog, &QWidget::close);
    dialog->show();
}

void ApprovalActions::showRules()
{
    if (!m_session || !m_rules->isEnabled())
        return;
    auto* dialog = new ApprovalRulesDialog(*m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApprovalRulesDialog::failed, this, &ApprovalActions::failed);
    connect(m_session, &QObject::destroyed, dialog, &QWidget::close);
    dialog->open();
}

} // namespace hearken
