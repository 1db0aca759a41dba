// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QSqlDatabase>

namespace hearken {

// A write transaction that rolls back unless committed. On SQLite it takes the write lock up
// front (BEGIN IMMEDIATE) so that a concurrent writer waits at the start, never half way.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Whether BEGIN succeeded; when it did not, error() says why.
    bool isActive() const { return m_active; }
    const StoreError& error() const { return m_error; }
    StoreResult<void> commit();

private:
    QSqlDatabase m_db;
    StoreError m_error;
    bool m_active = false;
};

// A read transaction: every read on the connection until it ends sees one state of the
// workspace, whatever other connections commit meanwhile (SQLite's WAL or PostgreSQL's
// repeatable read keeps that snapshot). End it soon: while it lasts, SQLite cannot fold the
// WAL back into the file past it, nor PostgreSQL vacuum the rows it might still read.
class ReadTransaction {
public:
    explicit ReadTransaction(QSqlDatabase db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

    // Whether BEGIN succeeded; when it did not, error() says why.
    bool isActive() const { return m_active; }
    const StoreError& error() const { return m_error; }

private:
    QSqlDatabase m_db;
    StoreError m_error;
    bool m_active = false;
};

} // namespace hearken
