// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/network.h"

namespace hearken {

QString networkLabel(QStringView network)
{
    return network.toString();
}

} // namespace hearken
