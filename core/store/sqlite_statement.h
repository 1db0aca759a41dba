// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace hearken {

// A statement prepared directly on the workspace's SQLite connection, for the write paths
// that run per row at tens of thousands of rows a second: QSqlQuery spends more time
// binding a value by position than SQLite spends storing it.
class SqliteStatement {
public:
    static StoreResult<SqliteStatement> prepare(const QSqlDatabase& db, const QString& text);

    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    ~SqliteStatement();

    // Binds the values in order, starting at the first parameter.
    template <typename... Values>
    SqliteStatement& bindAll(const Values&... values)
    {
        int index = 0;
        (bind(++index, values), ...);
        return *this;
    }

    // Runs to the first row; true when there is one. Call reset() before running again.
    StoreResult<bool> step();
    // Runs a statement that returns no rows, and resets it.
    StoreResult<void> run();
    void reset();

    qint64 columnInt(int column) const;
    QString columnText(int column) const;
    // Rows the last run inserted, updated or deleted.
    int changes() const;
    qint64 lastInsertId() const;

private:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement);

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, bool value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString& value);
    template <typename T>
    void bind(int index, const std::optional<T>& value)
    {
        if (value)
            bind(index, *value);
        else
            bindNull(index);
    }
    void bindNull(int index);
    StoreError error() const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace hearken
