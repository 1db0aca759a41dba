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
    TriageChange change{*before, *before, kind, detail, std::nullopt};
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
    if (auto written = m_queue.updateTriage(change.after, m_actor, change.eventKind,
                                            change.eventDetail, m_clock());
        !written)
        return written;
    if (!change.learning || !m_learner)
        return {};
    return m_learner->restoreLearning(change.learning->before, change.learning->after);
}

} // namespace hearken
