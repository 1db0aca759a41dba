// SPDX-License-Identifier: GPL-3.0-or-later
#include "review_sections.h"

#include "report/report_text.h"
#include "review_tables.h"
#include "shell/flow_layout.h"
#include "shell/semantic_colors.h"
#include "workflow/time_text.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hearken {

HeadlineSection::HeadlineSection(QWidget* parent)
    : QWidget(parent)
    , m_figures(new FlowLayout(this))
{
    m_figures->setContentsMargins(0, 0, 0, 0);
    m_figures->setSpacing(24);
}

void HeadlineSection::show(const Report& r)
{
    while (QLayoutItem* item = m_figures->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const ResponseRecord& now = r.record;
    const ResponseRecord& before = r.previousRecord;
    const QList<std::tuple<QString, QString, QString>> figures{
        {tr("Items received"), QString::number(now.received),
         tr("%1 against the previous period").arg(changeText(now.received, before.received))},
        {tr("Criticism answered"), rateText(now.criticismAnswered),
         tr("%1 of %2; before: %3")
             .arg(now.criticismAnswered.met)
             .arg(now.criticismAnswered.total)
             .arg(rateText(before.criticismAnswered))},
        {tr("Questions answered"), rateText(now.questionsAnswered),
         tr("%1 of %2; before: %3")
             .arg(now.questionsAnswered.met)
             .arg(now.questionsAnswered.total)
             .arg(rateText(before.questionsAnswered))},
        {tr("Praise thanked"), rateText(now.praiseThanked),
         tr("%1 of %2; before: %3")
             .arg(now.praiseThanked.met)
             .arg(now.praiseThanked.total)
             .arg(rateText(before.praiseThanked))},
        {tr("First response, median"), durationText(now.firstResponse.median), medianDetail(r)},
        {tr("First response, 90th percentile"), durationText(now.firstResponse.p90),
         tr("before: %1").arg(durationText(before.firstResponse.p90))},
        {tr("Dismissed"), QString::number(now.dismissed),
         tr("reopened after done: %1; several replies: %2")
             .arg(now.reopened)
             .arg(now.severalReplies.value_or(0))},
    };
    // Each figure is a block of its own, so that a narrow window puts the next ones on a new
    // row instead of making the whole page wider than the window.
    // All as wide, and wide enough for the widest value, so that they line up in columns.
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.9);
    valueFont.setBold(true);
    const QFontMetrics valueMetrics(valueFont);
    int blockWidth = fontMetrics().averageCharWidth() * 30;
    for (const auto& figure : figures)
        blockWidth = std::max(blockWidth, valueMetrics.horizontalAdvance(std::get<1>(figure)));
    for (const auto& [name, value, detail] : figures) {
        auto* block = new QWidget(this);
        block->setFixedWidth(blockWidth);
        auto* lines = new QVBoxLayout(block);
        lines->setContentsMargins(0, 0, 0, 0);
        lines->setSpacing(2);
        auto* title = new QLabel(name, block);
        title->setWordWrap(true);
        auto* big = new QLabel(value, block);
        big->setObjectName(name);
        big->setFont(valueFont);
        auto* small = new QLabel(detail, block);
        small->setObjectName(name + u" detail"_qs);
        small->setWordWrap(true);
        small->setForegroundRole(QPalette::PlaceholderText);
        lines->addWidget(title);
        lines->addWidget(big);
        lines->addWidget(small);
        lines->addStretch(1);
        m_figures->addWidget(block);
    }
}

QString HeadlineSection::medianDetail(const Report& r)
{
    const QString before =
        tr("before: %1").arg(durationText(r.previousRecord.firstResponse.median));
    // Outside business hours the clock stands still: a reply at night to a message from the
    // night took no business time at all.
    const bool zero = r.record.firstResponse.median &&
                      durationText(r.record.firstResponse.median) == durationText(0);
    if (r.businessHours.isEmpty() || !zero)
        return before;
    return tr("replies given outside business hours count as no time; %1").arg(before);
}

QString HeadlineSection::detail(const QString& name) const
{
    const auto* label = findChild<QLabel*>(name + u" detail"_qs);
    return label ? label->text() : QString();
}

QString HeadlineSection::figure(const QString& name) const
{
    const auto* label = findChild<QLabel*>(name);
    return label ? label->text() : QString();
}

