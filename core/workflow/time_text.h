// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearken {

// How long an item has waited, compactly: "now", "12 min", "3 h", "5 d", "7 wk".
QString ageText(qint64 seconds);

// A moment (seconds since the epoch) in the user's locale, short form, without seconds.
QString timeText(qint64 at);

} // namespace hearken
