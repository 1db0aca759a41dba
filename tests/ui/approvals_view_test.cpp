// SPDX-License-Identifier: GPL-3.0-or-later
// The Approvals view on a team workspace in a PostgreSQL of the test's own: a supervisor's
// desk approves with the keyboard and sends a reply back with a note; the author's composer
// says a reply needs approval, then shows the note beside the draft and resubmits the revision.
#include "approvals/approval_notice.h"
#include "approvals/approval_rules_dialog.h"
#include "approvals/approvals_dialog.h"
#include "approvals/approvals_entry.h"
#include "compose/compose_edit.h"
#include "compose/composer.h"
#include "gui/window_services.h"
#include "gui_environment.h"
#include "gui_test_support.h"
#include "providers/provider_registry.h"
#include "session.h"
#include "store/approval_repository.h"
#include "store/sql.h"
#include "store/team_people.h"
#include "store/team_roles.h"
#include "store/workspace.h"
#include "support/postgres_cluster.h"
#include "support/workspace_fixture.h"

#include <QInputDialog>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace hearken::testing {
namespace {

class ApprovalsViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        environment.clock = fixedClock;
        QString error;
        cluster = PostgresCluster::start(error, PostgresCluster::Authentication::Password);
        ASSERT_TRUE(cluster) << error.toStdString();
        ASSERT_TRUE(cluster->run(u"CREATE DATABASE brand"_qs, error)) << error.toStdString();
        auto admin = openWorkspace(cluster->uri(u"brand"_qs));
        ASSERT_TRUE(admin);
        importSample(*admin, 20);
        ASSERT_TRUE(applyTeamGrants(admin->database().connection()));
        const TeamRoles roles(u"brand"_qs);
        for (const auto& [name, role] :
             {std::pair{u"ana"_qs, TeamRole::Manager}, std::pair{u"sam"_qs, TeamRole::Supervisor}})
            ASSERT_TRUE(cluster->run(u"CREATE ROLE %1 LOGIN PASSWORD '%1-pw' IN ROLE %2"_qs.arg(
                                         name, roles.quoted(role)),
                                     error))
                << error.toStdString();
        auto team = TeamPeople::of(admin->database().connection());
        ASSERT_TRUE(team && team->keepTeammates());
        auto found = sql::exec(admin->database().connection(),
                               u"SELECT post_id FROM queue q JOIN accounts a ON a.id = "
                               "q.account_id WHERE a.network = 'mastodon' ORDER BY post_id "
                               "LIMIT 2"_qs);
        ASSERT_TRUE(found);
        while (found->next())
            items << found->value(0).toLongLong();
        ASSERT_EQ(items.size(), 2);
        ana = desk(u"ana"_qs);
        sam = desk(u"sam"_qs);
        ASSERT_TRUE(ana && sam);
    }

    std::unique_ptr<Session> desk(const QString& person)
    {
        auto workspace = Workspace::open(cluster->uri(u"brand"_qs, person, person + u"-pw"_qs),
                                         OpenMode::MustExist);
        if (!workspace) {
            ADD_FAILURE() << workspace.error().message.toStdString();
            return nullptr;
        }
        auto session = Session::open(std::move(*workspace), providers, person, environment.clock,
                                     std::nullopt, windowServices(environment));
        if (!session) {
            ADD_FAILURE() << session.error().message.toStdString();
            return nullptr;
        }
        return std::move(*session);
    }

    QString approvalOf(qint64 postId)
    {
        auto query = sql::exec(sam->workspace().database().connection(),
                               u"SELECT string_agg(approval, ',') FROM outbox WHERE "
                               "target_post_id = ?"_qs,
                               {postId});
        return query ? sql::firstValue(*query, QString()).value_or(QString()) : QString();
    }

    // Ana writes a reply to the item in her composer and sends it.
    void anaReplies(Composer& composer, qint64 postId, const QString& text)
    {
        composer.showItem(postId);
        composer.setText(text);
        ASSERT_TRUE(composer.send(false));
    }

    // Answers the prompt a button opened with `text`.
    static void answerPrompt(QWidget& parent, const QString& text)
    {
        auto* prompt = parent.findChild<QInputDialog*>();
        ASSERT_TRUE(prompt);
        prompt->setTextValue(text);
        prompt->accept();
    }

    std::unique_ptr<PostgresCluster> cluster;
    ProviderRegistry providers;
    GuiEnvironment environment{providers};
    QList<qint64> items;
    std::unique_ptr<Session> ana;
    std::unique_ptr<Session> sam;
};

