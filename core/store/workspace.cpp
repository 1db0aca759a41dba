// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspace.h"

#include <algorithm>

namespace hearken {

StoreResult<std::unique_ptr<Workspace>> Workspace::open(const QString& path, OpenMode mode,
                                                        const QString& password)
{
    auto database = Database::open(path, mode, password);
    if (!database)
        return tl::unexpected(database.error());
    return std::make_unique<Workspace>(std::move(*database));
}

Workspace::Workspace(std::unique_ptr<Database> database)
    : m_database(std::move(database))
    , m_accounts(*m_database, m_changes)
    , m_queue(*m_database, m_changes)
    , m_posts(*m_database)
    , m_savedViews(*m_database, m_changes)
    , m_settings(*m_database, m_changes)
    , m_ingest(*m_database, m_changes)
    , m_searchIndexer(*m_database)
    , m_toneAdaptation(*m_database)
    , m_syncState(*m_database, m_changes)
    , m_outbox(*m_database, m_changes)
    , m_notes(*m_database, m_changes)
    , m_topics(*m_database, m_changes)
    , m_presence(*m_database, m_changes)
{}

StoreResult<bool> Workspace::isSample()
{
    return m_accounts.accounts().map([](const QList<Account>& all) {
        return !all.isEmpty() &&
               std::all_of(all.cbegin(), all.cend(), [](const Account& a) { return a.isSample; });
    });
}

} // namespace hearken
