// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace hearken {

class ChangeNotifier;
class Database;

// How an account's syncing goes, as the sidebar and `accounts list` show it.
struct AccountSyncStatus {
    enum class Kind {
        Ok,
        // Rate-limited: nothing is asked of the network until pausedUntil; then it resumes.
        Paused,
        // The sign-in expired or was revoked: a person must sign in again.
        SignInNeeded,
        // The last sync failed for another reason (lastError); the schedule tries again.
        Error,
    };
    qint64 accountId = 0;
    Kind kind = Kind::Ok;
    std::optional<qint64> pausedUntil;
    QString lastError;
    std::optional<qint64> lastSyncAt;
};

QString syncStatusName(AccountSyncStatus::Kind kind);

// An OAuth app registered on one server, reused by every account there. The client secret
// is in the vault, never here.
struct AppRegistration {
    QString network;
    QString serverUrl;
    QString clientId;
    QString redirectUri;
    QString scopes;
    qint64 createdAt = 0;
};

// Sync bookkeeping: cursors (read here, written by IngestWriter with the data), account
// sync status, and app registrations.
class SyncStateRepository {
public:
    SyncStateRepository(Database& database, ChangeNotifier& changes);

    // Every cursor of the account, by stream name.
    StoreResult<QHash<QString, QString>> cursors(qint64 accountId) const;
    // Sets one value that covers no synced data (what the server said about itself at sign-in);
    // cursors that do are written by IngestWriter with their data.
    StoreResult<void> setCursor(qint64 accountId, const QString& stream, const QString& value);

    StoreResult<AccountSyncStatus> status(qint64 accountId) const;
    StoreResult<void> setStatus(const AccountSyncStatus& status);

    StoreResult<std::optional<AppRegistration>> appRegistration(const QString& network,
                                                                const QString& serverUrl) const;
    StoreResult<void> saveAppRegistration(const AppRegistration& registration);
    StoreResult<void> removeAppRegistration(const QString& network, const QString& serverUrl);
    // How many accounts still use the server's registration.
    StoreResult<int> accountsOn(const QString& network, const QString& serverUrl) const;

    // Remote ids of the account's newest open (or snoozed) items, for re-checking edits and
    // deletions.
    StoreResult<QStringList> recentOpenRemoteIds(qint64 accountId, int limit) const;

private:
    Database& m_database;
    ChangeNotifier& m_changes;
};

} // namespace hearken
