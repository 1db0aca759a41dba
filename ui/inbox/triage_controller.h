// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/tone.h"
#include "store/store_error.h"
#include "workflow/queue_actions.h"

#include <QList>
#include <QObject>
#include <QPersistentModelIndex>

#include <functional>
#include <optional>

class QUndoStack;

namespace hearken {

class CurrentItem;
class QueueModel;
class QueueTable;

// Keeps the queue's selection and the current item together, carries out what the manager does
// to the items, puts each action on the undo stack, and moves on the way a mail client does:
// after an item is dealt with, the next one that needs attention becomes current.
//
// The selection follows the current item and the current item follows the user's moves in the
// queue. When the current item leaves the view (a sync, another window), it stays current: the
// pane, the composer and the actions keep to it, and nothing in the queue is selected.
class TriageController : public QObject {
    Q_OBJECT
public:
    TriageController(QueueActions& actions, QueueModel& model, QueueTable& table,
                     CurrentItem& current, QUndoStack& undo, QObject* parent = nullptr);

    // What an item action acts on: every selected item when the current item is among them,
    // else the current item alone; empty without a current item.
    QList<qint64> targets() const;
    // Selects the items the queue holds; the first of them becomes the current item.
    void selectIds(const QList<qint64>& postIds);
    // Makes the item current: selected when the queue holds it, else shown with nothing
    // selected (an item with no row in any view, our own post say, is still shown).
    void makeCurrent(qint64 postId);
    // After a change of filter: the current item stays when the new view holds it, else the
    // first row becomes current (none in an empty view).
    void keepCurrentOrTakeFirst();
    // After the queue was loaded again: selects `postIds` and the current item where it is.
    void restoreSelection(const QList<qint64>& postIds);
    // The items were answered or thanked: the next item that needs attention becomes current.
    void moveOnFrom(const QList<qint64>& postIds);

    void next();
    void previous();

    void markDone();
    void markDone(const QList<qint64>& postIds);
    void reopen();
    void snoozeUntil(qint64 until);
    void dismiss();
    // std::nullopt unassigns.
    void assign(std::optional<qint64> teammateId, const QString& name);
    // Makes the items mine (`me` is my teammate id).
    void take(qint64 me);
    void handOver(qint64 teammateId, const QString& name, const QString& note);
    void setTone(Tone tone);
    // Marks all as questions, unless all already are.
    void toggleQuestion();

Q_SIGNALS:
    void failed(const QString& message);

private:
    enum class Then { MoveOn, KeepSelection };
    using Action = std::function<StoreResult<TriageChange>(const QList<qint64>&)>;

    void act(const QString& text, Then then, const QList<qint64>& ids, const Action& action);
    // The item to turn to once `done` are dealt with, in the order shown before: the first row
    // after them that needs attention, else the nearest one before them that does, else the
    // row right after them, else the one right before. From the top when none of them shows.
    std::optional<qint64> nextAfter(const QList<qint64>& done) const;
    void turnTo(std::optional<qint64> next, const QList<qint64>& done);
    // The user moved in the queue: its current row becomes the current item.
    void takeTableCurrent(const QModelIndex& index);
    // Makes the queue's selection show the current item (none when the view lacks it).
    void followCurrent();
    void rememberGap(int first, int last);
    QList<int> selectedRows() const;

    QueueActions& m_actions;
    QueueModel& m_model;
    QueueTable& m_table;
    CurrentItem& m_current;
    QUndoStack& m_undo;
    // Set while the selection is changed to follow the current item, not by the user.
    bool m_following = false;
    // Where the current item was in the queue before it left the view: j and k go on from
    // the rows around it.
    QPersistentModelIndex m_beforeGap;
    QPersistentModelIndex m_afterGap;
};

} // namespace hearken
