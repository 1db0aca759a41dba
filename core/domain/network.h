// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace hearken {

// COMPATIBILITY ONLY, to go when its last two callers do: the ingest writer (the actor of a
// "deleted" event) and the delivery engine (a network without a deliverer) name the network by
// its id, which is what they store and print; NetworkNames gives the label where it is shown.
QString networkLabel(QStringView network);

} // namespace hearken
