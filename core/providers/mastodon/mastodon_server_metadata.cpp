// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_server_metadata.h"

#include "domain/safe_text.h"
#include "net/url_policy.h"
#include "outbox/reply_length.h"
#include "providers/mastodon/mastodon_json.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace hearken::mastodon {

namespace {

// The translation context of the sign-in's texts.
struct SignInText {
    Q_DECLARE_TR_FUNCTIONS(hearken::mastodon::SignIn)
};

bool contains(const QJsonArray& array, QLatin1String value)
{
    for (const QJsonValue& entry : array) {
        if (entry.toString() == value)
            return true;
    }
    return false;
}

bool onServer(const QUrl& endpoint, const QUrl& server)
{
    return !net::refusalOf(endpoint) && endpoint.host() == server.host();
}

} // namespace

QString serverKey(const QUrl& server)
{
    return server.toString(QUrl::FullyEncoded);
}

tl::expected<ServerAuth, QString> readAuthorizationServerMetadata(const QJsonObject& metadata,
                                                                  const QUrl& server)
{
    ServerAuth auth;
    auth.server = server;
    auth.authorizeUrl = QUrl(metadata.value(QLatin1String("authorization_endpoint")).toString());
    auth.tokenUrl = QUrl(metadata.value(QLatin1String("token_endpoint")).toString());
    if (!onServer(auth.authorizeUrl, server) || !onServer(auth.tokenUrl, server))
        return tl::unexpected(
            SignInText::tr("%1 names sign-in addresses Hearken will not use.").arg(server.host()));
    const QUrl revoke(metadata.value(QLatin1String("revocation_endpoint")).toString());
    if (onServer(revoke, server))
        auth.revokeUrl = revoke;
    auth.pkce =
        contains(metadata.value(QLatin1String("code_challenge_methods_supported")).toArray(),
                 QLatin1String("S256"));
    auth.profileScope = contains(metadata.value(QLatin1String("scopes_supported")).toArray(),
                                 QLatin1String("profile"));
    return auth;
}

tl::expected<ServerAuth, QString> readInstance(const QJsonObject& instance, const QUrl& server)
{
    if (!instance.contains(QLatin1String("uri")))
        return tl::unexpected(
            SignInText::tr("%1 does not answer like a Mastodon server. Check the address.")
                .arg(server.host()));
    ServerAuth auth;
    auth.server = server;
    QUrl url = server;
    url.setPath(QStringLiteral("/oauth/authorize"));
    auth.authorizeUrl = url;
    url.setPath(QStringLiteral("/oauth/token"));
    auth.tokenUrl = url;
    url.setPath(QStringLiteral("/oauth/revoke"));
    auth.revokeUrl = url;
    return auth;
}

ServerTraits readServerTraits(const QJsonObject& instance)
{
    ServerTraits traits;
    const auto positive = [](const QJsonValue& value) -> std::optional<int> {
        const qint64 number = value.toInteger(0);
        return number > 0 && number <= 1'000'000 ? std::optional<int>(int(number)) : std::nullopt;
    };
    const QJsonObject statuses = instance.value(QLatin1String("configuration"))
                                     .toObject()
                                     .value(QLatin1String("statuses"))
                                     .toObject();
    traits.maxCharacters = positive(statuses.value(QLatin1String("max_characters")));
    if (!traits.maxCharacters)
        traits.maxCharacters = positive(instance.value(QLatin1String("max_toot_chars")));
    traits.charactersPerUrl =
        positive(statuses.value(QLatin1String("characters_reserved_per_url")));
    const QJsonArray features = instance.value(QLatin1String("pleroma"))
                                    .toObject()
                                    .value(QLatin1String("metadata"))
                                    .toObject()
                                    .value(QLatin1String("features"))
                                    .toArray();
    if (contains(features, QLatin1String("multifetch")))
        traits.batchStatusesParameter = QStringLiteral("ids");
    return traits;
}

QList<CursorUpdate> traitCursors(qint64 accountId, const ServerTraits& traits, qint64 now)
{
    QList<CursorUpdate> cursors{
        {accountId, batchStatusesKey, traits.batchStatusesParameter},
        {accountId, traitsCheckedAtKey, QString::number(now)},
    };
    if (traits.maxCharacters)
        cursors.append({accountId, serverMaxCharactersKey, QString::number(*traits.maxCharacters)});
    if (traits.charactersPerUrl)
        cursors.append({accountId, serverLinkLengthKey, QString::number(*traits.charactersPerUrl)});
    return cursors;
}

tl::expected<Account, QString> readVerifiedAccount(const QJsonObject& json, const QUrl& server)
{
    const QString id = json.value(QLatin1String("id")).toString();
    const QString username = safeText(json.value(QLatin1String("username")).toString());
    if (id.isEmpty() || username.isEmpty())
        return tl::unexpected(
            SignInText::tr("%1 did not say which account signed in.").arg(server.host()));
    Account account;
    account.network = network;
    account.remoteId = qualifiedId(id, server);
    account.handle = u'@' + username + u'@' + server.authority();
    account.displayName = safeText(json.value(QLatin1String("display_name")).toString()).left(200);
    account.serverUrl = serverKey(server);
    account.authKind = QStringLiteral("oauth");
    return account;
}

} // namespace hearken::mastodon
