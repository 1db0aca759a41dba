// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/event_text.h"

#include "domain/item_state.h"
#include "domain/tone.h"
#include "domain/topic.h"
#include "workflow/time_text.h"

#include <QCoreApplication>

namespace hearken {

namespace {
// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(hearken::Event)
};

QString stateSentence(const QString& state)
{
    switch (itemStateFromName(state).value_or(ItemState::Open)) {
    case ItemState::Open:
        return Text::tr("%1 reopened it");
    case ItemState::Done:
        return Text::tr("%1 marked it done");
    case ItemState::Dismissed:
        return Text::tr("%1 dismissed it as needing no reply");
    case ItemState::Snoozed:
        return Text::tr("%1 snoozed it");
    }
    return {};
}

QString topicStatusSentence(std::optional<TopicStatus> status)
{
    if (!status)
        return Text::tr("%1 changed the status of the topic “%2”");
    switch (*status) {
    case TopicStatus::Open:
        return Text::tr("%1 marked the topic “%2” open");
    case TopicStatus::Shipped:
        return Text::tr("%1 marked the topic “%2” shipped");
    case TopicStatus::Fixed:
        return Text::tr("%1 marked the topic “%2” fixed");
    case TopicStatus::Declined:
        return Text::tr("%1 marked the topic “%2” declined");
    }
    return {};
}
} // namespace

QString describeEvent(const Event& e, const NetworkNames& networks)
{
    const QString& who = e.actor;
    if (e.kind == u"state")
        return stateSentence(e.detail).arg(who);
    if (e.kind == u"snoozed") {
        return Text::tr("%1 snoozed it until %2").arg(who, timeText(e.detail.toLongLong()));
    }
    if (e.kind == u"woke")
        return Text::tr("Its snooze ended; it is open again");
    if (e.kind == u"assigned")
        return e.detail.isEmpty() ? Text::tr("%1 unassigned it").arg(who)
                                  : Text::tr("%1 assigned it to %2").arg(who, e.detail);
    if (e.kind == u"taken")
        return e.detail.isEmpty() ? Text::tr("%1 took it").arg(who)
                                  : Text::tr("%1 took it from %2").arg(who, e.detail);
    if (e.kind == u"handed-over") {
        const QString to = e.detail.section(u'\n', 0, 0);
        const QString note = e.detail.section(u'\n', 1);
        return note.isEmpty() ? Text::tr("%1 handed it over to %2").arg(who, to)
                              : Text::tr("%1 handed it over to %2: “%3”").arg(who, to, note);
    }
    if (e.kind == u"tone") {
        const auto tone = toneFromName(e.detail);
        return Text::tr("%1 set the tone to %2").arg(who, tone ? toneLabel(*tone) : e.detail);
    }
    if (e.kind == u"question")
        return e.detail == u"yes" ? Text::tr("%1 marked it as a question").arg(who)
                                  : Text::tr("%1 marked it as not a question").arg(who);
    if (e.kind == u"undo")
        return Text::tr("%1 undid the last change").arg(who);
    if (e.kind == u"answered")
        return Text::tr("%1 replied: “%2”").arg(who, e.detail);
    if (e.kind == u"liked")
        return Text::tr("%1 liked it").arg(who);
    if (e.kind == u"unliked")
        return Text::tr("%1 took their like back").arg(who);
    if (e.kind == u"thanked")
        return Text::tr("%1 thanked them: “%2”").arg(who, e.detail);
    if (e.kind == u"reply-queued")
        return Text::tr("%1 wrote a reply: “%2”").arg(who, e.detail);
    if (e.kind == u"like-queued")
        return Text::tr("%1 asked to like it").arg(who);
    if (e.kind == u"delivery-failed")
        return Text::tr("Sending failed: %1").arg(e.detail);
    if (e.kind == u"delivery-retried")
        return Text::tr("%1 tried sending again").arg(who);
    if (e.kind == u"second-answer")
        return Text::tr("%1 chose to answer too, after seeing the reply already there: “%2”")
            .arg(who, e.detail);
    if (e.kind == u"reply-edited")
        return Text::tr("%1 edited the reply: “%2”").arg(who, e.detail);
    if (e.kind == u"outbox-discarded")
        return Text::tr("%1 discarded an unsent reply or like").arg(who);
    if (e.kind == u"note")
        return Text::tr("%1 noted: “%2”").arg(who, e.detail);
    if (e.kind == u"note-removed")
        return Text::tr("%1 removed the note “%2”").arg(who, e.detail);
    if (e.kind == u"topic-tagged")
        return Text::tr("%1 tagged it with the follow-up topic “%2”").arg(who, e.detail);
    if (e.kind == u"topic-untagged")
        return Text::tr("%1 took it off the follow-up topic “%2”").arg(who, e.detail);
    if (e.kind == u"topic-status") {
        const QString topic = e.detail.section(u'\x1f', 0, 0);
        return topicStatusSentence(topicStatusFromName(e.detail.section(u'\x1f', 1, 1)))
            .arg(who, topic);
    }
    if (e.kind == u"deleted")
        return Text::tr("Deleted by its author on %1; Hearken retired it from the queue")
            .arg(networks.label(who));
    if (e.kind == u"told")
        return Text::tr("%1 told them about “%2”").arg(who, e.detail);
    return Text::tr("%1: %2 %3").arg(who, e.kind, e.detail);
}

} // namespace hearken
