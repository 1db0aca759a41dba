// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providers/bluesky/xrpc_error.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <tl/expected.hpp>

namespace hearken::bluesky {

// The documents an AT Protocol OAuth sign-in reads before the browser opens, each read on its
// own (the DID document is identity.h's).

// A PDS's /.well-known/oauth-protected-resource: the authorization server it names first.
tl::expected<QUrl, XrpcError> authorizationServerOf(const QJsonObject& protectedResource);

struct AtprotoAuthorizationServer {
    QString issuer;
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl revokeUrl;
    QUrl parEndpoint;
};

// `server`'s /.well-known/oauth-authorization-server: it must be the server's own (its issuer
// is `server`), name authorization, token and PAR endpoints Hearken may use (https, or http
// to loopback), and sign DPoP proofs with ES256. An error is the sentence the user sees.
tl::expected<AtprotoAuthorizationServer, QString>
readAtprotoAuthorizationServer(const QJsonObject& metadata, const QUrl& server);

} // namespace hearken::bluesky
