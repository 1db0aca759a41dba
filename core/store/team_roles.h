// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hearken {

// What a person does on a team: managers act on items; supervisors also change what the
// team works by (targets, hours, saved replies, settings, teammates); the service syncs and
// delivers, and alone holds the brand's tokens.
enum class TeamRole { Manager, Supervisor, Service };

// The word a person types for a role ("manager"), and back.
QString teamRoleWord(TeamRole role);
std::optional<TeamRole> teamRoleNamed(const QString& word);

// An identifier (a role, a database) as PostgreSQL reads it whatever it holds.
QString quotedIdentifier(const QString& name);

// Hearken's group roles of one team database. PostgreSQL's roles belong to the whole server,
// which may hold several team databases (tests make one per test), so each database has
// groups of its own, named after it: "brand_manager". A name that would pass PostgreSQL's
// 63 bytes keeps the start of the database's name and a hash of all of it.
class TeamRoles {
public:
    explicit TeamRoles(const QString& database);
    // The groups of the database `db` is connected to.
    static StoreResult<TeamRoles> of(const QSqlDatabase& db);

    QString name(TeamRole role) const;
    QString quoted(TeamRole role) const { return quotedIdentifier(name(role)); }
    // Which of the groups `name` is; none for any other role.
    std::optional<TeamRole> roleOfGroup(const QString& name) const;

private:
    QString m_database;
};

// Makes the groups that are missing and gives each exactly the rights of its role on every
// table of the schema, in one transaction. Run by `team init` after every upgrade, so that
// a table a later migration adds gets its rights too. Needs an admin: a role that may create
// roles and owns the workspace's tables.
StoreResult<void> applyTeamGrants(const QSqlDatabase& db);

// The tables whose desk rights were decided (every other table is the service's alone).
QStringList tablesWithDeskRights();

} // namespace hearken
