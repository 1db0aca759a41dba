// SPDX-License-Identifier: GPL-3.0-or-later
// Working as a team on a real PostgreSQL of the test's own: whom items can be assigned and
// handed to, and the notifications a desk gets when other people's work is for them.
#include "compose/desktop_notifier.h"
#include "inbox/assign_menu.h"
#include "inbox/hand_over_dialog.h"
#include "store/event_sql.h"
#include "store/sql.h"
#include "store/team_people.h"
#include "support/postgres_cluster.h"
#include "support/workspace_fixture.h"
#include "workflow/queue_actions.h"

#include <QAction>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

namespace hearken::testing {
namespace {

// A team database "brand" with sample items: ana and ben are managers, cleo a supervisor; dan
// was on the team and left, and "Old Name" is a teammate row from before the team had people.
// Each person has a desk of their own: a connection as their login role.
class TeamHandoverTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString error;
        cluster = PostgresCluster::start(error);
        ASSERT_TRUE(cluster) << error.toStdString();
        ASSERT_TRUE(cluster->run(u"CREATE DATABASE brand"_qs, error)) << error.toStdString();
        admin = openWorkspace(cluster->uri(u"brand"_qs));
        ASSERT_TRUE(admin);
        const QSqlDatabase db = admin->database().connection();
        ASSERT_TRUE(applyTeamGrants(db));
        auto team = TeamPeople::of(db);
        ASSERT_TRUE(team) << team.error().message.toStdString();
        for (const auto& [name, role] : {std::pair{u"ana"_qs, TeamRole::Manager},
                                         {u"ben"_qs, TeamRole::Manager},
                                         {u"cleo"_qs, TeamRole::Supervisor},
                                         {u"dan"_qs, TeamRole::Manager}})
            ASSERT_TRUE(team->add(name, role, u"secret"_qs));
        ASSERT_TRUE(team->remove(u"dan"_qs));
        ASSERT_TRUE(admin->accounts().teammate(u"Old Name"_qs));
        importSample(*admin, 20);
        auto page = admin->queue().page(QueueQuery({}, fixedNow, {}), std::nullopt, 2);
        ASSERT_TRUE(page && page->size() == 2);
        item = page->at(0).postId;
        other = page->at(1).postId;
        for (const QString& person : {u"ana"_qs, u"ben"_qs, u"cleo"_qs}) {
            desks[person] = openWorkspace(cluster->uri(u"brand"_qs, person, u"secret"_qs));
            ASSERT_TRUE(desks[person]);
            ids[person] = desks[person]->accounts().teammate(person).value();
        }
    }

    Workspace& desk(const QString& person) { return *desks[person]; }
    QueueActions actionsOf(const QString& person)
    {
        return QueueActions(desk(person).queue(), person, [] { return fixedNow; });
    }
    // What the live listener does on a desk when another desk changed these items.
    void hearChanges(const QString& person, const QList<qint64>& postIds)
    {
        Q_EMIT desk(person).changes().itemsChanged(postIds);
    }
    void writeEvent(const QString& person, qint64 postId, const QString& kind,
                    const QString& detail)
    {
        ASSERT_TRUE(sql::exec(desk(person).database().connection(), insertEventSql,
                              {postId, fixedNow, person, kind, detail}));
    }

    // ana turns `kind` from its default to `turnedTo` on her desk. A manager may not write the
    // workspace's settings, so the choice must be the desk's: kept there, and not ben's.
    void expectAnasOwnChoice(DesktopNotifier::Kind kind, bool turnedTo)
    {
        DesktopNotifier notifier(desk(u"ana"_qs), u"ana"_qs, &anasDesk);
        QSignalSpy failed(&notifier, &DesktopNotifier::failed);
        EXPECT_EQ(notifier.isEnabled(kind), !turnedTo) << "the default";
        notifier.setEnabled(kind, turnedTo);
        EXPECT_EQ(failed.size(), 0);
        EXPECT_EQ(notifier.isEnabled(kind), turnedTo);
        EXPECT_EQ(DesktopNotifier(desk(u"ana"_qs), u"ana"_qs, &anasDesk).isEnabled(kind), turnedTo)
            << "kept on this desk";
        EXPECT_EQ(DesktopNotifier(desk(u"ben"_qs), u"ben"_qs).isEnabled(kind), !turnedTo)
            << "not ben's choice";
    }

    QTemporaryDir anasDeskDir;
    QSettings anasDesk{anasDeskDir.filePath(u"desk.ini"_qs), QSettings::IniFormat};
    std::unique_ptr<PostgresCluster> cluster;
    std::unique_ptr<Workspace> admin;
    std::map<QString, std::unique_ptr<Workspace>> desks;
    std::map<QString, qint64> ids;
    qint64 item = 0;
    qint64 other = 0;
};

