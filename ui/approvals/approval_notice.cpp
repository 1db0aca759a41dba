// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvals/approval_notice.h"

#include "session.h"
#include "store/workspace.h"

namespace hearken {

ApprovalNotice::ApprovalNotice(Session& session, QWidget* parent)
    : QLabel(parent)
    , m_session(session)
    , m_approvals(session.workspace().database(), session.workspace().changes())
{
    setObjectName(u"approvalNotice"_qs);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setAccessibleName(tr("Approval"));
    hide();
    connect(this, &QLabel::linkActivated, this, [this](const QString& link) {
        Q_EMIT reviseRequested(link.section(u':', 1, 1).toLongLong());
    });
    ChangeNotifier& changes = session.workspace().changes();
    connect(&changes, &ChangeNotifier::approvalsChanged, this, &ApprovalNotice::refresh);
    connect(&changes, &ChangeNotifier::outboxChanged, this, [this](const QList<qint64>& ids) {
        if (m_postId && ids.contains(*m_postId))
            refresh();
    });
}

void ApprovalNotice::showItem(std::optional<qint64> postId, qint64 accountId)
{
    m_postId = postId;
    m_accountId = accountId;
    refresh();
}

void ApprovalNotice::refresh()
{
    // A solo workspace has no supervisor: nothing there ever waits.
    if (!m_postId || m_session.workspace().database().engine() != Engine::Postgresql) {
        hide();
        return;
    }
    const QString person = m_session.actor();
    auto reply = m_approvals.ofAuthorOn(person, *m_postId);
    auto needed = m_approvals.needsApproval(person, m_accountId);
    if (!reply || !needed) {
        hide();
        Q_EMIT failed(!reply ? reply.error().message : needed.error().message);
        return;
    }
    QString text;
    if (*reply && (*reply)->state == ApprovalState::Returned)
        text = tr("<b>Sent back by %1:</b> %2<br><a href=\"revise:%3\">Revise the reply</a>; "
                  "sending it asks for approval again.")
                   .arg((*reply)->decidedBy.toHtmlEscaped(), (*reply)->returnedNote.toHtmlEscaped())
                   .arg((*reply)->outboxId);
    else if (*reply)
        text = tr("Your reply waits for a supervisor's approval; it goes out once approved.");
    else if (*needed)
        text = tr("Needs approval by a supervisor: your reply waits in Approvals until one "
                  "approves it.");
    setText(text);
    setVisible(!text.isEmpty());
}

} // namespace hearken
