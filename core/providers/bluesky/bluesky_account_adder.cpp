// SPDX-License-Identifier: GPL-3.0-or-later
#include "providers/bluesky/bluesky_account_adder.h"

#include "auth/auth_log.h"
#include "providers/bluesky/app_password_sign_in.h"
#include "providers/bluesky/identity.h"
#include "providers/bluesky/session_secrets.h"

#include <QLocale>

namespace hearken::bluesky {

namespace {

auth::AuthError::Kind authKind(const XrpcError& error)
{
    return error.kind == XrpcError::Kind::SignInNeeded ? auth::AuthError::Kind::Denied
                                                       : auth::AuthError::Kind::Server;
}

// The system browser, with a word to the adder first: from then on the person, not a server,
// is the one taking time.
class WatchedBrowser : public auth::BrowserOpener {
public:
    WatchedBrowser(auth::BrowserOpener& browser, std::function<void()> opening)
        : m_browser(browser)
        , m_opening(std::move(opening))
    {}
    std::optional<QString> open(const QUrl& url) override
    {
        m_opening();
        return m_browser.open(url);
    }

private:
    auth::BrowserOpener& m_browser;
    std::function<void()> m_opening;
};

} // namespace

AccountAdder::AccountAdder(Services services, QObject* parent)
    : QObject(parent)
    , m_services(std::move(services))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &AccountAdder::timeOut);
    connect(this, &AccountAdder::progress, this,
            [](const QString& step) { qCDebug(lcAuth).noquote() << "Bluesky sign-in:" << step; });
}

AccountAdder::~AccountAdder()
{
    ++*m_attempt;
    m_done = nullptr;
    m_oauth.reset();
}

template <typename Callback>
auto AccountAdder::current(Callback callback)
{
    return [attempt = m_attempt, expected = *m_attempt,
            callback = std::move(callback)](const auto& result) {
        if (*attempt == expected)
            callback(result);
    };
}

void AccountAdder::start(const Request& request, Done done)
{
    m_saving = false;
    cancel();
    m_done = std::move(done);
    m_request = request;
    m_request.handle = request.handle.trimmed();
    if (m_request.handle.startsWith(u'@'))
        m_request.handle.remove(0, 1);
    m_config = OAuthConfig{};
    if (!request.plc.isEmpty())
        m_config.plc = request.plc;
    if (!request.handleResolver.isEmpty())
        m_config.handleResolver = request.handleResolver;
    else if (!request.pds.isEmpty())
        m_config.handleResolver = request.pds;
    m_config.clientMetadataUrl = request.clientMetadataUrl;
    m_config.callbackTimeoutMs = request.callbackTimeoutMs;

    if (const auto problem = handleSyntaxProblem(m_request.handle)) {
        fail(auth::AuthError::Kind::Server,
             tr("“%1” is not a Bluesky handle: %2. A handle looks like yourname.bsky.social.")
                 .arg(m_request.handle, *problem));
        return;
    }
    m_deadline.start(request.answerTimeoutMs);
    if (m_request.appPassword) {
        if (!m_request.pds.isEmpty()) {
            signInWithPassword(m_request.pds);
            return;
        }
        findPds(m_request.handle, [this](const QUrl& pds) { signInWithPassword(pds); });
        return;
    }
    if (!m_services.browser) {
        fail(auth::AuthError::Kind::Browser,
             tr("No browser to sign in with; use an app password instead."));
        return;
    }
    m_waitingFor = tr("The sign-in servers");
    m_browser =
        std::make_unique<WatchedBrowser>(*m_services.browser, [this] { m_deadline.stop(); });
    m_oauth =
        std::make_unique<OAuthSignIn>(m_services.http, *m_browser, m_services.nonces, m_config);
    Q_EMIT progress(tr("Opening the browser to sign in to %1…").arg(m_request.handle));
    m_oauth->signIn(m_request.handle)
        .then(current([this](const auth::AuthResult<SessionGrant>& signedIn) {
            if (!signedIn) {
                auth::AuthError error = signedIn.error();
                if (error.kind != auth::AuthError::Kind::Cancelled)
                    error.message = tr("Signing in failed: %1").arg(error.message);
                finish(tl::unexpected(error));
                return;
            }
            save(*signedIn);
        }));
}

