// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_message.h"

#include <QString>

#include <tl/expected.hpp>

#include <optional>

namespace hearken::net {

// Why an HTTP exchange did not give a usable answer.
struct HttpError {
    enum class Kind {
        // No connection: DNS, refused, reset, TLS, or dropped before an answer.
        Unreachable,
        // No complete answer within the time allowed.
        Timeout,
        // The server answered with an error status (see status, serverError, message).
        Http,
        // The server (or our own bookkeeping of its limits) says wait until retryAtMs.
        RateLimited,
        // 401: the credentials are missing, expired or revoked.
        Unauthorized,
        // The body is not what the protocol promises (truncated or invalid JSON ...).
        Malformed,
        // The body is larger than the client accepts.
        TooLarge,
        // Plain http to a host that is not loopback, or a URL that is not http(s).
        Insecure,
        // The caller cancelled.
        Cancelled,
    };
    Kind kind = Kind::Unreachable;
    // The HTTP status when there was one, else 0.
    int status = 0;
    // The server's error code when its body said one ("invalid_grant", "InvalidToken" ...).
    QString serverError;
    // Words for a person: the server's own description when it gave one.
    QString message;
    std::optional<qint64> retryAtMs;
    // The answer as received, when one arrived (headers let a caller react, e.g. DPoP-Nonce).
    std::optional<HttpResponse> response;
};

QString kindName(HttpError::Kind kind);

// Reads {"error": ..., "error_description": ...} (OAuth, Mastodon) or {"error": ...,
// "message": ...} (XRPC) from an error body, filling serverError and message.
void readServerError(const QByteArray& body, HttpError& error);

template <typename T>
using HttpResultOf = tl::expected<T, HttpError>;
using HttpResult = HttpResultOf<HttpResponse>;

inline tl::unexpected<HttpError> httpError(HttpError::Kind kind, QString message)
{
    HttpError error;
    error.kind = kind;
    error.message = std::move(message);
    return tl::unexpected(std::move(error));
}

} // namespace hearken::net
