// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/oauth_server_metadata.h"

#include "net/url_policy.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hearken::bluesky {

namespace {

// The translation context of the sign-in's texts.
struct SignInText {
    Q_DECLARE_TR_FUNCTIONS(hearken::bluesky::OAuthSignIn)
};

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

tl::expected<QUrl, XrpcError> authorizationServerOf(const QJsonObject& protectedResource)
{
    const QJsonArray servers =
        protectedResource.value(QLatin1String("authorization_servers")).toArray();
    const QUrl server(servers.first().toString());
    if (servers.isEmpty() || !server.isValid())
        return tl::unexpected(
            XrpcError::malformed(SignInText::tr("its PDS names no authorization server")));
    return server;
}

tl::expected<AtprotoAuthorizationServer, QString>
readAtprotoAuthorizationServer(const QJsonObject& metadata, const QUrl& server)
{
    AtprotoAuthorizationServer read;
    read.issuer = str(metadata, "issuer");
    read.authorizeUrl = QUrl(str(metadata, "authorization_endpoint"));
    read.tokenUrl = QUrl(str(metadata, "token_endpoint"));
    read.revokeUrl = QUrl(str(metadata, "revocation_endpoint"));
    read.parEndpoint = QUrl(str(metadata, "pushed_authorization_request_endpoint"));
    const QJsonArray algorithms =
        metadata.value(QLatin1String("dpop_signing_alg_values_supported")).toArray();
    if (QUrl(read.issuer) != server || read.authorizeUrl.isEmpty() || read.parEndpoint.isEmpty() ||
        read.tokenUrl.isEmpty() || !algorithms.contains(QStringLiteral("ES256")))
        return tl::unexpected(
            SignInText::tr("%1 is not an AT Protocol authorization server Hearken can use "
                           "(issuer, authorization, PAR or token endpoint, or ES256 DPoP "
                           "missing).")
                .arg(server.toString()));
    if (net::refusalOf(read.authorizeUrl) || net::refusalOf(read.tokenUrl) ||
        net::refusalOf(read.parEndpoint))
        return tl::unexpected(SignInText::tr("%1 names sign-in addresses Hearken will not use.")
                                  .arg(server.toString()));
    return read;
}

} // namespace hearken::bluesky
