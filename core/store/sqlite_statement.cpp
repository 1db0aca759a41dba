// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite_statement.h"

#include "store/sqlite_handle.h"

#include <sqlite3.h>

namespace hearken {

StoreResult<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase& db, const QString& sql)
{
    sqlite3* connection = sqliteHandle(db);
    if (!connection)
        return storeError(StoreError::Kind::Query,
                          QStringLiteral("The workspace is not an SQLite database."));
    sqlite3_stmt* statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(connection, text.constData(), int(text.size()),
                           SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        return storeError(StoreError::Kind::Query,
                          QStringLiteral("The workspace could not be read or written: %1")
                              .arg(QString::fromUtf8(sqlite3_errmsg(connection))));
    }
    return SqliteStatement(connection, statement);
}

SqliteStatement::SqliteStatement(sqlite3* db, sqlite3_stmt* statement)
    : m_db(db)
    , m_statement(statement)
{}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
{}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    std::swap(m_db, other.m_db);
    std::swap(m_statement, other.m_statement);
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString& value)
{
    // The workspace stores UTF-8; Qt converts faster than SQLite does.
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

StoreError SqliteStatement::error() const
{
    return {StoreError::Kind::Query,
            QStringLiteral("The workspace could not be read or written: %1")
                .arg(QString::fromUtf8(sqlite3_errmsg(m_db)))};
}

StoreResult<bool> SqliteStatement::step()
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default: {
        const StoreError failure = error();
        sqlite3_reset(m_statement);
        return tl::unexpected(failure);
    }
    }
}

StoreResult<void> SqliteStatement::run()
{
    auto stepped = step();
    reset();
    if (!stepped)
        return tl::unexpected(stepped.error());
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::columnText(int column) const
{
    const auto* text = static_cast<const char16_t*>(sqlite3_column_text16(m_statement, column));
    const int bytes = sqlite3_column_bytes16(m_statement, column);
    return QString::fromUtf16(text, bytes / int(sizeof(char16_t)));
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace hearken
