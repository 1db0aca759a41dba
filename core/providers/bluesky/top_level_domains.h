// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace hearken::bluesky {

// Whether `label` (as written: the list is lower case and the check is not) is one of the
// top-level domains @atproto/api's facet detection knows.
bool isKnownTopLevelDomain(QStringView label);

} // namespace hearken::bluesky
