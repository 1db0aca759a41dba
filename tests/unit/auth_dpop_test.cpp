// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dpop_key.h"
#include "auth/dpop_nonces.h"
#include "auth/dpop_proof.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <memory>
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

namespace hearken {
namespace {

QByteArray fromBase64Url(QByteArrayView text)
{
    return QByteArray::fromBase64(text.toByteArray(), QByteArray::Base64UrlEncoding |
                                                          QByteArray::AbortOnBase64DecodingErrors);
}

QJsonObject jsonPart(QByteArrayView part)
{
    return QJsonDocument::fromJson(fromBase64Url(part)).object();
}

// Verifies a JOSE ES256 signature with nothing but the public JWK, the way a server does.
bool verifyWithJwk(const QJsonObject& jwk, const QByteArray& signingInput,
                   const QByteArray& joseSignature)
{
    const QByteArray x = fromBase64Url(jwk.value(QStringLiteral("x")).toString().toLatin1());
    const QByteArray y = fromBase64Url(jwk.value(QStringLiteral("y")).toString().toLatin1());
    if (x.size() != 32 || y.size() != 32 || joseSignature.size() != 64)
        return false;
    QByteArray point = '\x04' + x + y;

    std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)> builder(OSSL_PARAM_BLD_new(),
                                                                            &OSSL_PARAM_BLD_free);
    OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0);
    OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(),
                                     size_t(point.size()));
    std::unique_ptr<OSSL_PARAM, decltype(&OSSL_PARAM_free)> params(
        OSSL_PARAM_BLD_to_param(builder.get()), &OSSL_PARAM_free);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> context(
        EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr), &EVP_PKEY_CTX_free);
    EVP_PKEY* rawKey = nullptr;
    if (EVP_PKEY_fromdata_init(context.get()) != 1 ||
        EVP_PKEY_fromdata(context.get(), &rawKey, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(rawKey, &EVP_PKEY_free);

    ECDSA_SIG* signature = ECDSA_SIG_new();
    const auto* bytes = reinterpret_cast<const unsigned char*>(joseSignature.constData());
    ECDSA_SIG_set0(signature, BN_bin2bn(bytes, 32, nullptr), BN_bin2bn(bytes + 32, 32, nullptr));
    unsigned char* der = nullptr;
    const int derSize = i2d_ECDSA_SIG(signature, &der);
    ECDSA_SIG_free(signature);

    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> verify(EVP_MD_CTX_new(),
                                                                   &EVP_MD_CTX_free);
    const bool valid =
        EVP_DigestVerifyInit(verify.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
        EVP_DigestVerify(verify.get(), der, size_t(derSize),
                         reinterpret_cast<const unsigned char*>(signingInput.constData()),
                         size_t(signingInput.size())) == 1;
    OPENSSL_free(der);
    return valid;
}

struct Proof {
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput;
    QByteArray signature;
};

Proof split(const QByteArray& compact)
{
    const QList<QByteArray> parts = compact.split('.');
    EXPECT_EQ(parts.size(), 3);
    return {jsonPart(parts.value(0)), jsonPart(parts.value(1)),
            parts.value(0) + '.' + parts.value(1), fromBase64Url(parts.value(2))};
}

DpopKey newKey()
{
    auto key = DpopKey::generate();
    EXPECT_TRUE(key.has_value()) << (key ? "" : key.error().toStdString());
    return *key;
}

TEST(DpopProof, CarriesTheRequestClaimsAndTheNonce)
{
    const DpopKey key = newKey();
    const auto proof =
        makeDpopProof(key, {"POST",
                            QUrl(QStringLiteral("http://localhost:2583/oauth/token?x=1#frag")),
                            QStringLiteral("nonce-1"),
                            {},
                            1'700'000'000,
                            QStringLiteral("jti-1")});
    ASSERT_TRUE(proof.has_value());
    const Proof parts = split(*proof);

    EXPECT_EQ(parts.header.value(QStringLiteral("typ")).toString(), QStringLiteral("dpop+jwt"));
    EXPECT_EQ(parts.header.value(QStringLiteral("alg")).toString(), QStringLiteral("ES256"));
    EXPECT_EQ(parts.header.value(QStringLiteral("jwk")).toObject(), key.publicJwk());
    EXPECT_EQ(parts.payload.value(QStringLiteral("htm")).toString(), QStringLiteral("POST"));
    EXPECT_EQ(parts.payload.value(QStringLiteral("htu")).toString(),
              QStringLiteral("http://localhost:2583/oauth/token"));
    EXPECT_EQ(parts.payload.value(QStringLiteral("iat")).toInteger(), 1'700'000'000);
    EXPECT_EQ(parts.payload.value(QStringLiteral("jti")).toString(), QStringLiteral("jti-1"));
    EXPECT_EQ(parts.payload.value(QStringLiteral("nonce")).toString(), QStringLiteral("nonce-1"));
    EXPECT_FALSE(parts.payload.contains(QStringLiteral("ath")));
}

TEST(DpopProof, BindsTheAccessTokenThroughItsHash)
{
    const auto proof =
        makeDpopProof(newKey(), {"GET",
                                 QUrl(QStringLiteral("https://pds.example/xrpc/a.b?c=d")),
                                 {},
                                 QStringLiteral("token-abc"),
                                 1,
                                 QStringLiteral("j")});
    ASSERT_TRUE(proof.has_value());
    const Proof parts = split(*proof);
    const QByteArray expected =
        QCryptographicHash::hash("token-abc", QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    EXPECT_EQ(parts.payload.value(QStringLiteral("ath")).toString().toLatin1(), expected);
    EXPECT_FALSE(parts.payload.contains(QStringLiteral("nonce")));
    EXPECT_EQ(parts.payload.value(QStringLiteral("htu")).toString(),
              QStringLiteral("https://pds.example/xrpc/a.b"));
}

TEST(DpopProof, SignatureVerifiesWithThePublicJwkAndNotWhenTampered)
{
    const DpopKey key = newKey();
    for (int round = 0; round < 20; ++round) {
        const auto proof = makeDpopProof(key, {"GET",
                                               QUrl(QStringLiteral("http://127.0.0.1/x")),
                                               {},
                                               {},
                                               round,
                                               QString::number(round)});
        ASSERT_TRUE(proof.has_value());
        const Proof parts = split(*proof);
        ASSERT_EQ(parts.signature.size(), 64);
        EXPECT_TRUE(verifyWithJwk(parts.header.value(QStringLiteral("jwk")).toObject(),
                                  parts.signingInput, parts.signature));
        QByteArray tampered = parts.signingInput;
        tampered[tampered.size() - 1] = tampered.back() == 'A' ? 'B' : 'A';
        EXPECT_FALSE(verifyWithJwk(key.publicJwk(), tampered, parts.signature));
    }
}

TEST(DpopKey, SurvivesThePemRoundTripForTheVault)
{
    const DpopKey key = newKey();
    const QByteArray pem = key.privatePem();
    EXPECT_TRUE(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
    const auto restored = DpopKey::fromPrivatePem(pem);
    ASSERT_TRUE(restored.has_value()) << restored.error().toStdString();
    EXPECT_EQ(restored->publicJwk(), key.publicJwk());
    const auto signature = restored->sign("data");
    ASSERT_TRUE(signature.has_value());
    EXPECT_TRUE(verifyWithJwk(key.publicJwk(), "data", *signature));
    EXPECT_NE(newKey().publicJwk(), key.publicJwk());
}

TEST(DpopKey, RefusesGarbageAndOtherKeyTypes)
{
    EXPECT_FALSE(DpopKey::fromPrivatePem("not a key").has_value());
    EXPECT_FALSE(DpopKey::fromPrivatePem({}).has_value());
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> ed(
        EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), &EVP_PKEY_free);
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, ed.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const QByteArray pem(data, qsizetype(size));
    BIO_free(bio);
    EXPECT_FALSE(DpopKey::fromPrivatePem(pem).has_value());
}

TEST(DpopNonces, AreKeptPerOrigin)
{
    DpopNonces nonces;
    nonces.remember(QUrl(QStringLiteral("http://localhost:2583/oauth/par")), QStringLiteral("as"));
    nonces.remember(QUrl(QStringLiteral("https://pds.example/xrpc/x")), QStringLiteral("pds"));
    EXPECT_EQ(nonces.nonceFor(QUrl(QStringLiteral("http://LOCALHOST:2583/oauth/token"))),
              QStringLiteral("as"));
    EXPECT_EQ(nonces.nonceFor(QUrl(QStringLiteral("https://pds.example:443/y"))),
              QStringLiteral("pds"));
    EXPECT_TRUE(nonces.nonceFor(QUrl(QStringLiteral("http://localhost:2584/"))).isEmpty());
    nonces.remember(QUrl(QStringLiteral("https://pds.example/z")), {});
    EXPECT_EQ(nonces.nonceFor(QUrl(QStringLiteral("https://pds.example/"))), QStringLiteral("pds"));
}

} // namespace
} // namespace hearken
