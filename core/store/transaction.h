// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QSqlDatabase>

namespace hearken {

// A write transaction that rolls back unless committed. Takes the write lock up front
// (BEGIN IMMEDIATE) so that a concurrent writer waits at the start, never half way.
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
    bool m_active = false;
    StoreError m_error;
};

} // namespace hearken
