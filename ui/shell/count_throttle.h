// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace hearken {

// Coalesces requests for a recount so that a burst of changes costs one count: a request
// waits a little for the rest of the burst, only one count runs at a time, and requests that
// arrive while one runs are served by a single count after it.
class CountThrottle : public QObject {
    Q_OBJECT
public:
    // Starts a count; the count calls `finished` when its results are in.
    using Run = std::function<void(std::function<void()> finished)>;

    static constexpr int burstDelayMs = 300;

    explicit CountThrottle(Run run, QObject* parent = nullptr);

    // Counts after the burst delay, or right away when `immediately`.
    void request(bool immediately = false);

private:
    void start();

    Run m_run;
    QTimer m_timer;
    bool m_running = false;
    bool m_again = false;
    int m_againDelay = burstDelayMs;
};

} // namespace hearken
