// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QWidget;

namespace hearken {

// Sizes a top-level window that is about to be shown to `preferred`, made smaller where the
// screen it opens on (its parent's, if it has one) has less room, never below the window's
// minimum, and places it inside that screen's available area (centred over the parent).
void fitToScreen(QWidget& window, QSize preferred);

} // namespace hearken
