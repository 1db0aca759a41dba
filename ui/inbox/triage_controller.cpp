// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/triage_controller.h"

#include "inbox/current_item.h"
#include "inbox/item_roles.h"
#include "inbox/queue_model.h"
#include "inbox/queue_table.h"
#include "inbox/triage_command.h"

#include <QItemSelectionModel>
#include <QPointer>
#include <QScopedValueRollback>
#include <QUndoStack>

#include <algorithm>

namespace hearken {

TriageController::TriageController(QueueActions& actions, QueueModel& model, QueueTable& table,
                                   CurrentItem& current, QUndoStack& undo, QObject* parent)
    : QObject(parent)
    , m_actions(actions)
    , m_model(model)
    , m_table(table)
    , m_current(current)
    , m_undo(undo)
{
    connect(m_table.selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TriageController::takeTableCurrent);
    connect(&m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) { rememberGap(first, last); });
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &TriageController::followCurrent);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &TriageController::followCurrent);
    connect(&m_model, &QAbstractItemModel::rowsMoved, this, &TriageController::followCurrent);
}

QList<int> TriageController::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table.selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<qint64> TriageController::targets() const
{
    const std::optional<qint64> current = m_current.id();
    if (!current)
        return {};
    QList<qint64> selected;
    for (int row : selectedRows())
        selected.append(m_model.itemAt(row).postId);
    return selected.contains(*current) ? selected : QList<qint64>{*current};
}

void TriageController::takeTableCurrent(const QModelIndex& index)
{
    // While rows come and go, the table moves its current row by itself; that is no choice of
    // the user's, and the current item stays what it is.
    if (m_following || m_model.isChanging())
        return;
    if (index.isValid()) {
        m_beforeGap = m_afterGap = QPersistentModelIndex();
        m_current.set(m_model.itemAt(index.row()).postId);
    } else {
        m_current.set(std::nullopt);
    }
}

void TriageController::rememberGap(int first, int last)
{
    const std::optional<qint64> current = m_current.id();
    const int row = current ? m_model.rowOf(*current) : -1;
    if (row < first || row > last)
        return;
    m_beforeGap = first > 0 ? m_model.index(first - 1, rowColumn) : QModelIndex();
    m_afterGap = last + 1 < m_model.rowCount() ? m_model.index(last + 1, rowColumn) : QModelIndex();
}

