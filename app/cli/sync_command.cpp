// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/sync_command.h"

#include "cli/cli_text.h"
#include "cli/shown_handle.h"
#include "cli/workspace_option.h"
#include "composition/composition.h"
#include "services/workspace_services.h"
#include "store/workspace.h"
#include "workflow/account_status_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>

namespace hearken::cli {

namespace {

// "@brand.test: not synced: paused by the server's rate limit until 2026-12-06 14:05."
QString notSyncedLine(const Account& account, const AccountSyncStatus& status)
{
    QString line =
        CliText::tr("%1: not synced: %2").arg(shownHandle(account), notSyncedReason(status));
    if (status.kind == AccountSyncStatus::Kind::SignInNeeded)
        line += CliText::tr(" (hearken accounts add %1)").arg(account.network);
    return line;
}

} // namespace

int runSyncCommand(const QStringList& arguments, CliIo io)
{
    Composition root;
    return runSync(arguments, io, root);
}

int runSync(const QStringList& arguments, CliIo io, Composition& root)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Fetch what is new for every account (or one): mentions, threads, and "
                    "replies and likes made from other apps. Progress goes to standard error, "
                    "and so does every account that was not synced, with why and until when.\n"
                    "Exits with 1 when any account could not be synced (paused by a rate "
                    "limit, signed out, or failed), so that a script knows its data is not "
                    "current; 0 only when every account was synced."));
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

    const auto clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    // A one-shot run waits out a server's rate limit (Mastodon's window is five minutes), so
    // that a long history comes in one run.
    WorkspaceServices services(*workspace, {root.providers(),
                                            NetworkAccess{root.http(), root.vault(), root.nonces()},
                                            clock,
                                            {},
                                            SyncOptions{.rateLimitWaitSeconds = 6 * 60},
                                            WorkspaceServices::Runner::Command});
    SyncEngine& engine = services.sync();

    QHash<qint64, Account> shown;
    QList<qint64> chosen;
    int failures = 0;
    const qint64 now = clock();
    for (const Account& account : std::as_const(*accounts)) {
        if (!only.isEmpty() && only != QString::number(account.id) && only != account.handle)
            continue;
        shown.insert(account.id, account);
        if (account.isSample) {
            io.err << CliText::tr("%1: not synced: a sample account has no network to sync with.")
                          .arg(shownHandle(account))
                   << Qt::endl;
            continue;
        }
        if (!root.providers().find(account.network)) {
            io.err << CliText::tr("%1: not synced: Hearken cannot sync %2 accounts.")
                          .arg(shownHandle(account), account.network)
                   << Qt::endl;
            ++failures;
            continue;
        }
        const auto status = workspace->syncState().status(account.id);
        if (!status) {
            io.err << CliText::tr("%1: not synced: %2")
                          .arg(shownHandle(account), status.error().message)
                   << Qt::endl;
            ++failures;
            continue;
        }
        const bool paused = status->kind == AccountSyncStatus::Kind::Paused &&
                            status->pausedUntil.value_or(0) > now;
        if (paused || status->kind == AccountSyncStatus::Kind::SignInNeeded) {
            io.err << notSyncedLine(account, *status) << Qt::endl;
            ++failures;
            continue;
        }
        chosen.append(account.id);
    }
    if (!only.isEmpty() && shown.isEmpty()) {
        io.err << CliText::tr("There is no account %1.").arg(only) << Qt::endl;
        return Failure;
    }

    QObject::connect(&engine, &SyncEngine::syncedElsewhere, [&](qint64 id) {
        io.err << CliText::tr("%1: not synced here: another Hearken process (the team's service) "
                              "syncs it.")
                      .arg(shownHandle(shown.value(id)))
               << Qt::endl;
    });
    QObject::connect(&engine, &SyncEngine::progress, [&](qint64 id, const SyncProgress& p) {
        io.err << CliText::tr("%1: %2, %3 fetched")
                      .arg(shownHandle(shown.value(id)), p.phase)
                      .arg(p.fetched)
               << Qt::endl;
    });
    QObject::connect(&engine, &SyncEngine::accountFinished,
                     [&](qint64 id, const SyncOutcome& outcome) {
                         if (outcome.kind == SyncOutcome::Kind::Ok) {
                             io.out << CliText::tr("%1: %2 new items (%3 fetched)")
                                           .arg(shownHandle(shown.value(id)))
                                           .arg(outcome.newItems)
                                           .arg(outcome.fetched)
                                    << Qt::endl;
                             if (!outcome.message.isEmpty())
                                 io.out << outcome.message << Qt::endl;
                             return;
                         }
                         ++failures;
                         const Account& account = shown.value(id);
                         // The engine keeps the outcome as the account's status: its reason says it
                         // once.
                         const auto status = workspace->syncState().status(id);
                         if (outcome.kind != SyncOutcome::Kind::Cancelled && status &&
                             status->kind != AccountSyncStatus::Kind::Ok)
                             io.err << notSyncedLine(account, *status) << Qt::endl;
                         else
                             io.err << CliText::tr("%1: not synced: %2")
                                           .arg(shownHandle(account), outcome.message.isEmpty()
                                                                          ? CliText::tr("cancelled")
                                                                          : outcome.message)
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
    // What came in is searchable already; indexed, the search reads it faster.
    if (auto indexed = workspace->searchIndexer().indexAll(); !indexed)
        io.err << CliText::tr("Not indexed for the search yet (the search still finds it): %1")
                      .arg(indexed.error().message)
               << Qt::endl;
    io.err << CliText::tr("Sync took %1 ms.").arg(timer.elapsed()) << Qt::endl;
    return failures == 0 ? Success : Failure;
}

} // namespace hearken::cli
