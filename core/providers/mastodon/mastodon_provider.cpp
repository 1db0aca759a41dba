// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_provider.h"

#include "auth/vault_keys.h"

#include <QCoreApplication>

namespace hearken::mastodon {

namespace {

QString missingToken(const Account& account, const auth::VaultError& error)
{
    return error.kind == auth::VaultError::Kind::NotFound
               ? QCoreApplication::translate("hearken::mastodon",
                                             "%1 has no sign-in in the keychain. Sign in again.")
                     .arg(account.handle)
               : error.message;
}

} // namespace

SyncEngine::Factory syncerFactory(ProviderServices services)
{
    return [services](const Account& account, SyncEngine::Made made) {
        services.vault.read(
            auth::accessTokenKey(account.id),
            [services, account, made](const auth::VaultResult<QString>& token) {
                if (!token) {
                    made(nullptr, missingToken(account, token.error()));
                    return;
                }
                Syncer::Services syncServices{services.http, services.now};
                made(std::make_unique<Syncer>(syncServices, account, *token, services.limits),
                     QString());
            });
    };
}

void makeDeliverer(net::HttpClient& http, auth::SecretVault& vault, const Account& account,
                   std::function<void(std::unique_ptr<MastodonDeliverer>, const QString&)> made)
{
    vault.read(auth::accessTokenKey(account.id), [&http, account, made = std::move(made)](
                                                     const auth::VaultResult<QString>& token) {
        if (!token) {
            made(nullptr, missingToken(account, token.error()));
            return;
        }
        made(std::make_unique<MastodonDeliverer>(http, QUrl(account.serverUrl), *token), QString());
    });
}

} // namespace hearken::mastodon
