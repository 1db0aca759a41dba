// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow/time_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace hearken {

namespace {

// The translation context of ages.
struct Age {
    Q_DECLARE_TR_FUNCTIONS(hearken::Age)
};

// Seconds are noise in a time to act on; a few locales (C among them) put them in the short
// format.
QString withoutSeconds(QString format)
{
    return format.remove(QStringLiteral(":ss"));
}

} // namespace

QString ageText(qint64 seconds)
{
    constexpr qint64 minute = 60, hour = 60 * minute, day = 24 * hour, week = 7 * day;
    if (seconds < minute)
        return Age::tr("now");
    if (seconds < hour)
        return Age::tr("%1 min").arg(seconds / minute);
    if (seconds < day)
        return Age::tr("%1 h").arg(seconds / hour);
    if (seconds < 2 * week)
        return Age::tr("%1 d").arg(seconds / day);
    return Age::tr("%1 wk").arg(seconds / week);
}

QString shortDateTimeFormat()
{
    return withoutSeconds(QLocale().dateTimeFormat(QLocale::ShortFormat));
}

QString clockText(QTime time)
{
    const QLocale locale;
    return locale.toString(time, withoutSeconds(locale.timeFormat(QLocale::ShortFormat)));
}

QString timeText(qint64 at)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(at), shortDateTimeFormat());
}

} // namespace hearken
