// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/prepared_query.h"

#include "store/sql.h"

namespace hearken {

StoreResult<PreparedQuery> PreparedQuery::prepare(const QSqlDatabase& db, const QString& text)
{
    auto query = sql::prepare(db, text);
    if (!query)
        return tl::unexpected(query.error());
    return PreparedQuery(std::move(*query));
}

StoreResult<bool> PreparedQuery::step()
{
    if (!m_running) {
        if (auto ran = sql::run(m_query, m_binds); !ran)
            return tl::unexpected(ran.error());
        m_running = true;
        m_changes = m_query.numRowsAffected();
    }
    return sql::next(m_query);
}

StoreResult<void> PreparedQuery::run()
{
    auto row = step();
    if (!row)
        return tl::unexpected(row.error());
    // Rows are read one at a time, and the server counts the rows of a statement that
    // returns them only at its end: such a statement's changes are the rows it returned.
    if (*row) {
        m_lastInsertId = m_query.value(0).toLongLong();
        m_changes = 1;
        for (;;) {
            auto more = sql::next(m_query);
            if (!more)
                return tl::unexpected(more.error());
            if (!*more)
                break;
            ++m_changes;
        }
    }
    reset();
    return {};
}

void PreparedQuery::reset()
{
    m_query.finish();
    m_running = false;
}

qint64 PreparedQuery::columnInt(int column) const
{
    return m_query.value(column).toLongLong();
}

QString PreparedQuery::columnText(int column) const
{
    return m_query.value(column).toString();
}

} // namespace hearken
