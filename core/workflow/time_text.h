// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTime>

namespace hearken {

// How long an item has waited, compactly: "now", "12 min", "3 h", "5 d", "7 wk".
QString ageText(qint64 seconds);

// A moment (seconds since the epoch) in the user's locale, short form, without seconds.
QString timeText(qint64 at);
// A time of day in the user's locale, short form, without seconds: "09:00", "9:00 AM".
QString clockText(QTime time);
// The locale's short date-and-time format without seconds, for date-time editors.
QString shortDateTimeFormat();

} // namespace hearken
