// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/sync_command.h"

#include "cli/network_session.h"
#include "cli/workspace_option.h"
#include "providers/mastodon/mastodon_json.h"
#include "providers/mastodon/mastodon_provider.h"
#include "store/workspace.h"
#include "sync/sync_engine.h"
#include "workflow/account_status_text.h"
#include "workflow/tone_triage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>

namespace hearken::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hearken::cli", text);
}

} // namespace

int runSyncCommand(const QStringList& arguments, CliIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fetch what is new for every account (or one): mentions, threads, and replies and "
           "favourites made from other apps. Progress goes to standard error."));
    parser.addOption(workspaceOption());
    parser.addOption(
        {QStringLiteral("account"), tr("Only this account (its number)."), QStringLiteral("ID")});
    if (auto stop = parseCommand(parser, arguments, io))
        return *stop;
    bool ok = true;
    const qint64 only = parser.isSet(QStringLiteral("account"))
                            ? parser.value(QStringLiteral("account")).toLongLong(&ok)
                            : 0;
    if (!ok) {
        io.err << tr("Usage: hearken sync [--account ID]") << Qt::endl;
        return UsageError;
    }
    auto workspace = openWorkspace(parser, io);
    if (!workspace)
        return Failure;

    std::optional<ToneTriage> triage;
    const auto clock = [] { return QDateTime::currentSecsSinceEpoch(); };
    if (auto shipped = ToneClassifier::loadShipped()) {
        if (auto opened = ToneTriage::open(*shipped, *workspace, clock))
            triage.emplace(std::move(*opened));
    }
    NetworkSession session(io);
    SyncEngine engine(*workspace, clock);
    engine.setFactory(mastodon::network, mastodon::syncerFactory({session.http(),
                                                                  session.vault(),
                                                                  *workspace,
                                                                  [&triage](IngestBatch& batch) {
                                                                      if (triage)
                                                                          triage->classify(batch);
                                                                  },
                                                                  clock,
                                                                  {}}));
    auto accounts = workspace->accounts().accounts();
    if (!accounts) {
        io.err << accounts.error().message << Qt::endl;
        return Failure;
    }
    QHash<qint64, QString> handles;
    for (const Account& account : std::as_const(*accounts))
        handles.insert(account.id, account.handle);
    if (only && !handles.contains(only)) {
        io.err << tr("There is no account %1.").arg(only) << Qt::endl;
        return Failure;
    }

    int failures = 0;
    QObject::connect(&engine, &SyncEngine::progress, [&](qint64 id, const SyncProgress& p) {
        io.err << tr("%1: %2, %3 fetched").arg(handles.value(id), p.phase).arg(p.fetched)
               << Qt::endl;
    });
    QObject::connect(
        &engine, &SyncEngine::accountFinished, [&](qint64 id, const SyncOutcome& outcome) {
            if (outcome.kind == SyncOutcome::Kind::Ok) {
                io.out << tr("%1: %2 new items (%3 fetched)")
                              .arg(handles.value(id))
                              .arg(outcome.newItems)
                              .arg(outcome.fetched)
                       << Qt::endl;
                return;
            }
            ++failures;
            const auto status = workspace->syncState().status(id);
            io.err << handles.value(id) << u": " << (status ? statusText(*status) : outcome.message)
                   << (outcome.message.isEmpty() ? QString() : u" (" + outcome.message + u')')
                   << Qt::endl;
        });
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::idle, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    if (only)
        engine.syncAccount(only);
    else
        engine.syncAll();
    if (engine.isBusy())
        loop.exec();
    engine.cancel();
    io.err << tr("Sync took %1 ms.").arg(timer.elapsed()) << Qt::endl;
    return failures == 0 ? Success : Failure;
}

} // namespace hearken::cli