QStringList labelsOf(const QMenu& menu)
{
    QStringList labels;
    for (const QAction* action : menu.actions())
        labels << (action->isSeparator() ? u"—"_qs : action->text());
    return labels;
}

} // namespace

TEST_F(TeamHandoverTest, TheAssignMenuListsTheTeamsPeopleMeFirstAndNobodyTypedIn)
{
    AssignMenu menu(desk(u"ben"_qs).accounts(), ids[u"ben"_qs],
                    AssignMenu::Newcomers::ThroughTheAdmin);
    EXPECT_EQ(labelsOf(menu),
              (QStringList{u"&Me (ben)"_qs, u"ana"_qs, u"cleo"_qs, u"—"_qs, u"&Unassign"_qs}));

    QSignalSpy chosen(&menu, &AssignMenu::assigneeChosen);
    menu.actions().at(1)->trigger();
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen[0][0].value<std::optional<qint64>>(), ids[u"ana"_qs]);
    EXPECT_EQ(chosen[0][1].toString(), u"ana");
}

TEST_F(TeamHandoverTest, HandingOverOffersTheTeamButMeAndCarriesTheNote)
{
    auto teammates = desk(u"ana"_qs).accounts().teammates();
    ASSERT_TRUE(teammates);
    HandOverDialog dialog(*teammates, ids[u"ana"_qs]);
    QStringList offered;
    for (int i = 0; i < dialog.people().count(); ++i)
        offered << dialog.people().itemText(i);
    EXPECT_EQ(offered, (QStringList{u"ben"_qs, u"cleo"_qs}));

    QSignalSpy chosen(&dialog, &HandOverDialog::handOverChosen);
    dialog.people().setCurrentIndex(0);
    dialog.note().setPlainText(u"Billing again; you fixed hers last week."_qs);
    dialog.accept();
    ASSERT_EQ(chosen.size(), 1);
    EXPECT_EQ(chosen[0][0].toLongLong(), ids[u"ben"_qs]);
    EXPECT_EQ(chosen[0][2].toString(), u"Billing again; you fixed hers last week.");

    // As the desk carries it out: ben has it, the note is ana's, the history says so in her
    // name (row security lets her write no other).
    auto handed =
        actionsOf(u"ana"_qs).handOver({item}, ids[u"ben"_qs], u"ben"_qs, chosen[0][2].toString());
    ASSERT_TRUE(handed) << handed.error().message.toStdString();
    EXPECT_EQ(admin->queue().triageStates({item}).value().value(0).assigneeId, ids[u"ben"_qs]);
    const QList<Note> notes = admin->notes().notes(item).value();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_EQ(notes[0].author, u"ana");
    const Event last = admin->posts().events(item).value().last();
    EXPECT_EQ(last.actor, u"ana");
    EXPECT_EQ(last.kind, u"handed-over");
    ASSERT_TRUE(actionsOf(u"ana"_qs).undo(*handed));
    EXPECT_EQ(admin->queue().triageStates({item}).value().value(0).assigneeId, std::nullopt);
    EXPECT_TRUE(admin->notes().notes(item).value().isEmpty());
}

TEST_F(TeamHandoverTest, AnItemGivenToMeBySomeoneElseNotifiesOnceAndMyOwnActionsDoNot)
{
    DesktopNotifier notifier(desk(u"ana"_qs), u"ana"_qs);
    EXPECT_TRUE(notifier.isTeam());
    QSignalSpy notified(&notifier, &DesktopNotifier::notified);

    ASSERT_TRUE(actionsOf(u"ben"_qs).assign({item}, ids[u"ana"_qs], u"ana"_qs));
    hearChanges(u"ana"_qs, {item});
    ASSERT_EQ(notified.size(), 1);
    EXPECT_EQ(notified[0][0].toLongLong(), item);
    EXPECT_EQ(notified[0][1].toString(), u"ben assigned an item to you");
    EXPECT_TRUE(notified[0][2].toString().startsWith(
        admin->posts().post(item).value().text.simplified().left(100)));
    hearChanges(u"ana"_qs, {item});
    EXPECT_EQ(notified.size(), 1) << "a line already seen notifies no more";

    // Ana's own changes come back to her desk too: nothing for her in them.
    ASSERT_TRUE(actionsOf(u"ana"_qs).take({other}, ids[u"ana"_qs]));
    ASSERT_TRUE(actionsOf(u"ana"_qs).handOver({item}, ids[u"ben"_qs], u"ben"_qs, u"yours"_qs));
    hearChanges(u"ana"_qs, {item, other});
    EXPECT_EQ(notified.size(), 1);

    // Handed back with a note: the note is what she reads.
    ASSERT_TRUE(actionsOf(u"ben"_qs).handOver({item}, ids[u"ana"_qs], u"ana"_qs,
                                              u"Not mine after all, sorry"_qs));
    hearChanges(u"ana"_qs, {item});
    ASSERT_EQ(notified.size(), 2);
    EXPECT_EQ(notified[1][1].toString(), u"ben handed an item over to you");
    EXPECT_EQ(notified[1][2].toString(), u"Not mine after all, sorry");

    // Given to someone else: nothing for ana.
    ASSERT_TRUE(actionsOf(u"ben"_qs).assign({other}, ids[u"cleo"_qs], u"cleo"_qs));
    hearChanges(u"ana"_qs, {other});
    EXPECT_EQ(notified.size(), 2);
}

