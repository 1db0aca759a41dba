// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace hearken {

// Networks are identified by a stable lower-case word ("mastodon", "bluesky", ...).
QStringList knownNetworks();
QString networkLabel(QStringView network);

} // namespace hearken
