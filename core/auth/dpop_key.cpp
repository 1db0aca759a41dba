// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dpop_key.h"

#include <array>
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace hearken {

namespace {

constexpr int coordinateBytes = 32;

QString openSslError(const char* what)
{
    const unsigned long code = ERR_get_error();
    std::array<char, 256> text{};
    ERR_error_string_n(code, text.data(), text.size());
    ERR_clear_error();
    return QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromLatin1(text.data());
}

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// A big-endian number padded with leading zeros to exactly `size` bytes.
QByteArray padded(const BIGNUM* number, int size)
{
    QByteArray bytes(size, '\0');
    BN_bn2binpad(number, reinterpret_cast<unsigned char*>(bytes.data()), size);
    return bytes;
}

} // namespace

void DpopKey::Free::operator()(EVP_PKEY* key) const
{
    EVP_PKEY_free(key);
}

DpopKey::DpopKey(EVP_PKEY* key)
    : m_key(key, Free{})
{}

tl::expected<DpopKey, QString> DpopKey::generate()
{
    EVP_PKEY* key = EVP_EC_gen("P-256");
    if (!key)
        return tl::unexpected(openSslError("Generating the DPoP key failed"));
    return DpopKey(key);
}

tl::expected<DpopKey, QString> DpopKey::fromPrivatePem(const QByteArray& pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr);
    if (!key)
        return tl::unexpected(openSslError("The stored DPoP key cannot be read"));
    char group[32] = {};
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_EC ||
        !EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                        nullptr) ||
        QByteArrayView(group) != "prime256v1") {
        EVP_PKEY_free(key);
        return tl::unexpected(QStringLiteral("The stored DPoP key is not a P-256 key"));
    }
    return DpopKey(key);
}

QByteArray DpopKey::privatePem() const
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

QJsonObject DpopKey::publicJwk() const
{
    BIGNUM* x = nullptr;
    BIGNUM* y = nullptr;
    EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_X, &x);
    EVP_PKEY_get_bn_param(m_key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, &y);
    QJsonObject jwk{
        {QStringLiteral("kty"), QStringLiteral("EC")},
        {QStringLiteral("crv"), QStringLiteral("P-256")},
        {QStringLiteral("x"), QString::fromLatin1(base64Url(padded(x, coordinateBytes)))},
        {QStringLiteral("y"), QString::fromLatin1(base64Url(padded(y, coordinateBytes)))},
    };
    BN_free(x);
    BN_free(y);
    return jwk;
}

tl::expected<QByteArray, QString> DpopKey::sign(const QByteArray& data) const
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
    size_t derSize = 0;
    if (EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &derSize,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       size_t(data.size())) != 1)
        return tl::unexpected(openSslError("Signing the DPoP proof failed"));
    QByteArray der(qsizetype(derSize), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(der.data()), &derSize,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       size_t(data.size())) != 1)
        return tl::unexpected(openSslError("Signing the DPoP proof failed"));

    // OpenSSL signs in DER (a SEQUENCE of two INTEGERs); JOSE wants r || s.
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    ECDSA_SIG* signature = d2i_ECDSA_SIG(nullptr, &cursor, long(derSize));
    if (!signature)
        return tl::unexpected(openSslError("Signing the DPoP proof failed"));
    const QByteArray jose = padded(ECDSA_SIG_get0_r(signature), coordinateBytes) +
                            padded(ECDSA_SIG_get0_s(signature), coordinateBytes);
    ECDSA_SIG_free(signature);
    return jose;
}

} // namespace hearken
