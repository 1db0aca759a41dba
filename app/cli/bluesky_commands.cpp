// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/bluesky_commands.h"

#include "cli/cli_text.h"
#include "cli/workspace_option.h"
#include "providers/bluesky/app_password_sign_in.h"
#include "providers/bluesky/bluesky_provider.h"
#include "providers/bluesky/identity.h"
#include "providers/bluesky/oauth_sign_in.h"
#include "providers/bluesky/session_secrets.h"
#include "store/sync_state_repository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <optional>

namespace hearken::cli {

namespace {

// Runs the event loop until an asynchronous step reports.
template <typename Result>
Result wait(const std::function<void(std::function<void(const Result&)>)>& start)
{
    std::optional<Result> result;
    QEventLoop loop;
    start([&](const Result& value) {
        result = value;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

std::optional<QString> readAppPassword(QTextStream& input)
{
    const QString fromEnvironment = qEnvironmentVariable("HEARKEN_BLUESKY_APP_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString line = input.readLine().trimmed();
    if (line.isEmpty())
        return std::nullopt;
    return line;
}

bool saveAccount(Workspace& workspace, auth::SecretVault& vault, const SessionGrant& grant,
                 CliIo io)
{
    const auto stored =
        wait<auth::VaultResult<void>>([&](auto done) { storeGrant(vault, grant, done); });
    if (!stored) {
        io.err << CliText::tr(
                      "The keychain did not take the Bluesky session (%1); nothing was added.")
                      .arg(stored.error().message)
               << Qt::endl;
        return false;
    }
    const auto saved = workspace.accounts().saveAccount(accountForGrant(grant),
                                                        QDateTime::currentSecsSinceEpoch());
    if (!saved) {
        io.err << saved.error().message << Qt::endl;
        return false;
    }
    // Signed in again: the account syncs again.
    AccountSyncStatus status;
    status.accountId = *saved;
    if (const auto reset = workspace.syncState().setStatus(status); !reset) {
        io.err << reset.error().message << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int runBlueskyAccountsAdd(const QStringList& arguments, CliIo io, BlueskyCommandDeps deps)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Add a Bluesky account. Signs in with AT Protocol OAuth in the browser ($BROWSER); "
        "with --app-password, with an app password read from HEARKEN_BLUESKY_APP_PASSWORD or "
        "the first line of standard input (never put it on the command line)."));
    parser.addOption(workspaceOption());
    parser.addPositionalArgument(QStringLiteral("add bluesky"), CliText::tr("What to add."));
    parser.addOption(
        {QStringLiteral("handle"), CliText::tr("The account's handle."), QStringLiteral("handle")});
    parser.addOption({QStringLiteral("app-password"),
                      CliText::tr("Sign in with an app password instead of OAuth (fallback).")});
    parser.addOption({QStringLiteral("pds"),
                      CliText::tr("The account's PDS, when it cannot be found from the handle."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("plc"),
                      CliText::tr("The PLC directory (default https://plc.directory)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("resolver"),
                      CliText::tr("A server that resolves handles (default https://bsky.social)."),
                      QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("client-metadata"),
         CliText::tr("The OAuth client metadata URL your organisation hosts (default: the "
                     "loopback client id, for development)."),
         QStringLiteral("url")});
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const QString handle = parser.value(QStringLiteral("handle")).trimmed();
    if (positional.size() != 3 || positional[1] != u"add" || positional[2] != u"bluesky" ||
        handle.isEmpty()) {
        io.err << CliText::tr(
                      "Usage: hearken accounts add bluesky --handle HANDLE [--app-password]")
               << Qt::endl;
        return UsageError;
    }
    auto workspace = openWorkspace(parser, io);
    if (!workspace)
        return Failure;

    QNetworkAccessManager network;
    net::HttpClient http(network);
    BlueskyOAuthConfig config;
    if (parser.isSet(QStringLiteral("plc")))
        config.plc = QUrl(parser.value(QStringLiteral("plc")));
    if (parser.isSet(QStringLiteral("resolver")))
        config.handleResolver = QUrl(parser.value(QStringLiteral("resolver")));
    else if (parser.isSet(QStringLiteral("pds")))
        config.handleResolver = QUrl(parser.value(QStringLiteral("pds")));
    config.clientMetadataUrl = parser.value(QStringLiteral("client-metadata"));

    std::optional<SessionGrant> grant;
    if (parser.isSet(QStringLiteral("app-password"))) {
        const auto password = readAppPassword(deps.input);
        if (!password) {
            io.err << CliText::tr(
                          "No app password: set HEARKEN_BLUESKY_APP_PASSWORD or write it to "
                          "standard input.")
                   << Qt::endl;
            return UsageError;
        }
        QUrl pds(parser.value(QStringLiteral("pds")));
        if (pds.isEmpty()) {
            const auto did = wait<tl::expected<QString, XrpcError>>(
                [&](auto done) { resolveHandle(http, config.handleResolver, handle, done); });
            const auto found = did ? wait<tl::expected<QUrl, XrpcError>>([&](auto done) {
                resolvePds(http, config.plc, *did, done);
            })
                                   : tl::expected<QUrl, XrpcError>(tl::unexpected(did.error()));
            if (!found) {
                io.err
                    << CliText::tr("%1 could not be found: %2").arg(handle, found.error().message)
                    << Qt::endl;
                return Failure;
            }
            pds = *found;
        }
        const auto signedIn = wait<tl::expected<SessionGrant, XrpcError>>(
            [&](auto done) { signInWithAppPassword(http, pds, handle, *password, done); });
        if (!signedIn) {
            io.err << CliText::tr("Signing in failed: %1").arg(signedIn.error().message)
                   << Qt::endl;
            return Failure;
        }
        grant = *signedIn;
    } else {
        if (!deps.browser) {
            io.err << CliText::tr(
                          "No browser to sign in with: set $BROWSER, or use --app-password.")
                   << Qt::endl;
            return Failure;
        }
        DpopNonces nonces;
        BlueskyOAuthSignIn oauth(http, *deps.browser, nonces, config);
        io.err << CliText::tr("Opening the browser to sign in to %1 ...").arg(handle) << Qt::endl;
        const auto signedIn =
            wait<auth::AuthResult<SessionGrant>>([&](auto done) { oauth.signIn(handle, done); });
        if (!signedIn) {
            io.err << CliText::tr("Signing in failed: %1").arg(signedIn.error().message)
                   << Qt::endl;
            return Failure;
        }
        grant = *signedIn;
    }
    if (!saveAccount(*workspace, deps.vault, *grant, io))
        return Failure;
    io.out << CliText::tr("Added @%1 (%2), signed in with %3.")
                  .arg(grant->handle, grant->did,
                       grant->kind == SessionGrant::Kind::OAuth ? CliText::tr("OAuth")
                                                                : CliText::tr("an app password"))
           << Qt::endl;
    return Success;
}

int runOAuthClientMetadataCommand(const QStringList& arguments, CliIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Print the OAuth client metadata document for Bluesky sign-ins. Host it at the "
        "--client-id URL (https) and give that URL to Hearken as the client metadata URL."));
    parser.addOption({QStringLiteral("client-id"),
                      CliText::tr("Where the document will be hosted."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("scope"),
                      CliText::tr("The scopes to ask for (default: atproto transition:generic)."),
                      QStringLiteral("scope")});
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;
    const QUrl clientId(parser.value(QStringLiteral("client-id")), QUrl::StrictMode);
    if (!clientId.isValid() || clientId.scheme() != u"https" || clientId.host().isEmpty()) {
        io.err << CliText::tr(
                      "Usage: hearken oauth-client-metadata --client-id https://example.org/"
                      "hearken/client-metadata.json")
               << Qt::endl;
        return UsageError;
    }
    const QString scope = parser.isSet(QStringLiteral("scope"))
                              ? parser.value(QStringLiteral("scope"))
                              : BlueskyOAuthConfig{}.scope;
    io.out << QString::fromUtf8(
        QJsonDocument(clientMetadata(clientId.toString(), scope)).toJson(QJsonDocument::Indented));
    io.out.flush();
    return Success;
}

} // namespace hearken::cli
