// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "domain/network_names.h"

#include <QString>

namespace hearken {

// One history line in words, e.g. "Ana marked it done" or "Ana snoozed it until 14:00". A line
// that a network wrote (its author deleted the post) names the network by its label.
QString describeEvent(const Event& event, const NetworkNames& networks);

} // namespace hearken
