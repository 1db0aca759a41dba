// SPDX-License-Identifier: GPL-3.0-or-later
// Who the program is, for both programs: the name its settings and data live under, and its
// version.
#pragma once

namespace hearken {

// Sets the organization, application name and version on QCoreApplication.
void describeApplication();

} // namespace hearken
