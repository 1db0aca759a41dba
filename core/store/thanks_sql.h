// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/dialect.h"

#include <QString>

namespace hearken {

// SQL for a queue row's thanked_at: its first thanking reply or, where the workspace counts
// likes as thanks (the setting below, on unless set to "0"), our like, whichever came first.
inline const QString likesCountAsThanksKey = QStringLiteral("thanks/likes-count");

inline QString thankedAtExpression(const Dialect& dialect)
{
    return QStringLiteral("CASE WHEN coalesce((SELECT value FROM settings WHERE key = '") +
           likesCountAsThanksKey + QStringLiteral("'), '1') = '1' THEN ") +
           dialect.least(QStringLiteral("coalesce(reply_thanked_at, liked_at)"),
                         QStringLiteral("coalesce(liked_at, reply_thanked_at)")) +
           QStringLiteral(" ELSE reply_thanked_at END");
}

} // namespace hearken
