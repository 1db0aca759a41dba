// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

class QSettings;

namespace hearken {

// What the window needs from the world outside the workspace. runGui() fills it from the
// platform; tests point it at temporary places and a fixed clock.
struct GuiEnvironment {
    QString defaultWorkspacePath;
    // Created and filled with generated items the first time the user asks for it.
    QString sampleWorkspacePath;
    int sampleItems = 400;
    // Who the history says did what this user does.
    QString actor;
    // Seconds since the epoch.
    std::function<qint64()> clock;
    // Window geometry and splitter positions; owned by the caller.
    QSettings* settings = nullptr;
};

} // namespace hearken
