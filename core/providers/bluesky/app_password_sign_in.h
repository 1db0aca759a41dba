// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_client.h"
#include "providers/bluesky/session_grant.h"
#include "providers/bluesky/xrpc_error.h"

#include <tl/expected.hpp>

#include <functional>

namespace hearken::bluesky {

// Whether `password` has the form a PDS gives app passwords: four groups of four characters
// (base32: letters and the digits 2-7), joined by hyphens, as in abcd-2345-efgh-6789.
bool looksLikeAppPassword(const QString& password);

// The fallback sign-in: trades an app password for bearer tokens with
// com.atproto.server.createSession. Prefer OAuth; app passwords grant wide access.
void signInWithAppPassword(net::HttpClient& http, const QUrl& pds, const QString& identifier,
                           const QString& appPassword,
                           std::function<void(const tl::expected<SessionGrant, XrpcError>&)> done);

} // namespace hearken::bluesky
