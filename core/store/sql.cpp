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

bool serverConnectionLost(const QSqlDriver* driver)
{
    if (!isServerDriver(driver))
        return false;
    const QVariant handle = driver->handle();
    const PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    if (!connection)
        return true;
    // libpq is asked where Qt's PostgreSQL driver loaded it, so that programs that never open a
    // team workspace (the light `hearken`) do not link it: a PGconn means it is loaded.
    void* libpq = dlopen("libpq.so.5", RTLD_LAZY | RTLD_NOLOAD);
    if (!libpq)
        return false;
    using StatusOf = ConnStatusType (*)(const PGconn*);
    const auto statusOf = reinterpret_cast<StatusOf>(dlsym(libpq, "PQstatus"));
    const bool lost = statusOf && statusOf(connection) == CONNECTION_BAD;
    dlclose(libpq);
    return lost;
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
