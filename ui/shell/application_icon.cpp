// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/application_icon.h"

namespace hearken {

QIcon applicationIcon()
{
    return QIcon::fromTheme(u"org.hearken.Hearken"_qs,
                            QIcon(u":/icons/org.hearken.Hearken.svg"_qs));
}

} // namespace hearken
