// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <optional>

namespace hearken::testing {

// Starts an asynchronous operation and runs the event loop until it calls back (or the
// deadline passes: then the test fails and the result is empty).
template <typename Result>
std::optional<Result> waitFor(const std::function<void(std::function<void(const Result&)>)>& start,
                              int timeoutMs = 10'000)
{
    std::optional<Result> result;
    QEventLoop loop;
    start([&result, &loop](const Result& r) {
        result.emplace(r);
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result)
        ADD_FAILURE() << "no answer within " << timeoutMs << " ms";
    return result;
}

// Runs the event loop until `condition` holds or the time is up; returns the condition.
inline bool spinUntil(const std::function<bool()>& condition, int timeoutMs = 10'000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition() && !deadline.hasExpired()) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return condition();
}

} // namespace hearken::testing
