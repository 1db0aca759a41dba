// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_error.h"
#include "net/http_message.h"
#include "net/rate_limits.h"

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace hearken::net {

struct HttpClientOptions {
    // The whole exchange, per attempt.
    int timeoutMs = 30'000;
    // Attempts for idempotent requests that failed on the way (unreachable, timeout, 5xx).
    int maxAttempts = 3;
    int backoffBaseMs = 250;
    int backoffMaxMs = 8'000;
    // Bodies above this are refused (the transfer is aborted): a hostile server cannot fill
    // memory.
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    QByteArray userAgent = QByteArrayLiteral("Hearken/0.1 (+https://hearken.example.org)");
};

class HttpCall;

// A request in flight; cancel() ends it with HttpError::Kind::Cancelled.
class HttpCallHandle {
public:
    HttpCallHandle() = default;
    explicit HttpCallHandle(HttpCall* call);
    void cancel();
    bool isRunning() const;

private:
    QPointer<HttpCall> m_call;
};

// The one way Hearken talks HTTP: timeouts, retries with backoff for idempotent requests,
// rate-limit bookkeeping per host, typed errors, a body size cap, and no plain http except
// to loopback. Network-agnostic: protocols add their headers through HttpRequest's hooks.
class HttpClient : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // milliseconds since the epoch
    using Done = std::function<void(const HttpResult&)>;

    HttpClient(QNetworkAccessManager& network, HttpClientOptions options = {},
               Clock clock = systemClock(), QObject* parent = nullptr);
    ~HttpClient() override;

    // Sends the request; `done` runs exactly once on this thread, unless `context` is
    // destroyed first, which cancels the request silently.
    HttpCallHandle send(HttpRequest request, QObject* context, Done done);

    // The same request for a coroutine: `co_await client.send(request, this)` resumes with
    // the result on this thread. When `context` is destroyed first, the request is aborted
    // and the coroutine resumes on a later turn of the event loop with a Cancelled error;
    // a coroutine that belongs to `context` checks a QPointer to it before going on.
    QCoro::Task<HttpResult> send(HttpRequest request, QObject* context);

    const RateLimitBook& rateLimits() const { return m_rateLimits; }
    RateLimitBook& rateLimits() { return m_rateLimits; }
    const HttpClientOptions& options() const { return m_options; }
    qint64 now() const { return m_clock(); }

    static Clock systemClock();

private:
    friend class HttpCall;
    QNetworkAccessManager& m_network;
    HttpClientOptions m_options;
    Clock m_clock;
    RateLimitBook m_rateLimits;
};

} // namespace hearken::net
