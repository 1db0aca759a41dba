// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/queue_model.h"

#include "shell/semantic_colors.h"
#include "store/change_notifier.h"
#include "store/queue_repository.h"
#include "workflow/desk_presence.h"
#include "workflow/time_text.h"

#include <QScopedValueRollback>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <tuple>

namespace hearken {

namespace {

auto keyOf(const QueueCursor& c)
{
    return std::tuple(c.rank, c.receivedAt, c.postId);
}

bool before(const QueueCursor& a, const QueueCursor& b)
{
    return keyOf(a) < keyOf(b);
}

QString toneSourceText(const QueueItem& item)
{
    switch (item.triage.toneSource.value_or(ToneSource::Model)) {
    case ToneSource::Person:
        return QueueModel::tr("Set by a person");
    case ToneSource::Sample:
        return QueueModel::tr("Sample label (generated data)");
    case ToneSource::Model:
        break;
    }
    return QueueModel::tr("Guessed by the tone model (%1% sure)")
        .arg(qRound(item.triage.toneConfidence * 100));
}

QStringList flagLabels(Flags flags)
{
    QStringList labels;
    for (Flag flag : allFlags) {
        if (flags.testFlag(flag))
            labels << flagLabel(flag);
    }
    return labels;
}

} // namespace

QueueModel::QueueModel(QueueRepository& queue, ChangeNotifier& changes, ResponseTargets targets,
                       Clock clock, NetworkNames networks, QObject* parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_targets(targets)
    , m_clock(std::move(clock))
    , m_now(m_clock())
    , m_networks(std::move(networks))
{
    connect(&changes, &ChangeNotifier::itemsChanged, this, &QueueModel::applyChanges);
    connect(&changes, &ChangeNotifier::queueReset, this, &QueueModel::reload);
}

void QueueModel::setFilter(const QueueFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

QueueQuery QueueModel::query() const
{
    return QueueQuery(m_filter, m_now, m_targets);
}

void QueueModel::reload()
{
    {
        QScopedValueRollback changing(m_changing, true);
        beginResetModel();
        m_now = m_clock();
        m_rows.clear();
        m_handlesByName.clear();
        m_boundary.reset();
        m_atEnd = false;
        endResetModel();
    }
    appendPage();
}

bool QueueModel::appendPage()
{
    auto page = m_queue.page(query(), m_boundary, pageSize);
    if (!page) {
        m_atEnd = true;
        Q_EMIT failed(page.error().message);
        return false;
    }
    m_atEnd = page->size() < pageSize;
    if (page->isEmpty())
        return false;
    QScopedValueRollback changing(m_changing, true);
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows += *page;
    m_boundary = QueueRepository::cursorOf(m_rows.last());
    endInsertRows();
    bool shared = false;
    for (const QueueItem& item : std::as_const(*page))
        shared |= countAuthor(item, 1);
    if (shared)
        showAuthorsAgain();
    return true;
}

bool QueueModel::countAuthor(const QueueItem& item, int delta)
{
    if (item.authorName.isEmpty())
        return false;
    QHash<QString, int>& handles = m_handlesByName[item.authorName];
    const bool sharedBefore = handles.size() > 1;
    int& rows = handles[item.authorHandle];
    rows += delta;
    if (rows <= 0)
        handles.remove(item.authorHandle);
    const bool sharedNow = handles.size() > 1;
    if (handles.isEmpty())
        m_handlesByName.remove(item.authorName);
    return sharedBefore != sharedNow;
}

void QueueModel::showAuthorsAgain()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, int(QueueColumn::Author)),
                           index(int(m_rows.size()) - 1, int(QueueColumn::Author)));
}

bool QueueModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void QueueModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        appendPage();
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : queueColumnCount;
}

int QueueModel::rowOf(qint64 postId) const
{
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                    [postId](const QueueItem& i) { return i.postId == postId; });
    return found == m_rows.cend() ? -1 : int(found - m_rows.cbegin());
}

bool QueueModel::load(qint64 postId)
{
    if (rowOf(postId) >= 0)
        return true;
    auto found = m_queue.matching(query(), {postId});
    if (!found) {
        Q_EMIT failed(found.error().message);
        return false;
    }
    if (found->isEmpty())
        return false;
    const QueueCursor key = QueueRepository::cursorOf(found->first());
    while (!isCovered(key) && appendPage()) {
    }
    return rowOf(postId) >= 0;
}

