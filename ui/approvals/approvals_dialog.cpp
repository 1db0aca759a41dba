// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvals/approvals_dialog.h"

#include "session.h"
#include "store/workspace.h"
#include "workflow/time_text.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hearken {

namespace {
constexpr int outboxRole = Qt::UserRole;
enum Column { ItemColumn, AuthorColumn, AccountColumn, ReplyColumn, SinceColumn, NoteColumn };
} // namespace

ApprovalsDialog::ApprovalsDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_approvals(session.workspace().database(), session.workspace().changes())
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_sendBack(new QPushButton(tr("Send &back…"), this))
{
    setObjectName(u"approvals"_qs);
    setWindowTitle(tr("Approvals"));
    resize(1000, 420);
    const auto supervises = m_approvals.maySupervise();
    if (!supervises)
        QMetaObject::invokeMethod(
            this, [this, error = supervises.error().message] { Q_EMIT failed(error); },
            Qt::QueuedConnection);
    m_supervises = supervises.value_or(false);
    m_summary->setWordWrap(true);
    m_summary->setText(m_supervises
                           ? tr("Replies waiting for your approval, oldest first. Approve "
                                "(Ctrl+Return) sends one; Edit… changes its words and approves "
                                "it; Send back… returns it to its author with a note.")
                           : tr("Your replies waiting for a supervisor's approval, and those sent "
                                "back to you with a note. Edit… revises one and asks again."));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Replies for approval"));
    m_list->setHeaderLabels(
        {tr("Item"), tr("Author"), tr("Account"), tr("Reply"), tr("Waiting since"), tr("Note")});
    for (int column : {AuthorColumn, AccountColumn, SinceColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ReplyColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setColumnWidth(ItemColumn, 220);
    m_list->setColumnWidth(NoteColumn, 200);
    m_approve->setToolTip(tr("Approve the reply: the outbox sends it (Ctrl+Return)"));
    m_approve->setVisible(m_supervises);
    m_sendBack->setVisible(m_supervises);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_approve, QDialogButtonBox::ActionRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_sendBack, QDialogButtonBox::ActionRole);
    m_approve->setAutoDefault(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* approve = new QShortcut(keys, this);
        connect(approve, &QShortcut::activated, this, [this] {
            if (m_supervises)
                approveSelected();
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_approve, &QPushButton::clicked, this, [this] { approveSelected(); });
    connect(m_edit, &QPushButton::clicked, this, &ApprovalsDialog::askForEdit);
    connect(m_sendBack, &QPushButton::clicked, this, &ApprovalsDialog::askForNote);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ApprovalsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem*) {
        if (const ReplyForApproval* reply = selected())
            Q_EMIT openItemRequested(reply->postId);
    });
    ChangeNotifier& changes = session.workspace().changes();
    connect(&changes, &ChangeNotifier::approvalsChanged, this, &ApprovalsDialog::reload);
    connect(&changes, &ChangeNotifier::outboxChanged, this, &ApprovalsDialog::reload);
    reload();
    m_list->setFocus();
}

void ApprovalsDialog::reload()
{
    const ReplyForApproval* before = selected();
    const qint64 current = before ? before->outboxId : 0;
    auto replies = m_supervises ? m_approvals.waiting() : m_approvals.ofAuthor(m_session.actor());
    if (!replies) {
        Q_EMIT failed(replies.error().message);
        return;
    }
    m_replies = *replies;
    m_list->clear();
    for (const ReplyForApproval& reply : std::as_const(m_replies)) {
        auto* row = new QTreeWidgetItem(m_list);
        const QString item = tr("%1: “%2”").arg(reply.itemAuthor, reply.itemText.simplified());
        const QString note =
            reply.state == ApprovalState::Returned
                ? tr("Sent back by %1: %2").arg(reply.decidedBy, reply.returnedNote)
                : QString();
        row->setText(ItemColumn, item);
        row->setToolTip(ItemColumn, item);
        row->setText(AuthorColumn, reply.author);
        row->setText(AccountColumn, reply.accountHandle);
        row->setText(ReplyColumn, reply.text.simplified());
        row->setToolTip(ReplyColumn, reply.text);
        row->setText(SinceColumn, timeText(reply.createdAt));
        row->setText(NoteColumn, note);
        row->setToolTip(NoteColumn, note);
        row->setData(0, outboxRole, reply.outboxId);
        if (reply.outboxId == current)
            m_list->setCurrentItem(row);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

const ReplyForApproval* ApprovalsDialog::selected() const
{
    const QTreeWidgetItem* row = m_list->currentItem();
    if (!row)
        return nullptr;
    const qint64 id = row->data(0, outboxRole).toLongLong();
    for (const ReplyForApproval& reply : m_replies) {
        if (reply.outboxId == id)
            return &reply;
    }
    return nullptr;
}

void ApprovalsDialog::updateButtons()
{
    const bool any = selected() != nullptr;
    m_approve->setEnabled(any);
    m_sendBack->setEnabled(any);
    m_edit->setEnabled(any);
}

void ApprovalsDialog::report(const StoreResult<void>& done)
{
    if (!done)
        Q_EMIT failed(done.error().message);
}

void ApprovalsDialog::approveSelected(const std::optional<QString>& newText)
{
    if (const ReplyForApproval* reply = selected())
        report(
            m_approvals.approve(reply->outboxId, m_session.actor(), m_session.clock()(), newText));
}

void ApprovalsDialog::sendBackSelected(const QString& note)
{
    if (const ReplyForApproval* reply = selected())
        report(m_approvals.sendBack(reply->outboxId, note, m_session.actor(), m_session.clock()()));
}

void ApprovalsDialog::reviseSelected(const QString& text)
{
    if (const ReplyForApproval* reply = selected())
        report(m_session.outbox().edit(reply->outboxId, text, m_session.actor()));
}

void ApprovalsDialog::askForEdit()
{
    const ReplyForApproval* reply = selected();
    if (!reply)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setWindowTitle(m_supervises ? tr("Edit and approve") : tr("Revise the reply"));
    dialog->setLabelText(m_supervises ? tr("The reply as it goes out once you approve it:")
                                      : tr("The reply as it goes to a supervisor again:"));
    dialog->setTextValue(reply->text);
    dialog->setOkButtonText(m_supervises ? tr("Approve") : tr("Ask again"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        if (text.trimmed().isEmpty())
            return;
        if (m_supervises)
            approveSelected(text);
        else
            reviseSelected(text);
    });
    dialog->open();
}

void ApprovalsDialog::askForNote()
{
    if (!selected())
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Send back"));
    dialog->setLabelText(tr("What should its author change? They see this beside their reply:"));
    dialog->setOkButtonText(tr("Send back"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& note) {
        if (!note.trimmed().isEmpty())
            sendBackSelected(note.trimmed());
    });
    dialog->open();
}

} // namespace hearken
