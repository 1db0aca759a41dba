// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_error.h"

#include <QString>

#include <optional>

namespace hearken::bluesky {

// Why an AT Protocol call failed, in words a user can act on, and whether waiting helps.
struct XrpcError {
    enum class Kind {
        // No answer, or the server failed (5xx): try again later.
        Unreachable,
        // 429: wait until retryAt.
        RateLimited,
        // The session expired or was revoked: the account must sign in again.
        SignInNeeded,
        // The server refused the request itself (4xx), or it was not allowed to go out.
        Rejected,
        // The answer was not what the protocol promises.
        Malformed,
    };
    Kind kind = Kind::Unreachable;
    int status = 0;
    // The XRPC or OAuth error name ("ExpiredToken", "RecordNotFound", "invalid_grant" ...).
    QString name;
    QString message;
    // Seconds since the epoch.
    std::optional<qint64> retryAt;

    static XrpcError fromHttp(const net::HttpError& error);
    static XrpcError malformed(QString message);
    // What a call ends with when its session or its caller went away first.
    static XrpcError cancelled();
};

} // namespace hearken::bluesky
