// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/session_secrets.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hearken::bluesky {

namespace {

QString str(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace

QString sessionSecretKey(const QString& did)
{
    return QStringLiteral("bluesky/session/") + did;
}

QString serializeGrant(const SessionGrant& grant)
{
    QJsonObject json{
        {QStringLiteral("kind"), grant.kind == SessionGrant::Kind::OAuth
                                     ? QStringLiteral("oauth")
                                     : QStringLiteral("app-password")},
        {QStringLiteral("did"), grant.did},
        {QStringLiteral("handle"), grant.handle},
        {QStringLiteral("pds"), grant.pds.toString()},
        {QStringLiteral("accessToken"), grant.accessToken},
        {QStringLiteral("refreshToken"), grant.refreshToken},
    };
    if (grant.kind == SessionGrant::Kind::OAuth) {
        json.insert(QStringLiteral("issuer"), grant.issuer.toString());
        json.insert(QStringLiteral("tokenEndpoint"), grant.tokenEndpoint.toString());
        json.insert(QStringLiteral("clientId"), grant.clientId);
        if (grant.dpopKey)
            json.insert(QStringLiteral("dpopKey"),
                        QString::fromLatin1(grant.dpopKey->privatePem()));
    }
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

tl::expected<SessionGrant, QString> deserializeGrant(const QString& secret)
{
    const QJsonObject json = QJsonDocument::fromJson(secret.toUtf8()).object();
    SessionGrant grant;
    const QString kind = str(json, "kind");
    grant.kind = kind == QLatin1String("oauth") ? SessionGrant::Kind::OAuth
                                                : SessionGrant::Kind::AppPassword;
    grant.did = str(json, "did");
    grant.handle = str(json, "handle");
    grant.pds = QUrl(str(json, "pds"));
    grant.accessToken = str(json, "accessToken");
    grant.refreshToken = str(json, "refreshToken");
    if ((kind != QLatin1String("oauth") && kind != QLatin1String("app-password")) ||
        grant.did.isEmpty() || !grant.pds.isValid() || grant.refreshToken.isEmpty())
        return tl::unexpected(
            QStringLiteral("The stored Bluesky session is unreadable; sign in again."));
    if (grant.kind == SessionGrant::Kind::OAuth) {
        grant.issuer = QUrl(str(json, "issuer"));
        grant.tokenEndpoint = QUrl(str(json, "tokenEndpoint"));
        grant.clientId = str(json, "clientId");
        auto key = DpopKey::fromPrivatePem(str(json, "dpopKey").toLatin1());
        if (!key)
            return tl::unexpected(key.error());
        grant.dpopKey = *key;
    }
    return grant;
}

Account accountForGrant(const SessionGrant& grant)
{
    Account account;
    account.network = QStringLiteral("bluesky");
    account.remoteId = grant.did;
    account.handle = grant.handle;
    account.serverUrl = grant.pds.toString();
    account.authKind = grant.kind == SessionGrant::Kind::OAuth ? QStringLiteral("oauth")
                                                               : QStringLiteral("app-password");
    return account;
}

void storeGrant(auth::SecretVault& vault, const SessionGrant& grant,
                std::function<void(const auth::VaultResult<void>&)> done)
{
    vault.write(sessionSecretKey(grant.did), serializeGrant(grant), std::move(done));
}

void loadGrant(auth::SecretVault& vault, const QString& did,
               std::function<void(const tl::expected<SessionGrant, QString>&)> done)
{
    vault.read(
        sessionSecretKey(did), [done = std::move(done)](const auth::VaultResult<QString>& secret) {
            if (!secret) {
                done(tl::unexpected(
                    secret.error().kind == auth::VaultError::Kind::NotFound
                        ? QStringLiteral(
                              "No Bluesky session is stored for this account; sign in again.")
                        : secret.error().message));
                return;
            }
            done(deserializeGrant(*secret));
        });
}

} // namespace hearken::bluesky
