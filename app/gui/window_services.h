// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui_environment.h"

namespace hearken {

// The window's builder of a workspace's services: the WorkspaceServices a desk runs, handed to
// the session, through the environment's providers, network, keychain and clock as they are
// now. Without the network pieces only sample accounts deliver and nothing syncs.
SessionServicesBuilder windowServices(const GuiEnvironment& environment);

} // namespace hearken
