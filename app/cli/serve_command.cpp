// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/serve_command.h"

#include "auth/service_key.h"
#include "cli/cli_text.h"
#include "cli/shown_handle.h"
#include "cli/workspace_option.h"
#include "composition/composition.h"
#include "services/stop_signals.h"
#include "services/workspace_services.h"
#include "store/sealed_key_repository.h"
#include "store/workspace.h"
#include "store/workspace_location.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

namespace hearken::cli {

namespace {

// A whole number of seconds, at least 1, from an option; std::nullopt after telling why not.
std::optional<int> secondsOption(const QCommandLineParser& parser, const QString& name, CliIo io)
{
    bool ok = false;
    const int seconds = parser.value(name).toInt(&ok);
    if (ok && seconds >= 1)
        return seconds;
    io.err << CliText::tr("--%1 takes a whole number of seconds, 1 or more, not \"%2\".")
                  .arg(name, parser.value(name))
           << Qt::endl;
    return std::nullopt;
}

// "@brand@example.social (account 3)", or the bare number of an account that is gone.
QString accountName(Workspace& workspace, qint64 accountId)
{
    for (const Account& account : workspace.accounts().accounts().value_or(QList<Account>())) {
        if (account.id == accountId)
            return CliText::tr("%1 (account %2)").arg(shownHandle(account)).arg(accountId);
    }
    return CliText::tr("account %1").arg(accountId);
}

QString keyFile(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("key-file")))
        return parser.value(QStringLiteral("key-file"));
    const QString state = qEnvironmentVariable("STATE_DIRECTORY").section(u':', 0, 0);
    const QString folder = !state.isEmpty()
                               ? state
                               : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("service.key"));
}

// The service's key pair, its public half published in the workspace for desks to seal to;
// std::nullopt after telling why not.
std::optional<auth::ServiceKey> publishedServiceKey(const QCommandLineParser& parser,
                                                    Workspace& workspace, CliIo io)
{
    const QString path = keyFile(parser);
    auto key = auth::ServiceKey::loadOrCreate(path);
    if (!key) {
        io.err << key.error() << Qt::endl;
        return std::nullopt;
    }
    const auto replacement = parser.isSet(QStringLiteral("replace-key")) ? KeyReplacement::Replace
                                                                         : KeyReplacement::Refuse;
    const auto published = SealedKeyRepository(workspace.database()).publish(*key, replacement);
    if (!published) {
        io.err << published.error().message << Qt::endl;
        return std::nullopt;
    }
    io.err << published->message << Qt::endl;
    if (published->outcome == KeyPublication::Outcome::RefusedAnotherIsPublished)
        return std::nullopt;
    return std::move(*key);
}

} // namespace

int runServeCommand(const QStringList& arguments, CliIo io)
{
    Composition root;
    return runServe(arguments, io, root);
}

