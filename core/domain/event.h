// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearken {

// One line of an item's history: who did what, when. Append-only.
struct Event {
    qint64 id = 0;
    qint64 postId = 0;
    qint64 at = 0;
    QString actor;
    QString kind;
    QString detail;
};

} // namespace hearken
