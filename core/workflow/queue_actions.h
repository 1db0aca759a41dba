// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/note.h"
#include "domain/queue_item.h"
#include "store/store_error.h"
#include "workflow/tone_triage.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace hearken {

class QueueRepository;

// What a take or a hand-over wrote besides the assignees: each item's line in the history and
// the hand-over's notes, which undo removes and redo puts back.
struct Reassigned {
    QStringList details;
    QList<Note> notes;
};

// What one triage action did to some items, kept so that it can be undone and redone.
struct TriageChange {
    QList<TriageState> before;
    QList<TriageState> after;
    QString eventKind;
    QString eventDetail;
    // What a tone or question decision taught the workspace's model, undone along with it.
    std::optional<LearnedChange> learning;
    // Set by take and handOver, which change only the assignee.
    std::optional<Reassigned> reassigned;
};

// The things a manager does to queue items. Each records who did it in the items' history.
class QueueActions {
public:
    using Clock = std::function<qint64()>;

    // With a `learner`, a person's tone and question decisions also teach the workspace's
    // classifier.
    QueueActions(QueueRepository& queue, QString actor, Clock clock, ToneTriage* learner = nullptr);

    StoreResult<TriageChange> markDone(const QList<qint64>& postIds);
    StoreResult<TriageChange> reopen(const QList<qint64>& postIds);
    StoreResult<TriageChange> snooze(const QList<qint64>& postIds, qint64 until);
    StoreResult<TriageChange> dismiss(const QList<qint64>& postIds);
    // std::nullopt unassigns; `name` goes into the history.
    StoreResult<TriageChange> assign(const QList<qint64>& postIds, std::optional<qint64> teammateId,
                                     const QString& name);
    // Makes the items mine (`me` is my teammate id); each item's history says whose it was.
    StoreResult<TriageChange> take(const QList<qint64>& postIds, qint64 me);
    // Gives the items to a teammate with a note for them, kept on each item as a note too.
    StoreResult<TriageChange> handOver(const QList<qint64>& postIds, qint64 teammateId,
                                       const QString& name, const QString& note);
    // A person's decision: the model never overwrites it.
    StoreResult<TriageChange> setTone(const QList<qint64>& postIds, Tone tone);
    StoreResult<TriageChange> setQuestion(const QList<qint64>& postIds, bool isQuestion);

    StoreResult<void> undo(const TriageChange& change);
    StoreResult<void> redo(const TriageChange& change);

    const QString& actor() const { return m_actor; }

private:
    StoreResult<TriageChange> apply(const QList<qint64>& postIds, const QString& kind,
                                    const QString& detail,
                                    const std::function<void(TriageState&)>& edit);
    StoreResult<TriageChange> reassign(const QList<qint64>& postIds, qint64 teammateId,
                                       const QString& kind, const QStringList& details,
                                       const QString& note);
    enum class Direction { Back, Again };
    // Undoes or redoes a take or a hand-over: only assignees and notes change.
    StoreResult<void> reassignAgain(const TriageChange& change, Direction direction);

    QueueRepository& m_queue;
    QString m_actor;
    Clock m_clock;
    ToneTriage* m_learner;
};

} // namespace hearken
