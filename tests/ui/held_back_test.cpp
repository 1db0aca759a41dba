// SPDX-License-Identifier: GPL-3.0-or-later
// The window tells mentions a Mastodon server held back: a strip saying which rule holds what
// back and how to change it, and a mark on each such row of the queue.
#include "inbox/item_roles.h"
#include "providers/mastodon/mastodon_json.h"
#include "providers/mastodon/mastodon_notification_policy.h"
#include "shell/held_back_bar.h"
#include "store/account_repository.h"
#include "store/ingest_writer.h"
#include "store/workspace.h"
#include "support/echo_provider.h"
#include "support/workspace_fixture.h"
#include "window_fixture.h"

using namespace hearken;
using namespace hearken::testing;

namespace {

InboundItem mention(qint64 accountId, const QString& id, const QString& text, bool heldBack)
{
    InboundItem item;
    item.post.accountId = accountId;
    item.post.network = mastodon::network;
    item.post.remoteId = id + u"@m.example";
    item.post.author = {
        0, mastodon::network, u"nadia@m.example"_qs, u"@nadia@m.example"_qs, u"Nadia"_qs, {}, {},
        {}};
    item.post.text = text;
    item.post.createdAt = 1'000;
    item.heldBack = heldBack;
    return item;
}

void fill(const QString& path, const QString& policy)
{
    auto workspace = openWorkspace(path);
    ASSERT_TRUE(workspace);
    Account account;
    account.network = mastodon::network;
    account.remoteId = u"1@m.example"_qs;
    account.handle = u"@brand@m.example"_qs;
    account.serverUrl = u"https://m.example"_qs;
    const qint64 id = workspace->accounts().saveAccount(account, 1).value();
    IngestBatch batch;
    batch.items = {mention(id, u"10"_qs, u"My order never came."_qs, true),
                   mention(id, u"11"_qs, u"Love the update."_qs, false)};
    batch.cursors = {{id, mastodon::notificationPolicyCursor, policy}};
    ASSERT_TRUE(workspace->ingest().write(batch));
}

QString excerptOf(QueueModel& model, const QString& start)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString text =
            model.index(row, int(QueueColumn::Excerpt)).data(Qt::DisplayRole).toString();
        if (text.contains(start))
            return text;
    }
    return {};
}

} // namespace

TEST_F(WindowTest, MentionsTheServerHeldBackAreMarkedAndTheStripSaysWhyAndHowToChangeIt)
{
    fill(environment.defaultWorkspacePath,
         uR"({"for_private_mentions":"filter","summary":{"pending_notifications_count":1}})"_qs);
    showWindow();
    ASSERT_TRUE(window->openWorkspace(environment.defaultWorkspacePath));
    ASSERT_TRUE(window->inbox());
    EXPECT_TRUE(window->heldBackBar()->isVisible());
    EXPECT_EQ(window->heldBackBar()->message(),
              mastodon::heldBackNotice(*mastodon::decodeNotificationPolicy(
                                           uR"({"for_private_mentions":"filter","summary":{)"
                                           uR"("pending_notifications_count":1}})"_qs),
                                       u"m.example"_qs));
    EXPECT_TRUE(window->heldBackBar()->message().startsWith(
        u"m.example holds back private mentions from people the account does not follow"_qs));
    EXPECT_EQ(excerptOf(model(), u"My order"_qs), u"Held back · My order never came."_qs);
    EXPECT_EQ(excerptOf(model(), u"Love"_qs), u"Love the update."_qs);
}

TEST_F(WindowTest, NothingHeldBackShowsNoStrip)
{
    fill(environment.defaultWorkspacePath,
         uR"({"for_private_mentions":"filter","summary":{"pending_notifications_count":0}})"_qs);
    showWindow();
    ASSERT_TRUE(window->openWorkspace(environment.defaultWorkspacePath));
    EXPECT_FALSE(window->heldBackBar()->isVisible());
}

TEST_F(WindowTest, AnyProviderCanSayWhatItsServerHoldsBack)
{
    providers.add(std::make_unique<echo::Provider>());
    {
        auto workspace = openWorkspace(environment.defaultWorkspacePath);
        ASSERT_TRUE(workspace);
        Account account;
        account.network = u"echo"_qs;
        account.remoteId = u"brand"_qs;
        account.handle = u"@brand.echo"_qs;
        const qint64 id = workspace->accounts().saveAccount(account, 1).value();
        IngestBatch batch;
        batch.cursors = {{id, u"held"_qs, u"Echo keeps 3 mentions for later."_qs}};
        ASSERT_TRUE(workspace->ingest().write(batch));
    }
    showWindow();
    ASSERT_TRUE(window->openWorkspace(environment.defaultWorkspacePath));
    EXPECT_TRUE(window->heldBackBar()->isVisible());
    EXPECT_EQ(window->heldBackBar()->message(), u"Echo keeps 3 mentions for later."_qs);
}
