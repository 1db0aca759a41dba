// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/bluesky/xrpc_transport.h"

#include <QUrl>

#include <tl/expected.hpp>

#include <functional>

namespace hearken {

// Plain http only to loopback (tests and development); everything else must be https.
bool isAllowedServer(const QUrl& url);

// handle → DID with com.atproto.identity.resolveHandle on `service` (a PDS or AppView).
void resolveHandle(XrpcTransport& transport, const QUrl& service, const QString& handle,
                   std::function<void(const tl::expected<QString, XrpcError>&)> done);

// DID → the account's PDS: did:plc through the PLC directory at `plc`, did:web through the
// host's /.well-known/did.json.
void resolvePds(XrpcTransport& transport, const QUrl& plc, const QString& did,
                std::function<void(const tl::expected<QUrl, XrpcError>&)> done);

} // namespace hearken
