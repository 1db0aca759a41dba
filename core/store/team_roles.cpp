// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/team_roles.h"

#include "store/sql.h"
#include "store/transaction.h"

#include <QCryptographicHash>
#include <QStringList>

namespace hearken {

namespace {

// PostgreSQL keeps the first NAMEDATALEN - 1 bytes of a name.
constexpr qsizetype maxIdentifierBytes = 63;

constexpr TeamRole allRoles[] = {TeamRole::Manager, TeamRole::Supervisor, TeamRole::Service};

// What desks may do with each table, as GRANT spells it. Supervisors belong to the managers'
// group, so theirs is what they may do besides. Every table is read by both (the sealed
// tokens excepted); the service may read and write every table, so a table missing here is
// the service's alone until someone decides (tests check that every table is decided).
struct DeskRights {
    const char* table;
    const char* managers;
    const char* supervisors;
};

constexpr DeskRights deskRights[] = {
    {"hearken_schema", "SELECT", ""},
    // Signing an account in and removing it, but not its sync state (the service's).
    {"accounts", "SELECT",
     "INSERT, DELETE, UPDATE (network, remote_id, handle, display_name, server_url, auth_kind, "
     "is_sample, created_at)"},
    {"app_registrations", "SELECT", "INSERT, UPDATE, DELETE"},
    // Whose replies (or which accounts' replies) wait for a supervisor's approval.
    {"approval_rules", "SELECT", "INSERT, UPDATE, DELETE"},
    {"cursors", "SELECT", ""},
    // Appended to, never rewritten: the audit log.
    {"events", "SELECT, INSERT", ""},
    {"notes", "SELECT, INSERT, DELETE", ""},
    // Whether a reply may go out is the supervisors' to decide: a manager's UPDATE may name
    // every column but the approval's (what triggers change on the way is not theirs to name).
    {"outbox",
     "SELECT, INSERT, DELETE, UPDATE (account_id, target_post_id, kind, text, visibility, "
     "idempotency_key, state, attempts, last_error, remote_id, remote_url, created_at, "
     "next_attempt_at, sent_at, actor, topic_id, claimed_by, claimed_until)",
     "UPDATE (approval, decided_by, decided_at, returned_note)"},
    {"people", "SELECT", ""},
    {"posts", "SELECT", ""},
    // Who is looking at or replying to what; each desk keeps its own rows.
    {"presence", "SELECT, INSERT, UPDATE, DELETE", ""},
    {"posts_search", "SELECT", ""},
    {"queue", "SELECT, UPDATE", ""},
    // Kept by triggers on queue, which run as the person changing it.
    {"queue_tally", "SELECT, INSERT, UPDATE", ""},
    {"saved_replies", "SELECT", "INSERT, UPDATE, DELETE"},
    // The brand's tokens sealed to the service (SealedVault): a supervisor signing an account
    // in replaces its sealed token and may tell which are there, but never reads one.
    {"sealed_secrets", "", "SELECT (key, sealed_to, updated_at), INSERT, DELETE"},
    // The service's public key, which desks seal tokens to; the service publishes it.
    {"service_keys", "SELECT", ""},
    {"saved_views", "SELECT", "INSERT, UPDATE, DELETE"},
    // Response targets, business hours, the time zone and the rest of the workspace's settings.
    {"settings", "SELECT", "INSERT, UPDATE, DELETE"},
    {"teammates", "SELECT", "INSERT, UPDATE, DELETE"},
    // What correcting a tone teaches the classifier.
    {"tone_adaptation", "SELECT, INSERT, UPDATE", ""},
    {"topic_items", "SELECT, INSERT, UPDATE, DELETE", ""},
    {"topics", "SELECT, INSERT, UPDATE", "DELETE"},
};

// The tables whose rows name the person who wrote them. A manager writes rows in their own
// name only and changes or removes only those (the history cannot be written in someone
// else's name, nor their reply discarded); supervisors change anybody's unless the rows are
// each person's own alone (presence: nobody says for someone else that they are replying);
// everyone reads all.
struct OwnRows {
    const char* table;
    const char* writer;
    bool supervisorsChangeAny = true;
};

constexpr OwnRows ownRows[] = {
    {"events", "actor"},
    {"notes", "author"},
    {"outbox", "actor"},
    {"presence", "person", false},
};

// Row security on one table of ownRows, made again from scratch.
QStringList rowPolicies(const OwnRows& rows, const QString& manager, const QString& supervisor,
                        const QString& service)
{
    const QString table = quotedIdentifier(QString::fromLatin1(rows.table));
    const QString own = QString::fromLatin1(rows.writer) + QStringLiteral(" = session_user");
    const std::pair<QString, QString> policies[] = {
        {QStringLiteral("hearken_read"),
         QStringLiteral("FOR SELECT TO %1 USING (true)").arg(manager)},
        {QStringLiteral("hearken_write_own"),
         QStringLiteral("FOR INSERT TO %1 WITH CHECK (%2)").arg(manager, own)},
        {QStringLiteral("hearken_change_own"),
         QStringLiteral("FOR UPDATE TO %1 USING (%2) WITH CHECK (%2)").arg(manager, own)},
        {QStringLiteral("hearken_remove_own"),
         QStringLiteral("FOR DELETE TO %1 USING (%2)").arg(manager, own)},
        {QStringLiteral("hearken_change_any"),
         QStringLiteral("FOR UPDATE TO %1 USING (true)").arg(supervisor)},
        {QStringLiteral("hearken_remove_any"),
         QStringLiteral("FOR DELETE TO %1 USING (true)").arg(supervisor)},
        {QStringLiteral("hearken_service"),
         QStringLiteral("FOR ALL TO %1 USING (true)").arg(service)},
    };
    QStringList statements{QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)};
    for (const auto& [name, rule] : policies) {
        statements.append(QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, table));
        if (!rows.supervisorsChangeAny && name.endsWith(QLatin1String("_any")))
            continue;
        statements.append(QStringLiteral("CREATE POLICY %1 ON %2 %3").arg(name, table, rule));
    }
    return statements;
}

