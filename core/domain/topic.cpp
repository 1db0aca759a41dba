// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/topic.h"

#include "domain/enum_names.h"

namespace hearken {

namespace {
constexpr EnumName<TopicStatus> statusNames[] = {
    {TopicStatus::Open, u"open", QT_TRANSLATE_NOOP("hearken::TopicStatus", "Open")},
    {TopicStatus::Shipped, u"shipped", QT_TRANSLATE_NOOP("hearken::TopicStatus", "Shipped")},
    {TopicStatus::Fixed, u"fixed", QT_TRANSLATE_NOOP("hearken::TopicStatus", "Fixed")},
    {TopicStatus::Declined, u"declined", QT_TRANSLATE_NOOP("hearken::TopicStatus", "Declined")},
};
} // namespace

QString topicStatusName(TopicStatus status)
{
    return nameOf(statusNames, status);
}

std::optional<TopicStatus> topicStatusFromName(QStringView name)
{
    return valueOf(statusNames, name);
}

QString topicStatusLabel(TopicStatus status)
{
    return labelOf(statusNames, status, "hearken::TopicStatus");
}

} // namespace hearken
