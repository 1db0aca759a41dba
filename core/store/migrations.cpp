// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"

#include "store/sql.h"
#include "store/store_log.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <sqlite3.h>

namespace hearken {

QStringList splitStatements(const QString& script)
{
    QStringList statements;
    QString pending;
    for (const QString& line : script.split(u'\n')) {
        if (pending.isEmpty() && line.trimmed().startsWith(u"--"))
            continue;
        pending += line + u'\n';
        if (sqlite3_complete(pending.toUtf8().constData())) {
            const QString statement = pending.trimmed();
            if (statement != u";")
                statements.append(statement);
            pending.clear();
        }
    }
    if (!pending.trimmed().isEmpty())
        statements.append(pending.trimmed());
    return statements;
}

QList<Migration> bundledMigrations(Engine engine)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(engine == Engine::Postgresql ? QStringLiteral(":/sql/postgresql")
                                                : QStringLiteral(":/sql/sqlite"));
    for (const QString& entry : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = fileName.match(entry);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString script = QString::fromUtf8(file.readAll());
        migrations.append(
            {match.captured(1).toInt(), match.captured(2),
             engine == Engine::Postgresql ? QStringList{script} : splitStatements(script)});
    }
    return migrations;
}

StoreResult<int> schemaVersionOf(const QSqlDatabase& db)
{
    if (engineOf(db) == Engine::Sqlite) {
        auto version = sql::exec(db, QStringLiteral("PRAGMA user_version"));
        if (!version)
            return tl::unexpected(version.error());
        return sql::firstValue(*version, 0);
    }
    auto made = sql::exec(db, QStringLiteral("SELECT to_regclass('hearken_schema') IS NOT NULL"));
    if (!made)
        return tl::unexpected(made.error());
    auto exists = sql::firstValue(*made, false);
    if (!exists || !*exists)
        return exists.map([](bool) { return 0; });
    auto version = sql::exec(db, QStringLiteral("SELECT version FROM hearken_schema"));
    if (!version)
        return tl::unexpected(version.error());
    return sql::firstValue(*version, 0);
}

namespace {

StoreResult<void> setSchemaVersion(const QSqlDatabase& db, int version)
{
    auto set =
        engineOf(db) == Engine::Postgresql
            ? sql::exec(db, QStringLiteral("UPDATE hearken_schema SET version = ?"), {version})
            : sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
    if (!set)
        return tl::unexpected(set.error());
    return {};
}

// Desks opening a team workspace at once upgrade it one after the other: each waits for this
// lock, then reads the version the one before it left.
constexpr qint64 upgradeLock = 0x48524B4E;

StoreResult<void> migrateFrom(const QSqlDatabase& db, int target)
{
    const auto from = schemaVersionOf(db);
    if (!from)
        return tl::unexpected(from.error());

    const QList<Migration> migrations = bundledMigrations(engineOf(db));
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != i + 1)
            return storeError(
                StoreError::Kind::Migration,
                QStringLiteral("Schema step %1 is missing from this build.").arg(i + 1));
    }
    for (const Migration& step : migrations) {
        if (step.version <= *from || step.version > target)
            continue;
        qCDebug(lcStore).noquote()
            << "Upgrading the workspace to schema" << step.version << "(" << step.name << ")";
        Transaction transaction(db);
        if (!transaction.isActive())
            return tl::unexpected(transaction.error());
        for (const QString& statement : step.statements) {
            if (auto ran = sql::exec(db, statement); !ran) {
                return storeError(
                    StoreError::Kind::Migration,
                    QStringLiteral("Upgrading the workspace to schema %1 (%2) failed; "
                                   "nothing was changed. %3")
                        .arg(step.version)
                        .arg(step.name, ran.error().message));
            }
        }
        if (auto bumped = setSchemaVersion(db, step.version); !bumped)
            return bumped;
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace

StoreResult<void> migrate(const QSqlDatabase& db, int target)
{
    if (engineOf(db) == Engine::Sqlite)
        return migrateFrom(db, target);
    if (auto locked = sql::exec(db, QStringLiteral("SELECT pg_advisory_lock(?)"), {upgradeLock});
        !locked)
        return tl::unexpected(locked.error());
    auto migrated = migrateFrom(db, target);
    (void)sql::exec(db, QStringLiteral("SELECT pg_advisory_unlock(?)"), {upgradeLock});
    return migrated;
}

} // namespace hearken
