// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace hearken::auth {

// Proof Key for Code Exchange (RFC 7636), S256: a fresh verifier for every grant.
struct Pkce {
    QByteArray verifier;  // 43 characters of base64url
    QByteArray challenge; // base64url(SHA-256(verifier)), no padding
    static constexpr auto method = "S256";

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray& verifier);
};

// `bytes` random bytes from the system's secure generator, base64url without padding; used
// for OAuth state and other unguessable values.
QByteArray randomToken(int bytes = 32);

} // namespace hearken::auth
