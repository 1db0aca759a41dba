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
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    // Seconds are noise here; a few locales (C among them) put them in the short format.
    format.remove(QStringLiteral(":ss"));
    return locale.toString(QDateTime::fromSecsSinceEpoch(at), format);
}

} // namespace hearken
