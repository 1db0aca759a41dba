// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/sync_command.h"

#include "cli/cli_text.h"
#include "cli/network_session.h"
#include "cli/workspace_option.h"
#include "providers/bluesky/bluesky_provider.h"
#include "providers/mastodon/mastodon_json.h"
#include "providers/mastodon/mastodon_provider.h"
#include "store/workspace.h"
#include "store/workspace_secrets.h"
#include "sync/sync_engine.h"
#include "workflow/account_status_text.h"
#include "workflow/tone_triage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>

namespace hearken::cli {

namespace {

// "@alice.example" for Bluesky's bare handles; Mastodon's already start with "@".
QString shownHandle(const Account& account)
{
    return account.handle.startsWith(u'@') ? account.handle : u'@' + account.handle;
}

} // namespace

int runSyncCommand(const QStringList& arguments, CliIo io)
{
    NetworkSession session(io);
    return runSync(arguments, io, session.vault());
}

int runSync(const QStringList& arguments, CliIo io, auth::SecretVault& vault)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Fetch what is new for every account (or one): mentions, threads, and "
                    "replies and likes made from other apps. Progress goes to standard error."));
    parser.addOption(workspaceOption());
    parser.addOption({QStringLiteral("account"),
                      CliText::tr("Only this account (its number or handle)."),
                      QStringLiteral("ID")});
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;
    const QString only = parser.value(QStringLiteral("account"));
    auto workspace = openWorkspace(parser, io, OpenMode::MustExist);
    if (!workspace)
        return Failure;
    backUpIfDue(*workspace, io);
    auto accounts = workspace->accounts().accounts();
    if (!accounts) {
        io.err << accounts.error().message << Qt::endl;
        return Failure;
    }

    std::optional<ToneTriage> triage;
    const auto clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    if (auto shipped = ToneClassifier::loadShipped()) {
        if (auto opened = ToneTriage::open(*shipped, *workspace, clock))
            triage.emplace(std::move(*opened));
    }
    const auto classify = [&triage](IngestBatch& batch) {
        if (triage)
            triage->classify(batch);
    };
    QNetworkAccessManager network;
    net::HttpClient http(network);
    DpopNonces nonces;
    SyncEngine engine(*workspace, clock);
    auth::WorkspaceVault secrets = workspaceSecrets(*workspace, vault);
    engine.setFactory(mastodon::network,
                      mastodon::syncerFactory({http, secrets, *workspace, classify, clock, {}}));
    engine.setFactory(QStringLiteral("bluesky"),
                      bluesky::syncerFactory({http, secrets, nonces, *workspace, classify, clock,
                                              BlueskySync::Limits{}}));

    QHash<qint64, QString> handles;
    QList<qint64> chosen;
    int failures = 0;
    for (const Account& account : std::as_const(*accounts)) {
        if (account.isSample ||
            (!only.isEmpty() && only != QString::number(account.id) && only != account.handle))
            continue;
        handles.insert(account.id, shownHandle(account));
        const auto status = workspace->syncState().status(account.id);
        if (status && status->kind == AccountSyncStatus::Kind::SignInNeeded) {
            io.err << CliText::tr("%1: sign in again (hearken accounts add %2): %3")
                          .arg(shownHandle(account), account.network, status->lastError)
                   << Qt::endl;
            ++failures;
            continue;
        }
        chosen.append(account.id);
    }
    if (!only.isEmpty() && handles.isEmpty()) {
        io.err << CliText::tr("There is no account %1.").arg(only) << Qt::endl;
        return Failure;
    }

    QObject::connect(&engine, &SyncEngine::progress, [&](qint64 id, const SyncProgress& p) {
        io.err << CliText::tr("%1: %2, %3 fetched").arg(handles.value(id), p.phase).arg(p.fetched)
               << Qt::endl;
    });
    QObject::connect(
        &engine, &SyncEngine::accountFinished, [&](qint64 id, const SyncOutcome& outcome) {
            if (outcome.kind == SyncOutcome::Kind::Ok) {
                io.out << CliText::tr("%1: %2 new items (%3 fetched)")
                              .arg(handles.value(id))
                              .arg(outcome.newItems)
                              .arg(outcome.fetched)
                       << Qt::endl;
                return;
            }
            ++failures;
            const auto status = workspace->syncState().status(id);
            const QString state = status ? statusText(*status) : QString();
            io.err << handles.value(id) << QStringLiteral(": ")
                   << (outcome.message.isEmpty() ? state : outcome.message)
                   << (outcome.message.isEmpty() || state.isEmpty() ? QString()
                                                                    : u" (" + state + u')')
                   << Qt::endl;
        });
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::idle, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    for (const qint64 id : std::as_const(chosen))
        engine.syncAccount(id);
    if (engine.isBusy())
        loop.exec();
    engine.cancel();
    io.err << CliText::tr("Sync took %1 ms.").arg(timer.elapsed()) << Qt::endl;
    return failures == 0 ? Success : Failure;
}

} // namespace hearken::cli
