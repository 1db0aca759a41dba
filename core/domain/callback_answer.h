// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <coroutine>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace hearken {

// Awaits an answer that arrives through a callback, for the parts of Hearken that answer that
// way (the HTTP client, an XRPC session, a timer): `co_await CallbackAnswer<R>(context, gone,
// start)` calls `start` with the function to give the answer to, once. When `context` is
// destroyed before the answer (a pass was cancelled, its syncer forgotten), the coroutine
// resumes with `gone` instead, so that it can end; it must then touch nothing but its own
// frame. A null context means the work is already cancelled: the answer is `gone` at once.
template <typename Result>
class CallbackAnswer {
public:
    using Reply = std::function<void(Result)>;

    CallbackAnswer(QObject* context, Result gone, std::function<void(Reply)> start)
        : m_context(context)
        , m_gone(std::move(gone))
        , m_start(std::move(start))
    {}

    bool await_ready() const noexcept { return !m_context; }

    bool await_suspend(std::coroutine_handle<> handle)
    {
        auto state = m_state;
        m_start([state](Result result) { state->answer(std::move(result)); });
        if (state->result)
            return false; // answered at once
        if (!m_context) {
            state->result.emplace(m_gone);
            return false;
        }
        state->watch = QObject::connect(m_context, &QObject::destroyed,
                                        [state, gone = m_gone] { state->answer(gone); });
        state->handle = handle;
        return true;
    }

    Result await_resume() { return m_state->result ? std::move(*m_state->result) : m_gone; }

private:
    struct State {
        std::optional<Result> result;
        std::coroutine_handle<> handle;
        QMetaObject::Connection watch;

        void answer(Result given)
        {
            if (result)
                return; // the first answer counts
            result.emplace(std::move(given));
            QObject::disconnect(watch);
            if (auto waiting = std::exchange(handle, {}))
                waiting.resume();
        }
    };

    QPointer<QObject> m_context;
    Result m_gone;
    std::function<void(Reply)> m_start;
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

} // namespace hearken
