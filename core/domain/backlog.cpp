// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/backlog.h"

#include <QCoreApplication>

namespace hearken {

int ageBucketOf(qint64 ageSeconds)
{
    for (int b = 0; b < ageBucketCount - 1; ++b) {
        if (ageSeconds < ageBucketLimits[b])
            return b;
    }
    return ageBucketCount - 1;
}

QString ageBucketLabel(int bucket)
{
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("hearken::Backlog", "under 1 h"),
        QT_TRANSLATE_NOOP("hearken::Backlog", "1–4 h"),
        QT_TRANSLATE_NOOP("hearken::Backlog", "4–24 h"),
        QT_TRANSLATE_NOOP("hearken::Backlog", "1–3 days"),
        QT_TRANSLATE_NOOP("hearken::Backlog", "older"),
    };
    return QCoreApplication::translate("hearken::Backlog", labels[bucket]);
}

} // namespace hearken
