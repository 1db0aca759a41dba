// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/migrations.h"

#include "store/sql.h"
#include "store/store_log.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <optional>
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

namespace {

// A step as its resource names it: NNNN_name.sql.
struct MigrationResource {
    int version = 0;
    QString name;
    QString path;
};

// NNNN_name.sql, read without a regular expression or a name filter (which is one): compiling
// one cost each command's start more than reading the names.
std::optional<MigrationResource> migrationResource(const QDir& dir, const QString& entry)
{
    constexpr qsizetype digits = 4;
    const QLatin1StringView suffix(".sql");
    const qsizetype nameLength = entry.size() - digits - 1 - suffix.size();
    if (nameLength < 1 || entry[digits] != u'_' || !entry.endsWith(suffix))
        return std::nullopt;
    const auto isDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    const QStringView number = QStringView(entry).first(digits);
    const QStringView name = QStringView(entry).sliced(digits + 1, nameLength);
    if (!std::all_of(number.begin(), number.end(), isDigit) ||
        !std::all_of(name.begin(), name.end(),
                     [&](QChar c) { return isDigit(c) || c.isLetter() || c == u'_'; }))
        return std::nullopt;
    return MigrationResource{number.toInt(), name.toString(), dir.filePath(entry)};
}

QList<MigrationResource> migrationResources(Engine engine)
{
    QList<MigrationResource> resources;
    const QDir dir(engine == Engine::Postgresql ? QStringLiteral(":/sql/postgresql")
                                                : QStringLiteral(":/sql/sqlite"));
    for (const QString& entry : dir.entryList(QDir::Files, QDir::Name)) {
        if (auto resource = migrationResource(dir, entry))
            resources.append(std::move(*resource));
    }
    return resources;
}

} // namespace

QList<Migration> bundledMigrations(Engine engine, int after)
{
    QList<Migration> migrations;
    for (const MigrationResource& step : migrationResources(engine)) {
        if (step.version <= after)
            continue;
        QFile file(step.path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString script = QString::fromUtf8(file.readAll());
        migrations.append(
            {step.version, step.name,
             engine == Engine::Postgresql ? QStringList{script} : splitStatements(script)});
    }
    return migrations;
}

int newestBundledVersion()
{
    const QList<MigrationResource> steps = migrationResources(Engine::Sqlite);
    return steps.isEmpty() ? 0 : steps.last().version;
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

    if (*from >= target)
        return {};
    const QList<MigrationResource> resources = migrationResources(engineOf(db));
    for (qsizetype i = 0; i < resources.size(); ++i) {
        if (resources[i].version != i + 1)
            return storeError(
                StoreError::Kind::Migration,
                QStringLiteral("Schema step %1 is missing from this build.").arg(i + 1));
    }
    for (const Migration& step : bundledMigrations(engineOf(db), *from)) {
        if (step.version > target)
            break;
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
