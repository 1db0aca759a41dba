// SPDX-License-Identifier: GPL-3.0-or-later
// `hearken team init` on a real PostgreSQL: the schema, the groups and their rights, made
// once and made again harmlessly; a database of another program and a non-admin refused.
#include "store/team_roles.h"
#include "team_fixture.h"

#include <QSet>

using namespace hearken;
using hearken::testing::CommandRun;
using hearken::testing::runHearken;

namespace {

class TeamInit : public hearken::testing::TeamFixture {
protected:
    static qint64 count(const Database& database, const QString& statement,
                        const QVariantList& binds = {})
    {
        auto query = sql::exec(database.connection(), statement, binds);
        EXPECT_TRUE(query) << (query ? std::string() : query.error().message.toStdString());
        return query ? sql::firstValue(*query, qint64(-1)).value_or(-1) : -1;
    }
};

TEST_F(TeamInit, MakesTheSchemaAndTheGroupsInAnEmptyDatabaseAndSaysWhatComesNext)
{
    // A name that must be quoted wherever it is used.
    const QString uri = emptyDatabase(QStringLiteral("Brand-Team"));
    const CommandRun init = runHearken({QStringLiteral("team"), QStringLiteral("init"), uri});
    ASSERT_EQ(init.exitCode, 0) << init.err.toStdString();
    EXPECT_TRUE(init.out.contains(u"team add-person NAME --role manager|supervisor"))
        << init.out.toStdString();
    EXPECT_TRUE(init.out.contains(u"hearken serve --workspace")) << init.out.toStdString();
    EXPECT_TRUE(init.out.contains(u"Open team workspace")) << init.out.toStdString();

    const auto admin = connect(uri);
    ASSERT_TRUE(admin);
    EXPECT_EQ(admin->schemaVersion(), Database::newestSchemaVersion());
    const TeamRoles roles(QStringLiteral("Brand-Team"));
    for (TeamRole role : {TeamRole::Manager, TeamRole::Supervisor, TeamRole::Service}) {
        EXPECT_EQ(count(*admin,
                        QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ? "
                                       "AND NOT rolcanlogin"),
                        {roles.name(role)}),
                  1)
            << roles.name(role).toStdString();
    }
    EXPECT_TRUE(init.out.contains(roles.name(TeamRole::Supervisor))) << init.out.toStdString();
}

TEST_F(TeamInit, LetsNobodyOutsideTheTeamConnect)
{
    const QString uri = teamDatabase();
    const auto admin = connect(uri);
    ASSERT_TRUE(admin);
    ASSERT_TRUE(refusal(*admin, QStringLiteral("CREATE ROLE stranger LOGIN PASSWORD "
                                               "'stranger-password'"))
                    .isEmpty());

    const auto stranger =
        Database::open(uriAs(QStringLiteral("stranger"), QStringLiteral("stranger-password")));
    ASSERT_FALSE(stranger);
    EXPECT_TRUE(stranger.error().message.contains(u"permission denied for database"))
        << stranger.error().message.toStdString();
}

TEST_F(TeamInit, RunningItAgainKeepsThePeopleAndGivesBackTheRights)
{
    const QString uri = teamDatabase();
    const QString ana = addPerson(QStringLiteral("ana"), QStringLiteral("manager"));
    const auto admin = connect(uri);
    ASSERT_TRUE(admin);
    // As an upgrade would leave it: a right gone, a new table nobody was given.
    ASSERT_TRUE(
        refusal(*admin, QStringLiteral("REVOKE SELECT ON posts FROM brand_manager")).isEmpty());
    ASSERT_TRUE(refusal(*admin, QStringLiteral("CREATE TABLE later_step (id bigint)")).isEmpty());

    const CommandRun again = runHearken({QStringLiteral("team"), QStringLiteral("init"), uri});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();

    const auto asAna = connect(ana);
    ASSERT_TRUE(asAna);
    EXPECT_EQ(refusal(*asAna, QStringLiteral("SELECT count(*) FROM posts")), QString());
    // A table this version gave desks no rights on is the service's alone.
    EXPECT_TRUE(refusal(*asAna, QStringLiteral("SELECT count(*) FROM later_step"))
                    .contains(u"permission denied"));
}

