// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/mastodon/mastodon_provider.h"

#include "auth/vault_keys.h"
#include "domain/callback_answer.h"
#include "providers/mastodon/mastodon_form_sign_in.h"
#include "providers/mastodon/mastodon_json.h"
#include "providers/mastodon/mastodon_notification_policy.h"
#include "providers/mastodon/mastodon_sign_in.h"

#include <QCoreApplication>

namespace hearken::mastodon {

namespace {

// The account's token from the vault, or what the person should do about its absence.
QCoro::Task<tl::expected<QString, QString>> readToken(auth::SecretVault& vault, Account account,
                                                      QObject* context)
{
    const auto token = co_await CallbackAnswer<auth::VaultResult<QString>>(
        context, tl::unexpected(auth::VaultError{}),
        [&](auto done) { vault.read(auth::accessTokenKey(account.id), std::move(done)); });
    if (token)
        co_return *token;
    co_return tl::unexpected(
        token.error().kind == auth::VaultError::Kind::NotFound
            ? QCoreApplication::translate("hearken::mastodon",
                                          "%1 has no sign-in in the keychain. Sign in again.")
                  .arg(account.handle)
            : token.error().message);
}

QCoro::Task<SyncEngine::Made> makeSyncer(ProviderServices services, Account account,
                                         QObject* context)
{
    const auto token = co_await readToken(services.vault, account, context);
    if (!token)
        co_return tl::unexpected(token.error());
    co_return std::make_unique<Syncer>(Syncer::Services{services.http, services.now}, account,
                                       *token, services.limits);
}

} // namespace

SyncEngine::Factory syncerFactory(ProviderServices services)
{
    return [services](const Account& account, QObject* context) {
        return makeSyncer(services, account, context);
    };
}

QCoro::Task<DeferredDeliverer::Made> makeDeliverer(net::HttpClient& http, auth::SecretVault& vault,
                                                   Account account, QObject* context)
{
    const auto token = co_await readToken(vault, account, context);
    if (!token)
        co_return tl::unexpected(token.error());
    co_return std::make_shared<Deliverer>(http, QUrl(account.serverUrl), *token);
}

QString Provider::id() const
{
    return network;
}

QString Provider::label() const
{
    return QStringLiteral("Mastodon");
}

NetworkMark Provider::mark() const
{
    return {NetworkColor{0x5b3fd1, 0xb3a4ff}, NetworkMark::Shape::Circle, u'M'};
}

ReplyRules Provider::replyRules() const
{
    ReplyRules rules;
    rules.limit = 500;
    rules.counting = ReplyCounting::LinksAsFixedLength;
    rules.mentionsEveryone = true;
    rules.hasVisibility = true;
    rules.handleMark = u'@';
    return rules;
}

std::optional<SampleStyle> Provider::sampleStyle() const
{
    SampleStyle style;
    style.network = id();
    style.accountHandle = QStringLiteral("@lumencoffee@mastodon.social");
    style.serverUrl = QStringLiteral("https://mastodon.social");
    style.personHandle = [](const QString& name, int number) -> QString {
        static const QStringList servers{
            QStringLiteral("mastodon.social"), QStringLiteral("fosstodon.org"),
            QStringLiteral("hachyderm.io"), QStringLiteral("mstdn.ca")};
        return u'@' + name + QString::number(number % 100) + u'@' +
               servers[number % servers.size()];
    };
    style.mentionLead = QStringLiteral("@lumencoffee");
    return style;
}

SignInForm Provider::signInForm() const
{
    return mastodon::signInForm();
}

std::unique_ptr<AccountSignIn> Provider::signIn(const SignInServices& services) const
{
    return std::make_unique<FormSignIn>(services);
}

SyncEngine::Factory Provider::syncerFactory(const NetworkServices& services,
                                            const SyncOptions& options) const
{
    return mastodon::syncerFactory({services.http,
                                    services.vault,
                                    services.now,
                                    {.rateLimitWaitSeconds = options.rateLimitWaitSeconds}});
}

DeferredDeliverer::Make Provider::delivererMaker(const NetworkServices& services,
                                                 const Account& account) const
{
    return [services, account](QObject* context) {
        return makeDeliverer(services.http, services.vault, account, context);
    };
}

void Provider::signOut(const NetworkServices& services, auth::BrowserOpener& browser,
                       AccountKeeper& accounts, const Account& account, SignedOut done) const
{
    auto* signOut = new SignOut({services.http, browser, services.vault, accounts, services.now});
    QCoro::connect(signOut->run(account), signOut,
                   [signOut, done = std::move(done)](const QString& warning) {
                       signOut->deleteLater();
                       done(warning);
                   });
}

QString Provider::heldBackNotice(const Account& account,
                                 const QHash<QString, QString>& cursors) const
{
    return mastodon::heldBackNotice(account, cursors);
}

} // namespace hearken::mastodon
