// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/queue_filter.h"

#include <QJsonArray>

namespace hearken {

QJsonObject QueueFilter::toJson() const
{
    QJsonObject json;
    if (flag)
        json[u"flag"] = flagName(*flag);
    QJsonArray stateNames;
    for (ItemState state : states)
        stateNames.append(itemStateName(state));
    json[u"states"] = stateNames;
    if (!network.isEmpty())
        json[u"network"] = network;
    if (accountId)
        json[u"account"] = *accountId;
    if (tone)
        json[u"tone"] = toneName(*tone);
    if (assigneeId)
        json[u"assignee"] = *assigneeId;
    if (!search.isEmpty())
        json[u"search"] = search;
    return json;
}

QueueFilter QueueFilter::fromJson(const QJsonObject& json)
{
    QueueFilter filter;
    filter.flag = flagFromName(json[u"flag"].toString());
    if (json.contains(u"states")) {
        filter.states.clear();
        for (const QJsonValue& value : json[u"states"].toArray()) {
            if (auto state = itemStateFromName(value.toString()))
                filter.states.append(*state);
        }
    }
    filter.network = json[u"network"].toString();
    if (json[u"account"].isDouble())
        filter.accountId = json[u"account"].toInteger();
    filter.tone = toneFromName(json[u"tone"].toString());
    if (json[u"assignee"].isDouble())
        filter.assigneeId = json[u"assignee"].toInteger();
    filter.search = json[u"search"].toString();
    return filter;
}

} // namespace hearken
