// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"

#include <QString>

namespace hearken {

// One history line in words, e.g. "Ana marked it done" or "Ana snoozed it until 14:00".
QString describeEvent(const Event& event);

} // namespace hearken
