// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/transaction.h"

#include "store/sql.h"

namespace hearken {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    auto begun = sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    m_active = begun.has_value();
    if (!begun)
        m_error = begun.error();
}

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

} // namespace hearken