StoreResult<QString> oneText(const QSqlDatabase& db, const QString& statement)
{
    auto query = sql::exec(db, statement);
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, QString());
}

StoreResult<bool> roleExists(const QSqlDatabase& db, const QString& name)
{
    auto query =
        sql::exec(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name});
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, qint64(0)).map([](qint64 count) { return count > 0; });
}

StoreResult<bool> tableExists(const QSqlDatabase& db, const QString& table)
{
    auto query = sql::exec(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {table});
    if (!query)
        return tl::unexpected(query.error());
    return sql::firstValue(*query, false);
}

StoreResult<void> runAll(const QSqlDatabase& db, const QStringList& statements)
{
    for (const QString& statement : statements) {
        if (auto ran = sql::exec(db, statement); !ran)
            return tl::unexpected(ran.error());
    }
    return {};
}

} // namespace

QString teamRoleWord(TeamRole role)
{
    switch (role) {
    case TeamRole::Manager:
        return QStringLiteral("manager");
    case TeamRole::Supervisor:
        return QStringLiteral("supervisor");
    case TeamRole::Service:
        return QStringLiteral("service");
    }
    return {};
}

std::optional<TeamRole> teamRoleNamed(const QString& word)
{
    for (TeamRole role : allRoles) {
        if (word == teamRoleWord(role))
            return role;
    }
    return std::nullopt;
}

