// SPDX-License-Identifier: GPL-3.0-or-later
// `hearken team add-person`, `people` and `remove-person` on a real PostgreSQL, and the person
// a desk acts as: its login role, never $USER.
#include "store/note_repository.h"
#include "store/team_people.h"
#include "store/workspace.h"
#include "support/workspace_fixture.h"
#include "team_fixture.h"
#include "workflow/queue_actions.h"
#include "workflow/workspace_paths.h"

#include <QProcess>

using namespace hearken;
using hearken::testing::CommandRun;
using hearken::testing::runHearken;

namespace {

class TeamPeopleCommands : public hearken::testing::TeamFixture {
protected:
    CommandRun team(QStringList arguments, const QString& uri)
    {
        arguments.prepend(QStringLiteral("team"));
        arguments << QStringLiteral("--workspace") << uri;
        return runHearken(arguments);
    }
};

TEST_F(TeamPeopleCommands, AddPersonReadsThePasswordFromStandardInputAndItLogsIn)
{
    const QString uri = teamDatabase();
    QProcess hearken;
    hearken.start(QStringLiteral(HEARKEN_EXECUTABLE),
                  {QStringLiteral("team"), QStringLiteral("add-person"), QStringLiteral("ana"),
                   QStringLiteral("--role"), QStringLiteral("manager"),
                   QStringLiteral("--workspace"), uri});
    ASSERT_TRUE(hearken.waitForStarted());
    hearken.write("correct-horse-battery\n");
    hearken.closeWriteChannel();
    ASSERT_TRUE(hearken.waitForFinished(60'000));
    ASSERT_EQ(hearken.exitCode(), 0) << hearken.readAllStandardError().toStdString();
    const QString said = QString::fromUtf8(hearken.readAllStandardOutput());
    EXPECT_TRUE(said.contains(u"ana is on the team as manager")) << said.toStdString();
    EXPECT_FALSE(said.contains(u"correct-horse")) << said.toStdString();

    EXPECT_TRUE(
        Workspace::open(uriAs(QStringLiteral("ana"), QStringLiteral("correct-horse-battery")),
                        OpenMode::MustExist));
    const auto wrong = Workspace::open(uriAs(QStringLiteral("ana"), QStringLiteral("guess-guess")),
                                       OpenMode::MustExist);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().kind, StoreError::Kind::LoginRefused);
    EXPECT_TRUE(wrong.error().message.contains(u"refused the password of ana"))
        << wrong.error().message.toStdString();
}

TEST_F(TeamPeopleCommands, AGeneratedPasswordIsShownOnceAndPeopleListsEveryoneWithTheirRole)
{
    const QString uri = teamDatabase();
    const QString sam = addPerson(QStringLiteral("sam"), QStringLiteral("supervisor"));
    addPerson(QStringLiteral("ana"), QStringLiteral("manager"));
    addPerson(QStringLiteral("hearken-service"), QStringLiteral("service"));

    EXPECT_TRUE(Workspace::open(sam, OpenMode::MustExist));
    const CommandRun people = team({QStringLiteral("people")}, uri);
    ASSERT_EQ(people.exitCode, 0) << people.err.toStdString();
    const QStringList lines = people.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << people.out.toStdString();
    EXPECT_EQ(lines[0].simplified(), u"ana manager");
    EXPECT_EQ(lines[1].simplified(), u"hearken-service service");
    EXPECT_EQ(lines[2].simplified(), u"sam supervisor");
}

TEST_F(TeamPeopleCommands, RefusesAPersonAlreadyThereAndADatabaseThatIsNoTeamYet)
{
    const QString uri = teamDatabase();
    addPerson(QStringLiteral("ana"), QStringLiteral("manager"));

    const CommandRun again =
        team({QStringLiteral("add-person"), QStringLiteral("ana"), QStringLiteral("--role"),
              QStringLiteral("supervisor"), QStringLiteral("--generate-password")},
             uri);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(u"ana is already on the team, as manager"))
        << again.err.toStdString();

    const QString plain = emptyDatabase(QStringLiteral("plain"));
    const CommandRun noTeam = team({QStringLiteral("people")}, plain);
    EXPECT_EQ(noTeam.exitCode, 1);
    EXPECT_TRUE(noTeam.err.contains(u"not a team workspace yet")) << noTeam.err.toStdString();
    EXPECT_TRUE(noTeam.err.contains(u"hearken team init")) << noTeam.err.toStdString();

    const CommandRun badRole =
        team({QStringLiteral("add-person"), QStringLiteral("bea"), QStringLiteral("--role"),
              QStringLiteral("boss"), QStringLiteral("--generate-password")},
             uri);
    EXPECT_EQ(badRole.exitCode, 2);
    EXPECT_TRUE(badRole.err.contains(u"--role manager|supervisor|service"))
        << badRole.err.toStdString();
}

TEST_F(TeamPeopleCommands, RemovePersonTakesTheirLoginAwayAndKeepsTheirName)
{
    const QString uri = teamDatabase();
    const QString ana = addPerson(QStringLiteral("ana"), QStringLiteral("manager"));

    const CommandRun removed = team({QStringLiteral("remove-person"), QStringLiteral("ana")}, uri);

    ASSERT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_FALSE(Workspace::open(ana, OpenMode::MustExist));
    EXPECT_EQ(team({QStringLiteral("people")}, uri).out, QString());
    const auto admin = hearken::testing::openWorkspace(uri);
    ASSERT_TRUE(admin);
    auto teammates = admin->accounts().teammates();
    ASSERT_TRUE(teammates);
    EXPECT_TRUE(teammates->isEmpty());
}

TEST_F(TeamPeopleCommands, TeamAndTheMainHelpListTheSubcommands)
{
    const CommandRun help = runHearken({QStringLiteral("team"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* subcommand : {"init", "add-person", "people", "remove-person"})
        EXPECT_TRUE(help.out.contains(QLatin1String(subcommand))) << subcommand;
    const CommandRun main = runHearken({QStringLiteral("--help")});
    EXPECT_TRUE(main.out.contains(u"init, add-person, people, remove-person"))
        << main.out.toStdString();
}

class TeamPerson : public hearken::testing::TeamFixture {
protected:
    void SetUp() override
    {
        TeamFixture::SetUp();
        if (HasFatalFailure())
            return;
        m_admin = hearken::testing::openWorkspace(teamDatabase());
        ASSERT_TRUE(m_admin);
        hearken::testing::importSample(*m_admin, 20);
        m_ana = addPerson(QStringLiteral("ana"), QStringLiteral("manager"));
        addPerson(QStringLiteral("sam"), QStringLiteral("supervisor"));
        addPerson(QStringLiteral("hearken-service"), QStringLiteral("service"));
        // The desk's own user is someone else.
        qputenv("HEARKEN_USER", "desk-user");
    }
    void TearDown() override
    {
        m_admin.reset();
        qunsetenv("HEARKEN_USER");
        TeamFixture::TearDown();
    }

    std::unique_ptr<Workspace> m_admin;
    QString m_ana;
};

TEST_F(TeamPerson, TheTeammatesAreTheTeamsManagersAndSupervisors)
{
    auto teammates = m_admin->accounts().teammates();
    ASSERT_TRUE(teammates) << teammates.error().message.toStdString();
    QStringList names;
    for (const Teammate& teammate : std::as_const(*teammates))
        names.append(teammate.name);
    EXPECT_EQ(names, (QStringList{QStringLiteral("ana"), QStringLiteral("sam")}));

    // A manager finds themselves, but may not add a teammate.
    const auto ana = hearken::testing::openWorkspace(m_ana);
    ASSERT_TRUE(ana);
    auto me = ana->accounts().teammate(QStringLiteral("ana"));
    ASSERT_TRUE(me) << me.error().message.toStdString();
    EXPECT_EQ(*me, teammates->first().id);
    EXPECT_FALSE(ana->accounts().teammate(QStringLiteral("somebody new")));
}

TEST_F(TeamPerson, ActionsNotesAndTheHistoryCarryTheLoginRoleNotTheDesksUser)
{
    const auto ana = hearken::testing::openWorkspace(m_ana);
    ASSERT_TRUE(ana);
    const QString person = actingPerson(ana->database(), currentUserName());
    EXPECT_EQ(person, u"ana");
    EXPECT_EQ(actingPerson(m_admin->database(), currentUserName()), u"postgres");

    auto open = sql::exec(ana->database().connection(),
                          QStringLiteral("SELECT min(post_id) FROM queue WHERE state = 'open'"));
    ASSERT_TRUE(open);
    const qint64 item = sql::firstValue(*open, qint64(0)).value_or(0);
    QueueActions actions(ana->queue(), person, [] { return qint64(2000); });
    ASSERT_TRUE(actions.markDone({item}));
    ASSERT_TRUE(ana->notes().add(item, person, QStringLiteral("Called them back"), 2000));

    auto events = m_admin->posts().events(item);
    ASSERT_TRUE(events);
    ASSERT_FALSE(events->isEmpty());
    EXPECT_EQ(events->last().actor, u"ana");
    auto notes = m_admin->notes().notes(item);
    ASSERT_TRUE(notes);
    ASSERT_EQ(notes->size(), 1);
    EXPECT_EQ(notes->first().author, u"ana");
}

TEST_F(TeamPerson, TheCommandLinesMeIsTheLoginRole)
{
    auto assigned =
        sql::exec(m_admin->database().connection(),
                  QStringLiteral("UPDATE queue SET assignee_id = (SELECT id FROM teammates WHERE "
                                 "name = 'ana') WHERE post_id IN (SELECT post_id FROM queue "
                                 "ORDER BY post_id LIMIT 3)"));
    ASSERT_TRUE(assigned);

    const CommandRun mine =
        runHearken({QStringLiteral("queue"), QStringLiteral("--assignee"), QStringLiteral("me"),
                    QStringLiteral("--state"), QStringLiteral("all"), QStringLiteral("--json"),
                    QStringLiteral("--workspace"), m_ana});

    ASSERT_EQ(mine.exitCode, 0) << mine.err.toStdString();
    EXPECT_EQ(mine.out.count(u'\n'), 3) << mine.out.toStdString();
}

TEST(SoloPerson, AWorkspaceFileIsTheDesksUsers)
{
    const auto workspace = hearken::testing::memoryWorkspace();
    ASSERT_TRUE(workspace);
    EXPECT_EQ(actingPerson(workspace->database(), QStringLiteral("desk-user")), u"desk-user");
}

} // namespace
