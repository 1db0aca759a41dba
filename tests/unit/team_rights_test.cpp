// SPDX-License-Identifier: GPL-3.0-or-later
// Who may do what on a team workspace, enforced by PostgreSQL itself: run as each role
// directly, through the repositories, and through the command line.
#include "store/team_people.h"
#include "store/workspace.h"
#include "support/workspace_fixture.h"
#include "sync/workspace_account_keeper.h"
#include "team_fixture.h"
#include "workflow/queue_actions.h"

using namespace hearken;
using hearken::testing::CommandRun;
using hearken::testing::runHearken;

namespace {

class TeamRights : public hearken::testing::TeamFixture {
protected:
    void SetUp() override
    {
        TeamFixture::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(sampleTeamWorkspace(20));
        m_manager = addPerson(QStringLiteral("ana"), QStringLiteral("manager"));
        m_supervisor = addPerson(QStringLiteral("sam"), QStringLiteral("supervisor"));
        m_service = addPerson(QStringLiteral("hearken"), QStringLiteral("service"));
    }

    static qint64 firstOpenItem(Workspace& workspace)
    {
        auto query = sql::exec(workspace.database().connection(),
                               QStringLiteral("SELECT min(post_id) FROM queue WHERE state = "
                                              "'open'"));
        return query ? sql::firstValue(*query, qint64(0)).value_or(0) : 0;
    }

