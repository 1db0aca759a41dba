// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One workspace used by several processes at once: workspace_actor processes acting as the
// window does, and the hearken command line run in a loop beside them. Shared by the test
// (a few rounds) and the stress tool (many).

#include "store/sql.h"
#include "store/workspace.h"

#include <QDate>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace hearken::testing {

// A process that ran to its end: its exit code (-1 when it crashed or hung) and error output.
struct ProcessOutcome {
    int exitCode = -1;
    QString errors;
};

inline ProcessOutcome finish(QProcess& process, int timeoutMs = 120'000)
{
    const bool finished =
        process.state() == QProcess::NotRunning || process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    const bool normal = finished && process.exitStatus() == QProcess::NormalExit;
    return {normal ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardError())};
}

inline ProcessOutcome runToEnd(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    return finish(process);
}

// The window's side: workspace_actor TAG acting on ROUNDS open items from the FIRST oldest.
struct Actor {
    QString tag;
    int first = 0;
    int rounds = 0;
    int pauseMs = 0;
};

inline std::unique_ptr<QProcess> startActor(const QString& actorProgram, const QString& workspace,
                                            const Actor& actor)
{
    auto process = std::make_unique<QProcess>();
    process->start(actorProgram, {workspace, actor.tag, QString::number(actor.first),
                                  QString::number(actor.rounds), QString::number(actor.pauseMs)});
    return process;
}

// The command line's side: queue, report, import-sample and sync, over and over while
// `keepGoing` says so (at least once each). Counts the items it imported; every failure is kept, in
// words.
struct CommandLineLoop {
    int runs = 0;
    int importedItems = 0;
    QStringList failures;
};

inline CommandLineLoop runCommandLineWhile(const QString& hearken, const QString& workspace,
                                           int itemsPerImport,
                                           const std::function<bool()>& keepGoing)
{
    const QString report = workspace + QStringLiteral(".report.json");
    // The last year (the longest period a report covers), where the sample's items lie.
    const QDate today = QDate::currentDate();
    const QList<QStringList> commands{
        {QStringLiteral("queue")},
        {QStringLiteral("report"), QStringLiteral("--from"),
         today.addDays(-365).toString(Qt::ISODate), QStringLiteral("--to"),
         today.toString(Qt::ISODate), QStringLiteral("--format"), QStringLiteral("json"),
         QStringLiteral("--output"), report},
        {QStringLiteral("import-sample"), QString::number(itemsPerImport)},
        {QStringLiteral("sync")}};
    CommandLineLoop loop;
    // Every command runs at least once, and the last cycle through them is finished.
    for (qsizetype next = 0; keepGoing() || next % commands.size() != 0; ++next) {
        const QStringList& command = commands[next % commands.size()];
        const auto outcome =
            runToEnd(hearken, command + QStringList{QStringLiteral("--workspace"), workspace});
        ++loop.runs;
        if (outcome.exitCode != 0)
            loop.failures << command.first() + QStringLiteral(" exited with ") +
                                 QString::number(outcome.exitCode) + QStringLiteral(": ") +
                                 outcome.errors.trimmed();
        else if (command.first() == u"import-sample")
            loop.importedItems += itemsPerImport;
    }
    return loop;
}

inline qint64 countOf(const QSqlDatabase& db, const QString& statement, const QVariantList& binds,
                      QStringList& problems)
{
    auto query = sql::exec(db, statement, binds);
    if (!query || !query->next()) {
        problems << (query ? QStringLiteral("no row from ") + statement : query.error().message);
        return -1;
    }
    return query->value(0).toLongLong();
}

