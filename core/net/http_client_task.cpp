// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/http_client.h"

#include <QMetaObject>

#include <coroutine>

namespace hearken::net {

namespace {

// Suspends the coroutine until the callback-style send() answers.
class HttpAnswer {
public:
    HttpAnswer(HttpClient& client, HttpRequest request, QObject* context)
        : m_client(client)
        , m_request(std::move(request))
        , m_context(context)
    {}

    bool await_ready() const noexcept { return false; }

    void await_suspend(std::coroutine_handle<> awaiting)
    {
        HttpCallHandle call = m_client.send(
            std::move(m_request), nullptr, [this, awaiting](const HttpResult& result) {
                m_result = result;
                QObject::disconnect(m_contextWatch);
                if (!m_contextGone) {
                    awaiting.resume();
                    return;
                }
                // Never resume inside the context's destructor.
                QMetaObject::invokeMethod(
                    &m_client, [awaiting] { awaiting.resume(); }, Qt::QueuedConnection);
            });
        if (m_context) {
            m_contextWatch =
                QObject::connect(m_context, &QObject::destroyed, &m_client, [this, call]() mutable {
                    m_contextGone = true;
                    call.cancel();
                });
        }
    }

    HttpResult await_resume() { return std::move(m_result); }

private:
    HttpClient& m_client;
    HttpRequest m_request;
    QPointer<QObject> m_context;
    QMetaObject::Connection m_contextWatch;
    bool m_contextGone = false;
    HttpResult m_result;
};

} // namespace

QCoro::Task<HttpResult> HttpClient::send(HttpRequest request, QObject* context)
{
    co_return co_await HttpAnswer(*this, std::move(request), context);
}

} // namespace hearken::net
