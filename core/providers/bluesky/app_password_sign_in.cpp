// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/app_password_sign_in.h"

#include "domain/safe_text.h"
#include "providers/bluesky/atproto_session.h"
#include "providers/bluesky/identity.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace hearken::bluesky {

bool looksLikeAppPassword(const QString& password)
{
    // packages/pds account-manager/helpers/password.ts: randomStr(16, 'base32') in 4 chunks.
    static const QRegularExpression format(QStringLiteral("^[a-zA-Z2-7]{4}(-[a-zA-Z2-7]{4}){3}$"));
    return format.match(password).hasMatch();
}

QCoro::Task<tl::expected<SessionGrant, XrpcError>>
signInWithAppPassword(net::HttpClient& http, QUrl pds, QString identifier, QString appPassword)
{
    const QJsonObject input{{QStringLiteral("identifier"), identifier},
                            {QStringLiteral("password"), appPassword}};
    const XrpcResult json = jsonResult(co_await http.send(
        net::HttpRequest::postJson(
            pds.resolved(QUrl(QStringLiteral("/xrpc/com.atproto.server.createSession"))),
            QJsonDocument(input).toJson(QJsonDocument::Compact)),
        &http));
    if (!json) {
        XrpcError error = json.error();
        if (error.status == 401)
            error.message = QStringLiteral("The handle or the app password is wrong.");
        co_return tl::unexpected(error);
    }
    SessionGrant grant;
    grant.kind = SessionGrant::Kind::AppPassword;
    grant.did = json->value(QLatin1String("did")).toString();
    grant.handle = safeText(json->value(QLatin1String("handle")).toString());
    grant.pds = pds;
    grant.accessToken = json->value(QLatin1String("accessJwt")).toString();
    grant.refreshToken = json->value(QLatin1String("refreshJwt")).toString();
    if (grant.did.isEmpty() || grant.accessToken.isEmpty() || grant.refreshToken.isEmpty())
        co_return tl::unexpected(XrpcError::malformed(
            QStringLiteral("The PDS answered the sign-in without a session.")));
    co_return grant;
}

} // namespace hearken::bluesky
