// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dpop_proof.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace hearken {

namespace {

QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QString dpopTargetUri(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

QString dpopAccessTokenHash(const QString& accessToken)
{
    return QString::fromLatin1(
        base64Url(QCryptographicHash::hash(accessToken.toUtf8(), QCryptographicHash::Sha256)));
}

tl::expected<QByteArray, QString> makeDpopProof(const DpopKey& key, const DpopProofClaims& claims)
{
    const QJsonObject header{
        {QStringLiteral("typ"), QStringLiteral("dpop+jwt")},
        {QStringLiteral("alg"), QStringLiteral("ES256")},
        {QStringLiteral("jwk"), key.publicJwk()},
    };
    QJsonObject payload{
        {QStringLiteral("jti"), claims.jti},
        {QStringLiteral("htm"), QString::fromLatin1(claims.method)},
        {QStringLiteral("htu"), dpopTargetUri(claims.url)},
        {QStringLiteral("iat"), claims.issuedAt},
    };
    if (!claims.nonce.isEmpty())
        payload.insert(QStringLiteral("nonce"), claims.nonce);
    if (!claims.accessToken.isEmpty())
        payload.insert(QStringLiteral("ath"), dpopAccessTokenHash(claims.accessToken));

    const QByteArray signingInput =
        base64Url(compactJson(header)) + '.' + base64Url(compactJson(payload));
    const auto signature = key.sign(signingInput);
    if (!signature)
        return tl::unexpected(signature.error());
    return signingInput + '.' + base64Url(*signature);
}

} // namespace hearken
