// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/outbox_entry.h"

#include "domain/enum_names.h"

namespace hearken {

namespace {
constexpr EnumName<OutboxState> stateNames[] = {
    {OutboxState::Queued, u"queued", QT_TRANSLATE_NOOP("hearken::OutboxState", "Queued")},
    {OutboxState::Sending, u"sending", QT_TRANSLATE_NOOP("hearken::OutboxState", "Sending")},
    {OutboxState::Sent, u"sent", QT_TRANSLATE_NOOP("hearken::OutboxState", "Sent")},
    {OutboxState::Failed, u"failed", QT_TRANSLATE_NOOP("hearken::OutboxState", "Failed")},
};
constexpr EnumName<OutboxKind> kindNames[] = {
    {OutboxKind::Reply, u"reply", QT_TRANSLATE_NOOP("hearken::OutboxKind", "Reply")},
    {OutboxKind::Like, u"like", QT_TRANSLATE_NOOP("hearken::OutboxKind", "Like")},
};
} // namespace

QString outboxStateName(OutboxState state)
{
    return nameOf(stateNames, state);
}

std::optional<OutboxState> outboxStateFromName(QStringView name)
{
    return valueOf(stateNames, name);
}

QString outboxStateLabel(OutboxState state)
{
    return labelOf(stateNames, state, "hearken::OutboxState");
}

QString outboxKindName(OutboxKind kind)
{
    return nameOf(kindNames, kind);
}

std::optional<OutboxKind> outboxKindFromName(QStringView name)
{
    return valueOf(kindNames, name);
}

} // namespace hearken
