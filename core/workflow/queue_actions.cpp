// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/queue_actions.h"

#include "store/queue_repository.h"
#include "workflow/tone_triage.h"

namespace hearken {

QueueActions::QueueActions(QueueRepository& queue, QString actor, Clock clock, ToneTriage* learner)
    : m_queue(queue)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
    , m_learner(learner)
{}

StoreResult<TriageChange> QueueActions::apply(const QList<qint64>& postIds, const QString& kind,
                                              const QString& detail,
                                              const std::function<void(TriageState&)>& edit)
{
    auto before = m_queue.triageStates(postIds);
    if (!before)
        return tl::unexpected(before.error());
    TriageChange change{*before, *before, kind, detail, std::nullopt, std::nullopt};
    for (TriageState& state : change.after)
        edit(state);
    if (auto written = m_queue.updateTriage(change.after, m_actor, kind, detail, m_clock());
        !written)
        return tl::unexpected(written.error());
    return change;
}

StoreResult<TriageChange> QueueActions::markDone(const QList<qint64>& postIds)
{
    return apply(postIds, QStringLiteral("state"), itemStateName(ItemState::Done),
                 [](TriageState& s) {
                     s.state = ItemState::Done;
                     s.snoozedUntil.reset();
                 });
}

StoreResult<TriageChange> QueueActions::reopen(const QList<qint64>& postIds)
{
    return apply(postIds, QStringLiteral("state"), itemStateName(ItemState::Open),
                 [](TriageState& s) {
                     s.state = ItemState::Open;
                     s.snoozedUntil.reset();
                 });
}

StoreResult<TriageChange> QueueActions::snooze(const QList<qint64>& postIds, qint64 until)
{
    return apply(postIds, QStringLiteral("snoozed"), QString::number(until),
                 [until](TriageState& s) {
                     s.state = ItemState::Snoozed;
                     s.snoozedUntil = until;
                 });
}

StoreResult<TriageChange> QueueActions::dismiss(const QList<qint64>& postIds)
{
    return apply(postIds, QStringLiteral("state"), itemStateName(ItemState::Dismissed),
                 [](TriageState& s) {
                     s.state = ItemState::Dismissed;
                     s.snoozedUntil.reset();
                 });
}

StoreResult<TriageChange> QueueActions::assign(const QList<qint64>& postIds,
                                               std::optional<qint64> teammateId,
                                               const QString& name)
{
    return apply(postIds, QStringLiteral("assigned"), teammateId ? name : QString(),
                 [teammateId](TriageState& s) { s.assigneeId = teammateId; });
}

StoreResult<TriageChange> QueueActions::take(const QList<qint64>& postIds, qint64 me)
{
    auto states = m_queue.triageStates(postIds);
    auto names = m_queue.assigneeNames(postIds);
    if (!states || !names)
        return tl::unexpected(!states ? states.error() : names.error());
    QList<qint64> ids;
    QStringList details;
    for (const TriageState& state : std::as_const(*states)) {
        ids.append(state.postId);
        details.append(state.assigneeId == me ? QString() : names->value(state.postId));
    }
    return reassign(ids, me, QStringLiteral("taken"), details, QString());
}

StoreResult<TriageChange> QueueActions::handOver(const QList<qint64>& postIds, qint64 teammateId,
                                                 const QString& name, const QString& note)
{
    const QString detail = name + u'\n' + note.trimmed();
    return reassign(postIds, teammateId, QStringLiteral("handed-over"),
                    QStringList(postIds.size(), detail), note.trimmed());
}

StoreResult<TriageChange> QueueActions::reassign(const QList<qint64>& postIds, qint64 teammateId,
                                                 const QString& kind, const QStringList& details,
                                                 const QString& note)
{
    auto before = m_queue.triageStates(postIds);
    if (!before)
        return tl::unexpected(before.error());
    TriageChange change{*before, *before, kind, QString(), std::nullopt, Reassigned{}};
    QList<Reassignment> rows;
    QList<Note> notes;
    const qint64 now = m_clock();
    for (qsizetype i = 0; i < change.after.size(); ++i) {
        TriageState& state = change.after[i];
        state.assigneeId = teammateId;
        const qsizetype at = postIds.indexOf(state.postId);
        const QString detail = details.value(at);
        rows.append({state.postId, teammateId, detail});
        change.reassigned->details.append(detail);
        if (!note.isEmpty())
            notes.append(Note{0, state.postId, now, m_actor, note});
    }
    auto added = m_queue.reassign(rows, m_actor, kind, now, notes);
    if (!added)
        return tl::unexpected(added.error());
    change.reassigned->notes = *added;
    return change;
}

StoreResult<void> QueueActions::reassignAgain(const TriageChange& change, Direction direction)
{
    const bool undo = direction == Direction::Back;
    const QList<TriageState>& states = undo ? change.before : change.after;
    QList<Reassignment> rows;
    QList<qint64> noteIds;
    for (qsizetype i = 0; i < states.size(); ++i)
        rows.append({states[i].postId, states[i].assigneeId,
                     undo ? change.eventKind : change.reassigned->details.value(i)});
    for (const Note& note : change.reassigned->notes)
        noteIds.append(note.id);
    auto written =
        undo ? m_queue.reassign(rows, m_actor, QStringLiteral("undo"), m_clock(), {}, noteIds)
             : m_queue.reassign(rows, m_actor, change.eventKind, m_clock(),
                                change.reassigned->notes);
    if (!written)
        return tl::unexpected(written.error());
    return {};
}

StoreResult<TriageChange> QueueActions::setTone(const QList<qint64>& postIds, Tone tone)
{
    auto change = apply(postIds, QStringLiteral("tone"), toneName(tone), [tone](TriageState& s) {
        s.tone = tone;
        s.toneConfidence = 1.0;
        s.toneSource = ToneSource::Person;
    });
    if (change && m_learner) {
        auto learned = m_learner->learnTone(postIds, tone);
        if (!learned)
            return tl::unexpected(learned.error());
        change->learning = std::move(*learned);
    }
    return change;
}

StoreResult<TriageChange> QueueActions::setQuestion(const QList<qint64>& postIds, bool isQuestion)
{
    auto change = apply(postIds, QStringLiteral("question"),
                        isQuestion ? QStringLiteral("yes") : QStringLiteral("no"),
                        [isQuestion](TriageState& s) { s.isQuestion = isQuestion; });
    if (change && m_learner) {
        auto learned = m_learner->learnQuestion(postIds, isQuestion);
        if (!learned)
            return tl::unexpected(learned.error());
        change->learning = std::move(*learned);
    }
    return change;
}

StoreResult<void> QueueActions::undo(const TriageChange& change)
{
    if (change.reassigned)
        return reassignAgain(change, Direction::Back);
    if (auto written = m_queue.updateTriage(change.before, m_actor, QStringLiteral("undo"),
                                            change.eventKind, m_clock());
        !written)
        return written;
    if (!change.learning || !m_learner)
        return {};
    return m_learner->restoreLearning(change.learning->after, change.learning->before);
}

StoreResult<void> QueueActions::redo(const TriageChange& change)
{
    if (change.reassigned)
        return reassignAgain(change, Direction::Again);
    if (auto written = m_queue.updateTriage(change.after, m_actor, change.eventKind,
                                            change.eventDetail, m_clock());
        !written)
        return written;
    if (!change.learning || !m_learner)
        return {};
    return m_learner->restoreLearning(change.learning->before, change.learning->after);
}

} // namespace hearken
