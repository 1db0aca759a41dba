// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspace_import_copy.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace hearken {

namespace {

// The driver hands out its connection as a PGconn* (QSqlDriver::handle()), whose type Qt
// names after the struct behind the typedef.
PGconn* connectionOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

QString serverMessage(PGconn* connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

} // namespace

PostgresCopy::PostgresCopy(pg_conn* connection, QString table)
    : m_connection(connection)
    , m_table(std::move(table))
{}

PostgresCopy::PostgresCopy(PostgresCopy&& other) noexcept
    : m_connection(std::exchange(other.m_connection, nullptr))
    , m_table(std::move(other.m_table))
{}

PostgresCopy::~PostgresCopy()
{
    // Abandoned half way (an error in the rows given): the server fails the COPY, and with it
    // the transaction around it.
    if (m_connection) {
        PQputCopyEnd(m_connection, "abandoned");
        while (PGresult* result = PQgetResult(m_connection))
            PQclear(result);
    }
}

StoreError PostgresCopy::failure(const QString& detail) const
{
    return {StoreError::Kind::Query,
            QStringLiteral("Copying the rows of %1 into the team workspace failed: %2")
                .arg(m_table, detail)};
}

StoreResult<PostgresCopy> PostgresCopy::start(const QSqlDatabase& db, const QString& table,
                                              const QStringList& columns)
{
    PGconn* connection = connectionOf(db);
    if (!connection)
        return storeError(StoreError::Kind::Query,
                          QStringLiteral("The workspace's connection is not a PostgreSQL one."));
    const QByteArray statement =
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, columns.join(u", ")).toUtf8();
    PGresult* result = PQexec(connection, statement.constData());
    const bool started = PQresultStatus(result) == PGRES_COPY_IN;
    PQclear(result);
    if (!started)
        return tl::unexpected(PostgresCopy(nullptr, table).failure(serverMessage(connection)));
    return PostgresCopy(connection, table);
}

StoreResult<void> PostgresCopy::send(const QByteArray& rows)
{
    if (PQputCopyData(m_connection, rows.constData(), int(rows.size())) != 1)
        return tl::unexpected(failure(serverMessage(m_connection)));
    return {};
}

StoreResult<void> PostgresCopy::finish()
{
    PGconn* connection = std::exchange(m_connection, nullptr);
    if (PQputCopyEnd(connection, nullptr) != 1)
        return tl::unexpected(failure(serverMessage(connection)));
    QString error;
    while (PGresult* result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
    }
    if (!error.isEmpty())
        return tl::unexpected(failure(error));
    return {};
}

} // namespace hearken
