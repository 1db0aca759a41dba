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

// How long connecting may take before libpq gives up, unless the URI says otherwise.
constexpr int connectTimeoutSeconds = 10;

QString withConnectTimeout(const QString& options)
{
    if (options.contains(u"connect_timeout="))
        return options;
    const QString timeout = QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds);
    return options.isEmpty() ? timeout : options + u';' + timeout;
}

// libpq's reason for refusing a connection, in words a user can act on. libpq's messages are
// not translated by Hearken's locale, so the known ones are recognised by their English text.
StoreError connectionRefusal(const WorkspaceLocation& location, const QString& shown,
                             const QString& libpq)
{
    const auto says = [&libpq](const char* words) {
        return libpq.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    const QString host = location.host.isEmpty() ? QStringLiteral("localhost") : location.host;
    const QString port = QString::number(location.port > 0 ? location.port : 5432);
    using Kind = StoreError::Kind;
    if (says("password authentication failed"))
        return {Kind::LoginRefused,
                QStringLiteral("The server %1 refused the password of %2. Check the password, or "
                               "ask your admin to set a new one.")
                    .arg(host, location.user)};
    if (says("no password supplied") || says("password is required"))
        return {Kind::LoginRefused,
                QStringLiteral("The server %1 asks for the password of %2, and none was given "
                               "(nor in PGPASSWORD or ~/.pgpass). Enter the password.")
                    .arg(host, location.user)};
    if (says("role \"") && says("does not exist"))
        return {Kind::LoginRefused,
                QStringLiteral("The server %1 has no user %2. Check the user name, or ask your "
                               "admin to add you (hearken team add-person).")
                    .arg(host, location.user)};
    if (says("no pg_hba.conf entry"))
        return {Kind::LoginRefused,
                QStringLiteral("The server %1 does not let %2 in from this computer, or not "
                               "without TLS. Ask your admin (pg_hba.conf).")
                    .arg(host, location.user)};
    if (says("database \"") && says("does not exist"))
        return {Kind::Missing,
                QStringLiteral("The server %1 has no database %2. Check the database name.")
                    .arg(host, location.database)};
    if (says("could not translate host name"))
        return {Kind::Unreachable,
                QStringLiteral("Hearken cannot find the server %1. Check its name and the "
                               "network.")
                    .arg(host)};
    if (says("timeout expired"))
        return {Kind::Unreachable,
                QStringLiteral("The server %1 did not answer within %2 seconds. Check the "
                               "network and that the server runs.")
                    .arg(host)
                    .arg(connectTimeoutSeconds)};
    if (says("connection refused") || says("is the server running") || says("no route to host") ||
        says("network is unreachable"))
        return {Kind::Unreachable,
                QStringLiteral("No database server answers on %1, port %2. Check that the "
                               "server runs and that the address and port are right.")
                    .arg(host, port)};
    if (says("ssl") || says("certificate"))
        return {Kind::CannotOpen,
                QStringLiteral("The secure connection (TLS) to %1 failed: %2 Check the TLS "
                               "setting, or ask your admin which one the server needs.")
                    .arg(host, libpq)};
    return {Kind::CannotOpen,
            QStringLiteral("Cannot reach the team workspace %1: %2 Check that the server runs, "
                           "and the address, user, password and database name.")
                .arg(shown, libpq)};
}

// What every connection of a desk sets once connected.
StoreResult<void> startSession(const QSqlDatabase& db, OpenMode mode)
{
    // Notices ("extension exists, skipping") are not for the user.
    if (auto set = sql::exec(db, QStringLiteral("SET client_min_messages = warning")); !set)
        return tl::unexpected(set.error());
    // A page walked in queue order is estimated to cost more than jit_above_cost, and
    // compiling it took 100 ms of a 20 ms search: a desk's statements are too short for JIT.
    if (auto set = sql::exec(db, QStringLiteral("SET jit = off")); !set)
        return tl::unexpected(set.error());
    if (mode != OpenMode::ReadOnly)
        return {};
    if (auto set = sql::exec(db, QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION "
                                                "READ ONLY"));
        !set)
        return tl::unexpected(set.error());
    return {};
}

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
    db.setConnectOptions(withConnectTimeout(location.connectOptions));
    if (!db.open())
        return tl::unexpected(
            connectionRefusal(location, shown, db.lastError().databaseText().trimmed()));
    if (auto started = startSession(db, mode); !started)
        return tl::unexpected(started.error());
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
        return database;
    }
    if (mode == OpenMode::MustExist && *current == 0)
        return storeError(StoreError::Kind::Missing,
                          QStringLiteral("The database %1 on %2 is not a Hearken team workspace "
                                         "yet. Ask your admin to run `hearken team init %3` "
                                         "first; it was left untouched.")
                              .arg(location.database, location.host, shown));
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

StoreResult<void> Database::reconnectServer()
{
    QSqlDatabase db = connection();
    db.close();
    if (!db.open()) {
        const WorkspaceLocation location = WorkspaceLocation::parse(m_path);
        return tl::unexpected(
            connectionRefusal(location, m_path, db.lastError().databaseText().trimmed()));
    }
    qCDebug(lcStore) << "Connected again to the team workspace" << m_path;
    return startSession(db, m_mode);
}

} // namespace hearken