BacklogSection::BacklogSection(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_ages(nullptr)
    , m_oldest(new QTreeWidget(this))
{
    QStringList header{tr("Waiting now")};
    for (int b = 0; b < ageBucketCount; ++b)
        header.append(ageBucketLabel(b));
    m_ages = makeTable(header, this);
    m_oldest->setHeaderLabels({tr("Waiting"), tr("Flags"), tr("From"), tr("Text"), tr("Assignee")});
    m_oldest->setAccessibleName(tr("Waiting longest"));
    m_oldest->setRootIsDecorated(false);
    m_oldest->setUniformRowHeights(true);
    m_oldest->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_oldest->setToolTip(tr("Double-click or press Enter to open the item in the inbox."));
    connect(m_oldest, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openItemRequested(item->data(0, Qt::UserRole).toLongLong());
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Backlog now"), this));
    layout->addWidget(m_summary);
    layout->addWidget(m_ages, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("Waiting longest — double-click to open in the inbox:"), this));
    layout->addWidget(m_oldest);
}

void BacklogSection::show(const Report& r)
{
    const Backlog& b = r.backlog;
    m_summary->setText(tr("%1 open items need a response; %2 are past their response target.")
                           .arg(b.open)
                           .arg(b.overdue));
    QList<QStringList> rows;
    for (std::size_t f = 0; f < std::size(backlogFlags); ++f) {
        QStringList cells{flagLabel(backlogFlags[f])};
        for (qint64 n : b.byFlagAndAge[f])
            cells.append(QString::number(n));
        rows.append(cells);
    }
    fill(*m_ages, rows);
    colourFlags();
    m_oldest->clear();
    for (const WaitingItem& item : b.oldest) {
        QStringList flags;
        for (Flag flag : backlogFlags) {
            if (item.flags.testFlag(flag))
                flags.append(flagLabel(flag));
        }
        auto* row = new QTreeWidgetItem(
            m_oldest, {ageText(r.generatedAt - item.receivedAt), flags.join(QStringLiteral(", ")),
                       item.authorHandle, item.text.simplified(), item.assignee});
        row->setData(0, Qt::UserRole, item.postId);
        row->setToolTip(3, item.text);
    }
    for (int c = 0; c < 3; ++c)
        m_oldest->resizeColumnToContents(c);
    m_oldest->setColumnWidth(3, 560);
    // Every listed item shows: the page scrolls, not the list.
    const int rowHeight = m_oldest->sizeHintForRow(0) > 0 ? m_oldest->sizeHintForRow(0) : 20;
    m_oldest->setFixedHeight(m_oldest->header()->sizeHint().height() +
                             rowHeight * std::max(1, m_oldest->topLevelItemCount()) +
                             2 * m_oldest->frameWidth() + 2);
}

void BacklogSection::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourFlags();
}

void BacklogSection::colourFlags()
{
    for (int f = 0; f < m_ages->rowCount(); ++f)
        m_ages->item(f, 0)->setForeground(flagColor(backlogFlags[f], palette()));
}

RecordSection::RecordSection(QWidget* parent)
    : QWidget(parent)
    , m_targets(makeTable(
          {tr("Response target"), tr("Target"), tr("Met"), tr("Missed"), tr("Pending")}, this))
    , m_assignees(makeTable({tr("Assignee"), tr("Items"), tr("Answered"), tr("Done"),
                             tr("Dismissed"), tr("Median first response")},
                            this))
    , m_dismissed(makeTable({tr("Dismissed by"), tr("Items")}, this))
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Response targets"), this), 0, 0);
    layout->addWidget(m_targets, 1, 0, Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(heading(tr("Dismissed as needing no reply"), this), 0, 1);
    layout->addWidget(m_dismissed, 1, 1, Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(heading(tr("Items per assignee"), this), 2, 0, 1, 2);
    layout->addWidget(m_assignees, 3, 0, 1, 2, Qt::AlignLeft);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
}

void RecordSection::show(const Report& r)
{
    auto target = [](const QString& name, qint64 seconds, const TargetRecord& t) {
        return QStringList{name, durationText(seconds), QString::number(t.met),
                           QString::number(t.missed), QString::number(t.pending)};
    };
    fill(*m_targets, {target(tr("Criticism"), r.targets.criticism, r.record.criticismTarget),
                      target(tr("Questions"), r.targets.question, r.record.questionTarget),
                      target(tr("Praise"), r.targets.praise, r.record.praiseTarget)});
    QList<QStringList> assignees;
    for (const AssigneeRecord& a : r.record.assignees)
        assignees.append({assigneeText(a), QString::number(a.items), QString::number(a.answered),
                          QString::number(a.done), QString::number(a.dismissed),
                          durationText(a.medianFirstResponse)});
    fill(*m_assignees, assignees);
    QList<QStringList> dismissed;
    for (const DismissalRecord& d : r.record.dismissedBy)
        dismissed.append({actorText(d.actor), QString::number(d.items)});
    fill(*m_dismissed, dismissed);
}

RepliesSection::RepliesSection(QWidget* parent)
    : QWidget(parent)
    , m_repeated(makeTable({tr("Reply (one example)"), tr("Times sent"), tr("People")}, this))
    , m_followUps(
          makeTable({tr("Topic"), tr("Status"), tr("Items"), tr("People"), tr("Told")}, this))
    , m_noRepeats(emptyNote(tr("No reply was sent twice in the same words."), this))
    , m_noTopics(emptyNote(tr("No topics were raised in this period."), this))
{
    m_repeated->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_repeated->horizontalHeader()->setStretchLastSection(false);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Robotic replies: the same words, again and again"), this), 0, 0);
    layout->addWidget(m_repeated, 1, 0, Qt::AlignTop);
    layout->addWidget(m_noRepeats, 1, 0, Qt::AlignTop);
    layout->addWidget(heading(tr("Follow-ups"), this), 0, 1);
    layout->addWidget(m_followUps, 1, 1, Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_noTopics, 1, 1, Qt::AlignTop);
    layout->setRowStretch(2, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
}

void RepliesSection::show(const Report& r)
{
    QList<QStringList> repeated;
    for (const RepeatedReply& reply : r.repeatedReplies)
        repeated.append({reply.example.simplified(), QString::number(reply.replies),
                         QString::number(reply.people)});
    fill(*m_repeated, repeated);
    m_repeated->setVisible(!repeated.isEmpty());
    m_noRepeats->setVisible(repeated.isEmpty());
    QList<QStringList> topics;
    for (const FollowUpTopic& t : r.followUps)
        topics.append({t.name, t.status, QString::number(t.items), QString::number(t.people),
                       QString::number(t.told)});
    fill(*m_followUps, topics);
    m_followUps->setVisible(!topics.isEmpty());
    m_noTopics->setVisible(topics.isEmpty());
}

} // namespace hearken
