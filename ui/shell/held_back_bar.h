// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/info_bar.h"

namespace hearken {

class ProviderRegistry;
class Workspace;

// A strip that says, while a server holds mentions back from the brand's apps (or discards
// some), which of its rules does what and how to change it, in its provider's words; hidden
// otherwise.
class HeldBackBar : public InfoBar {
    Q_OBJECT
public:
    explicit HeldBackBar(QWidget* parent = nullptr);

    // Shows what the last syncs learnt about the workspace's accounts.
    void showFor(Workspace& workspace, const ProviderRegistry& providers);
};

} // namespace hearken
