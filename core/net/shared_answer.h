// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/callback_answer.h"

#include <QList>

#include <functional>
#include <utility>

namespace hearken {

// One piece of work that several coroutines may need at the same time (making a deliverer,
// refreshing a session's tokens): the first to ask starts it, the others wait for the same end,
// and all are told how it ended, in the order they asked. `co_await shared.ask(context, gone,
// start)` calls `start` only when nothing runs yet; the work calls answer() once it ends.
template <typename Result>
class SharedAnswer {
public:
    CallbackAnswer<Result> ask(QObject* context, Result gone, std::function<void()> start)
    {
        return {context, std::move(gone), [this, start = std::move(start)](auto reply) {
                    m_waiting.append(std::move(reply));
                    if (m_waiting.size() == 1)
                        start();
                }};
    }

    void answer(const Result& result)
    {
        for (const auto& reply : std::exchange(m_waiting, {}))
            reply(result);
    }

private:
    QList<std::function<void(Result)>> m_waiting;
};

} // namespace hearken