void TriageController::followCurrent()
{
    const QScopedValueRollback following(m_following, true);
    QItemSelectionModel* selection = m_table.selectionModel();
    const std::optional<qint64> current = m_current.id();
    const int row = current ? m_model.rowOf(*current) : -1;
    if (row < 0) {
        if (selection->hasSelection() || selection->currentIndex().isValid())
            selection->clear();
        return;
    }
    m_beforeGap = m_afterGap = QPersistentModelIndex();
    const QModelIndex index = m_model.index(row, rowColumn);
    if (!selection->isRowSelected(row))
        selection->setCurrentIndex(index,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else if (selection->currentIndex().row() != row)
        selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
}

void TriageController::selectIds(const QList<qint64>& postIds)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : postIds) {
        const int row = m_model.rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_model.index(row, rowColumn);
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    {
        const QScopedValueRollback following(m_following, true);
        QItemSelectionModel* selectionModel = m_table.selectionModel();
        selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        selectionModel->select(selection,
                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_beforeGap = m_afterGap = QPersistentModelIndex();
    m_current.set(m_model.itemAt(first.row()).postId);
    m_table.scrollTo(first);
}

void TriageController::makeCurrent(qint64 postId)
{
    if (m_model.rowOf(postId) >= 0) {
        selectIds({postId});
        return;
    }
    m_current.set(postId);
    followCurrent();
}

void TriageController::keepCurrentOrTakeFirst()
{
    const std::optional<qint64> current = m_current.id();
    if (current && m_model.rowOf(*current) >= 0)
        selectIds({*current});
    else if (m_model.rowCount() > 0)
        selectIds({m_model.itemAt(0).postId});
    else
        m_current.set(std::nullopt);
}

void TriageController::restoreSelection(const QList<qint64>& postIds)
{
    {
        const QScopedValueRollback following(m_following, true);
        QItemSelection selection;
        for (qint64 id : postIds) {
            if (const int row = m_model.rowOf(id); row >= 0)
                selection.select(m_model.index(row, rowColumn), m_model.index(row, rowColumn));
        }
        m_table.selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    }
    followCurrent();
}

void TriageController::moveOnFrom(const QList<qint64>& postIds)
{
    turnTo(nextAfter(postIds), postIds);
}

void TriageController::next()
{
    const std::optional<qint64> current = m_current.id();
    const int row = current ? m_model.rowOf(*current) : -1;
    int target = 0;
    if (row >= 0)
        target = row + 1;
    else if (current && m_afterGap.isValid())
        target = m_afterGap.row();
    else if (current && m_beforeGap.isValid())
        target = m_beforeGap.row();
    if (target >= m_model.rowCount() && m_model.canFetchMore({}))
        m_model.fetchMore({});
    m_table.focusRow(std::min(target, m_model.rowCount() - 1));
}

void TriageController::previous()
{
    const std::optional<qint64> current = m_current.id();
    const int row = current ? m_model.rowOf(*current) : -1;
    int target = 0;
    if (row >= 0)
        target = std::max(row - 1, 0);
    else if (current && m_beforeGap.isValid())
        target = m_beforeGap.row();
    else if (current && m_afterGap.isValid())
        target = m_afterGap.row();
    m_table.focusRow(target);
}

std::optional<qint64> TriageController::nextAfter(const QList<qint64>& done) const
{
    QList<int> rows;
    for (qint64 id : done) {
        if (const int row = m_model.rowOf(id); row >= 0)
            rows.append(row);
    }
    const int start = rows.isEmpty() ? 0 : *std::min_element(rows.cbegin(), rows.cend());
    const int count = m_model.rowCount();
    const auto isDone = [&](int row) { return done.contains(m_model.itemAt(row).postId); };
    for (const bool needed : {true, false}) {
        const auto fits = [&](int row) {
            return !isDone(row) && (!needed || m_model.needsAttention(row));
        };
        for (int row = start; row < count; ++row) {
            if (fits(row))
                return m_model.itemAt(row).postId;
        }
        for (int row = start - 1; row >= 0; --row) {
            if (fits(row))
                return m_model.itemAt(row).postId;
        }
    }
    return std::nullopt;
}

void TriageController::turnTo(std::optional<qint64> next, const QList<qint64>& done)
{
    if (next && m_model.rowOf(*next) >= 0) {
        selectIds({*next});
        return;
    }
    const bool doneShown = std::any_of(done.cbegin(), done.cend(),
                                       [this](qint64 id) { return m_model.rowOf(id) >= 0; });
    if (doneShown) {
        selectIds(done);
        return;
    }
    m_current.set(std::nullopt);
    followCurrent();
}

void TriageController::act(const QString& text, Then then, const QList<qint64>& ids,
                           const Action& action)
{
    if (ids.isEmpty())
        return;
    const std::optional<qint64> next = then == Then::MoveOn ? nextAfter(ids) : std::nullopt;
    auto change = action(ids);
    if (!change) {
        Q_EMIT failed(change.error().message);
        return;
    }
    auto applied = [self = QPointer(this)](const StoreResult<void>& outcome, bool undone,
                                           const QList<qint64>& postIds) {
        if (!self)
            return;
        if (!outcome)
            Q_EMIT self->failed(outcome.error().message);
        else if (undone)
            self->selectIds(postIds);
    };
    m_undo.push(new TriageCommand(m_actions, *change, text, applied));
    if (then == Then::MoveOn)
        turnTo(next, ids);
}

void TriageController::markDone()
{
    markDone(targets());
}

void TriageController::markDone(const QList<qint64>& postIds)
{
    act(tr("Mark done"), Then::MoveOn, postIds,
        [this](const auto& ids) { return m_actions.markDone(ids); });
}

void TriageController::reopen()
{
    act(tr("Reopen"), Then::MoveOn, targets(),
        [this](const auto& ids) { return m_actions.reopen(ids); });
}

void TriageController::snoozeUntil(qint64 until)
{
    act(tr("Snooze"), Then::MoveOn, targets(),
        [this, until](const auto& ids) { return m_actions.snooze(ids, until); });
}

void TriageController::dismiss()
{
    act(tr("Dismiss"), Then::MoveOn, targets(),
        [this](const auto& ids) { return m_actions.dismiss(ids); });
}

void TriageController::assign(std::optional<qint64> teammateId, const QString& name)
{
    act(teammateId ? tr("Assign to %1").arg(name) : tr("Unassign"), Then::KeepSelection, targets(),
        [this, teammateId, name](const auto& ids) {
            return m_actions.assign(ids, teammateId, name);
        });
}

void TriageController::take(qint64 me)
{
    act(tr("Take"), Then::KeepSelection, targets(),
        [this, me](const auto& ids) { return m_actions.take(ids, me); });
}

void TriageController::handOver(qint64 teammateId, const QString& name, const QString& note)
{
    act(tr("Hand over to %1").arg(name), Then::MoveOn, targets(),
        [this, teammateId, name, note](const auto& ids) {
            return m_actions.handOver(ids, teammateId, name, note);
        });
}

void TriageController::setTone(Tone tone)
{
    act(tr("Set tone to %1").arg(toneLabel(tone)), Then::KeepSelection, targets(),
        [this, tone](const auto& ids) { return m_actions.setTone(ids, tone); });
}

void TriageController::toggleQuestion()
{
    const QList<qint64> ids = targets();
    bool allQuestions = true;
    for (qint64 id : ids) {
        const int row = m_model.rowOf(id);
        allQuestions = allQuestions && row >= 0 && m_model.itemAt(row).triage.isQuestion;
    }
    act(allQuestions ? tr("Mark as not a question") : tr("Mark as a question"), Then::KeepSelection,
        ids, [this, allQuestions](const auto& postIds) {
            return m_actions.setQuestion(postIds, !allQuestions);
        });
}

} // namespace hearken
