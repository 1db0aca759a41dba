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

void signInWithAppPassword(net::HttpClient& http, const QUrl& pds, const QString& identifier,
                           const QString& appPassword,
                           std::function<void(const tl::expected<SessionGrant, XrpcError>&)> done)
{
    const QJsonObject input{{QStringLiteral("identifier"), identifier},
                            {QStringLiteral("password"), appPassword}};
    http.send(net::HttpRequest::postJson(
                  pds.resolved(QUrl(QStringLiteral("/xrpc/com.atproto.server.createSession"))),
                  QJsonDocument(input).toJson(QJsonDocument::Compact)),
              &http, [pds, done = std::move(done)](const net::HttpResult& result) {
                  const XrpcResult json = jsonResult(result);
                  if (!json) {
                      XrpcError error = json.error();
                      if (error.status == 401)
                          error.message =
                              QStringLiteral("The handle or the app password is wrong.");
                      done(tl::unexpected(error));
                      return;
                  }
                  SessionGrant grant;
                  grant.kind = SessionGrant::Kind::AppPassword;
                  grant.did = json->value(QLatin1String("did")).toString();
                  grant.handle = safeText(json->value(QLatin1String("handle")).toString());
                  grant.pds = pds;
                  grant.accessToken = json->value(QLatin1String("accessJwt")).toString();
                  grant.refreshToken = json->value(QLatin1String("refreshJwt")).toString();
                  if (grant.did.isEmpty() || grant.accessToken.isEmpty() ||
                      grant.refreshToken.isEmpty()) {
                      done(tl::unexpected(XrpcError::malformed(
                          QStringLiteral("The PDS answered the sign-in without a session."))));
                      return;
                  }
                  done(grant);
              });
}

} // namespace hearken::bluesky