bool QueueModel::needsAttention(int row) const
{
    return flagsOf(m_rows.at(row).facts, m_now, m_targets) != Flags();
}

bool QueueModel::isCovered(const QueueCursor& key) const
{
    return m_atEnd || (m_boundary && !before(*m_boundary, key));
}

int QueueModel::insertionRow(const QueueCursor& key) const
{
    const auto at = std::lower_bound(m_rows.cbegin(), m_rows.cend(), key,
                                     [](const QueueItem& item, const QueueCursor& k) {
                                         return before(QueueRepository::cursorOf(item), k);
                                     });
    return int(at - m_rows.cbegin());
}

void QueueModel::applyChanges(const QList<qint64>& postIds)
{
    auto fresh = m_queue.matching(query(), postIds);
    if (!fresh) {
        Q_EMIT failed(fresh.error().message);
        return;
    }
    QSet<qint64> stillMatching;
    for (const QueueItem& item : *fresh)
        stillMatching.insert(item.postId);
    for (qint64 id : postIds) {
        if (stillMatching.contains(id))
            continue;
        if (const int row = rowOf(id); row >= 0)
            removeRow(row);
    }
    for (const QueueItem& item : *fresh) {
        const QueueCursor key = QueueRepository::cursorOf(item);
        const int row = rowOf(item.postId);
        if (row >= 0) {
            placeChangedRow(row, item);
        } else if (isCovered(key)) {
            QScopedValueRollback changing(m_changing, true);
            const int target = insertionRow(key);
            beginInsertRows({}, target, target);
            m_rows.insert(target, item);
            endInsertRows();
            if (countAuthor(item, 1))
                showAuthorsAgain();
        }
    }
}

void QueueModel::removeRow(int row)
{
    QScopedValueRollback changing(m_changing, true);
    beginRemoveRows({}, row, row);
    const QueueItem removed = m_rows.takeAt(row);
    endRemoveRows();
    if (countAuthor(removed, -1))
        showAuthorsAgain();
}

// A loaded item changed: it stays where it is, moves to its new place in queue order, or
// leaves the loaded range (a later page will bring it back).
void QueueModel::placeChangedRow(int row, const QueueItem& item)
{
    const QueueCursor key = QueueRepository::cursorOf(item);
    if (!isCovered(key)) {
        removeRow(row);
        return;
    }
    const bool movesDown = before(QueueRepository::cursorOf(m_rows.at(row)), key);
    const int target = insertionRow(key) - (movesDown ? 1 : 0);
    if (target != row) {
        QScopedValueRollback changing(m_changing, true);
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    const QueueItem& was = m_rows.at(target);
    const bool sameAuthor =
        was.authorName == item.authorName && was.authorHandle == item.authorHandle;
    const bool left = !sameAuthor && countAuthor(was, -1);
    const bool shared = !sameAuthor && (countAuthor(item, 1) || left);
    m_rows[target] = item;
    Q_EMIT dataChanged(index(target, 0), index(target, queueColumnCount - 1));
    if (shared)
        showAuthorsAgain();
}

void QueueModel::refreshTimes()
{
    m_now = m_clock();
    // Items become overdue by waiting, with no change in the store to announce it.
    if (m_filter.flag == Flag::Overdue) {
        reload();
        return;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, int(QueueColumn::Needs)),
                           index(int(m_rows.size()) - 1, int(QueueColumn::Age)));
}

void QueueModel::setPresence(const DeskPresence* presence)
{
    m_presence = presence;
    connect(presence, &DeskPresence::othersChanged, this, &QueueModel::presenceChanged);
}

void QueueModel::presenceChanged(const QList<qint64>& postIds)
{
    for (qint64 postId : postIds) {
        const int row = rowOf(postId);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, queueColumnCount - 1),
                               {PresenceRole, Qt::AccessibleTextRole});
    }
}

