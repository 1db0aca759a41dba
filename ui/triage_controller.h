// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/tone.h"
#include "store/store_error.h"
#include "workflow/queue_actions.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QUndoStack;

namespace hearken {

class QueueModel;
class QueueTable;

// Carries out what the manager does to the selected items (all of them when several are
// selected), puts each action on the undo stack, and moves the selection on the way a mail
// client does: after an item is done, snoozed or dismissed, the next one is selected.
class TriageController : public QObject {
    Q_OBJECT
public:
    TriageController(QueueActions& actions, QueueModel& model, QueueTable& table, QUndoStack& undo,
                     QObject* parent = nullptr);

    QList<qint64> selectedIds() const;
    void selectIds(const QList<qint64>& postIds);

    void next();
    void previous();

    void markDone();
    void reopen();
    void snoozeUntil(qint64 until);
    void dismiss();
    // std::nullopt unassigns.
    void assign(std::optional<qint64> teammateId, const QString& name);
    void setTone(Tone tone);
    // Marks all as questions, unless all already are.
    void toggleQuestion();

Q_SIGNALS:
    void failed(const QString& message);

private:
    enum class Then { SelectNext, KeepSelection };
    using Action = std::function<StoreResult<TriageChange>(const QList<qint64>&)>;

    void act(const QString& text, Then then, const Action& action);
    // The first unselected item after the selection, else the last one before it.
    std::optional<qint64> neighbourOfSelection() const;
    QList<int> selectedRows() const;

    QueueActions& m_actions;
    QueueModel& m_model;
    QueueTable& m_table;
    QUndoStack& m_undo;
};

} // namespace hearken
