// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_client.h"
#include "providers/bluesky/session_grant.h"
#include "providers/bluesky/xrpc_error.h"

#include <tl/expected.hpp>

#include <functional>

namespace hearken {

// The fallback sign-in: trades an app password for bearer tokens with
// com.atproto.server.createSession. Prefer OAuth; app passwords grant wide access.
void signInWithAppPassword(net::HttpClient& http, const QUrl& pds, const QString& identifier,
                           const QString& appPassword,
                           std::function<void(const tl::expected<SessionGrant, XrpcError>&)> done);

} // namespace hearken
