// SPDX-License-Identifier: GPL-3.0-or-later
// Replies that need a supervisor's approval on a team workspace, enforced by PostgreSQL: the
// rules decide which replies wait whatever a desk inserts, only supervisors decide, and no one
// (not even the service with its raw SQL) moves a waiting reply on to sending.
#include "store/approval_repository.h"
#include "store/workspace.h"
#include "support/workspace_fixture.h"
#include "team_fixture.h"

#include <QTemporaryDir>

using namespace hearken;

namespace {

class TeamApprovals : public hearken::testing::TeamFixture {
protected:
    void SetUp() override
    {
        TeamFixture::SetUp();
        if (HasFatalFailure())
            return;
        ASSERT_TRUE(sampleTeamWorkspace(20));
        anaUri = addPerson(QStringLiteral("ana"), QStringLiteral("manager"));
        ana = hearken::testing::openWorkspace(anaUri);
        bea = hearken::testing::openWorkspace(
            addPerson(QStringLiteral("bea"), QStringLiteral("manager")));
        samUri = addPerson(QStringLiteral("sam"), QStringLiteral("supervisor"));
        sam = hearken::testing::openWorkspace(samUri);
        service = hearken::testing::openWorkspace(
            addPerson(QStringLiteral("hearken"), QStringLiteral("service")));
        ASSERT_TRUE(ana && bea && sam && service);
    }

    // An open item of the account on `network`, and that account.
    std::pair<qint64, qint64> itemOn(const QString& network, int skip = 0)
    {
        auto query = sql::exec(sam->database().connection(),
                               QStringLiteral("SELECT q.post_id, q.account_id FROM queue q JOIN "
                                              "accounts a ON a.id = q.account_id WHERE "
                                              "a.network = ? ORDER BY q.post_id LIMIT 1 OFFSET ?"),
                               {network, skip});
        EXPECT_TRUE(query && query->next());
        return {query->value(0).toLongLong(), query->value(1).toLongLong()};
    }

    static ApprovalRepository approvals(Workspace& desk)
    {
        return {desk.database(), desk.changes()};
    }

    static OutboxEntry reply(Workspace& desk, const QString& person, std::pair<qint64, qint64> item,
                             const QString& text)
    {
        auto queued = desk.outbox().enqueue(
            {item.second, item.first, OutboxKind::Reply, text, {}, person, std::nullopt}, 1000);
        EXPECT_TRUE(queued) << queued.error().message.toStdString();
        return queued.value_or(OutboxEntry{});
    }

    static QString approvalOf(Workspace& desk, qint64 outboxId)
    {
        auto query =
            sql::exec(desk.database().connection(),
                      QStringLiteral("SELECT approval FROM outbox WHERE id = ?"), {outboxId});
        return query ? sql::firstValue(*query, QString()).value_or(QString()) : QString();
    }

    // The item's approval events as "kind actor detail", oldest first.
    static QStringList approvalEvents(Workspace& desk, qint64 postId)
    {
        auto query = sql::exec(
            desk.database().connection(),
            QStringLiteral("SELECT kind || ' ' || actor || ' ' || coalesce(detail, '') FROM "
                           "events WHERE post_id = ? AND (kind LIKE "
                           "'approv%') ORDER BY id"),
            {postId});
        EXPECT_TRUE(query);
        QStringList events;
        while (query && query->next())
            events << query->value(0).toString();
        return events;
    }

    static QList<qint64> dueIds(Workspace& desk, qint64 now)
    {
        QList<qint64> ids;
        for (const OutboxEntry& entry : desk.outbox().due(now).value_or(QList<OutboxEntry>{}))
            ids << entry.id;
        return ids;
    }

