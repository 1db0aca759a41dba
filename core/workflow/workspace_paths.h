// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hearken {

// Where workspaces live by default: the platform's application data folder
// (~/.local/share/Hearken on Linux). The folder is created when missing.
QString defaultWorkspacePath();
QString sampleWorkspacePath();

// The name teammates know the current user by: HEARKEN_USER, else the login name.
QString currentUserName();

} // namespace hearken
