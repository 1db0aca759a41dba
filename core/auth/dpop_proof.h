// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/dpop_key.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <tl/expected.hpp>

namespace hearken {

// What one DPoP proof (RFC 9449) says about the request it accompanies.
struct DpopProofClaims {
    QByteArray method;
    QUrl url;
    // The server's latest DPoP-Nonce for the URL's origin; empty before the first one.
    QString nonce;
    // The access token the request carries to a resource server; empty at the token endpoint.
    QString accessToken;
    qint64 issuedAt = 0;
    QString jti;
};

// The htu claim: the URL without query and fragment.
QString dpopTargetUri(const QUrl& url);

// ath: base64url(SHA-256(access token)).
QString dpopAccessTokenHash(const QString& accessToken);

// A compact JWS with typ dpop+jwt, alg ES256 and the public key as jwk in its header.
tl::expected<QByteArray, QString> makeDpopProof(const DpopKey& key, const DpopProofClaims& claims);

} // namespace hearken
