// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QSet>

namespace hearken {

class Database;

// Which process syncs an account of a team workspace, so that two services never walk one
// account's notifications at once: a PostgreSQL advisory lock per account, taken on this
// process's connection and held until released, or until the process or its connection ends
// (a service that dies lets go by itself). A SQLite workspace has no such locks: every process
// may sync it, as before.
class AccountSyncLocks {
public:
    explicit AccountSyncLocks(Database& database);
    ~AccountSyncLocks();
    AccountSyncLocks(const AccountSyncLocks&) = delete;
    AccountSyncLocks& operator=(const AccountSyncLocks&) = delete;

    // Whether this process may sync the account: it holds the account's lock (taking it when
    // free), or the workspace has no locks. False while another process holds it.
    StoreResult<bool> hold(qint64 accountId);
    void release(qint64 accountId);

private:
    Database& m_database;
    QSet<qint64> m_held;
};

} // namespace hearken
