// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a workspace that lives in a PostgreSQL database (a team's).
#include "store/database.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "store/store_log.h"

#include <QSqlError>
#include <QUuid>

namespace hearken {

namespace {

// Reads what the database holds without writing, so that a foreign or newer one is refused
// as it is: its schema version, or an error.
StoreResult<int> checkIdentity(const QSqlDatabase& db, const QString& shown)
{
    auto tables = sql::exec(db, QStringLiteral("SELECT count(*) FROM information_schema.tables "
                                               "WHERE table_schema = current_schema()"));
    if (!tables)
        return tl::unexpected(tables.error());
    auto count = sql::firstValue(*tables, qint64(0));
    auto version = schemaVersionOf(db);
    if (!count || !version)
        return tl::unexpected(!count ? count.error() : version.error());
    if (*count > 0 && *version == 0)
        return storeError(StoreError::Kind::NotAWorkspace,
                          QStringLiteral("The database %1 holds tables of another program, not a "
                                         "Hearken workspace. It was left untouched; give Hearken "
                                         "an empty database of its own.")
                              .arg(shown));
    if (*version > Database::newestSchemaVersion())
        return storeError(StoreError::Kind::TooNew,
                          QStringLiteral("The team workspace %1 was upgraded by a newer version of "
                                         "Hearken (schema %2; this version knows up to %3). Update "
                                         "Hearken to open it. It was left untouched.")
                              .arg(shown)
                              .arg(*version)
                              .arg(Database::newestSchemaVersion()));
    return *version;
}

// Whether the connection's role may change the schema: it owns the workspace's tables, as the
// admin who ran `team init` does, and a team's desks do not.
StoreResult<bool> mayUpgrade(const QSqlDatabase& db)
{
    auto owner = sql::exec(db, QStringLiteral("SELECT pg_has_role(current_user, relowner, "
                                              "'USAGE') FROM pg_class WHERE oid = "
                                              "'hearken_schema'::regclass"));
    if (!owner)
        return tl::unexpected(owner.error());
    return sql::firstValue(*owner, false);
}

} // namespace

StoreResult<std::unique_ptr<Database>> Database::openServer(const WorkspaceLocation& location,
                                                            OpenMode mode, int version)
{
    const QString shown = location.shown();
    qCDebug(lcStore) << "Opening the team workspace" << shown << "at schema" << version;
    const QString name =
        QStringLiteral("hearken-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(shown, name, mode, Engine::Postgresql));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return storeError(StoreError::Kind::CannotOpen,
                          QStringLiteral("Cannot open the team workspace %1: Qt's PostgreSQL "
                                         "driver is not installed (apt-get install "
                                         "libqt6sql6-psql).")
                              .arg(shown));
    db.setHostName(location.host);
    if (location.port > 0)
        db.setPort(location.port);
    db.setUserName(location.user);
    db.setPassword(location.password);
    db.setDatabaseName(location.database);
    db.setConnectOptions(location.connectOptions);
    if (!db.open())
        return storeError(StoreError::Kind::CannotOpen,
                          QStringLiteral("Cannot reach the team workspace %1: %2 Check that the "
                                         "server runs, and the address, user, password and "
                                         "database name.")
                              .arg(shown, db.lastError().databaseText().trimmed()));
    // Notices ("extension exists, skipping") are not for the user.
    if (auto set = sql::exec(db, QStringLiteral("SET client_min_messages = warning")); !set)
        return tl::unexpected(set.error());
    auto current = checkIdentity(db, shown);
    if (!current)
        return tl::unexpected(current.error());
    if (mode == OpenMode::ReadOnly) {
        if (*current != newestSchemaVersion())
            return storeError(StoreError::Kind::TooOld,
                              QStringLiteral("The team workspace %1 was saved by an older version "
                                             "of Hearken (schema %2; this version uses %3) and "
                                             "needs upgrading, which a command that only reads "
                                             "does not do. Open it once in Hearken's window, or "
                                             "run a command that changes it such as sync, then "
                                             "try again.")
                                  .arg(shown)
                                  .arg(*current)
                                  .arg(newestSchemaVersion()));
        if (auto set = sql::exec(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION "
                                                    "READ ONLY"));
            !set)
            return tl::unexpected(set.error());
        return database;
    }
    if (*current > 0 && *current < version) {
        auto upgrades = mayUpgrade(db);
        if (!upgrades)
            return tl::unexpected(upgrades.error());
        if (!*upgrades)
            return storeError(StoreError::Kind::TooOld,
                              QStringLiteral("The team workspace %1 was saved by an older version "
                                             "of Hearken (schema %2; this version uses %3), and "
                                             "only its admin may upgrade it: with hearken team "
                                             "init and the admin's address. It was left "
                                             "untouched; open it again after that.")
                                  .arg(shown)
                                  .arg(*current)
                                  .arg(version));
    }
    if (auto migrated = migrate(db, version); !migrated)
        return tl::unexpected(migrated.error());
    return database;
}

} // namespace hearken
