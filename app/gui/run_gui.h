// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;

namespace hearken {

struct GuiOptions {
    // The workspace to open ("" = the default workspace, workflow/workspace_paths.h).
    QString workspacePath;
    // Open (creating and filling it on first use) the sample workspace instead.
    bool sample = false;
};

// Shows the main window and runs the event loop; returns the exit code. `app` already
// exists, with the organisation and application names set.
int runGui(QApplication& app, const GuiOptions& options);

} // namespace hearken
