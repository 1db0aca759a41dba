// SPDX-License-Identifier: GPL-3.0-or-later
#include "application_identity.h"

#include <QCoreApplication>

namespace hearken {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Hearken"));
    QCoreApplication::setApplicationName(QStringLiteral("Hearken"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARKEN_VERSION));
}

} // namespace hearken
