// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearken {

// How long ago, in the few characters a table column has: "now", "5 min", "3 h", "2 d".
QString ageText(qint64 seconds);

// A moment (seconds since the epoch) in the user's locale, short form.
QString timeText(qint64 at);

} // namespace hearken
