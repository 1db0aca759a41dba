// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/queue_item.h"
#include "store/store_error.h"
#include "workflow/tone_triage.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace hearken {

class QueueRepository;

// What one triage action did to some items, kept so that it can be undone and redone.
struct TriageChange {
    QList<TriageState> before;
    QList<TriageState> after;
    QString eventKind;
    QString eventDetail;
    // What a tone or question decision taught the workspace's model, undone along with it.
    std::optional<LearnedChange> learning;
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

    QueueRepository& m_queue;
    QString m_actor;
    Clock m_clock;
    ToneTriage* m_learner;
};

} // namespace hearken
