// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/accounts_command.h"

#include "cli/cli_text.h"
#include "cli/network_session.h"
#include "cli/run_until_done.h"
#include "cli/workspace_option.h"
#include "domain/safe_text.h"
#include "store/workspace.h"
#include "store/workspace_secrets.h"
#include "sync/workspace_account_keeper.h"
#include "workflow/account_status_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hearken::cli {

namespace {

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

// --key VALUE, or --key alone for a secret (read from elsewhere).
QString optionSyntax(const SignInField& field)
{
    return field.kind == SignInField::Kind::Secret
               ? u"--"_qs + field.key
               : u"--%1 %2"_qs.arg(field.key, field.key.toUpper());
}

QString usageOfAdd(const Provider& provider)
{
    QStringList words{u"hearken accounts add"_qs, provider.id()};
    for (const SignInField& field : provider.signInForm().fields) {
        if (field.required)
            words.append(optionSyntax(field));
        else if (field.kind == SignInField::Kind::Secret)
            words.append(u'[' + optionSyntax(field) + u']');
    }
    return CliText::tr("Usage: %1").arg(words.join(u' '));
}

// Each network's options for `accounts add`, for --help.
QString addHelp(const ProviderRegistry& providers)
{
    QString text;
    for (const Provider* provider : providers.providers()) {
        const SignInForm form = provider->signInForm();
        text += u"\n\naccounts add "_qs + provider->id() + u": "_qs + form.commandLine;
        for (const SignInField& field : form.fields)
            text += u"\n  "_qs + optionSyntax(field).leftJustified(28) + u' ' + field.help;
    }
    return text;
}

// The network named after "add", when it is one the registry knows.
const Provider* networkAdded(const QStringList& arguments, const ProviderRegistry& providers)
{
    const qsizetype add = arguments.indexOf(u"add"_qs);
    return add >= 0 ? providers.find(arguments.value(add + 1)) : nullptr;
}

// A secret is never on the command line: it comes from this variable or standard input.
QString secretVariable(const Provider& provider, const SignInField& field)
{
    return (u"HEARKEN_"_qs + provider.id() + u'_' + field.key).toUpper().replace(u'-', u'_');
}

std::optional<QString> readSecret(const QString& variable, QTextStream& input)
{
    const QString fromEnvironment = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString line = input.readLine().trimmed();
    if (line.isEmpty())
        return std::nullopt;
    return line;
}

// The values the options give for the provider's form; nullopt with the reason printed (and
// `exitCode` set) when they cannot sign in.
std::optional<SignInValues> formValues(const QCommandLineParser& parser, const Provider& provider,
                                       QTextStream& input, CliIo io, int& exitCode)
{
    const SignInForm form = provider.signInForm();
    SignInValues values;
    for (const SignInField& field : form.fields) {
        if (!parser.isSet(field.key))
            continue;
        if (field.kind != SignInField::Kind::Secret) {
            values.insert(field.key, parser.value(field.key));
            continue;
        }
        const QString variable = secretVariable(provider, field);
        const auto secret = readSecret(variable, input);
        if (!secret) {
            io.err << field.notGiven.arg(variable) << Qt::endl;
            exitCode = UsageError;
            return std::nullopt;
        }
        values.insert(field.key, *secret);
    }
    if (const auto problem = problemIn(form, values)) {
        // An option left out is a usage mistake; one given empty is a value that cannot be used.
        const bool leftOut = !parser.isSet(problem->key);
        const bool givenEmpty = !leftOut && values.value(problem->key).trimmed().isEmpty();
        io.err << (leftOut ? usageOfAdd(provider) : problem->message) << Qt::endl;
        exitCode = givenEmpty || problem->kind == FormProblem::Kind::Refused ? Failure : UsageError;
        return std::nullopt;
    }
    if (const auto caution = form.caution ? form.caution(values) : std::nullopt)
        io.err << CliText::tr("Warning: %1").arg(caution->message) << Qt::endl;
    return values;
}

int add(const Provider& provider, const SignInValues& values, Workspace& workspace,
        NetworkSession& session, CliIo io)
{
    // Refused before the network is asked, so that nobody signs in there for nothing.
    if (const auto refused = whyNoTokenCanBeKept(workspace)) {
        io.err << *refused << Qt::endl;
        return Failure;
    }
    const auto secrets = workspaceVault(workspace, session.vault());
    WorkspaceAccountKeeper keeper(workspace, now);
    const auto signIn = provider.signIn(
        {{session.http(), *secrets, session.root().nonces(), now}, &session.browser(), keeper});
    QObject::connect(signIn.get(), &AccountSignIn::progress,
                     [&io](const QString& step) { io.err << step << Qt::endl; });
    int exitCode = Failure;
    runUntilDone([&](const std::function<void()>& done) {
        signIn->start(values, [&](const auth::AuthResult<SignedIn>& result) {
            if (result) {
                io.out << result->summary << Qt::endl;
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
        const auto secrets = workspaceVault(workspace, session.vault());
        const NetworkServices network{session.http(), *secrets, session.root().nonces(), now};
        WorkspaceAccountKeeper keeper(workspace, now);
        runUntilDone([&](const std::function<void()>& done) {
            provider->signOut(network, session.browser(), keeper, *found,
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

} // namespace

int runAccountsCommand(const QStringList& arguments, CliIo io)
{
    Composition root;
    NetworkSession session(root, io);
    QTextStream input(stdin);
    return runAccounts(arguments, io, session, input);
}

int runAccounts(const QStringList& arguments, CliIo io, NetworkSession& session, QTextStream& input)
{
    const ProviderRegistry& providers = session.root().providers();
    QStringList networks;
    for (const Provider* provider : providers.providers())
        networks.append(provider->id());
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("The workspace's network accounts: add NETWORK (signs in, through the browser "
                    "where the network signs in there; $BROWSER is used when set), list, remove "
                    "(signs out and revokes the sign-in).") +
        addHelp(providers));
    parser.addOption(workspaceOption());
    parser.addPositionalArgument(QStringLiteral("action"), CliText::tr("add, list or remove"));
    parser.addOption({QStringLiteral("json"), CliText::tr("One JSON object per line.")});
    // The options of the network being added; every network's when none is named (--help).
    const Provider* adding = networkAdded(arguments, providers);
    QSet<QString> options{QStringLiteral("json")};
    for (const Provider* provider : providers.providers()) {
        if (adding && provider != adding)
            continue;
        for (const SignInField& field : provider->signInForm().fields) {
            if (options.contains(field.key))
                continue;
            options.insert(field.key);
            parser.addOption(field.kind == SignInField::Kind::Secret
                                 ? QCommandLineOption(field.key, field.help)
                                 : QCommandLineOption(field.key, field.help, field.key));
        }
    }
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;
    const QString action = parser.positionalArguments().value(1);
    if (action != u"add" && action != u"list" && action != u"remove") {
        io.err << CliText::tr("Usage: hearken accounts add NETWORK --OPTION VALUE... | list "
                              "[--json] | remove ID (networks: %1; accounts add --help lists "
                              "their options)")
                      .arg(networks.join(u", "))
               << Qt::endl;
        return UsageError;
    }
    std::optional<SignInValues> values;
    if (action == u"add") {
        if (!adding || parser.positionalArguments().size() != 3) {
            io.err << CliText::tr("Usage: hearken accounts add NETWORK --OPTION VALUE... "
                                  "(networks: %1; accounts add --help lists their options)")
                          .arg(networks.join(u", "))
                   << Qt::endl;
            return UsageError;
        }
        // Refused before the workspace is opened, so a bad address creates no workspace file.
        int exitCode = Success;
        values = formValues(parser, *adding, input, io, exitCode);
        if (!values)
            return exitCode;
    }
    const OpenMode mode = action == u"add"    ? OpenMode::CreateIfMissing
                          : action == u"list" ? OpenMode::ReadOnly
                                              : OpenMode::MustExist;
    auto workspace = openWorkspace(parser, io, mode);
    if (!workspace)
        return Failure;
    if (values)
        return add(*adding, *values, *workspace, session, io);
    if (action == u"list")
        return list(parser, *workspace, providers, io);
    return remove(parser, *workspace, session, io);
}

} // namespace hearken::cli