QString quotedIdentifier(const QString& name)
{
    QString inner = name;
    return u'"' + inner.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

TeamRoles::TeamRoles(const QString& database)
    : m_database(database)
{}

StoreResult<TeamRoles> TeamRoles::of(const QSqlDatabase& db)
{
    return oneText(db, QStringLiteral("SELECT current_database()")).map([](const QString& name) {
        return TeamRoles(name);
    });
}

QString TeamRoles::name(TeamRole role) const
{
    const QString suffix = u'_' + teamRoleWord(role);
    if ((m_database + suffix).toUtf8().size() <= maxIdentifierBytes)
        return m_database + suffix;
    const QString tail = u'_' +
                         QString::fromLatin1(QCryptographicHash::hash(m_database.toUtf8(),
                                                                      QCryptographicHash::Sha256)
                                                 .toHex()
                                                 .left(8)) +
                         suffix;
    QString head = m_database;
    while (!head.isEmpty() && (head + tail).toUtf8().size() > maxIdentifierBytes)
        head.chop(head.back().isLowSurrogate() ? 2 : 1);
    return head + tail;
}

std::optional<TeamRole> TeamRoles::roleOfGroup(const QString& name) const
{
    for (TeamRole role : allRoles) {
        if (name == this->name(role))
            return role;
    }
    return std::nullopt;
}

QStringList tablesWithDeskRights()
{
    QStringList tables;
    for (const DeskRights& rights : deskRights)
        tables.append(QString::fromLatin1(rights.table));
    return tables;
}

StoreResult<void> applyTeamGrants(const QSqlDatabase& db)
{
    auto roles = TeamRoles::of(db);
    if (!roles)
        return tl::unexpected(roles.error());
    auto database = oneText(db, QStringLiteral("SELECT current_database()"));
    auto schema = oneText(db, QStringLiteral("SELECT current_schema()"));
    if (!database || !schema)
        return tl::unexpected(!database ? database.error() : schema.error());
    const QString manager = roles->quoted(TeamRole::Manager);
    const QString supervisor = roles->quoted(TeamRole::Supervisor);
    const QString service = roles->quoted(TeamRole::Service);
    const QString inDatabase = quotedIdentifier(*database);
    const QString inSchema = quotedIdentifier(*schema);

    Transaction transaction(db);
    if (!transaction.isActive())
        return tl::unexpected(transaction.error());
    for (TeamRole role : allRoles) {
        auto exists = roleExists(db, roles->name(role));
        if (!exists)
            return tl::unexpected(exists.error());
        if (!*exists) {
            if (auto made = sql::exec(
                    db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(roles->quoted(role)));
                !made)
                return tl::unexpected(made.error());
        }
    }
    // Nobody but the team connects, and nothing but what follows is anybody's: rights given
    // by an earlier version are taken back before this version's are given.
    const QString groups = QStringList{manager, supervisor, service}.join(u", ");
    if (auto reset = runAll(
            db,
            {QStringLiteral("GRANT %1 TO %2").arg(manager, supervisor),
             QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(inDatabase),
             QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(inDatabase, groups),
             QStringLiteral("REVOKE ALL ON SCHEMA %1 FROM PUBLIC").arg(inSchema),
             QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(inSchema, groups),
             QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM PUBLIC, %2")
                 .arg(inSchema, groups),
             QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM PUBLIC, %2")
                 .arg(inSchema, groups),
             QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA %1 FROM PUBLIC").arg(inSchema),
             QStringLiteral("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %1 TO %2")
                 .arg(inSchema, groups),
             QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1 TO %2")
                 .arg(inSchema, service)});
        !reset)
        return reset;
    for (const DeskRights& rights : deskRights) {
        const QString table = QString::fromLatin1(rights.table);
        // A table of a step this database has not reached yet.
        auto exists = tableExists(db, table);
        if (!exists)
            return tl::unexpected(exists.error());
        if (!*exists)
            continue;
        for (const auto& [privileges, group] :
             {std::pair{rights.managers, manager}, std::pair{rights.supervisors, supervisor}}) {
            if (*privileges == '\0')
                continue;
            if (auto granted = sql::exec(
                    db, QStringLiteral("GRANT %1 ON TABLE %2 TO %3")
                            .arg(QString::fromLatin1(privileges), quotedIdentifier(table), group));
                !granted)
                return tl::unexpected(granted.error());
        }
    }
    for (const OwnRows& rows : ownRows) {
        auto exists = tableExists(db, QString::fromLatin1(rows.table));
        if (!exists)
            return tl::unexpected(exists.error());
        if (!*exists)
            continue;
        if (auto secured = runAll(db, rowPolicies(rows, manager, supervisor, service)); !secured)
            return secured;
    }
    return transaction.commit();
}

} // namespace hearken
