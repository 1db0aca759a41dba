// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/echo_provider.h"

#include "auth/secret_vault.h"
#include "auth/vault_keys.h"

#include <QUuid>

namespace hearken::echo {

namespace {

// Hands its page to the engine once, as a network's first page would arrive.
class Syncer : public AccountSyncer {
public:
    Syncer(Account account, QStringList page, qint64 now)
        : m_account(std::move(account))
        , m_page(std::move(page))
        , m_now(now)
    {}
    ~Syncer() override { abandon(); }

protected:
    QCoro::Task<> runPass(std::shared_ptr<SyncPass> pass) override
    {
        IngestBatch batch;
        for (qsizetype i = 0; i < m_page.size(); ++i) {
            InboundItem item;
            item.post.accountId = m_account.id;
            item.post.network = m_account.network;
            item.post.remoteId = QStringLiteral("echo-%1").arg(i);
            item.post.author = {0,
                                m_account.network,
                                QStringLiteral("caller"),
                                QStringLiteral("caller"),
                                QStringLiteral("Caller"),
                                {},
                                {},
                                {}};
            item.post.text = m_page.at(i);
            item.post.createdAt = m_now - 60 * (i + 1);
            batch.items.append(item);
        }
        pass->countFetched(m_page.size());
        pass->store(std::move(batch));
        co_return;
    }
    void stop() override {}

private:
    Account m_account;
    QStringList m_page;
    qint64 m_now;
};

class ConversationFetcher : public hearken::ConversationFetcher {
public:
    void fetch(const Account& account, const Post& post, Fetched done) override
    {
        Post parent;
        parent.accountId = account.id;
        parent.network = account.network;
        parent.remoteId = post.replyToRemoteId;
        parent.author = post.author;
        parent.text = QStringLiteral("what came before");
        parent.createdAt = post.createdAt - 60;
        done(QList<Post>{parent});
    }
};

class Deliverer : public hearken::Deliverer {
public:
    Deliverer(std::shared_ptr<QList<OutboxEntry>> sent, std::function<qint64()> now)
        : m_sent(std::move(sent))
        , m_now(std::move(now))
    {}
    void deliver(const OutboxEntry& entry, Done done) override
    {
        m_sent->append(entry);
        done(DeliveryReceipt{u"echo-reply-"_qs + entry.idempotencyKey, {}, m_now()});
    }

private:
    std::shared_ptr<QList<OutboxEntry>> m_sent;
    std::function<qint64()> m_now;
};

// The deliverer, at once: there is no secret to read.
QCoro::Task<DeferredDeliverer::Made> made(std::shared_ptr<QList<OutboxEntry>> sent,
                                          std::function<qint64()> now)
{
    co_return std::make_shared<Deliverer>(std::move(sent), std::move(now));
}

QCoro::Task<SyncEngine::Made> madeSyncer(Account account, QStringList page, qint64 now)
{
    co_return std::make_unique<Syncer>(std::move(account), std::move(page), now);
}

// Saves the account at once (there is no server to ask) and keeps a new token for it in the
// vault, as a network's sign-in does.
class SignIn : public AccountSignIn {
public:
    SignIn(const SignInServices& services, std::shared_ptr<QStringList> issuedTokens)
        : m_vault(services.network.vault)
        , m_accounts(services.accounts)
        , m_issuedTokens(std::move(issuedTokens))
    {}
    void start(const SignInValues& values, Done done) override
    {
        Q_EMIT progress(QStringLiteral("Echoing…"));
        Account account;
        account.network = QStringLiteral("echo");
        account.remoteId = values.value(QStringLiteral("name")).trimmed();
        account.handle = QStringLiteral("@%1.echo").arg(account.remoteId);
        const auto saved = m_accounts.saveAccount(account);
        if (!saved) {
            done(auth::authError(auth::AuthError::Kind::Server, saved.error()));
            return;
        }
        account.id = *saved;
        const QString token =
            QStringLiteral("echo-token-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_issuedTokens->append(token);
        m_vault.write(
            auth::accessTokenKey(account.id), token,
            [&accounts = m_accounts, account, done](const auth::VaultResult<void>& written) {
                if (!written) {
                    (void)accounts.removeAccount(account.id);
                    done(auth::authError(auth::AuthError::Kind::Server, written.error().message));
                    return;
                }
                done(SignedIn{account, QStringLiteral("Echoed %1.").arg(account.handle)});
            });
    }
    void cancel() override {}

private:
    auth::SecretVault& m_vault;
    AccountKeeper& m_accounts;
    std::shared_ptr<QStringList> m_issuedTokens;
};

} // namespace

SignInForm Provider::signInForm() const
{
    SignInField name;
    name.key = QStringLiteral("name");
    name.name = QStringLiteral("name");
    name.label = QStringLiteral("&Name:");
    name.help = QStringLiteral("The account's name.");
    name.missing = QStringLiteral("Type the account's name.");
    name.required = true;
    SignInForm form;
    form.explanation = QStringLiteral("Echo Net signs in anyone.");
    form.commandLine = QStringLiteral("Add an Echo Net account.");
    form.fields = {name};
    return form;
}

std::unique_ptr<AccountSignIn> Provider::signIn(const SignInServices& services) const
{
    return std::make_unique<SignIn>(services, issuedTokens);
}

ReplyRules Provider::replyRules() const
{
    ReplyRules rules;
    rules.limit = 100;
    return rules;
}

SyncEngine::Factory Provider::syncerFactory(const NetworkServices& services,
                                            const SyncOptions&) const
{
    return [services, page = page](const Account& account, QObject*) {
        return madeSyncer(account, page, services.now());
    };
}

DeferredDeliverer::Make Provider::delivererMaker(const NetworkServices& services,
                                                 const Account&) const
{
    return [sent = sent, now = services.now](QObject*) { return made(sent, now); };
}

void Provider::signOut(const NetworkServices&, auth::BrowserOpener&, AccountKeeper&, const Account&,
                       SignedOut done) const
{
    done(QString());
}

QString Provider::heldBackNotice(const Account& /*account*/,
                                 const QHash<QString, QString>& cursors) const
{
    return cursors.value(QStringLiteral("held"));
}

std::unique_ptr<hearken::ConversationFetcher>
Provider::conversationFetcher(const NetworkServices& /*services*/) const
{
    return std::make_unique<ConversationFetcher>();
}

} // namespace hearken::echo
