// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/event_text.h"

#include "domain/item_state.h"
#include "domain/tone.h"
#include "workflow/time_text.h"

#include <QCoreApplication>

namespace hearken {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("hearken::Event", text);
}

QString stateSentence(const QString& state)
{
    switch (itemStateFromName(state).value_or(ItemState::Open)) {
    case ItemState::Open:
        return tr("%1 reopened it");
    case ItemState::Done:
        return tr("%1 marked it done");
    case ItemState::Dismissed:
        return tr("%1 dismissed it as needing no reply");
    case ItemState::Snoozed:
        return tr("%1 snoozed it");
    }
    return {};
}
} // namespace

QString describeEvent(const Event& e)
{
    const QString& who = e.actor;
    if (e.kind == u"state")
        return stateSentence(e.detail).arg(who);
    if (e.kind == u"snoozed") {
        return tr("%1 snoozed it until %2").arg(who, timeText(e.detail.toLongLong()));
    }
    if (e.kind == u"woke")
        return tr("Its snooze ended; it is open again");
    if (e.kind == u"assigned")
        return e.detail.isEmpty() ? tr("%1 unassigned it").arg(who)
                                  : tr("%1 assigned it to %2").arg(who, e.detail);
    if (e.kind == u"tone") {
        const auto tone = toneFromName(e.detail);
        return tr("%1 set the tone to %2").arg(who, tone ? toneLabel(*tone) : e.detail);
    }
    if (e.kind == u"question")
        return e.detail == u"yes" ? tr("%1 marked it as a question").arg(who)
                                  : tr("%1 marked it as not a question").arg(who);
    if (e.kind == u"undo")
        return tr("%1 undid the last change").arg(who);
    if (e.kind == u"answered")
        return tr("%1 replied: “%2”").arg(who, e.detail);
    if (e.kind == u"thanked")
        return tr("%1 thanked them: “%2”").arg(who, e.detail);
    return tr("%1: %2 %3").arg(who, e.kind, e.detail);
}

} // namespace hearken