int runServe(const QStringList& arguments, CliIo io, Composition& root)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Run a team workspace's service: sync every account on its schedule (and accounts "
        "desks add, as they appear) and send the replies and likes desks queue, until SIGTERM or "
        "SIGINT. Several services may serve one workspace: each account is synced by one of "
        "them, and each reply is sent by one of them, once. One line per event goes to "
        "standard error (journald keeps it).\n"
        "A workspace file is synced and delivered by its window or by hearken sync: serve "
        "runs only a team workspace (postgresql://...)."));
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("sync-every"),
                      CliText::tr("Seconds between two syncs of an account that does not stream "
                                  "its changes (default 120)."),
                      QStringLiteral("SECONDS"), QStringLiteral("120")});
    parser.addOption({QStringLiteral("accounts-every"),
                      CliText::tr("Seconds between two looks for accounts no service syncs yet: "
                                  "new ones, and those of a service that stopped (default 30)."),
                      QStringLiteral("SECONDS"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("outbox-every"),
                      CliText::tr("Seconds between two looks for replies desks queued "
                                  "(default 2)."),
                      QStringLiteral("SECONDS"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("claim-seconds"),
                      CliText::tr("How long a reply this service is sending stays its own without "
                                  "word from it; after that another service sends it, with the "
                                  "same idempotency key (default 60)."),
                      QStringLiteral("SECONDS"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("key-file"),
                      CliText::tr("The file of the service's key pair, which opens the tokens "
                                  "desks sealed to it; made (readable by this user only) when "
                                  "missing. Services of one workspace share it. Default: "
                                  "service.key in $STATE_DIRECTORY, else in Hearken's data "
                                  "folder."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("replace-key"),
                      CliText::tr("Publish this service's key although another is published; the "
                                  "accounts sealed to the other are signed in again from a "
                                  "desk.")});
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;
    const auto syncEvery = secondsOption(parser, QStringLiteral("sync-every"), io);
    const auto accountsEvery = secondsOption(parser, QStringLiteral("accounts-every"), io);
    const auto outboxEvery = secondsOption(parser, QStringLiteral("outbox-every"), io);
    const auto claimSeconds = secondsOption(parser, QStringLiteral("claim-seconds"), io);
    if (!syncEvery || !accountsEvery || !outboxEvery || !claimSeconds)
        return UsageError;
    const QString where = parser.value(workspaceOption().names().constFirst());
    if (WorkspaceLocation::parse(where).engine != Engine::Postgresql) {
        io.err << CliText::tr("hearken serve runs a team workspace: give it one with --workspace "
                              "postgresql://USER@HOST/DATABASE. A workspace file is synced and "
                              "delivered by its window, or by hearken sync.")
               << Qt::endl;
        return UsageError;
    }
    auto workspace = openWorkspace(parser, io, OpenMode::MustExist);
    if (!workspace)
        return Failure;
    const auto key = publishedServiceKey(parser, *workspace, io);
    if (!key)
        return Failure;

    const auto clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    auto services = std::make_unique<WorkspaceServices>(
        *workspace,
        WorkspaceServices::Needs{root.providers(),
                                 NetworkAccess{root.http(), root.vault(), root.nonces()},
                                 clock,
                                 {},
                                 {},
                                 WorkspaceServices::Runner::Service,
                                 &*key});
    SyncEngine& sync = services->sync();
    DeliveryEngine& outbox = services->outbox();
    Workspace& ws = *workspace;

    QObject::connect(
        &sync, &SyncEngine::accountFinished, [&](qint64 id, const SyncOutcome& outcome) {
            if (outcome.kind == SyncOutcome::Kind::Ok)
                io.err << CliText::tr("%1: synced, %2 new items (%3 fetched)")
                              .arg(accountName(ws, id))
                              .arg(outcome.newItems)
                              .arg(outcome.fetched)
                       << Qt::endl;
            else if (outcome.kind != SyncOutcome::Kind::Cancelled)
                io.err
                    << CliText::tr("%1: not synced: %2").arg(accountName(ws, id), outcome.message)
                    << Qt::endl;
        });
    QObject::connect(&sync, &SyncEngine::syncedElsewhere, [&](qint64 id) {
        io.err << CliText::tr("%1: another service syncs it").arg(accountName(ws, id)) << Qt::endl;
    });
    QObject::connect(&outbox, &DeliveryEngine::delivered, [&](qint64 entryId) {
        const auto entry = ws.outbox().entry(entryId).value_or(std::nullopt);
        io.err << CliText::tr("Outbox entry %1 sent from %2")
                      .arg(entryId)
                      .arg(accountName(ws, entry ? entry->accountId : 0))
               << Qt::endl;
    });
    QObject::connect(&outbox, &DeliveryEngine::failed, [&](const QString& message) {
        io.err << CliText::tr("Outbox: %1").arg(message) << Qt::endl;
    });

    QEventLoop loop;
    StopSignals stopSignals;
    QObject::connect(&stopSignals, &StopSignals::stopRequested, [&](const QString& name) {
        io.err << CliText::tr("Stopping on %1.").arg(name) << Qt::endl;
        loop.quit();
    });
    QTimer accounts;
    accounts.callOnTimeout(&sync, &SyncEngine::syncNewAccounts);

    io.err << CliText::tr("Serving %1 as \"%2\".").arg(ws.database().path(), outbox.claimant())
           << Qt::endl;
    sync.setLiveUpdates(true);
    sync.setIntervals(*syncEvery * 1000, 15 * 60 * 1000);
    sync.start();
    accounts.start(*accountsEvery * 1000);
    outbox.setClaimSeconds(*claimSeconds);
    outbox.setPollMs(*outboxEvery * 1000);
    outbox.start();
    loop.exec();

    // Between two pieces of work: no transaction is open. Closing the services lets go of the
    // claims and the accounts' locks, so that another service takes them over now.
    accounts.stop();
    services.reset();
    io.err << CliText::tr("Stopped.") << Qt::endl;
    return Success;
}

} // namespace hearken::cli
