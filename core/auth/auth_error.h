// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_error.h"

#include <QString>

#include <tl/expected.hpp>

#include <optional>

namespace hearken::auth {

// Why a sign-in or a token refresh did not give tokens.
struct AuthError {
    enum class Kind {
        Cancelled,
        // Nobody came back from the browser in time.
        TimedOut,
        // The user (or the server on their behalf) refused the authorization.
        Denied,
        // The callback's state did not match: a forged or stale redirect, ignored.
        StateMismatch,
        // The loopback listener could not start.
        Listener,
        // No browser could be opened.
        Browser,
        // The grant (code or refresh token) is expired, revoked or unknown: sign in again.
        InvalidGrant,
        // The server failed or answered something unusable; `http` says more.
        Server,
    };
    Kind kind = Kind::Server;
    QString message;
    std::optional<net::HttpError> http;
};

template <typename T>
using AuthResult = tl::expected<T, AuthError>;

inline tl::unexpected<AuthError> authError(AuthError::Kind kind, QString message)
{
    return tl::unexpected(AuthError{kind, std::move(message), std::nullopt});
}

} // namespace hearken::auth
