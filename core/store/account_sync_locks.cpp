// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/account_sync_locks.h"

#include "store/database.h"
#include "store/sql.h"

namespace hearken {

namespace {

// The first half of every account's lock key, so that Hearken's locks never meet another
// program's advisory locks on the same database ("Hear" in ASCII).
constexpr int lockNamespace = 0x48656172;

} // namespace

AccountSyncLocks::AccountSyncLocks(Database& database)
    : m_database(database)
{}

AccountSyncLocks::~AccountSyncLocks()
{
    for (const qint64 accountId : QSet(m_held))
        release(accountId);
}

StoreResult<bool> AccountSyncLocks::hold(qint64 accountId)
{
    if (m_database.engine() != Engine::Postgresql || m_held.contains(accountId))
        return true;
    auto taken = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT pg_try_advisory_lock(?, ?::integer)"),
                           {lockNamespace, accountId});
    if (!taken)
        return tl::unexpected(taken.error());
    const auto held = sql::firstValue(*taken, false);
    if (held && *held)
        m_held.insert(accountId);
    return held;
}

void AccountSyncLocks::release(qint64 accountId)
{
    if (!m_held.remove(accountId))
        return;
    (void)sql::exec(m_database.connection(),
                    QStringLiteral("SELECT pg_advisory_unlock(?, ?::integer)"),
                    {lockNamespace, accountId});
}

} // namespace hearken
