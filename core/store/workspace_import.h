// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "store/store_error.h"

#include <QList>
#include <QString>

#include <functional>

namespace hearken {

class Database;
class Workspace;

// How far a workspace import is: `done` of `total` rows of one table.
struct ImportProgress {
    QString table;
    qint64 done = 0;
    qint64 total = 0;
};

// What a workspace import moved.
struct ImportSummary {
    // The queue's items (inbound posts and their state).
    qint64 items = 0;
    // Every row moved, all tables together.
    qint64 rows = 0;
    // The accounts whose tokens stayed behind (in the solo workspace's keychain entries): a
    // person signs them in again on the team workspace.
    QList<Account> accountsToSignIn;
};

// Moves a solo workspace (an SQLite file, at the newest schema) with its whole history into a
// team workspace (PostgreSQL, at the same schema) that holds no accounts and no posts yet, in
// one transaction: either everything arrives, or nothing does. Ids are kept, so that the
// history reads the same; the team workspace's own identity (the key its secrets are filed
// under) stays its own, and tokens are not moved. The solo workspace's saved views, saved
// replies and tone lessons replace the team workspace's defaults.
StoreResult<ImportSummary>
importWorkspace(Database& solo, Workspace& team,
                const std::function<void(const ImportProgress&)>& progress = {});

} // namespace hearken
