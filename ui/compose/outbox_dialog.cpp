// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/outbox_dialog.h"

#include "session.h"
#include "store/workspace.h"
#include "workflow/time_text.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hearken {

namespace {
constexpr int entryRole = Qt::UserRole;
constexpr int postRole = Qt::UserRole + 1;
constexpr int stateRole = Qt::UserRole + 2;
constexpr int kindRole = Qt::UserRole + 3;
enum Column {
    StateColumn,
    WhatColumn,
    ToColumn,
    TextColumn,
    TriesColumn,
    QueuedColumn,
    ProblemColumn
};
} // namespace

OutboxDialog::OutboxDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QTreeWidget(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_edit(new QPushButton(tr("&Edit and send…"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
{
    setObjectName(u"outbox"_qs);
    setWindowTitle(tr("Outbox"));
    resize(980, 420);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Replies and likes"));
    m_list->setHeaderLabels(
        {tr("State"), tr("What"), tr("To"), tr("Text"), tr("Tries"), tr("Queued"), tr("Problem")});
    for (int column : {StateColumn, WhatColumn, TriesColumn, QueuedColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setColumnWidth(ToColumn, 160);
    m_list->setColumnWidth(ProblemColumn, 240);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_retry, QDialogButtonBox::ActionRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &OutboxDialog::retrySelected);
    connect(m_edit, &QPushButton::clicked, this, &OutboxDialog::askForEdit);
    connect(m_discard, &QPushButton::clicked, this, &OutboxDialog::discardSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &OutboxDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* row) {
        Q_EMIT openItemRequested(row->data(0, postRole).toLongLong());
    });
    connect(&session.workspace().changes(), &ChangeNotifier::outboxChanged, this,
            &OutboxDialog::reload);
    reload();
}

void OutboxDialog::reload()
{
    const qint64 selected = selectedEntry();
    auto entries = m_session.workspace().outbox().entries();
    if (!entries) {
        Q_EMIT failed(entries.error().message);
        return;
    }
    m_list->clear();
    for (const OutboxEntry& entry : std::as_const(*entries)) {
        auto* row = new QTreeWidgetItem(m_list);
        // Who it goes to, and for a like (which has no text of its own) what was liked.
        const auto target = m_session.workspace().posts().post(entry.targetPostId);
        const bool like = entry.kind == OutboxKind::Like;
        const QString text = like ? (target ? tr("“%1”").arg(target->text.simplified()) : QString())
                                  : entry.text.simplified();
        row->setText(StateColumn, outboxStateLabel(entry.state));
        row->setText(WhatColumn, like ? tr("Like") : tr("Reply"));
        row->setText(ToColumn, target ? target->author.handle : QString());
        row->setToolTip(ToColumn, row->text(ToColumn));
        row->setText(TextColumn, text);
        row->setToolTip(TextColumn, text);
        row->setText(TriesColumn, QString::number(entry.attempts));
        row->setText(QueuedColumn, timeText(entry.createdAt));
        row->setText(ProblemColumn, entry.lastError);
        row->setToolTip(ProblemColumn, entry.lastError);
        row->setData(0, entryRole, entry.id);
        row->setData(0, postRole, entry.targetPostId);
        row->setData(0, stateRole, int(entry.state));
        row->setData(0, kindRole, int(entry.kind));
        if (entry.id == selected)
            row->setSelected(true);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

qint64 OutboxDialog::selectedEntry() const
{
    const QTreeWidgetItem* row = m_list->currentItem();
    return row ? row->data(0, entryRole).toLongLong() : 0;
}

void OutboxDialog::updateButtons()
{
    const QTreeWidgetItem* row = m_list->currentItem();
    const auto state = row ? OutboxState(row->data(0, stateRole).toInt()) : OutboxState::Sent;
    const bool waiting = state == OutboxState::Failed || state == OutboxState::Queued;
    m_retry->setEnabled(row && waiting);
    m_discard->setEnabled(row && waiting);
    m_edit->setEnabled(row && waiting &&
                       OutboxKind(row->data(0, kindRole).toInt()) == OutboxKind::Reply);
}

void OutboxDialog::retrySelected()
{
    if (auto retried = m_session.outbox().retry(selectedEntry(), m_session.actor()); !retried)
        Q_EMIT failed(retried.error().message);
}

void OutboxDialog::editSelected(const QString& text)
{
    const qint64 id = selectedEntry();
    auto edited = m_session.outbox().edit(id, text, m_session.actor());
    if (edited)
        edited = m_session.outbox().retry(id, m_session.actor());
    if (!edited)
        Q_EMIT failed(edited.error().message);
}

void OutboxDialog::askForEdit()
{
    const QTreeWidgetItem* row = m_list->currentItem();
    if (!row)
        return;
    auto entry = m_session.workspace().outbox().entry(selectedEntry());
    if (!entry || !*entry)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit reply"));
    dialog->setLabelText(tr("The reply (it is sent again with the same key, so it can never "
                            "appear twice):"));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setTextValue((*entry)->text);
    dialog->setOkButtonText(tr("Send"));
    connect(dialog, &QInputDialog::textValueSelected, this, &OutboxDialog::editSelected);
    dialog->open();
}

void OutboxDialog::discardSelected()
{
    if (auto discarded = m_session.outbox().discard(selectedEntry(), m_session.actor()); !discarded)
        Q_EMIT failed(discarded.error().message);
}

} // namespace hearken
