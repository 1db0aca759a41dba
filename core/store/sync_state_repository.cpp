// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sync_state_repository.h"

#include "store/change_notifier.h"
#include "store/database.h"
#include "store/dialect.h"
#include "store/sql.h"

namespace hearken {

namespace {

AccountSyncStatus::Kind kindFromName(const QString& name)
{
    if (name == u"paused")
        return AccountSyncStatus::Kind::Paused;
    if (name == u"sign_in")
        return AccountSyncStatus::Kind::SignInNeeded;
    if (name == u"error")
        return AccountSyncStatus::Kind::Error;
    return AccountSyncStatus::Kind::Ok;
}

} // namespace

QString syncStatusName(AccountSyncStatus::Kind kind)
{
    switch (kind) {
    case AccountSyncStatus::Kind::Ok:
        return QStringLiteral("ok");
    case AccountSyncStatus::Kind::Paused:
        return QStringLiteral("paused");
    case AccountSyncStatus::Kind::SignInNeeded:
        return QStringLiteral("sign_in");
    case AccountSyncStatus::Kind::Error:
        return QStringLiteral("error");
    }
    return {};
}

SyncStateRepository::SyncStateRepository(Database& database, ChangeNotifier& changes)
    : m_database(database)
    , m_changes(changes)
{}

StoreResult<QHash<QString, QString>> SyncStateRepository::cursors(qint64 accountId) const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT stream, value FROM cursors WHERE account_id = ?"),
                           {accountId});
    if (!query)
        return tl::unexpected(query.error());
    QHash<QString, QString> cursors;
    if (auto walked = sql::forEachRow(*query,
                                      [&](const QSqlQuery& row) {
                                          cursors.insert(row.value(0).toString(),
                                                         row.value(1).toString());
                                      });
        !walked)
        return tl::unexpected(walked.error());
    return cursors;
}

StoreResult<void> SyncStateRepository::setCursor(qint64 accountId, const QString& stream,
                                                 const QString& value)
{
    const QSqlDatabase db = m_database.connection();
    auto saved = sql::exec(db,
                           QStringLiteral("INSERT INTO cursors (account_id, stream, value, "
                                          "updated_at) VALUES (?, ?, ?, ") +
                               Dialect::of(db).now() +
                               QStringLiteral(") ON CONFLICT (account_id, stream) DO UPDATE SET "
                                              "value = excluded.value, updated_at = "
                                              "excluded.updated_at"),
                           {accountId, stream, value});
    if (!saved)
        return tl::unexpected(saved.error());
    return {};
}

StoreResult<AccountSyncStatus> SyncStateRepository::status(qint64 accountId) const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT sync_status, paused_until, last_error, "
                                          "last_sync_at FROM accounts WHERE id = ?"),
                           {accountId});
    if (!query)
        return tl::unexpected(query.error());
    const auto found = sql::next(*query);
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return storeError(StoreError::Kind::Query,
                          QStringLiteral("There is no account %1.").arg(accountId));
    AccountSyncStatus status;
    status.accountId = accountId;
    status.kind = kindFromName(query->value(0).toString());
    status.pausedUntil = sql::optionalInt(query->value(1));
    status.lastError = query->value(2).toString();
    status.lastSyncAt = sql::optionalInt(query->value(3));
    return status;
}

StoreResult<void> SyncStateRepository::setStatus(const AccountSyncStatus& status)
{
    auto updated = sql::exec(
        m_database.connection(),
        QStringLiteral("UPDATE accounts SET sync_status = ?, paused_until = ?, last_error = ?, "
                       "last_sync_at = coalesce(?, last_sync_at) WHERE id = ?"),
        {syncStatusName(status.kind), sql::nullable(status.pausedUntil), status.lastError,
         sql::nullable(status.lastSyncAt), status.accountId});
    if (!updated)
        return tl::unexpected(updated.error());
    Q_EMIT m_changes.accountsChanged();
    return {};
}

StoreResult<std::optional<AppRegistration>>
SyncStateRepository::appRegistration(const QString& network, const QString& serverUrl) const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT client_id, redirect_uri, scopes, created_at FROM "
                                          "app_registrations WHERE network = ? AND server_url = ?"),
                           {network, serverUrl});
    if (!query)
        return tl::unexpected(query.error());
    const auto found = sql::next(*query);
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return std::nullopt;
    return AppRegistration{network,
                           serverUrl,
                           query->value(0).toString(),
                           query->value(1).toString(),
                           query->value(2).toString(),
                           query->value(3).toLongLong()};
}

StoreResult<void> SyncStateRepository::saveAppRegistration(const AppRegistration& r)
{
    auto saved = sql::exec(
        m_database.connection(),
        QStringLiteral("INSERT INTO app_registrations (network, server_url, client_id, "
                       "redirect_uri, scopes, created_at) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (network, server_url) DO UPDATE SET client_id = "
                       "excluded.client_id, redirect_uri = excluded.redirect_uri, scopes = "
                       "excluded.scopes, created_at = excluded.created_at"),
        {r.network, r.serverUrl, r.clientId, r.redirectUri, r.scopes, r.createdAt});
    if (!saved)
        return tl::unexpected(saved.error());
    return {};
}

StoreResult<void> SyncStateRepository::removeAppRegistration(const QString& network,
                                                             const QString& serverUrl)
{
    auto removed = sql::exec(
        m_database.connection(),
        QStringLiteral("DELETE FROM app_registrations WHERE network = ? AND server_url = ?"),
        {network, serverUrl});
    if (!removed)
        return tl::unexpected(removed.error());
    return {};
}

StoreResult<int> SyncStateRepository::accountsOn(const QString& network,
                                                 const QString& serverUrl) const
{
    auto query = sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT count(*) FROM accounts WHERE network = ? AND server_url = ?"),
        {network, serverUrl});
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, 0);
}

StoreResult<QStringList> SyncStateRepository::recentOpenRemoteIds(qint64 accountId, int limit) const
{
    auto query = sql::exec(
        m_database.connection(),
        QStringLiteral("SELECT p.remote_id FROM queue q JOIN posts p ON p.id = q.post_id "
                       "WHERE q.account_id = ? AND (q.state = 'open' OR q.state = 'snoozed') "
                       "ORDER BY q.received_at DESC LIMIT ?"),
        {accountId, limit});
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) { return row.value(0).toString(); });
}

} // namespace hearken
