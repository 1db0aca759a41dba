// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "store/store_error.h"

#include <QList>

namespace hearken {

class ChangeNotifier;
class Database;

// The brand's accounts on the networks, and the teammates items are assigned to.
class AccountRepository {
public:
    AccountRepository(Database& database, ChangeNotifier& changes);

    StoreResult<QList<Account>> accounts() const;
    // Adds the account, or updates the one with the same network and remote id.
    StoreResult<qint64> saveAccount(const Account& account, qint64 now);
    StoreResult<void> removeAccount(qint64 id);

    StoreResult<QList<Teammate>> teammates() const;
    // The teammate with this name, created when missing.
    StoreResult<qint64> teammate(const QString& name);

private:
    Database& m_database;
    ChangeNotifier& m_changes;
};

} // namespace hearken
