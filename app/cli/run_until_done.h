// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace hearken::cli {

// Starts asynchronous work and runs the event loop until the work calls `done`. The call may
// come before `start` returns (input refused at once): then no loop runs, since a loop started
// after its quit would wait forever.
void runUntilDone(const std::function<void(const std::function<void()>& done)>& start);

} // namespace hearken::cli