void AccountAdder::cancel()
{
    // Once signed in, the session is being saved: stopping then would leave it in the vault
    // without its account.
    if (m_saving)
        return;
    ++*m_attempt;
    if (m_oauth) {
        // Its answer belongs to the dropped attempt; the Cancelled below is the one reported.
        m_oauth->cancel();
        m_oauth.reset();
    }
    if (m_done)
        fail(auth::AuthError::Kind::Cancelled, tr("Signing in was cancelled."));
}

void AccountAdder::findPds(const QString& handle, std::function<void(const QUrl&)> found)
{
    Q_EMIT progress(tr("Looking up %1…").arg(handle));
    m_waitingFor = m_config.handleResolver.host();
    const auto notFound = [this, handle](const XrpcError& error) {
        fail(auth::AuthError::Kind::Server,
             tr("%1 could not be found: %2").arg(handle, error.message));
    };
    resolveHandle(m_services.http, m_config.handleResolver, handle)
        .then(current([this, notFound, found](const tl::expected<QString, XrpcError>& did) {
            if (!did) {
                notFound(did.error());
                return;
            }
            m_waitingFor = did->startsWith(QLatin1String("did:web:"))
                               ? QUrl::fromPercentEncoding(did->mid(8).toLatin1())
                               : m_config.plc.host();
            resolvePds(m_services.http, m_config.plc, *did)
                .then(current([notFound, found](const tl::expected<QUrl, XrpcError>& pds) {
                    if (!pds) {
                        notFound(pds.error());
                        return;
                    }
                    found(*pds);
                }));
        }));
}

void AccountAdder::signInWithPassword(const QUrl& pds)
{
    Q_EMIT progress(tr("Signing in to %1…").arg(pds.host()));
    m_waitingFor = pds.host();
    signInWithAppPassword(m_services.http, pds, m_request.handle, *m_request.appPassword)
        .then(current([this](const tl::expected<SessionGrant, XrpcError>& signedIn) {
            if (!signedIn) {
                fail(authKind(signedIn.error()),
                     tr("Signing in failed: %1").arg(signedIn.error().message));
                return;
            }
            save(*signedIn);
        }));
}

void AccountAdder::save(const SessionGrant& grant)
{
    m_saving = true;
    m_deadline.stop();
    Q_EMIT progress(tr("Saving the account…"));
    storeGrant(
        m_services.vault, grant, current([this, grant](const auth::VaultResult<void>& stored) {
            if (!stored) {
                fail(auth::AuthError::Kind::Server,
                     tr("The keychain did not take the Bluesky session (%1); nothing was added.")
                         .arg(stored.error().message));
                return;
            }
            Account account = accountForGrant(grant);
            const auto saved = m_services.accounts.saveAccount(account);
            if (!saved) {
                fail(auth::AuthError::Kind::Server, saved.error());
                return;
            }
            account.id = *saved;
            finish(Added{account, grant.kind});
        }));
}

void AccountAdder::fail(auth::AuthError::Kind kind, const QString& message)
{
    finish(auth::authError(kind, message));
}

void AccountAdder::timeOut()
{
    if (m_saving)
        return;
    ++*m_attempt; // later answers belong to nobody
    if (m_oauth) {
        m_oauth->cancel();
        m_oauth.reset();
    }
    const QString seconds = QLocale().toString(m_request.answerTimeoutMs / 1000.0, 'g', 3);
    fail(auth::AuthError::Kind::Server,
         tr("%1 did not answer within %2 s. Check the address and the connection, or try again "
            "later.")
             .arg(m_waitingFor, seconds));
}

void AccountAdder::finish(const auth::AuthResult<Added>& result)
{
    ++*m_attempt;
    m_deadline.stop();
    m_saving = false;
    if (result)
        qCDebug(lcAuth).noquote() << "Bluesky sign-in added" << result->account.handle
                                  << "as account" << result->account.id;
    else
        qCDebug(lcAuth).noquote() << "Bluesky sign-in failed:" << result.error().message;
    const Done done = std::exchange(m_done, nullptr);
    if (done)
        done(result);
}

} // namespace hearken::bluesky
