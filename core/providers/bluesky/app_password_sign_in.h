// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_client.h"
#include "providers/bluesky/session_grant.h"
#include "providers/bluesky/xrpc_error.h"

#include <QCoroTask>

#include <tl/expected.hpp>

namespace hearken::bluesky {

// Whether `password` has the form a PDS gives app passwords: four groups of four characters
// (base32: letters and the digits 2-7), joined by hyphens, as in abcd-2345-efgh-6789.
bool looksLikeAppPassword(const QString& password);

// The fallback sign-in: trades an app password for bearer tokens with
// com.atproto.server.createSession. Prefer OAuth; app passwords grant wide access.
QCoro::Task<tl::expected<SessionGrant, XrpcError>>
signInWithAppPassword(net::HttpClient& http, QUrl pds, QString identifier, QString appPassword);

} // namespace hearken::bluesky
