// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flags.h"
#include "domain/item_state.h"
#include "domain/tone.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace hearken {

// What a manager narrows the queue to. Every view, saved view and the `queue` command
// speak this one type; the store turns it into SQL in one place.
struct QueueFilter {
    std::optional<Flag> flag;
    QList<ItemState> states{ItemState::Open};
    QString network;
    std::optional<qint64> accountId;
    std::optional<Tone> tone;
    // 0 means "unassigned".
    std::optional<qint64> assigneeId;
    QString search;

    QJsonObject toJson() const;
    static QueueFilter fromJson(const QJsonObject& json);

    friend bool operator==(const QueueFilter&, const QueueFilter&) = default;
};

} // namespace hearken
