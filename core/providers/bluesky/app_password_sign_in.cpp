// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/app_password_sign_in.h"

#include "providers/bluesky/identity.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hearken {

void signInWithAppPassword(XrpcTransport& transport, const QUrl& pds, const QString& identifier,
                           const QString& appPassword,
                           std::function<void(const tl::expected<SessionGrant, XrpcError>&)> done)
{
    if (!isAllowedServer(pds)) {
        done(tl::unexpected(
            XrpcError{XrpcError::Kind::Rejected,
                      0,
                      {},
                      QStringLiteral("%1 does not use https.").arg(pds.toDisplayString()),
                      {}}));
        return;
    }
    const QJsonObject input{{QStringLiteral("identifier"), identifier},
                            {QStringLiteral("password"), appPassword}};
    transport.send(
        {"POST",
         pds.resolved(QUrl(QStringLiteral("/xrpc/com.atproto.server.createSession"))),
         {{"Content-Type", "application/json"}},
         QJsonDocument(input).toJson(QJsonDocument::Compact)},
        [pds, done = std::move(done)](const HttpResponse& response) {
            if (response.status != 200) {
                XrpcError error = XrpcError::fromResponse(response);
                if (error.status == 401)
                    error.message = QStringLiteral("The handle or the app password is wrong.");
                done(tl::unexpected(error));
                return;
            }
            const QJsonObject json = response.json();
            SessionGrant grant;
            grant.kind = SessionGrant::Kind::AppPassword;
            grant.did = json.value(QLatin1String("did")).toString();
            grant.handle = json.value(QLatin1String("handle")).toString();
            grant.pds = pds;
            grant.accessToken = json.value(QLatin1String("accessJwt")).toString();
            grant.refreshToken = json.value(QLatin1String("refreshJwt")).toString();
            if (grant.did.isEmpty() || grant.accessToken.isEmpty() ||
                grant.refreshToken.isEmpty()) {
                done(tl::unexpected(XrpcError{XrpcError::Kind::Malformed,
                                              response.status,
                                              {},
                                              QStringLiteral("The PDS answered the sign-in "
                                                             "without a session."),
                                              {}}));
                return;
            }
            done(grant);
        });
}

} // namespace hearken
