// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace hearken {

// Hearken's icon: the installed theme's when there is one, else the copy built into the binary.
QIcon applicationIcon();

} // namespace hearken