TEST_F(ApprovalsViewTest, ASupervisorApprovesWithTheKeyboardAndSendsBackWithANoteTheAuthorSees)
{
    ApprovalRulesDialog rules(*sam);
    const QList<QListWidgetItem*> anaRow = rules.people()->findItems(u"ana"_qs, Qt::MatchExactly);
    ASSERT_EQ(anaRow.size(), 1);
    anaRow[0]->setCheckState(Qt::Checked);
    ASSERT_TRUE(rules.apply());

    Composer composer(*ana);
    composer.showItem(items[0]);
    auto* notice = composer.findChild<ApprovalNotice*>();
    ASSERT_TRUE(notice);
    EXPECT_FALSE(notice->isHidden());
    EXPECT_TRUE(notice->text().contains(u"Needs approval by a supervisor"_qs))
        << notice->text().toStdString();
    anaReplies(composer, items[0], u"Thanks, we are on it"_qs);
    EXPECT_TRUE(notice->text().contains(u"waits for a supervisor's approval"_qs));
    anaReplies(composer, items[1], u"Okay"_qs);
    EXPECT_EQ(approvalOf(items[0]), u"waiting");

    EXPECT_EQ(ApprovalsEntry(*sam).text(), u"Approvals (2)");
    ApprovalsDialog view(*sam);
    ASSERT_TRUE(view.supervises());
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    QTreeWidget* list = view.list();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_EQ(list->topLevelItem(0)->text(1), u"ana");
    EXPECT_EQ(list->topLevelItem(0)->text(2), u"@lumencoffee@mastodon.social");
    EXPECT_EQ(list->topLevelItem(0)->text(3), u"Thanks, we are on it");

    // Approve the first with the keyboard: it is due and leaves the list.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(approvalOf(items[0]), u"approved");
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_EQ(list->topLevelItem(0)->text(3), u"Okay");

    // Send the other back with a note.
    view.sendBackButton()->click();
    answerPrompt(view, u"Please say who you are"_qs);
    EXPECT_EQ(approvalOf(items[1]), u"returned");
    EXPECT_EQ(list->topLevelItemCount(), 0);

    // The author sees the note beside the draft, revises the reply, and it waits again.
    composer.showItem(items[0]);
    composer.showItem(items[1]);
    EXPECT_TRUE(notice->text().contains(u"Sent back by sam:</b> Please say who you are"_qs))
        << notice->text().toStdString();
    ApprovalsDialog own(*ana);
    EXPECT_FALSE(own.supervises());
    ASSERT_EQ(own.list()->topLevelItemCount(), 1);
    EXPECT_EQ(own.list()->topLevelItem(0)->text(5), u"Sent back by sam: Please say who you are");
    Q_EMIT notice->linkActivated(u"revise:%1"_qs.arg(
        ApprovalRepository(ana->workspace().database(), ana->workspace().changes())
            .ofAuthorOn(u"ana"_qs, items[1])
            ->value()
            .outboxId));
    EXPECT_EQ(composer.text(), u"Okay");
    composer.setText(u"Hi, Ana from the support team here: we are on it."_qs);
    ASSERT_TRUE(composer.send(false));
    EXPECT_EQ(approvalOf(items[1]), u"waiting");
    EXPECT_EQ(own.list()->topLevelItemCount(), 1);
    EXPECT_EQ(own.list()->topLevelItem(0)->text(5), QString());
}

} // namespace
} // namespace hearken::testing
