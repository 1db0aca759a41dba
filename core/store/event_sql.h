// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearken {

// Appends one line to an item's history; binds post_id, at, actor, kind, detail.
inline const QString insertEventSql =
    QStringLiteral("INSERT INTO events (post_id, at, actor, kind, detail) VALUES (?, ?, ?, ?, ?)");

} // namespace hearken
