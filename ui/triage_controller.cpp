// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage_controller.h"

#include "queue_model.h"
#include "queue_table.h"
#include "triage_command.h"

#include <QItemSelectionModel>
#include <QPointer>
#include <QUndoStack>

#include <algorithm>

namespace hearken {

TriageController::TriageController(QueueActions& actions, QueueModel& model, QueueTable& table,
                                   QUndoStack& undo, QObject* parent)
    : QObject(parent)
    , m_actions(actions)
    , m_model(model)
    , m_table(table)
    , m_undo(undo)
{}

QList<int> TriageController::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table.selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<qint64> TriageController::selectedIds() const
{
    QList<qint64> ids;
    for (int row : selectedRows())
        ids.append(m_model.itemAt(row).postId);
    return ids;
}

void TriageController::selectIds(const QList<qint64>& postIds)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : postIds) {
        const int row = m_model.rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_model.index(row, 0);
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    QItemSelectionModel* selectionModel = m_table.selectionModel();
    selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel->select(selection,
                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table.scrollTo(first);
}

void TriageController::next()
{
    const QModelIndex current = m_table.currentIndex();
    const int row = current.isValid() ? current.row() + 1 : 0;
    if (row >= m_model.rowCount() && m_model.canFetchMore({}))
        m_model.fetchMore({});
    m_table.focusRow(std::min(row, m_model.rowCount() - 1));
}

void TriageController::previous()
{
    const QModelIndex current = m_table.currentIndex();
    m_table.focusRow(current.isValid() ? std::max(current.row() - 1, 0) : 0);
}

std::optional<qint64> TriageController::neighbourOfSelection() const
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    for (int row = rows.last() + 1; row < m_model.rowCount(); ++row) {
        if (!rows.contains(row))
            return m_model.itemAt(row).postId;
    }
    for (int row = rows.first() - 1; row >= 0; --row) {
        if (!rows.contains(row))
            return m_model.itemAt(row).postId;
    }
    return std::nullopt;
}

void TriageController::act(const QString& text, Then then, const Action& action)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const std::optional<qint64> neighbour = neighbourOfSelection();
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
    if (then == Then::SelectNext && neighbour)
        selectIds({*neighbour});
    else
        selectIds(ids);
}

void TriageController::markDone()
{
    act(tr("Mark done"), Then::SelectNext,
        [this](const auto& ids) { return m_actions.markDone(ids); });
}

void TriageController::reopen()
{
    act(tr("Reopen"), Then::SelectNext, [this](const auto& ids) { return m_actions.reopen(ids); });
}

void TriageController::snoozeUntil(qint64 until)
{
    act(tr("Snooze"), Then::SelectNext,
        [this, until](const auto& ids) { return m_actions.snooze(ids, until); });
}

void TriageController::dismiss()
{
    act(tr("Dismiss"), Then::SelectNext,
        [this](const auto& ids) { return m_actions.dismiss(ids); });
}

void TriageController::assign(std::optional<qint64> teammateId, const QString& name)
{
    act(teammateId ? tr("Assign to %1").arg(name) : tr("Unassign"), Then::KeepSelection,
        [this, teammateId, name](const auto& ids) {
            return m_actions.assign(ids, teammateId, name);
        });
}

void TriageController::setTone(Tone tone)
{
    act(tr("Set tone to %1").arg(toneLabel(tone)), Then::KeepSelection,
        [this, tone](const auto& ids) { return m_actions.setTone(ids, tone); });
}

void TriageController::toggleQuestion()
{
    bool allQuestions = true;
    for (int row : selectedRows())
        allQuestions = allQuestions && m_model.itemAt(row).triage.isQuestion;
    act(allQuestions ? tr("Mark as not a question") : tr("Mark as a question"), Then::KeepSelection,
        [this, allQuestions](const auto& ids) {
            return m_actions.setQuestion(ids, !allQuestions);
        });
}

} // namespace hearken
