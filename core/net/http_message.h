// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <functional>
#include <optional>
#include <utility>

namespace hearken::net {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct HttpResponse;

// One HTTP request as a caller describes it. The client sends it, and sends it again when a
// retry is allowed; hooks let a caller sign each attempt and look at each answer.
struct HttpRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HeaderList headers;
    QByteArray body;
    // Sent as Content-Type when the body is not empty.
    QByteArray contentType;
    // Whether sending it twice does no harm; GET/HEAD/PUT/DELETE and any request carrying an
    // Idempotency-Key header are idempotent unless this says otherwise.
    std::optional<bool> idempotent;
    // Overrides the client's defaults for this request.
    std::optional<int> timeoutMs;
    std::optional<int> maxAttempts;
    // Runs before every attempt (retries included) on a copy of this request: the place to add
    // per-attempt headers such as a fresh DPoP proof.
    std::function<void(HttpRequest&)> beforeEachAttempt;
    // Sees every answer that arrived (errors included), before retry decisions: the place to
    // note a DPoP-Nonce. Returning true sends the request once more (at most once per call).
    std::function<bool(const HttpResponse&)> reissueOnce;

    // Sets a header, replacing one with the same (case-insensitive) name.
    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;
    bool isIdempotent() const;

    static HttpRequest get(const QUrl& url);
    // A POST of application/x-www-form-urlencoded fields (already a query string).
    static HttpRequest postForm(const QUrl& url, const QByteArray& form);
    static HttpRequest postJson(const QUrl& url, const QByteArray& json);
};

// What the server answered: status, headers (names as sent) and the body.
struct HttpResponse {
    int status = 0;
    QUrl url;
    HeaderList headers;
    QByteArray body;

    // The first header with this (case-insensitive) name, empty when absent.
    QByteArray header(const QByteArray& name) const;
};

} // namespace hearken::net
