// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/team_people.h"

#include "store/database.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "store/transaction.h"

namespace hearken {

namespace {

// The login roles in the team's groups, with their group: bind the three group names.
const QString membersSql = QStringLiteral(
    "SELECT p.rolname, g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
    "JOIN pg_roles p ON p.oid = m.member WHERE p.rolcanlogin AND g.rolname IN (?, ?, ?) ");

QString quotedLiteral(const QString& text)
{
    QString inner = text;
    return u'\'' + inner.replace(u'\'', QStringLiteral("''")) + u'\'';
}

QVariantList groupNames(const TeamRoles& roles)
{
    return {roles.name(TeamRole::Manager), roles.name(TeamRole::Supervisor),
            roles.name(TeamRole::Service)};
}

StoreResult<qint64> countOf(const QSqlDatabase& db, const QString& statement,
                            const QVariantList& binds)
{
    auto query = sql::exec(db, statement, binds);
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, qint64(0));
}

} // namespace

TeamPeople::TeamPeople(QSqlDatabase db, TeamRoles roles)
    : m_db(std::move(db))
    , m_roles(std::move(roles))
{}

StoreResult<TeamPeople> TeamPeople::of(const QSqlDatabase& db)
{
    auto roles = TeamRoles::of(db);
    auto version = schemaVersionOf(db);
    if (!roles || !version)
        return tl::unexpected(!roles ? roles.error() : version.error());
    const QVariantList groups = groupNames(*roles);
    auto made = countOf(
        db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN (?, ?, ?)"), groups);
    if (!made)
        return tl::unexpected(made.error());
    if (*version == 0 || *made < groups.size())
        return storeError(StoreError::Kind::NotAWorkspace,
                          QStringLiteral("The database %1 is not a team workspace yet: its admin "
                                         "makes it one with hearken team init.")
                              .arg(db.databaseName()));
    return TeamPeople(db, *roles);
}

StoreResult<QList<TeamPerson>> TeamPeople::people() const
{
    auto query =
        sql::exec(m_db, membersSql + QStringLiteral("ORDER BY p.rolname"), groupNames(m_roles));
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [this](const QSqlQuery& row) {
        return TeamPerson{row.value(0).toString(),
                          m_roles.roleOfGroup(row.value(1).toString()).value_or(TeamRole::Manager)};
    });
}

StoreResult<std::optional<TeamRole>> TeamPeople::roleOf(const QString& name) const
{
    auto all = people();
    if (!all)
        return tl::unexpected(all.error());
    for (const TeamPerson& person : std::as_const(*all)) {
        if (person.name == name)
            return person.role;
    }
    return std::nullopt;
}

StoreResult<void> TeamPeople::add(const QString& name, TeamRole role,
                                  const QString& passwordVerifier)
{
    auto current = roleOf(name);
    if (!current)
        return tl::unexpected(current.error());
    if (*current)
        return storeError(StoreError::Kind::Query,
                          QStringLiteral("%1 is already on the team, as %2. To change the role, "
                                         "remove-person them first.")
                              .arg(name, teamRoleWord(**current)));
    auto taken =
        countOf(m_db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name});
    if (!taken)
        return tl::unexpected(taken.error());
    if (*taken > 0)
        return storeError(StoreError::Kind::Query,
                          QStringLiteral("The database server already has a role named %1 (a "
                                         "person of another team, or the server's own); choose "
                                         "another name.")
                              .arg(name));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    if (auto made =
            sql::exec(m_db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2 IN ROLE %3")
                                .arg(quotedIdentifier(name), quotedLiteral(passwordVerifier),
                                     m_roles.quoted(role)));
        !made)
        return tl::unexpected(made.error());
    if (role != TeamRole::Service) {
        if (auto teammate = sql::exec(m_db,
                                      QStringLiteral("INSERT INTO teammates (name) VALUES (?) "
                                                     "ON CONFLICT (name) DO NOTHING"),
                                      {name});
            !teammate)
            return tl::unexpected(teammate.error());
    }
    return transaction.commit();
}