    QString anaUri;
    QString samUri;
    std::unique_ptr<Workspace> ana;
    std::unique_ptr<Workspace> bea;
    std::unique_ptr<Workspace> sam;
    std::unique_ptr<Workspace> service;
};

TEST_F(TeamApprovals, ARuleMakesAPersonsRepliesOrAnAccountsRepliesWait)
{
    const auto onMastodon = itemOn(QStringLiteral("mastodon"));
    const auto onBluesky = itemOn(QStringLiteral("bluesky"));
    ASSERT_TRUE(approvals(*sam).setPersonRule(QStringLiteral("ana"), true, u"sam"_qs, 10));

    const OutboxEntry anas = reply(*ana, u"ana"_qs, onMastodon, u"Thanks, Ana here"_qs);
    const OutboxEntry beas = reply(*bea, u"bea"_qs, onMastodon, u"Thanks, Bea here"_qs);
    EXPECT_EQ(approvalOf(*sam, anas.id), u"waiting");
    EXPECT_EQ(approvalOf(*sam, beas.id), u"none");
    EXPECT_EQ(dueIds(*service, 2000), QList<qint64>{beas.id});

    ASSERT_TRUE(approvals(*sam).setAccountRule(onBluesky.second, true, u"sam"_qs, 10));
    const OutboxEntry onAccount = reply(*bea, u"bea"_qs, onBluesky, u"Bea on Bluesky"_qs);
    EXPECT_EQ(approvalOf(*sam, onAccount.id), u"waiting");
    EXPECT_TRUE(approvals(*bea).needsApproval(u"bea"_qs, onBluesky.second).value_or(false));
    EXPECT_FALSE(approvals(*bea).needsApproval(u"bea"_qs, onMastodon.second).value_or(true));
    EXPECT_EQ(approvalEvents(*sam, onAccount.targetPostId),
              QStringList{u"approval-requested bea bea"_qs});

    // A rule turned off leaves what waits waiting, and new replies free.
    ASSERT_TRUE(approvals(*sam).setPersonRule(QStringLiteral("ana"), false, u"sam"_qs, 20));
    EXPECT_EQ(approvalOf(*sam, reply(*ana, u"ana"_qs, onMastodon, u"Again"_qs).id), u"none");
    EXPECT_EQ(approvalOf(*sam, anas.id), u"waiting");
    EXPECT_EQ(approvals(*sam).waiting().value_or(QList<ReplyForApproval>{}).size(), 2);

    // Only supervisors set rules.
    EXPECT_FALSE(approvals(*ana).setPersonRule(QStringLiteral("ana"), false, u"ana"_qs, 30));
    EXPECT_FALSE(*approvals(*ana).maySupervise());
    EXPECT_TRUE(*approvals(*sam).maySupervise());
}

TEST_F(TeamApprovals, TheServerKeepsAWaitingReplyWaitingWhateverADeskOrTheServiceSends)
{
    const auto item = itemOn(QStringLiteral("mastodon"));
    ASSERT_TRUE(approvals(*sam).setPersonRule(QStringLiteral("ana"), true, u"sam"_qs, 10));

    // A desk's own insert cannot opt out.
    ASSERT_EQ(refusal(ana->database(),
                      QStringLiteral("INSERT INTO outbox (account_id, target_post_id, kind, text, "
                                     "idempotency_key, state, created_at, next_attempt_at, "
                                     "actor, approval, decided_by) VALUES (%1, %2, 'reply', "
                                     "'Sneaky', 'k1', 'sending', 0, 0, 'ana', 'approved', "
                                     "'sam')")
                          .arg(item.second)
                          .arg(item.first)),
              QString());
    auto inserted = sql::exec(ana->database().connection(),
                              QStringLiteral("SELECT id, approval, state, coalesce(decided_by, "
                                             "'') FROM outbox WHERE idempotency_key = 'k1'"));
    ASSERT_TRUE(inserted && inserted->next());
    const qint64 sneaky = inserted->value(0).toLongLong();
    EXPECT_EQ(inserted->value(1).toString(), u"waiting");
    EXPECT_EQ(inserted->value(2).toString(), u"queued");
    EXPECT_EQ(inserted->value(3).toString(), QString());
    inserted->finish();

    // Nor may its author approve it.
    EXPECT_TRUE(
        refusal(ana->database(),
                QStringLiteral("UPDATE outbox SET approval = 'approved' WHERE id = %1").arg(sneaky))
            .contains(u"permission denied for table outbox"));
    EXPECT_FALSE(approvals(*ana).approve(sneaky, u"ana"_qs, 2000));
    EXPECT_EQ(approvalOf(*sam, sneaky), u"waiting");

    // The service never finds it due, cannot claim it, and not even its raw SQL sends it.
    EXPECT_TRUE(dueIds(*service, 5000).isEmpty());
    auto claimed = service->outbox().claim(sneaky, {u"service"_qs, 9000}, 5000);
    ASSERT_TRUE(claimed) << claimed.error().message.toStdString();
    EXPECT_FALSE(claimed->has_value());
    for (const char* state : {"sending", "sent"}) {
        EXPECT_TRUE(refusal(service->database(),
                            QStringLiteral("UPDATE outbox SET state = '%1' WHERE id = %2")
                                .arg(QLatin1String(state))
                                .arg(sneaky))
                        .contains(u"waits for a supervisor's approval"))
            << state;
    }
    // Approved, it goes.
    ASSERT_TRUE(approvals(*sam).approve(sneaky, u"sam"_qs, 6000));
    EXPECT_EQ(dueIds(*service, 6000), QList<qint64>{sneaky});
}

TEST_F(TeamApprovals, SendBackResubmitAndEditedApprovalKeepTheKeyAndTheHistory)
{
    const auto item = itemOn(QStringLiteral("mastodon"));
    ASSERT_TRUE(approvals(*sam).setPersonRule(QStringLiteral("ana"), true, u"sam"_qs, 10));
    const OutboxEntry queued = reply(*ana, u"ana"_qs, item, u"we r on it"_qs);
    int announced = 0;
    QObject::connect(&sam->changes(), &ChangeNotifier::approvalsChanged, [&] { ++announced; });

    // A manager cannot send it back either; the supervisor can.
    EXPECT_FALSE(approvals(*bea).sendBack(queued.id, u"no"_qs, u"bea"_qs, 1100));
    ASSERT_TRUE(approvals(*sam).sendBack(queued.id, u"Please spell it out"_qs, u"sam"_qs, 1200));
    EXPECT_EQ(announced, 1);
    const auto returned = approvals(*ana).ofAuthorOn(u"ana"_qs, item.first);
    ASSERT_TRUE(returned && *returned);
    EXPECT_EQ((*returned)->state, ApprovalState::Returned);
    EXPECT_EQ((*returned)->returnedNote, u"Please spell it out");
    EXPECT_EQ((*returned)->decidedBy, u"sam");
    EXPECT_TRUE(dueIds(*service, 5000).isEmpty());
    EXPECT_EQ(approvals(*ana).ofAuthor(u"ana"_qs)->size(), 1);
    EXPECT_TRUE(approvals(*sam).waiting()->isEmpty());
    // Only its author resubmits it, by changing its words.
    EXPECT_FALSE(bea->outbox().edit(queued.id, u"mine"_qs, u"bea"_qs, 1250));

    ASSERT_TRUE(ana->outbox().edit(queued.id, u"We are on it."_qs, u"ana"_qs, 1300));
    EXPECT_EQ(approvalOf(*sam, queued.id), u"waiting");
    EXPECT_EQ(approvals(*ana).ofAuthorOn(u"ana"_qs, item.first)->value().state,
              ApprovalState::Waiting);
    // Editing a waiting reply keeps it waiting, and asks only once.
    ASSERT_TRUE(ana->outbox().edit(queued.id, u"We are on it!"_qs, u"ana"_qs, 1350));
    EXPECT_EQ(approvalOf(*sam, queued.id), u"waiting");

    ASSERT_TRUE(approvals(*sam).approve(queued.id, u"sam"_qs, 1400,
                                        u"We are on it, and will write back today."_qs));
    const auto approved = service->outbox().entry(queued.id);
    ASSERT_TRUE(approved && *approved);
    EXPECT_EQ((*approved)->text, u"We are on it, and will write back today.");
    EXPECT_EQ((*approved)->idempotencyKey, queued.idempotencyKey);
    EXPECT_EQ(dueIds(*service, 1400), QList<qint64>{queued.id});
    EXPECT_EQ(approvalEvents(*sam, item.first),
              (QStringList{u"approval-requested ana ana"_qs,
                           u"approval-returned sam Please spell it out"_qs,
                           u"approval-requested ana ana"_qs,
                           u"approved sam We are on it, and will write back today."_qs}));

    // Changing an approved reply's words asks again.
    ASSERT_TRUE(ana->outbox().edit(queued.id, u"Changed my mind"_qs, u"ana"_qs, 1500));
    EXPECT_EQ(approvalOf(*sam, queued.id), u"waiting");
    EXPECT_TRUE(dueIds(*service, 5000).isEmpty());
}

TEST_F(TeamApprovals, OnTheCommandLineASupervisorSetsRulesAndReturnsAndAManagerCannotApprove)
{
    using hearken::testing::runHearken;
    const auto item = itemOn(QStringLiteral("mastodon"));
    const auto command = [](const QStringList& words, const QString& uri) {
        return runHearken(QStringList{u"approvals"_qs} + words +
                          QStringList{u"--workspace"_qs, uri});
    };

    const auto set = command({u"rules"_qs, u"--person"_qs, u"ana"_qs, u"--on"_qs}, samUri);
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_TRUE(set.out.contains(u"ana (set by sam on "_qs)) << set.out.toStdString();
    const OutboxEntry queued = reply(*ana, u"ana"_qs, item, u"Hello from Ana"_qs);
    const QString id = QString::number(queued.id);

    const auto mine = command({u"list"_qs}, anaUri);
    EXPECT_EQ(mine.exitCode, 0) << mine.err.toStdString();
    EXPECT_TRUE(mine.out.contains(u"#%1 by ana on @lumencoffee@mastodon.social"_qs.arg(id)))
        << mine.out.toStdString();
    const auto refused = command({u"approve"_qs, id}, anaUri);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"does not let you do this"_qs)) << refused.err.toStdString();
    EXPECT_EQ(approvalOf(*sam, queued.id), u"waiting");

    const auto noNote = command({u"return"_qs, id}, samUri);
    EXPECT_EQ(noNote.exitCode, 2);
    const auto back = command({u"return"_qs, id, u"--note"_qs, u"Say who you are"_qs}, samUri);
    ASSERT_EQ(back.exitCode, 0) << back.err.toStdString();
    EXPECT_TRUE(
        command({u"list"_qs}, anaUri).out.contains(u"sent back by sam: Say who you are"_qs));
    EXPECT_TRUE(
        command({u"list"_qs}, samUri).out.contains(u"No reply is waiting for approval."_qs));
    // Deciding twice is told, not done.
    const auto again = command({u"approve"_qs, id}, samUri);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(u"not waiting for approval any more"_qs))
        << again.err.toStdString();
}

TEST(SoloApprovalsCommand, SaysASoloWorkspaceHasNone)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"solo.hearken"_qs);
    ASSERT_TRUE(hearken::testing::openWorkspace(path));
    const auto run =
        hearken::testing::runHearken({u"approvals"_qs, u"list"_qs, u"--workspace"_qs, path});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err.trimmed(), ApprovalRepository::soloMessage());
}

TEST(SoloApprovals, NothingWaitsAndNoRuleCanBeSet)
{
    auto solo = hearken::testing::memoryWorkspace();
    ASSERT_TRUE(solo);
    hearken::testing::importSample(*solo, 3);
    ApprovalRepository approvals(solo->database(), solo->changes());
    const auto set = approvals.setPersonRule(u"me"_qs, true, u"me"_qs, 0);
    ASSERT_FALSE(set);
    EXPECT_EQ(set.error().message, ApprovalRepository::soloMessage());
    EXPECT_FALSE(*approvals.maySupervise());
    EXPECT_TRUE(approvals.waiting()->isEmpty());
}

} // namespace