// What is wrong with the workspace after the processes ended: damage, or an action of
// theirs that is missing. Empty when everything is there.
inline QStringList checkWorkspace(const QString& path, const QList<Actor>& actors,
                                  qint64 expectedItems)
{
    auto workspace = Workspace::open(path);
    if (!workspace)
        return {workspace.error().message};
    const QSqlDatabase db = (*workspace)->database().connection();
    QStringList problems;
    auto integrity = sql::exec(db, QStringLiteral("PRAGMA integrity_check"));
    QStringList damage;
    while (integrity && integrity->next())
        damage << integrity->value(0).toString();
    if (damage != QStringList{QStringLiteral("ok")})
        problems << QStringLiteral("integrity_check: ") + damage.mid(0, 5).join(u"; ");
    const qint64 items = countOf(db, QStringLiteral("SELECT count(*) FROM queue"), {}, problems);
    if (items != expectedItems)
        problems << QStringLiteral("%1 items, expected %2").arg(items).arg(expectedItems);
    for (const Actor& actor : actors) {
        const qint64 doneWithNote =
            countOf(db,
                    QStringLiteral("SELECT count(DISTINCT n.post_id) FROM notes n JOIN queue q ON "
                                   "q.post_id = n.post_id WHERE n.author = ? AND q.state = 'done'"),
                    {actor.tag}, problems);
        const qint64 replies =
            countOf(db, QStringLiteral("SELECT count(*) FROM outbox WHERE text LIKE ?"),
                    {QString(actor.tag + QStringLiteral(" reply %"))}, problems);
        if (doneWithNote != actor.rounds || replies != actor.rounds)
            problems << QStringLiteral("%1: %2 items done with a note and %3 replies, expected %4")
                            .arg(actor.tag)
                            .arg(doneWithNote)
                            .arg(replies)
                            .arg(actor.rounds);
    }
    return problems;
}

inline ProcessOutcome createSampleWorkspace(const QString& hearken, const QString& path, int items)
{
    return runToEnd(hearken, {QStringLiteral("import-sample"), QString::number(items),
                              QStringLiteral("--seed"), QStringLiteral("1"),
                              QStringLiteral("--workspace"), path});
}

// What a run of several processes on one workspace left wrong (nothing when all is well).
struct SharedRun {
    QStringList problems;
    int commandLineRuns = 0;
    qint64 elapsedMs = 0;
};

// The window's side acting while the command line runs in a loop on the workspace at `path`,
// which holds `itemsBefore` items.
inline SharedRun windowBesideCommandLine(const QString& hearken, const QString& actorProgram,
                                         const QString& path, qint64 itemsBefore,
                                         const Actor& window)
{
    QElapsedTimer timer;
    timer.start();
    auto actor = startActor(actorProgram, path, window);
    const CommandLineLoop commandLine = runCommandLineWhile(hearken, path, 50, [&] {
        return actor->state() != QProcess::NotRunning && !actor->waitForFinished(0);
    });
    SharedRun run{commandLine.failures, commandLine.runs, 0};
    if (const auto acted = finish(*actor); acted.exitCode != 0)
        run.problems << window.tag + QStringLiteral(": ") + acted.errors.trimmed();
    run.elapsedMs = timer.elapsed();
    run.problems += checkWorkspace(path, {window}, itemsBefore + commandLine.importedItems);
    return run;
}

// People acting, each from a process of their own, while `hearken import-sample` adds
// `importItems` to the workspace at `path`, which holds `itemsBefore` items.
inline SharedRun writersBesideImport(const QString& hearken, const QString& actorProgram,
                                     const QString& path, qint64 itemsBefore,
                                     const QList<Actor>& people, int importItems)
{
    QElapsedTimer timer;
    timer.start();
    QProcess import;
    import.start(hearken, {QStringLiteral("import-sample"), QString::number(importItems),
                           QStringLiteral("--workspace"), path});
    std::vector<std::unique_ptr<QProcess>> actors;
    for (const Actor& person : people)
        actors.push_back(startActor(actorProgram, path, person));
    SharedRun run;
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (const auto acted = finish(*actors[size_t(i)]); acted.exitCode != 0)
            run.problems << people[i].tag + QStringLiteral(": ") + acted.errors.trimmed();
    }
    if (const auto imported = finish(import); imported.exitCode != 0)
        run.problems << QStringLiteral("import-sample: ") + imported.errors.trimmed();
    run.elapsedMs = timer.elapsed();
    run.problems += checkWorkspace(path, people, itemsBefore + importItems);
    return run;
}

} // namespace hearken::testing
