// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flags.h"
#include "domain/network_names.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace hearken {

// The few colours that carry meaning (flags, tones, warnings, networks). Everything else
// follows the palette. Each comes in a light and a dark variant, picked by the palette's base,
// and reads at 4.5:1 or more on the palette's Base, AlternateBase and Window and on its own chip.
QColor flagColor(Flag flag, const QPalette& palette);
QColor toneColor(Tone tone, const QPalette& palette);
QColor warningColor(const QPalette& palette);
QColor errorColor(const QPalette& palette);
QColor networkColor(const NetworkMark& mark, const QPalette& palette);
// Secondary text (times, handles, headings) that is quieter than Text but still readable.
QColor quietTextColor(const QPalette& palette);

// `color` laid over the palette's Base at `amount` (0: Base, 1: the colour itself): the
// backgrounds of chips, bars and highlighted posts.
QColor tinted(const QColor& color, double amount, const QPalette& palette);

struct ChipColors {
    QColor background;
    QColor border;
    QColor text;
};
// A quiet chip for text in `color` (one of the colours above, or the palette's Text).
ChipColors chipColors(const QColor& color, const QPalette& palette);

// The network's mark as an icon, in its colour and with its own shape and letter. Drawn in the
// application palette of the moment it is drawn, so it follows a change of appearance by itself.
QIcon networkIcon(const NetworkMark& mark);

} // namespace hearken
