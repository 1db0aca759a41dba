// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/transaction.h"

#include "store/dialect.h"
#include "store/sql.h"

namespace hearken {

namespace {

// Runs `begin`; true when the transaction started, else `error` says why.
bool start(const QSqlDatabase& db, const QString& begin, StoreError& error)
{
    auto begun = sql::exec(db, begin);
    if (!begun)
        error = begun.error();
    return begun.has_value();
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_active(start(m_db, Dialect::of(m_db).beginWrite(), m_error))
{}

Transaction::~Transaction()
{
    if (m_active)
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK"));
}

StoreResult<void> Transaction::commit()
{
    if (!m_active)
        return tl::unexpected(m_error);
    auto committed = sql::exec(m_db, QStringLiteral("COMMIT"));
    if (!committed)
        return tl::unexpected(committed.error());
    m_active = false;
    return {};
}

ReadTransaction::ReadTransaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_active(start(m_db, Dialect::of(m_db).beginRead(), m_error))
{}

ReadTransaction::~ReadTransaction()
{
    // Nothing was written: ending it either way only lets the snapshot go.
    if (m_active)
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK"));
}

} // namespace hearken