TEST_F(TeamHandoverTest, ARepliesSentBackAndWaitingForApprovalReachTheirPeople)
{
    DesktopNotifier ana(desk(u"ana"_qs), u"ana"_qs);
    DesktopNotifier ben(desk(u"ben"_qs), u"ben"_qs);
    DesktopNotifier cleo(desk(u"cleo"_qs), u"cleo"_qs);
    QSignalSpy toAna(&ana, &DesktopNotifier::notified);
    QSignalSpy toBen(&ben, &DesktopNotifier::notified);
    QSignalSpy toCleo(&cleo, &DesktopNotifier::notified);

    writeEvent(u"ana"_qs, item, u"approval-requested"_qs, u"ana"_qs);
    for (const QString& person : {u"ana"_qs, u"ben"_qs, u"cleo"_qs})
        hearChanges(person, {item});
    EXPECT_EQ(toAna.size(), 0);
    EXPECT_EQ(toBen.size(), 0) << "only supervisors approve";
    ASSERT_EQ(toCleo.size(), 1);
    EXPECT_EQ(toCleo[0][1].toString(), u"A reply by ana waits for your approval");

    writeEvent(u"cleo"_qs, item, u"approval-returned"_qs, u"Less formal, please."_qs);
    for (const QString& person : {u"ana"_qs, u"ben"_qs, u"cleo"_qs})
        hearChanges(person, {item});
    ASSERT_EQ(toAna.size(), 1);
    EXPECT_EQ(toAna[0][1].toString(), u"cleo sent your reply back");
    EXPECT_EQ(toAna[0][2].toString(), u"Less formal, please.");
    EXPECT_EQ(toBen.size(), 0) << "not ben's reply";
    EXPECT_EQ(toCleo.size(), 1);
}

TEST_F(TeamHandoverTest, AKindTurnedOffNotifiesNothingAndIsThatPersonsChoiceOnly)
{
    expectAnasOwnChoice(DesktopNotifier::Kind::AssignedToMe, false);
    DesktopNotifier notifier(desk(u"ana"_qs), u"ana"_qs, &anasDesk);
    QSignalSpy notified(&notifier, &DesktopNotifier::notified);
    ASSERT_TRUE(actionsOf(u"ben"_qs).assign({item}, ids[u"ana"_qs], u"ana"_qs));
    hearChanges(u"ana"_qs, {item});
    EXPECT_EQ(notified.size(), 0);
}

TEST_F(TeamHandoverTest, NewCriticismAndQuestionsAreEachPersonsChoiceOnATeamWorkspace)
{
    expectAnasOwnChoice(DesktopNotifier::Kind::Criticism, true);
    expectAnasOwnChoice(DesktopNotifier::Kind::Question, true);
    EXPECT_FALSE(DesktopNotifier(*admin, u"admin"_qs).isEnabled(DesktopNotifier::Kind::Criticism))
        << "nor for the workspace";
}

TEST(SoloHandover, ASoloWorkspaceHasNoTeamNotifications)
{
    auto ws = memoryWorkspace();
    importSample(*ws, 10);
    DesktopNotifier notifier(*ws, u"Sam"_qs);
    EXPECT_FALSE(notifier.isTeam());
    EXPECT_FALSE(notifier.isEnabled(DesktopNotifier::Kind::AssignedToMe));
    QSignalSpy notified(&notifier, &DesktopNotifier::notified);
    const qint64 sam = ws->accounts().teammate(u"Sam"_qs).value();
    auto page = ws->queue().page(QueueQuery({}, fixedNow, {}), std::nullopt, 1).value();
    ASSERT_TRUE(QueueActions(ws->queue(), u"Ben"_qs, [] {
                    return fixedNow;
                }).assign({page.first().postId}, sam, u"Sam"_qs));
    EXPECT_EQ(notified.size(), 0);
}

} // namespace hearken::testing
