// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/account_repository.h"

#include "store/change_notifier.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/team_people.h"

namespace hearken {

AccountRepository::AccountRepository(Database& database, ChangeNotifier& changes)
    : m_database(database)
    , m_changes(changes)
{}

StoreResult<QList<Account>> AccountRepository::accounts() const
{
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT id, network, remote_id, handle, display_name, "
                                          "server_url, auth_kind, is_sample FROM accounts "
                                          "ORDER BY network, handle"));
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) {
        return Account{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                       row.value(3).toString(),   row.value(4).toString(), row.value(5).toString(),
                       row.value(6).toString(),   row.value(7).toBool()};
    });
}

StoreResult<qint64> AccountRepository::saveAccount(const Account& a, qint64 now)
{
    auto query =
        sql::exec(m_database.connection(),
                  QStringLiteral(
                      "INSERT INTO accounts (network, remote_id, handle, display_name, server_url, "
                      "auth_kind, is_sample, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT (network, remote_id) DO UPDATE SET handle = excluded.handle, "
                      "display_name = excluded.display_name, server_url = excluded.server_url, "
                      "auth_kind = excluded.auth_kind RETURNING id"),
                  {a.network, a.remoteId, a.handle, a.displayName, a.serverUrl, a.authKind,
                   int(a.isSample), now});
    if (!query)
        return tl::unexpected(query.error());
    const auto id = sql::firstValue(*query, qint64(0));
    if (id)
        Q_EMIT m_changes.accountsChanged();
    return id;
}

StoreResult<void> AccountRepository::removeAccount(qint64 id)
{
    auto removed = sql::exec(m_database.connection(),
                             QStringLiteral("DELETE FROM accounts WHERE id = ?"), {id});
    if (!removed)
        return tl::unexpected(removed.error());
    Q_EMIT m_changes.accountsChanged();
    Q_EMIT m_changes.queueReset();
    return {};
}

StoreResult<QList<Teammate>> AccountRepository::teammates() const
{
    if (m_database.engine() == Engine::Postgresql)
        return teammatesOfTeam(m_database.connection());
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("SELECT id, name FROM teammates ORDER BY name"));
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) {
        return Teammate{row.value(0).toLongLong(), row.value(1).toString()};
    });
}

StoreResult<qint64> AccountRepository::teammate(const QString& name)
{
    // Found before any write: on a team's database only supervisors may add teammates, and
    // every manager looks themselves up.
    auto found =
        sql::exec(m_database.connection(),
                  QStringLiteral("SELECT id FROM teammates WHERE name = ?"), {name.trimmed()});
    if (!found)
        return tl::unexpected(found.error());
    auto id = sql::firstValue(*found, qint64(0));
    if (!id || *id != 0)
        return id;
    auto query = sql::exec(m_database.connection(),
                           QStringLiteral("INSERT INTO teammates (name) VALUES (?) "
                                          "ON CONFLICT (name) DO UPDATE SET name = excluded.name "
                                          "RETURNING id"),
                           {name.trimmed()});
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, qint64(0));
}

} // namespace hearken
