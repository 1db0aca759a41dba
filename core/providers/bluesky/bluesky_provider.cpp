// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_provider.h"

#include "domain/callback_answer.h"
#include "providers/bluesky/bluesky_chain_fetcher.h"
#include "providers/bluesky/bluesky_form_sign_in.h"
#include "providers/bluesky/bluesky_mapping.h"
#include "providers/bluesky/session_secrets.h"

namespace hearken::bluesky {

namespace {

// The session of `grant`, wired to put refreshed tokens back in the vault.
std::unique_ptr<AtprotoSession> sessionFor(const SessionServices& services,
                                           const SessionGrant& grant)
{
    auto session = std::make_unique<AtprotoSession>(services.http, grant, services.nonces);
    auth::SecretVault& vault = services.vault;
    session->onGrantChanged([&vault](const SessionGrant& changed) {
        storeGrant(vault, changed, [did = changed.did](const auth::VaultResult<void>& stored) {
            if (!stored)
                qWarning("The refreshed Bluesky session of %s could not be stored in the "
                         "keychain: %s",
                         qPrintable(did), qPrintable(stored.error().message));
        });
    });
    return session;
}

} // namespace

QCoro::Task<OpenedSession> openSession(SessionServices services, Account account, QObject* context)
{
    const auto grant = co_await CallbackAnswer<tl::expected<SessionGrant, QString>>(
        context, tl::unexpected(QString()),
        [&](auto done) { loadGrant(services.vault, account.remoteId, std::move(done)); });
    if (!grant)
        co_return tl::unexpected(grant.error());
    co_return sessionFor(services, *grant);
}

namespace {

QCoro::Task<SyncEngine::Made> makeSyncer(ProviderServices services, Account account,
                                         QObject* context)
{
    auto session =
        co_await openSession({services.http, services.vault, services.nonces}, account, context);
    if (!session)
        co_return tl::unexpected(session.error());
    co_return std::make_unique<Syncer>(std::move(*session), account, services.limits);
}

} // namespace

SyncEngine::Factory syncerFactory(ProviderServices services)
{
    return [services](const Account& account, QObject* context) {
        return makeSyncer(services, account, context);
    };
}

QCoro::Task<DeferredDeliverer::Made> makeDeliverer(SessionServices services,
                                                   std::function<qint64()> now, Account account,
                                                   QObject* context)
{
    auto session = co_await openSession(services, account, context);
    if (!session)
        co_return tl::unexpected(session.error());
    co_return std::make_shared<Deliverer>(std::move(*session), std::move(now));
}

QString Provider::id() const
{
    return QLatin1String(network);
}

QString Provider::label() const
{
    return QStringLiteral("Bluesky");
}

NetworkMark Provider::mark() const
{
    return {NetworkColor{0x0759b3, 0x5cc8ff}, NetworkMark::Shape::Square, u'B'};
}

ReplyRules Provider::replyRules() const
{
    ReplyRules rules;
    rules.limit = 300;
    rules.counting = ReplyCounting::Graphemes;
    rules.handleMark = u'@';
    return rules;
}

std::optional<SampleStyle> Provider::sampleStyle() const
{
    SampleStyle style;
    style.network = id();
    style.accountHandle = QStringLiteral("lumencoffee.bsky.social");
    style.serverUrl = QStringLiteral("https://bsky.social");
    style.personHandle = [](const QString& name, int number) -> QString {
        return name + QString::number(number % 1000) + QStringLiteral(".bsky.social");
    };
    style.quoteShare = 0.2;
    return style;
}

SignInForm Provider::signInForm() const
{
    return bluesky::signInForm();
}

std::unique_ptr<AccountSignIn> Provider::signIn(const SignInServices& services) const
{
    return std::make_unique<FormSignIn>(services);
}

SyncEngine::Factory Provider::syncerFactory(const NetworkServices& services,
                                            const SyncOptions&) const
{
    return bluesky::syncerFactory(
        {services.http, services.vault, services.nonces, services.now, Fetcher::Limits{}});
}

DeferredDeliverer::Make Provider::delivererMaker(const NetworkServices& services,
                                                 const Account& account) const
{
    return [services, account](QObject* context) {
        return makeDeliverer({services.http, services.vault, services.nonces}, services.now,
                             account, context);
    };
}

void Provider::signOut(const NetworkServices& services, auth::BrowserOpener&, AccountKeeper&,
                       const Account& account, SignedOut done) const
{
    services.vault.remove(sessionSecretKey(account.remoteId),
                          [done = std::move(done)](const auth::VaultResult<void>& forgotten) {
                              done(forgotten ? QString() : forgotten.error().message);
                          });
}

std::unique_ptr<ConversationFetcher>
Provider::conversationFetcher(const NetworkServices& services) const
{
    return std::make_unique<ChainFetcher>(
        SessionServices{services.http, services.vault, services.nonces});
}

} // namespace hearken::bluesky
