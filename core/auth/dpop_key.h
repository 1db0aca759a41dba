// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <tl/expected.hpp>

#include <memory>

using EVP_PKEY = struct evp_pkey_st;

namespace hearken {

// A P-256 key pair that signs DPoP proofs (ES256) for one signed-in session. The private half
// is kept as PKCS#8 PEM in the secret vault, never anywhere else.
class DpopKey {
public:
    static tl::expected<DpopKey, QString> generate();
    static tl::expected<DpopKey, QString> fromPrivatePem(const QByteArray& pem);

    QByteArray privatePem() const;
    // The public key as a JWK: {"kty":"EC","crv":"P-256","x":...,"y":...}.
    QJsonObject publicJwk() const;
    // An ES256 signature of data in JOSE form: r and s, 32 big-endian bytes each.
    tl::expected<QByteArray, QString> sign(const QByteArray& data) const;

private:
    struct Free {
        void operator()(EVP_PKEY* key) const;
    };
    explicit DpopKey(EVP_PKEY* key);
    std::shared_ptr<EVP_PKEY> m_key;
};

} // namespace hearken
