// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/flags.h"

#include <QColor>
#include <QIcon>
#include <QPalette>
#include <QStringView>

namespace hearken {

// The few colours that carry meaning (flags, tones, networks). Everything else follows the
// system palette; these are blended into it so they read well on light and dark themes.
QColor flagHue(Flag flag);
QColor toneHue(Tone tone);
QColor networkHue(QStringView network);

struct ChipColors {
    QColor background;
    QColor border;
    QColor text;
};
// A quiet chip in `hue` that keeps its text readable on the palette's base colour.
ChipColors chipColors(const QColor& hue, const QPalette& palette);

// A small dot in the network's colour, to tell accounts apart at a glance.
QIcon networkIcon(QStringView network);

} // namespace hearken
