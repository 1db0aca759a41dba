// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/bluesky_commands.h"

#include "auth/workspace_vault.h"
#include "cli/cli_text.h"
#include "cli/run_until_done.h"
#include "cli/workspace_option.h"
#include "net/url_policy.h"
#include "providers/bluesky/app_password_sign_in.h"
#include "providers/bluesky/bluesky_account_adder.h"
#include "store/workspace_secrets.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <optional>

namespace hearken::cli {

namespace {

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
        {QStringLiteral("timeout"),
         CliText::tr("Seconds the servers get to look the account up and sign in (default %1).")
             .arg(bluesky::AccountAdder::defaultAnswerTimeoutMs / 1000),
         QStringLiteral("seconds")});
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
    bluesky::AccountAdder::Request request;
    request.handle = handle;
    request.pds = QUrl(parser.value(QStringLiteral("pds")));
    request.plc = QUrl(parser.value(QStringLiteral("plc")));
    request.handleResolver = QUrl(parser.value(QStringLiteral("resolver")));
    request.clientMetadataUrl = parser.value(QStringLiteral("client-metadata"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool number = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&number);
        if (!number || seconds <= 0 || seconds > 3600) {
            io.err << CliText::tr("--timeout takes a number of seconds from 1 to 3600.")
                   << Qt::endl;
            return UsageError;
        }
        request.answerTimeoutMs = int(seconds * 1000);
    }
    // Refused before the workspace is opened, so a bad address creates no workspace file.
    for (const QUrl& given :
         {request.pds, request.plc, request.handleResolver, QUrl(request.clientMetadataUrl)}) {
        if (given.isEmpty())
            continue;
        if (const auto refusal = net::refusalOf(given)) {
            io.err << *refusal << Qt::endl;
            return Failure;
        }
    }
    if (parser.isSet(QStringLiteral("app-password"))) {
        request.appPassword = readAppPassword(deps.input);
        if (!request.appPassword) {
            io.err << CliText::tr(
                          "No app password: set HEARKEN_BLUESKY_APP_PASSWORD or write it to "
                          "standard input.")
                   << Qt::endl;
            return UsageError;
        }
        if (!bluesky::looksLikeAppPassword(*request.appPassword))
            io.err << CliText::tr("Warning: this does not look like an app password "
                                  "(xxxx-xxxx-xxxx-xxxx); it may be the account's main password, "
                                  "which gives full control of the account. Create an app "
                                  "password in Bluesky under Settings → Privacy and security → "
                                  "App passwords.")
                   << Qt::endl;
    } else if (!deps.browser) {
        io.err << CliText::tr("No browser to sign in with: set $BROWSER, or use --app-password.")
               << Qt::endl;
        return Failure;
    }

    auto workspace = openWorkspace(parser, io, OpenMode::CreateIfMissing);
    if (!workspace)
        return Failure;
    QNetworkAccessManager network;
    net::HttpClient http(network);
    auth::WorkspaceVault secrets(deps.vault, vaultScope(workspace->settings()));
    bluesky::AccountAdder adder({http, deps.browser, secrets, workspace->accounts(),
                                 workspace->syncState(),
                                 [] { return QDateTime::currentSecsSinceEpoch(); }});
    QObject::connect(&adder, &bluesky::AccountAdder::progress, &adder,
                     [&io](const QString& step) { io.err << step << Qt::endl; });
    std::optional<auth::AuthResult<bluesky::AccountAdder::Added>> result;
    runUntilDone([&](const std::function<void()>& done) {
        adder.start(request, [&](const auth::AuthResult<bluesky::AccountAdder::Added>& added) {
            result = added;
            done();
        });
    });
    if (!*result) {
        io.err << result->error().message << Qt::endl;
        return Failure;
    }
    const bluesky::AccountAdder::Added& added = **result;
    io.out << CliText::tr("Added @%1 (%2), signed in with %3.")
                  .arg(added.account.handle, added.account.remoteId,
                       added.kind == bluesky::SessionGrant::Kind::OAuth
                           ? CliText::tr("OAuth")
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
                              : bluesky::OAuthConfig{}.scope;
    io.out << QString::fromUtf8(QJsonDocument(bluesky::clientMetadata(clientId.toString(), scope))
                                    .toJson(QJsonDocument::Indented));
    io.out.flush();
    return Success;
}

} // namespace hearken::cli
