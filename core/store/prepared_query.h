// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <optional>

namespace hearken {

// A statement prepared once on any connection and run per row, with the interface of
// SqliteStatement, so that the ingest writer's statements are written once for both engines.
// SQLite keeps SqliteStatement (binding by position through QSqlQuery costs more there than
// storing the row); on PostgreSQL the round trip dwarfs the binding.
class PreparedQuery {
public:
    static StoreResult<PreparedQuery> prepare(const QSqlDatabase& db, const QString& text);

    template <typename... Values>
    PreparedQuery& bindAll(const Values&... values)
    {
        m_binds.clear();
        (m_binds.append(variant(values)), ...);
        return *this;
    }

    // Runs to the first row, or on to the next one; true when there is one. Call reset()
    // before running again.
    StoreResult<bool> step();
    // Runs a statement; an insert that returns its id (RETURNING id) keeps it for
    // lastInsertId().
    StoreResult<void> run();
    void reset();

    qint64 columnInt(int column) const;
    QString columnText(int column) const;
    // Rows the last run inserted, updated or deleted.
    int changes() const { return m_changes; }
    qint64 lastInsertId() const { return m_lastInsertId; }

private:
    explicit PreparedQuery(QSqlQuery query)
        : m_query(std::move(query))
    {}

    // The types SqliteStatement binds, so that a value converts the same way for both.
    static QVariant variant(qint64 value) { return value; }
    static QVariant variant(int value) { return value; }
    static QVariant variant(bool value) { return value; }
    static QVariant variant(double value) { return value; }
    static QVariant variant(const QString& value) { return value; }
    template <typename T>
    static QVariant variant(const std::optional<T>& value)
    {
        return value ? variant(*value) : QVariant();
    }

    QSqlQuery m_query;
    QVariantList m_binds;
    bool m_running = false;
    int m_changes = 0;
    qint64 m_lastInsertId = 0;
};

} // namespace hearken
