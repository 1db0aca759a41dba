// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <optional>
#include <type_traits>
#include <utility>

class QSqlDriver;
struct sqlite3;

namespace hearken::sql {

// The SQLite connection under a Qt one; nullptr when the driver is not SQLite.
sqlite3* connectionOf(const QSqlDriver* driver);

// Whether the driver is PostgreSQL's and its connection to the server is gone (the server
// stopped, the network dropped, or it was closed). Looks at the connection's state only; asks
// the server nothing.
bool serverConnectionLost(const QSqlDriver* driver);
// The process id of the server's backend that serves this PostgreSQL connection (what
// pg_backend_pid() and a notification's sender say); none for SQLite or a closed connection.
// Asks the server nothing.
std::optional<int> serverProcessId(const QSqlDriver* driver);
// The socket of a PostgreSQL connection, to watch for what the server sends unasked; none for
// SQLite or a closed connection.
std::optional<int> serverSocket(const QSqlDriver* driver);

// A NOTIFY the server delivered on a channel the connection LISTENs to.
struct ServerNotification {
    QString channel;
    QString payload;
    // The backend process of the connection whose transaction sent it.
    int senderPid = 0;
};
// Reads what the server sent on a PostgreSQL connection without waiting, and takes the
// notifications that arrived; none when the connection is lost (the server closed it).
std::optional<QList<ServerNotification>> takeNotifications(const QSqlDriver* driver);

// Prepares, binds positionally and runs one statement; a failure carries the driver's words.
StoreResult<QSqlQuery> exec(const QSqlDatabase& db, const QString& statement,
                            const QVariantList& binds = {});

StoreResult<QSqlQuery> prepare(const QSqlDatabase& db, const QString& statement);

// Runs an already prepared statement again with new values.
StoreResult<void> run(QSqlQuery& query, const QVariantList& binds);

// What went wrong with the query's last step; Corrupt when SQLite found the file damaged.
StoreError queryError(const QSqlQuery& query);

// The error for an SQLite result code on the workspace at `path`; `detail` is SQLite's words.
StoreError sqliteError(int code, const QString& path, const QString& detail);

// QSqlQuery::next() answers false both after the last row and when SQLite fails on the way
// there (a damaged page, an I/O error). Every read walks its rows through these, which tell
// the two apart.

// After next() answered false: success when the rows ended, the error when reading failed.
StoreResult<void> endOfRows(const QSqlQuery& query);

// Steps to the next row: true on a row, false after the last one.
StoreResult<bool> next(QSqlQuery& query);

// The first column of the next row as a T, or `none` when there is no row. Finishes the
// query, so that it holds no read lock afterwards.
template <typename T>
StoreResult<T> firstValue(QSqlQuery& query, T none)
{
    auto row = next(query);
    if (!row)
        return tl::unexpected(row.error());
    T value = *row ? query.value(0).value<T>() : std::move(none);
    query.finish();
    return value;
}

// Calls `read` with every remaining row.
template <typename Read>
StoreResult<void> forEachRow(QSqlQuery& query, Read&& read)
{
    while (query.next())
        read(std::as_const(query));
    return endOfRows(query);
}

// Every remaining row, each made into a value by `read`.
template <typename Read>
auto rows(QSqlQuery& query, Read&& read)
    -> StoreResult<QList<std::decay_t<std::invoke_result_t<Read&, const QSqlQuery&>>>>
{
    QList<std::decay_t<std::invoke_result_t<Read&, const QSqlQuery&>>> values;
    if (auto walked = forEachRow(query, [&](const QSqlQuery& row) { values.append(read(row)); });
        !walked)
        return tl::unexpected(walked.error());
    return values;
}

// The next row made into a value by `read`, or nullopt when there is none. Finishes the query.
template <typename Read>
auto firstRow(QSqlQuery& query, Read&& read)
    -> StoreResult<std::optional<std::decay_t<std::invoke_result_t<Read&, const QSqlQuery&>>>>
{
    auto row = next(query);
    if (!row)
        return tl::unexpected(row.error());
    std::optional<std::decay_t<std::invoke_result_t<Read&, const QSqlQuery&>>> value;
    if (*row)
        value = read(std::as_const(query));
    query.finish();
    return value;
}

// NULL in, std::nullopt out, and back.
template <typename T>
QVariant nullable(const std::optional<T>& value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}
std::optional<qint64> optionalInt(const QVariant& value);

} // namespace hearken::sql
