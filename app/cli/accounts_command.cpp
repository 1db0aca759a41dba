// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/accounts_command.h"

#include "auth/workspace_vault.h"
#include "cli/bluesky_commands.h"
#include "cli/cli_text.h"
#include "cli/network_session.h"
#include "cli/run_until_done.h"
#include "cli/workspace_option.h"
#include "domain/safe_text.h"
#include "net/url_policy.h"
#include "providers/mastodon/mastodon_sign_in.h"
#include "store/workspace.h"
#include "store/workspace_secrets.h"
#include "workflow/account_status_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hearken::cli {

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

int add(const QUrl& server, Workspace& workspace, NetworkSession& session, CliIo io)
{
    auth::WorkspaceVault secrets(session.vault(), vaultScope(workspace.settings()));
    mastodon::SignIn signIn({session.http(), session.browser(), secrets, workspace.accounts(),
                             workspace.syncState(), now});
    QObject::connect(&signIn, &mastodon::SignIn::progress,
                     [&io](const QString& step) { io.err << step << Qt::endl; });
    int exitCode = Failure;
    runUntilDone([&](const std::function<void()>& done) {
        signIn.start(server.toString(), [&](const auth::AuthResult<Account>& result) {
            if (result) {
                io.out << CliText::tr("Added %1 (account %2).").arg(result->handle).arg(result->id)
                       << Qt::endl;
                exitCode = Success;
            } else {
                io.err << result.error().message << Qt::endl;
            }
            done();
        });
    });
    return exitCode;
}

int list(QCommandLineParser& parser, Workspace& workspace, const ProviderRegistry& providers,
         CliIo io)
{
    auto accounts = workspace.accounts().accounts();
    if (!accounts) {
        io.err << accounts.error().message << Qt::endl;
        return Failure;
    }
    QList<AccountSyncStatus> statuses;
    for (const Account& account : std::as_const(*accounts)) {
        auto status = workspace.syncState().status(account.id);
        if (!status) {
            io.err << status.error().message << Qt::endl;
            return Failure;
        }
        statuses.append(*status);
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    for (qsizetype i = 0; i < accounts->size(); ++i) {
        const Account& account = accounts->at(i);
        const AccountSyncStatus& status = statuses.at(i);
        const QString state = statusText(status);
        if (json) {
            QJsonObject line{{QStringLiteral("id"), account.id},
                             {QStringLiteral("network"), account.network},
                             {QStringLiteral("handle"), account.handle},
                             {QStringLiteral("server"), account.serverUrl},
                             {QStringLiteral("status"), syncStatusName(status.kind)},
                             {QStringLiteral("statusText"), state}};
            if (status.pausedUntil)
                line.insert(QStringLiteral("pausedUntil"), *status.pausedUntil);
            io.out << safeJson(QJsonDocument(line)) << u'\n';
        } else {
            io.out << QStringLiteral("%1  %2  %3  %4\n")
                          .arg(QString::number(account.id).rightJustified(4),
                               providers.label(account.network).leftJustified(10),
                               displayText(account.handle), displayText(state));
        }
    }
    io.out.flush();
    return Success;
}

int remove(QCommandLineParser& parser, Workspace& workspace, NetworkSession& session, CliIo io)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(2).toLongLong(&ok);
    auto accounts = workspace.accounts().accounts();
    if (!ok || !accounts) {
        io.err << CliText::tr(
                      "Usage: hearken accounts remove ID (the number `accounts list` shows)")
               << Qt::endl;
        return UsageError;
    }
    const auto found = std::find_if(accounts->cbegin(), accounts->cend(),
                                    [id](const Account& a) { return a.id == id; });
    if (found == accounts->cend()) {
        io.err << CliText::tr("There is no account %1.").arg(id) << Qt::endl;
        return Failure;
    }
    const Provider* provider = session.root().providers().find(found->network);
    if (provider && !found->isSample) {
        auth::WorkspaceVault secrets(session.vault(), vaultScope(workspace.settings()));
        const NetworkServices network{session.http(), secrets, session.root().nonces(), now};
        runUntilDone([&](const std::function<void()>& done) {
            provider->signOut(network, session.browser(), workspace, *found,
                              [&](const QString& warning) {
                                  if (!warning.isEmpty())
                                      io.err << warning << Qt::endl;
                                  done();
                              });
        });
    }
    auto removed = workspace.accounts().removeAccount(id);
    if (!removed) {
        io.err << removed.error().message << Qt::endl;
        return Failure;
    }
    io.out << (provider ? CliText::tr("Signed out and removed %1.") : CliText::tr("Removed %1."))
                  .arg(found->handle)
           << Qt::endl;
    return Success;
}

// "accounts add bluesky ...": Bluesky's sign-in has options of its own.
bool addsBluesky(const QStringList& arguments)
{
    const qsizetype add = arguments.indexOf(u"add"_qs);
    return add >= 0 && arguments.value(add + 1) == u"bluesky";
}

} // namespace

int runAccountsCommand(const QStringList& arguments, CliIo io)
{
    Composition root;
    NetworkSession session(root, io);
    return runAccounts(arguments, io, session);
}

int runAccounts(const QStringList& arguments, CliIo io, NetworkSession& session)
{
    if (addsBluesky(arguments)) {
        QTextStream input(stdin);
        return runBlueskyAccountsAdd(arguments, io, {session.vault(), &session.browser(), input});
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("The workspace's network accounts: add (signs in through the browser; $BROWSER "
                    "is used when set), list, remove (signs out and revokes the sign-in)."));
    parser.addOption(workspaceOption());
    parser.addPositionalArgument(QStringLiteral("action"), CliText::tr("add, list or remove"));
    parser.addOption({QStringLiteral("server"),
                      CliText::tr("The Mastodon server, e.g. mastodon.social."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("json"), CliText::tr("One JSON object per line.")});
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;
    const QString action = parser.positionalArguments().value(1);
    if (action != u"add" && action != u"list" && action != u"remove") {
        io.err << CliText::tr(
                      "Usage: hearken accounts add mastodon --server URL | add bluesky --handle "
                      "HANDLE [--app-password] | list [--json] | remove ID")
               << Qt::endl;
        return UsageError;
    }
    std::optional<QUrl> server;
    if (action == u"add") {
        if (parser.positionalArguments().value(2) != u"mastodon" ||
            !parser.isSet(QStringLiteral("server"))) {
            io.err << CliText::tr("Usage: hearken accounts add mastodon --server URL") << Qt::endl;
            return UsageError;
        }
        // Refused before the workspace is opened, so a bad address creates no workspace file.
        const auto base = net::serverBaseUrl(parser.value(QStringLiteral("server")));
        if (!base) {
            io.err << base.error() << Qt::endl;
            return Failure;
        }
        server = *base;
    }
    const OpenMode mode = action == u"add"    ? OpenMode::CreateIfMissing
                          : action == u"list" ? OpenMode::ReadOnly
                                              : OpenMode::MustExist;
    auto workspace = openWorkspace(parser, io, mode);
    if (!workspace)
        return Failure;
    if (server)
        return add(*server, *workspace, session, io);
    if (action == u"list")
        return list(parser, *workspace, session.root().providers(), io);
    return remove(parser, *workspace, session, io);
}

} // namespace hearken::cli
