// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/run_until_done.h"

#include <QEventLoop>

namespace hearken::cli {

void runUntilDone(const std::function<void(const std::function<void()>& done)>& start)
{
    QEventLoop loop;
    bool finished = false;
    // Named, so that work holding it by reference finds it for as long as the loop runs.
    const std::function<void()> done = [&] {
        finished = true;
        loop.quit();
    };
    start(done);
    if (!finished)
        loop.exec();
}

} // namespace hearken::cli
