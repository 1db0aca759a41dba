// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/bluesky/session_grant.h"
#include "providers/bluesky/xrpc_transport.h"

#include <tl/expected.hpp>

#include <functional>

namespace hearken {

// The fallback sign-in: trades an app password for bearer tokens with
// com.atproto.server.createSession. Prefer OAuth; app passwords grant wide access.
void signInWithAppPassword(XrpcTransport& transport, const QUrl& pds, const QString& identifier,
                           const QString& appPassword,
                           std::function<void(const tl::expected<SessionGrant, XrpcError>&)> done);

} // namespace hearken
