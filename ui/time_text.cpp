// SPDX-License-Identifier: GPL-3.0-or-later
#include "time_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace hearken {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("hearken::TimeText", text);
}
} // namespace

QString ageText(qint64 seconds) {
    constexpr qint64 minute = 60;
    constexpr qint64 hour = 60 * minute;
    constexpr qint64 day = 24 * hour;
    if (seconds < minute)
        return tr("now");
    if (seconds < hour)
        return tr("%1 min").arg(seconds / minute);
    if (seconds < day)
        return tr("%1 h").arg(seconds / hour);
    return tr("%1 d").arg(seconds / day);
}

QString timeText(qint64 at) {
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(at), QLocale::ShortFormat);
}

} // namespace hearken
