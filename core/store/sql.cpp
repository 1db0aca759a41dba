// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sql.h"

#include "store/engine.h"

#include <QSqlDriver>
#include <QSqlError>

#include <dlfcn.h>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace hearken::sql {

sqlite3* connectionOf(const QSqlDriver* driver)
{
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

namespace {

// Whether the driver is Qt's PostgreSQL driver, whose handle Qt's metatype names after libpq's
// struct (pg_conn*), not its typedef.
bool isServerDriver(const QSqlDriver* driver)
{
    return driver && qstrcmp(driver->handle().typeName(), "pg_conn*") == 0;
}

} // namespace

namespace {

// The connection behind Qt's PostgreSQL driver, and one of libpq's functions, looked up where
// Qt's driver loaded libpq, so that programs that never open a team workspace (the light
// `hearken`) do not link it: a PGconn means it is loaded. Null without either.
template <typename Function>
Function libpqFunction(const QSqlDriver* driver, const char* name, PGconn*& connection)
{
    connection = nullptr;
    if (!isServerDriver(driver))
        return nullptr;
    const QVariant handle = driver->handle();
    connection = *static_cast<PGconn* const*>(handle.constData());
    if (!connection)
        return nullptr;
    void* libpq = dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD);
    if (!libpq)
        return nullptr;
    const auto function = reinterpret_cast<Function>(dlsym(libpq, name));
    // Qt's driver keeps libpq loaded, so the function stays valid after this handle closes.
    dlclose(libpq);
    return function;
}

} // namespace

bool serverConnectionLost(const QSqlDriver* driver)
{
    if (!isServerDriver(driver))
        return false;
    PGconn* connection = nullptr;
    const auto statusOf = libpqFunction<decltype(&PQstatus)>(driver, "PQstatus", connection);
    if (!connection)
        return true;
    return statusOf && statusOf(connection) == CONNECTION_BAD;
}

std::optional<int> serverProcessId(const QSqlDriver* driver)
{
    PGconn* connection = nullptr;
    const auto processOf =
        libpqFunction<decltype(&PQbackendPID)>(driver, "PQbackendPID", connection);
    const int pid = processOf ? processOf(connection) : 0;
    return pid > 0 ? std::optional<int>(pid) : std::nullopt;
}

std::optional<int> serverSocket(const QSqlDriver* driver)
{
    PGconn* connection = nullptr;
    const auto socketOf = libpqFunction<decltype(&PQsocket)>(driver, "PQsocket", connection);
    const int socket = socketOf ? socketOf(connection) : -1;
    return socket >= 0 ? std::optional<int>(socket) : std::nullopt;
}

std::optional<QList<ServerNotification>> takeNotifications(const QSqlDriver* driver)
{
    PGconn* connection = nullptr;
    const auto consume =
        libpqFunction<decltype(&PQconsumeInput)>(driver, "PQconsumeInput", connection);
    const auto next = libpqFunction<decltype(&PQnotifies)>(driver, "PQnotifies", connection);
    const auto release = libpqFunction<decltype(&PQfreemem)>(driver, "PQfreemem", connection);
    if (!consume || !next || !release || !consume(connection))
        return std::nullopt;
    QList<ServerNotification> taken;
    while (PGnotify* notification = next(connection)) {
        taken.append({QString::fromUtf8(notification->relname),
                      QString::fromUtf8(notification->extra), notification->be_pid});
        release(notification);
    }
    return taken;
}

namespace {

// Extended result codes keep the primary code in the low byte.
bool isDamage(int code)
{
    return (code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB;
}

// PostgreSQL's SQLSTATE for a statement the role's rights do not allow.
const QString insufficientPrivilege = QStringLiteral("42501");

StoreError notAllowed(const QString& words)
{
    return StoreError{StoreError::Kind::Query,
                      QStringLiteral("The team workspace does not let you do this (%1): your "
                                     "role there does not allow it. Ask your team's admin if you "
                                     "should have another role.")
                          .arg(words.trimmed())};
}

StoreError failure(const QString& words)
{
    return StoreError{StoreError::Kind::Query,
                      QStringLiteral("The workspace could not be read or written: %1").arg(words)};
}

} // namespace

StoreError sqliteError(int code, const QString& path, const QString& detail)
{
    return isDamage(code) ? damagedWorkspace(path, detail) : failure(detail);
}

namespace {

// A PostgreSQL server that answers gives every error a SQLSTATE; none, or a connection
// exception (class 08) or a shutdown (57P01-57P03), means the server did not answer. libpq
// may still call such a connection good until it next reads from it.
bool serverDidNotAnswer(const QSqlDriver* driver, const QSqlError& error)
{
    if (!isServerDriver(driver))
        return false;
    const QString state = error.nativeErrorCode();
    return state.isEmpty() || state.startsWith(u"08") || state.startsWith(u"57P0");
}

} // namespace

StoreError queryError(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    if (serverConnectionLost(query.driver()) || serverDidNotAnswer(query.driver(), error))
        return StoreError{StoreError::Kind::Unreachable,
                          QStringLiteral("The connection to the team database's server was lost, "
                                         "so nothing was read or changed. Check that the server "
                                         "runs and the network, then try again.")};
    sqlite3* connection = connectionOf(query.driver());
    if (!connection && error.nativeErrorCode() == insufficientPrivilege)
        return notAllowed(error.databaseText());
    if (!connection || !isDamage(error.nativeErrorCode().toInt()))
        return failure(error.text());
    const char* path = connection ? sqlite3_db_filename(connection, "main") : nullptr;
    return damagedWorkspace(QString::fromUtf8(path), error.databaseText());
}

StoreResult<void> endOfRows(const QSqlQuery& query)
{
    if (query.lastError().isValid())
        return tl::unexpected(queryError(query));
    return {};
}

StoreResult<bool> next(QSqlQuery& query)
{
    if (query.next())
        return true;
    if (auto ended = endOfRows(query); !ended)
        return tl::unexpected(ended.error());
    return false;
}

StoreResult<void> run(QSqlQuery& query, const QVariantList& binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i) {
        const QVariant& value = binds.at(i);
        // A null QString is NULL to the driver; Hearken's text columns mean "" by it.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        // The store's flags are integers 0 and 1 on both engines.
        const bool flag = value.typeId() == QMetaType::Bool;
        query.bindValue(int(i), nullText ? QVariant(QString(u""_qs))
                                : flag   ? QVariant(int(value.toBool()))
                                         : value);
    }
    if (!query.exec())
        return tl::unexpected(queryError(query));
    return {};
}

StoreResult<QSqlQuery> prepare(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return tl::unexpected(queryError(query));
    return query;
}

StoreResult<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement,
                            const QVariantList& binds)
{
    // PostgreSQL prepares only queries and data changes (not BEGIN, SET or a schema script),
    // and a statement without values gains nothing from it.
    if (binds.isEmpty() && engineOf(db) == Engine::Postgresql) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(statement))
            return tl::unexpected(queryError(query));
        return query;
    }
    auto query = prepare(db, statement);
    if (!query)
        return query;
    if (auto ran = run(*query, binds); !ran)
        return tl::unexpected(ran.error());
    return query;
}

std::optional<qint64> optionalInt(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace hearken::sql
