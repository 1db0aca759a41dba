// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/account.h"
#include "store/store_error.h"
#include "store/team_roles.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hearken {

class Database;

// One person of a team: a login role in one of the team database's groups.
struct TeamPerson {
    QString name;
    TeamRole role = TeamRole::Manager;
};

// The people of a team database. Each is a PostgreSQL login role in one of Hearken's groups
// (TeamRoles), so that what they may do is the database's to enforce; managers and
// supervisors are also teammates, whom items are assigned to.
class TeamPeople {
public:
    // The team of the database `db` is connected to; refused when `team init` never made it one.
    static StoreResult<TeamPeople> of(const QSqlDatabase& db);

    StoreResult<QList<TeamPerson>> people() const;
    // Makes `name` a login role in `role`'s group; `passwordVerifier` is the password as the
    // server stores it (a SCRAM verifier), so that the password itself never reaches it.
    StoreResult<void> add(const QString& name, TeamRole role, const QString& passwordVerifier);
    // Takes `name` off the team; the role itself goes too unless another team still has it.
    // Their name stays on what they did and on the items assigned to them.
    StoreResult<void> remove(const QString& name);
    // A teammate for every manager and supervisor (added before the database had teammates).
    StoreResult<void> keepTeammates();

private:
    TeamPeople(QSqlDatabase db, TeamRoles roles);
    StoreResult<std::optional<TeamRole>> roleOf(const QString& name) const;

    QSqlDatabase m_db;
    TeamRoles m_roles;
};

// Refused, saying who may, unless the connection's role may make roles and so manage the
// team's people: the admin who ran `team init`, not a desk.
StoreResult<void> requireTeamAdmin(const QSqlDatabase& db);

// Who acts through `database`, as actions, notes and the history name them: on a team's
// database the person it was opened as (its login role, whatever $USER says); on a file,
// `soloName`, the desk's own user.
QString actingPerson(const Database& database, const QString& soloName);

// Whom items can be assigned to on a PostgreSQL workspace: on a team's, the teammates who are
// still its managers and supervisors; on one `team init` never ran on, every teammate.
StoreResult<QList<Teammate>> teammatesOfTeam(const QSqlDatabase& db);

} // namespace hearken
