// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <coroutine>
#include <functional>
#include <optional>

namespace hearken::net {

// `co_await answerOf<R>([&](auto done) { vault.read(key, done); })`: awaits an operation that
// reports once through a callback (the vault, the browser sign-in). An answer given at once
// does not suspend. The operation must call back exactly once; the coroutine's owner checks
// that it is still alive after the co_await, as after any other.
template <typename Result>
class AwaitedCallback {
public:
    using Start = std::function<void(std::function<void(const Result&)>)>;
    explicit AwaitedCallback(Start start)
        : m_start(std::move(start))
    {}

    bool await_ready() const noexcept { return false; }

    bool await_suspend(std::coroutine_handle<> awaiting)
    {
        m_start([this, awaiting](const Result& result) {
            m_result = result;
            if (m_suspended)
                awaiting.resume();
        });
        m_suspended = !m_result;
        return m_suspended;
    }

    Result await_resume() { return std::move(*m_result); }

private:
    Start m_start;
    std::optional<Result> m_result;
    bool m_suspended = false;
};

template <typename Result>
AwaitedCallback<Result> answerOf(typename AwaitedCallback<Result>::Start start)
{
    return AwaitedCallback<Result>(std::move(start));
}

} // namespace hearken::net
