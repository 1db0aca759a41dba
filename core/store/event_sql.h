// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QSqlQuery>
#include <QString>

namespace hearken {

// Appends one line to an item's history; binds post_id, at, actor, kind, detail.
inline const QString insertEventSql =
    QStringLiteral("INSERT INTO events (post_id, at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)");

// The columns eventOf reads, in its order.
inline const QString eventColumns = QStringLiteral("id, post_id, at, actor, kind, detail");

// One line of history from a row of eventColumns.
inline Event eventOf(const QSqlQuery& row)
{
    return Event{row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toLongLong(),
                 row.value(3).toString(),   row.value(4).toString(),   row.value(5).toString()};
}

} // namespace hearken
