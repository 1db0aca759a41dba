// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QStringList>

struct pg_conn;

namespace hearken {

// Rows streamed into one PostgreSQL table with COPY ... FROM STDIN on the connection the store
// already holds (Qt's driver cannot send COPY data; libpq, under it, can), so that the rows
// join the transaction open on that connection.
class PostgresCopy {
public:
    // Starts COPY into `table` (its `columns`, in that order).
    static StoreResult<PostgresCopy> start(const QSqlDatabase& db, const QString& table,
                                           const QStringList& columns);

    PostgresCopy(PostgresCopy&& other) noexcept;
    PostgresCopy& operator=(PostgresCopy&&) = delete;
    ~PostgresCopy();

    // Appends rows already in COPY's text format: tab between values, \N for null, a newline
    // after each row, and backslashes, tabs and line breaks in values escaped.
    StoreResult<void> send(const QByteArray& rows);
    // Ends the data; the rows count once the server accepted every one of them.
    StoreResult<void> finish();

private:
    PostgresCopy(pg_conn* connection, QString table);
    StoreError failure(const QString& detail) const;

    pg_conn* m_connection = nullptr;
    QString m_table;
};

} // namespace hearken