StoreResult<void> TeamPeople::remove(const QString& name)
{
    auto current = roleOf(name);
    if (!current)
        return tl::unexpected(current.error());
    if (!*current)
        return storeError(
            StoreError::Kind::Query,
            QStringLiteral("%1 is not on the team (hearken team people lists who is).").arg(name));
    if (auto revoked = sql::exec(m_db, QStringLiteral("REVOKE %1 FROM %2")
                                           .arg(m_roles.quoted(**current), quotedIdentifier(name)));
        !revoked)
        return tl::unexpected(revoked.error());
    auto elsewhere = countOf(m_db,
                             QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles "
                                            "p ON p.oid = m.member WHERE p.rolname = ?"),
                             {name});
    if (!elsewhere)
        return tl::unexpected(elsewhere.error());
    if (*elsewhere > 0)
        return {};
    if (auto dropped = sql::exec(m_db, QStringLiteral("DROP ROLE %1").arg(quotedIdentifier(name)));
        !dropped)
        return storeError(StoreError::Kind::Query,
                          QStringLiteral("%1 is off the team, but their login stays on the server: "
                                         "%2")
                              .arg(name, dropped.error().message));
    return {};
}

StoreResult<void> TeamPeople::keepTeammates()
{
    if (auto kept =
            sql::exec(m_db,
                      QStringLiteral("INSERT INTO teammates (name) SELECT p.rolname FROM "
                                     "pg_auth_members m JOIN pg_roles g ON g.oid = "
                                     "m.roleid JOIN pg_roles p ON p.oid = m.member WHERE "
                                     "p.rolcanlogin AND g.rolname IN (?, ?) "
                                     "ON CONFLICT (name) DO NOTHING"),
                      {m_roles.name(TeamRole::Manager), m_roles.name(TeamRole::Supervisor)});
        !kept)
        return tl::unexpected(kept.error());
    return {};
}

StoreResult<void> requireTeamAdmin(const QSqlDatabase& db)
{
    auto query = sql::exec(db, QStringLiteral("SELECT rolsuper OR rolcreaterole, rolname FROM "
                                              "pg_roles WHERE rolname = current_user"));
    if (!query)
        return tl::unexpected(query.error());
    auto row = sql::next(*query);
    if (!row)
        return tl::unexpected(row.error());
    if (*row && query->value(0).toBool())
        return {};
    return storeError(StoreError::Kind::Query,
                      QStringLiteral("%1 is not an admin of the database server and may not "
                                     "manage the team's people. Run this as the admin who ran "
                                     "hearken team init (a role that may create roles), e.g. "
                                     "--workspace postgresql://ADMIN@HOST/DATABASE.")
                          .arg(*row ? query->value(1).toString() : db.userName()));
}

StoreResult<QList<Teammate>> teammatesOfTeam(const QSqlDatabase& db)
{
    auto roles = TeamRoles::of(db);
    if (!roles)
        return tl::unexpected(roles.error());
    const QString manager = roles->name(TeamRole::Manager);
    auto query = sql::exec(
        db,
        QStringLiteral("SELECT t.id, t.name FROM teammates t WHERE NOT EXISTS (SELECT 1 FROM "
                       "pg_roles WHERE rolname = ?) OR EXISTS (SELECT 1 FROM pg_auth_members m "
                       "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles p ON p.oid = m.member "
                       "WHERE p.rolname = t.name AND g.rolname IN (?, ?)) ORDER BY t.name"),
        {manager, manager, roles->name(TeamRole::Supervisor)});
    if (!query)
        return tl::unexpected(query.error());
    return sql::rows(*query, [](const QSqlQuery& row) {
        return Teammate{row.value(0).toLongLong(), row.value(1).toString()};
    });
}

QString actingPerson(const Database& database, const QString& soloName)
{
    if (database.engine() != Engine::Postgresql)
        return soloName;
    if (auto query = sql::exec(database.connection(), QStringLiteral("SELECT session_user"))) {
        if (auto role = sql::firstValue(*query, QString()); role && !role->isEmpty())
            return *role;
    }
    // A connection that cannot answer this cannot do anything else either; the name it was
    // opened with is the same person.
    return database.connection().userName();
}

} // namespace hearken
