// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/http_client.h"
#include "providers/bluesky/xrpc_error.h"

#include <QCoroTask>
#include <QJsonObject>
#include <QUrl>

#include <tl/expected.hpp>

#include <optional>

namespace hearken::bluesky {

// Why `text` is not a handle by the AT Protocol's handle syntax (packages/syntax handle.ts: a
// domain name of ASCII letters, digits and hyphens), in words; nothing when it is one.
std::optional<QString> handleSyntaxProblem(const QString& text);

// The PDS a DID document (a PLC directory's answer, or a did:web's did.json) names in its
// #atproto_pds service; the document must be `did`'s, the PDS one Hearken may talk to.
tl::expected<QUrl, XrpcError> pdsOf(const QJsonObject& document, const QString& did);

// handle → DID with com.atproto.identity.resolveHandle on `service` (a PDS or AppView).
QCoro::Task<tl::expected<QString, XrpcError>> resolveHandle(net::HttpClient& http, QUrl service,
                                                            QString handle);

// DID → the account's PDS: did:plc through the PLC directory at `plc`, did:web through the
// host's /.well-known/did.json.
QCoro::Task<tl::expected<QUrl, XrpcError>> resolvePds(net::HttpClient& http, QUrl plc, QString did);

} // namespace hearken::bluesky
