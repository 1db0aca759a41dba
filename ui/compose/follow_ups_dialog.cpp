// SPDX-License-Identifier: GPL-3.0-or-later
#include "compose/follow_ups_dialog.h"

#include "compose/composer.h"
#include "session.h"
#include "store/workspace.h"
#include "workflow/time_text.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hearken {

FollowUpsDialog::FollowUpsDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_topics(new QListWidget(this))
    , m_raisers(new QTreeWidget(this))
    , m_composer(new Composer(session, this))
    , m_shipped(new QPushButton(tr("Mark &shipped"), this))
    , m_fixed(new QPushButton(tr("Mark &fixed"), this))
    , m_reopen(new QPushButton(tr("&Reopen"), this))
    , m_told(new QPushButton(tr("Mark &told"), this))
{
    setObjectName(u"followUps"_qs);
    setWindowTitle(tr("Follow-ups"));
    resize(1040, 600);
    m_topics->setAccessibleName(tr("Topics"));
    m_raisers->setAccessibleName(tr("People who raised it"));
    m_raisers->setRootIsDecorated(false);
    m_raisers->setWordWrap(true);
    m_raisers->setHeaderLabels({tr("Who"), tr("Their words"), tr("Told")});
    m_raisers->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_told->setToolTip(tr("They were told some other way"));
    m_composer->setQueueActionsVisible(false);

    auto* topicButtons = new QHBoxLayout;
    topicButtons->addWidget(m_shipped);
    topicButtons->addWidget(m_fixed);
    topicButtons->addWidget(m_reopen);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Topics"), left));
    leftLayout->addWidget(m_topics, 1);
    leftLayout->addLayout(topicButtons);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Everyone who raised it"), right));
    rightLayout->addWidget(m_raisers, 1);
    rightLayout->addWidget(m_told, 0, Qt::AlignRight);
    rightLayout->addWidget(m_composer);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setSizes({300, 740});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_topics, &QListWidget::currentRowChanged, this, &FollowUpsDialog::reloadRaisers);
    connect(m_raisers, &QTreeWidget::currentItemChanged, this, &FollowUpsDialog::chooseRaiser);
    connect(m_shipped, &QPushButton::clicked, this, [this] { setStatus(TopicStatus::Shipped); });
    connect(m_fixed, &QPushButton::clicked, this, [this] { setStatus(TopicStatus::Fixed); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { setStatus(TopicStatus::Open); });
    connect(m_told, &QPushButton::clicked, this, &FollowUpsDialog::markTold);
    connect(m_composer, &Composer::failed, this, &FollowUpsDialog::failed);
    connect(&session.workspace().changes(), &ChangeNotifier::topicsChanged, this,
            &FollowUpsDialog::reloadTopics);
    reloadTopics();
}

std::optional<Topic> FollowUpsDialog::currentTopic() const
{
    const int row = m_topics->currentRow();
    return row >= 0 && row < m_topicData.size() ? std::optional(m_topicData.at(row)) : std::nullopt;
}

void FollowUpsDialog::reloadTopics()
{
    const auto kept = currentTopic();
    auto topics = m_session.workspace().topics().topics();
    if (!topics) {
        Q_EMIT failed(topics.error().message);
        return;
    }
    m_topicData = *topics;
    const QSignalBlocker blocker(m_topics);
    m_topics->clear();
    int keptRow = m_topicData.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < m_topicData.size(); ++i) {
        const Topic& t = m_topicData.at(i);
        m_topics->addItem(tr("%1 — %2, %3 of %4 told")
                              .arg(t.name, topicStatusLabel(t.status))
                              .arg(t.told)
                              .arg(t.items));
        if (kept && kept->id == t.id)
            keptRow = int(i);
    }
    m_topics->setCurrentRow(keptRow);
    reloadRaisers();
}

void FollowUpsDialog::reloadRaisers()
{
    const auto topic = currentTopic();
    const qint64 keptPost =
        m_raisers->currentItem() ? m_raisers->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_shipped->setEnabled(topic && topic->status != TopicStatus::Shipped);
    m_fixed->setEnabled(topic && topic->status != TopicStatus::Fixed);
    m_reopen->setEnabled(topic && topic->status != TopicStatus::Open);
    const QSignalBlocker blocker(m_raisers);
    m_raisers->clear();
    m_raiserData.clear();
    if (topic) {
        auto raisers = m_session.workspace().topics().raisers(topic->id);
        if (!raisers) {
            Q_EMIT failed(raisers.error().message);
            return;
        }
        m_raiserData = *raisers;
    }
    QTreeWidgetItem* keep = nullptr;
    for (const TopicRaiser& r : std::as_const(m_raiserData)) {
        auto* row = new QTreeWidgetItem(m_raisers);
        const QString who = r.person.displayName.isEmpty() ? r.person.handle : r.person.displayName;
        row->setText(0, who);
        row->setToolTip(0, r.person.handle);
        row->setText(1, r.text.simplified());
        row->setToolTip(1, r.text);
        row->setText(2, r.toldAt ? timeText(*r.toldAt) : tr("not yet"));
        row->setData(0, Qt::UserRole, r.postId);
        if (r.postId == keptPost || (!keep && !r.toldAt))
            keep = row;
    }
    m_raisers->setCurrentItem(keep ? keep : m_raisers->topLevelItem(0));
    chooseRaiser();
}

void FollowUpsDialog::chooseRaiser()
{
    const auto topic = currentTopic();
    const QTreeWidgetItem* row = m_raisers->currentItem();
    const bool closed =
        topic && (topic->status == TopicStatus::Shipped || topic->status == TopicStatus::Fixed);
    m_told->setEnabled(row && closed);
    if (!row || !closed) {
        m_composer->showItem(std::nullopt);
        return;
    }
    const qint64 postId = row->data(0, Qt::UserRole).toLongLong();
    if (m_composer->item() == postId)
        return;
    m_composer->showItem(postId, topic->id);
    const QString note =
        topic->status == TopicStatus::Shipped
            ? tr("Hi {name}, you asked us for “%1” — it has shipped today. Thank you for the "
                 "nudge, it helped!")
            : tr("Hi {name}, you told us about “%1” — it is fixed now. Thank you for reporting "
                 "it, and sorry for the trouble!");
    m_composer->setText(note.arg(topic->name));
}

void FollowUpsDialog::setStatus(TopicStatus status)
{
    const auto topic = currentTopic();
    if (!topic)
        return;
    if (auto set = m_session.workspace().topics().setStatus(topic->id, status, m_session.actor(),
                                                            m_session.clock()());
        !set)
        Q_EMIT failed(set.error().message);
}

void FollowUpsDialog::markTold()
{
    const auto topic = currentTopic();
    const QTreeWidgetItem* row = m_raisers->currentItem();
    if (!topic || !row)
        return;
    if (auto told = m_session.workspace().topics().markTold(topic->id,
                                                            row->data(0, Qt::UserRole).toLongLong(),
                                                            m_session.actor(), m_session.clock()());
        !told)
        Q_EMIT failed(told.error().message);
}

} // namespace hearken