QString QueueModel::presenceText(const QueueItem& item) const
{
    return m_presence ? presenceSummary(m_presence->othersOn(item.postId)) : QString();
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueItem& item = m_rows.at(index.row());
    const auto column = QueueColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(item, column);
    case Qt::ToolTipRole:
        return toolTip(item, column);
    case Qt::AccessibleTextRole: {
        // The mark the delegate paints beside the excerpt, which a screen reader cannot see.
        const QString presence = column == QueueColumn::Excerpt ? presenceText(item) : QString();
        if (presence.isEmpty())
            return {};
        return tr("%1. %2").arg(display(item, column).toString(), presence);
    }
    case PresenceRole:
        return presenceText(item);
    case Qt::DecorationRole:
        // The account carries its network's mark too: the network column is hidden at first.
        if (column == QueueColumn::Network || column == QueueColumn::Account)
            return networkIcon(m_networks.mark(item.network));
        return {};
    case Qt::TextAlignmentRole:
        if (column == QueueColumn::Age)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FlagsRole:
        return int(flagsOf(item.facts, m_now, m_targets));
    case ToneRole:
        return item.triage.tone ? int(*item.triage.tone) : -1;
    case ToneSourceRole:
        return item.triage.toneSource ? int(*item.triage.toneSource) : -1;
    case AccountIdRole:
        return item.accountId;
    default:
        return {};
    }
}

QVariant QueueModel::display(const QueueItem& item, QueueColumn column) const
{
    switch (column) {
    case QueueColumn::Network:
        return m_networks.label(item.network);
    case QueueColumn::Account:
        return item.accountHandle;
    case QueueColumn::Author:
        if (item.authorName.isEmpty())
            return item.authorHandle;
        return m_handlesByName.value(item.authorName).size() > 1
                   ? tr("%1 (%2)").arg(item.authorName, item.authorHandle)
                   : item.authorName;
    case QueueColumn::Excerpt:
        if (item.deletedAt)
            return tr("Deleted by its author · %1").arg(item.text.simplified());
        return item.heldBack ? tr("Held back · %1").arg(item.text.simplified())
                             : item.text.simplified();
    case QueueColumn::Tone:
        return item.triage.tone ? toneLabel(*item.triage.tone) : QString();
    case QueueColumn::Needs:
        return flagLabels(flagsOf(item.facts, m_now, m_targets)).join(QStringLiteral(", "));
    case QueueColumn::Assignee:
        return item.assigneeName;
    case QueueColumn::Age:
        return ageText(m_now - item.facts.receivedAt);
    }
    return {};
}

QVariant QueueModel::toolTip(const QueueItem& item, QueueColumn column) const
{
    switch (column) {
    case QueueColumn::Account:
        return tr("%1 on %2").arg(item.accountHandle, m_networks.label(item.network));
    case QueueColumn::Author:
        return item.authorName.isEmpty() ? item.authorHandle
                                         : tr("%1 (%2)").arg(item.authorName, item.authorHandle);
    case QueueColumn::Excerpt: {
        // Rich text so that long posts wrap; the post itself is escaped.
        QString html = QStringLiteral("<p>") + item.text.toHtmlEscaped() + QStringLiteral("</p>");
        if (item.heldBack)
            html.prepend(QStringLiteral("<p><i>") +
                         tr("The server's notification policy held this back: the account's own "
                            "apps do not show it.")
                             .toHtmlEscaped() +
                         QStringLiteral("</i></p>"));
        if (item.deletedAt)
            html.prepend(QStringLiteral("<p><b>") +
                         tr("Deleted by its author; Hearken noticed it %1 and retired the item.")
                             .arg(timeText(*item.deletedAt))
                             .toHtmlEscaped() +
                         QStringLiteral("</b></p>"));
        return html;
    }
    case QueueColumn::Tone:
        return item.triage.tone ? toneSourceText(item) : tr("No tone yet");
    case QueueColumn::Needs:
        return display(item, column);
    case QueueColumn::Age:
        return tr("Received %1").arg(timeText(item.facts.receivedAt));
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= queueColumnCount)
        return {};
    if (role == Qt::ToolTipRole) {
        if (QueueColumn(section) == QueueColumn::Tone)
            return tr("What the item says about the brand. \u270E: set by a person; "
                      "italics: a sample label; plain: the tone model's guess.");
        if (QueueColumn(section) == QueueColumn::Needs)
            return tr("Reply: unanswered criticism. Answer: unanswered question. "
                      "Thank: unthanked praise. Overdue: past its response target.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (QueueColumn(section)) {
    case QueueColumn::Network:
        return tr("Network");
    case QueueColumn::Account:
        return tr("Account");
    case QueueColumn::Author:
        return tr("Author");
    case QueueColumn::Excerpt:
        return tr("Post");
    case QueueColumn::Tone:
        return tr("Tone");
    case QueueColumn::Needs:
        return tr("Needs");
    case QueueColumn::Assignee:
        return tr("Assignee");
    case QueueColumn::Age:
        return tr("Age");
    }
    return {};
}

} // namespace hearken