    QString m_manager;
    QString m_supervisor;
    QString m_service;
};

const QString changeTargets =
    QStringLiteral("UPDATE settings SET value = '60' WHERE key = 'response-target/criticism'");
const QString addSavedReply = QStringLiteral(
    "INSERT INTO saved_replies (title, body, created_at) VALUES ('Hi', 'Hello {name}', 0)");

TEST_F(TeamRights, TheDatabaseRefusesAManagerChangingTargetsHoursAndSavedReplies)
{
    const auto ana = hearken::testing::openWorkspace(m_manager);
    ASSERT_TRUE(ana);

    EXPECT_TRUE(refusal(ana->database(), changeTargets).contains(u"permission denied"));
    EXPECT_TRUE(refusal(ana->database(), addSavedReply).contains(u"permission denied"));
    const auto targets = ana->settings().setResponseTargets(ResponseTargets{});
    ASSERT_FALSE(targets);
    EXPECT_TRUE(targets.error().message.contains(u"does not let you do this"))
        << targets.error().message.toStdString();
    EXPECT_TRUE(targets.error().message.contains(u"permission denied for table settings"))
        << targets.error().message.toStdString();
    EXPECT_FALSE(ana->settings().setBusinessHours(QStringLiteral("mon-fri 09:00-17:00")));
    EXPECT_FALSE(ana->notes().saveReply(QStringLiteral("Hi"), QStringLiteral("Hello"), 0));
}

TEST_F(TeamRights, AManagerActsOnItemsAndWritesNotesAndReplies)
{
    const auto ana = hearken::testing::openWorkspace(m_manager);
    ASSERT_TRUE(ana);
    const qint64 item = firstOpenItem(*ana);
    ASSERT_GT(item, 0);
    QueueActions actions(ana->queue(), QStringLiteral("ana"), [] { return qint64(1000); });

    EXPECT_TRUE(actions.snooze({item}, 5000));
    EXPECT_TRUE(actions.markDone({item}));
    auto me = ana->accounts().teammate(QStringLiteral("ana"));
    ASSERT_TRUE(me) << me.error().message.toStdString();
    EXPECT_TRUE(actions.assign({item}, *me, QStringLiteral("ana")));
    EXPECT_TRUE(ana->notes().add(item, QStringLiteral("ana"), QStringLiteral("Called back"), 1000));
    EXPECT_EQ(refusal(ana->database(), QStringLiteral("INSERT INTO topics (name, created_at) "
                                                      "VALUES ('Dark mode', 0)")),
              QString());
    // The audit log is only ever added to.
    EXPECT_TRUE(refusal(ana->database(), QStringLiteral("DELETE FROM events"))
                    .contains(u"permission denied"));
}

TEST_F(TeamRights, AManagerWritesOnlyInTheirOwnNameAndChangesOnlyTheirOwnReplies)
{
    const auto ana = hearken::testing::openWorkspace(m_manager);
    const auto sam = hearken::testing::openWorkspace(m_supervisor);
    ASSERT_TRUE(ana && sam);
    const qint64 item = firstOpenItem(*ana);
    const auto reply = [item](const QString& actor, const QString& key) {
        return QStringLiteral("INSERT INTO outbox (account_id, target_post_id, kind, text, "
                              "idempotency_key, created_at, actor) SELECT account_id, post_id, "
                              "'reply', 'Thanks!', '%1', 0, '%2' FROM queue WHERE post_id = %3")
            .arg(key, actor)
            .arg(item);
    };
    const auto event = [item](const QString& actor) {
        return QStringLiteral("INSERT INTO events (post_id, at, actor, kind) VALUES (%1, 0, '%2', "
                              "'state')")
            .arg(item)
            .arg(actor);
    };

    EXPECT_EQ(refusal(ana->database(), reply(QStringLiteral("ana"), QStringLiteral("a1"))),
              QString());
    EXPECT_TRUE(refusal(ana->database(), reply(QStringLiteral("sam"), QStringLiteral("a2")))
                    .contains(u"row-level security"));
    EXPECT_EQ(refusal(ana->database(), event(QStringLiteral("ana"))), QString());
    EXPECT_TRUE(refusal(ana->database(), event(QStringLiteral("sam")))
                    .contains(u"does not let you do this"));
    EXPECT_EQ(refusal(sam->database(), reply(QStringLiteral("sam"), QStringLiteral("s1"))),
              QString());

    // Another's reply is left as it is; a supervisor may change anybody's.
    ASSERT_EQ(refusal(ana->database(), QStringLiteral("UPDATE outbox SET text = 'mine now'")),
              QString());
    ASSERT_EQ(refusal(sam->database(), QStringLiteral("DELETE FROM outbox WHERE actor = 'ana'")),
              QString());
    auto left =
        sql::exec(sam->database().connection(),
                  QStringLiteral("SELECT string_agg(actor || ':' || text, ',') FROM outbox"));
    ASSERT_TRUE(left);
    EXPECT_EQ(sql::firstValue(*left, QString()).value_or(QString()), u"sam:Thanks!");
}

TEST_F(TeamRights, ASupervisorChangesTargetsHoursAndSavedReplies)
{
    const auto sam = hearken::testing::openWorkspace(m_supervisor);
    ASSERT_TRUE(sam);

    EXPECT_EQ(refusal(sam->database(), changeTargets), QString());
    EXPECT_EQ(refusal(sam->database(), addSavedReply), QString());
    EXPECT_TRUE(sam->settings().setResponseTargets(ResponseTargets{}));
    EXPECT_TRUE(sam->settings().setBusinessHours(QStringLiteral("mon-fri 09:00-17:00")));
    EXPECT_TRUE(sam->notes().saveReply(QStringLiteral("Welcome"), QStringLiteral("Hi {name}"), 0));
    // Acting on items too, as a manager does.
    const qint64 item = firstOpenItem(*sam);
    QueueActions actions(sam->queue(), QStringLiteral("sam"), [] { return qint64(1000); });
    EXPECT_TRUE(actions.markDone({item}));
}

TEST_F(TeamRights, OnlyTheServiceReadsSealedTokensAndWritesSyncState)
{
    const QString writeSyncState =
        QStringLiteral("UPDATE accounts SET sync_status = 'error', last_error = 'x'");
    const QString sealToken = QStringLiteral("INSERT INTO sealed_secrets (key, blob, sealed_to, "
                                             "updated_at) VALUES ('a', 'x', 'k', 0)");
    const QString readToken = QStringLiteral("SELECT blob FROM sealed_secrets");
    const auto ana = connect(m_manager);
    const auto sam = connect(m_supervisor);
    const auto service = connect(m_service);
    ASSERT_TRUE(ana && sam && service);

    for (const Database* desk : {ana.get(), sam.get()}) {
        EXPECT_TRUE(refusal(*desk, readToken).contains(u"permission denied"));
        EXPECT_TRUE(refusal(*desk, writeSyncState).contains(u"permission denied"));
    }
    // A supervisor signing an account in seals its token and may replace it; a manager may not.
    EXPECT_TRUE(refusal(*ana, sealToken).contains(u"permission denied"));
    EXPECT_EQ(refusal(*sam, sealToken), QString());
    EXPECT_EQ(refusal(*sam, QStringLiteral("DELETE FROM sealed_secrets WHERE key = 'a'")),
              QString());
    EXPECT_EQ(refusal(*sam, sealToken), QString());
    EXPECT_EQ(refusal(*ana, QStringLiteral("SELECT public_key FROM service_keys")), QString());

    EXPECT_EQ(refusal(*service, readToken), QString());
    EXPECT_EQ(refusal(*service, writeSyncState), QString());
}

TEST_F(TeamRights, ASupervisorsSignInStartsTheSyncAfreshWhichOnlyTheServiceOtherwiseWrites)
{
    const auto sam = hearken::testing::openWorkspace(m_supervisor);
    const auto service = hearken::testing::openWorkspace(m_service);
    ASSERT_TRUE(sam && service);
    const Account brand = hearken::testing::brandAccount();
    WorkspaceAccountKeeper desk(*sam, [] { return qint64(1000); });
    const auto id = desk.saveAccount(brand);
    ASSERT_TRUE(id) << id.error().toStdString();
    ASSERT_TRUE(desk.seedCursors({{*id, QStringLiteral("server-version"), QStringLiteral("4.3")}}))
        << "the service learns the server's traits itself";
    EXPECT_TRUE(service->syncState().cursors(*id).value().isEmpty());
    ASSERT_TRUE(service->syncState().setStatus(
        {*id, AccountSyncStatus::Kind::SignInNeeded, std::nullopt, u"Revoked"_qs, std::nullopt}));

    const auto again = desk.saveAccount(brand);
    ASSERT_TRUE(again) << again.error().toStdString();
    EXPECT_EQ(*again, *id);
    const AccountSyncStatus fresh = service->syncState().status(*id).value();
    EXPECT_EQ(fresh.kind, AccountSyncStatus::Kind::Ok);
    EXPECT_EQ(fresh.lastError, QString());
    EXPECT_TRUE(refusal(sam->database(), QStringLiteral("UPDATE accounts SET sync_status = 'ok'"))
                    .contains(u"permission denied"));
    EXPECT_FALSE(sam->syncState().setStatus(fresh));
}

TEST_F(TeamRights, TheCommandLineTellsAManagerClearlyWhatTheirRoleDoesNotAllow)
{
    const CommandRun sample = runHearken({QStringLiteral("import-sample"), QStringLiteral("5"),
                                          QStringLiteral("--workspace"), m_manager});
    EXPECT_EQ(sample.exitCode, 1);
    EXPECT_TRUE(sample.err.contains(u"The team workspace does not let you do this"))
        << sample.err.toStdString();
    EXPECT_TRUE(sample.err.contains(u"Ask your team's admin")) << sample.err.toStdString();

    const CommandRun person = runHearken(
        {QStringLiteral("team"), QStringLiteral("add-person"), QStringLiteral("bea"),
         QStringLiteral("--role"), QStringLiteral("supervisor"),
         QStringLiteral("--generate-password"), QStringLiteral("--workspace"), m_manager});
    EXPECT_EQ(person.exitCode, 1);
    EXPECT_TRUE(person.err.contains(u"ana is not an admin")) << person.err.toStdString();
    EXPECT_FALSE(person.out.contains(u"password")) << person.out.toStdString();
}

TEST_F(TeamRights, AManagersSignInIsRefusedBeforeTheNetworkIsAsked)
{
    const CommandRun signIn =
        runHearken({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("mastodon"),
                    QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:9"),
                    QStringLiteral("--workspace"), m_manager});
    EXPECT_EQ(signIn.exitCode, 1);
    EXPECT_TRUE(signIn.err.contains(u"does not add the brand's accounts"))
        << signIn.err.toStdString();
    EXPECT_FALSE(signIn.err.contains(u"Looking up")) << signIn.err.toStdString();
}

} // namespace