TEST_F(TeamInit, RefusesADatabaseHoldingAnotherProgramsTablesAndLeavesItAlone)
{
    const QString uri = emptyDatabase();
    {
        const auto admin = Database::openAtVersion(uri, 0);
        ASSERT_TRUE(admin) << admin.error().message.toStdString();
        ASSERT_TRUE(
            refusal(**admin, QStringLiteral("CREATE TABLE invoices (id bigint)")).isEmpty());
    }

    const CommandRun init = runHearken({QStringLiteral("team"), QStringLiteral("init"), uri});

    EXPECT_EQ(init.exitCode, 1);
    EXPECT_TRUE(init.err.contains(u"holds tables of another program")) << init.err.toStdString();
    // Still the other program's alone: no schema of Hearken's beside its table, no groups.
    const auto again = Database::openAtVersion(uri, 0);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, StoreError::Kind::NotAWorkspace);
    const auto server = Database::openAtVersion(m_cluster->uri(QStringLiteral("postgres")), 0);
    ASSERT_TRUE(server) << server.error().message.toStdString();
    EXPECT_EQ(count(**server, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE "
                                             "'brand\\_%'")),
              0);
}

TEST_F(TeamInit, RefusesADeskThatIsNotTheAdmin)
{
    const QString uri = teamDatabase();
    const QString ana = addPerson(QStringLiteral("ana"), QStringLiteral("supervisor"));

    const CommandRun init = runHearken({QStringLiteral("team"), QStringLiteral("init"), ana});

    EXPECT_EQ(init.exitCode, 1);
    EXPECT_TRUE(init.err.contains(u"ana is not an admin")) << init.err.toStdString();
}

TEST_F(TeamInit, ADeskLeavesAnOlderSchemaToTheAdminToUpgrade)
{
    const QString uri = teamDatabase();
    const QString ana = addPerson(QStringLiteral("ana"), QStringLiteral("supervisor"));
    {
        const auto admin = connect(uri);
        ASSERT_TRUE(admin);
        // As an older Hearken left it, one step short.
        ASSERT_EQ(refusal(*admin, QStringLiteral("UPDATE hearken_schema SET version = %1")
                                      .arg(Database::newestSchemaVersion() - 1)),
                  QString());
    }

    const auto desk = Database::open(ana);

    ASSERT_FALSE(desk);
    EXPECT_EQ(desk.error().kind, StoreError::Kind::TooOld);
    EXPECT_TRUE(desk.error().message.contains(u"only its admin may upgrade it: with hearken team "
                                              u"init"))
        << desk.error().message.toStdString();
}

TEST_F(TeamInit, EveryTableHasItsDeskRightsDecided)
{
    const auto admin = connect(teamDatabase());
    ASSERT_TRUE(admin);
    auto tables = sql::exec(admin->connection(),
                            QStringLiteral("SELECT table_name FROM information_schema.tables "
                                           "WHERE table_schema = current_schema()"));
    ASSERT_TRUE(tables);
    const QStringList decided = tablesWithDeskRights();
    int seen = 0;
    while (tables->next()) {
        ++seen;
        EXPECT_TRUE(decided.contains(tables->value(0).toString()))
            << "No desk rights decided for the table " << tables->value(0).toString().toStdString()
            << " (core/store/team_roles.cpp)";
    }
    EXPECT_GT(seen, 10);
}

TEST(TeamRoleNames, FitPostgresqlsLimitAndStayApartForLongDatabaseNames)
{
    const QString longName = QString(70, u'a');
    const QString otherLongName = QString(69, u'a') + u'b';
    const QString accented = QString(40, QChar(0x00e9));
    QSet<QString> names;
    for (const QString& database : {longName, otherLongName, accented}) {
        for (TeamRole role : {TeamRole::Manager, TeamRole::Supervisor, TeamRole::Service}) {
            const QString name = TeamRoles(database).name(role);
            EXPECT_LE(name.toUtf8().size(), 63) << name.toStdString();
            EXPECT_TRUE(name.endsWith(u'_' + teamRoleWord(role))) << name.toStdString();
            EXPECT_EQ(TeamRoles(database).roleOfGroup(name), role);
            names.insert(name);
        }
    }
    EXPECT_EQ(names.size(), 9);
    EXPECT_EQ(TeamRoles(QStringLiteral("brand")).name(TeamRole::Manager), u"brand_manager");
}

} // namespace
