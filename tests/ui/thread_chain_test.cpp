// SPDX-License-Identifier: GPL-3.0-or-later
// The thread pane and the posts above an item that are not stored yet: shown at once as they
// are, again when the fetched chain arrives, and a quiet word when it cannot be fetched.
#include "gui_test_support.h"
#include "inbox/thread_pane.h"

#include <QApplication>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

const QString root = QStringLiteral("at://did:plc:brand/app.bsky.feed.post/3root");
const QString middle = QStringLiteral("at://did:plc:bob/app.bsky.feed.post/3middle");
const QString deep = QStringLiteral("at://did:plc:carol/app.bsky.feed.post/3deep");

// Posts of the workspace's one account.
qint64 accountId = 0;

Post post(const QString& uri, const QString& did, const QString& text, const QString& parent,
          PostKind kind)
{
    Post p;
    p.accountId = accountId;
    p.network = QStringLiteral("bluesky");
    p.remoteId = uri;
    p.kind = kind;
    p.text = text;
    p.replyToRemoteId = parent;
    p.rootRemoteId = parent.isEmpty() ? QString() : root;
    p.createdAt = fixedNow;
    p.author.network = p.network;
    p.author.remoteId = did;
    p.author.handle = did.mid(8) + QStringLiteral(".test");
    return p;
}

class ThreadChainTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ws = memoryWorkspace();
        ASSERT_TRUE(ws);
        Account brand;
        brand.network = QStringLiteral("bluesky");
        brand.remoteId = QStringLiteral("did:plc:brand");
        brand.handle = QStringLiteral("brand.test");
        const auto saved = ws->accounts().saveAccount(brand, fixedNow);
        ASSERT_TRUE(saved.has_value()) << saved.error().message.toStdString();
        accountId = *saved;
        IngestBatch batch;
        InboundItem item;
        item.post = post(deep, QStringLiteral("did:plc:carol"), QStringLiteral("Still closed at 9"),
                         middle, PostKind::Reply);
        batch.items.append(item);
        const auto written = ws->ingest().write(batch);
        ASSERT_TRUE(written.has_value()) << written.error().message.toStdString();
        ASSERT_EQ(written->newItemIds.size(), 1);
        itemId = written->newItemIds.first();
        pane = std::make_unique<ThreadPane>(ws->posts(), ws->queue(), nullptr, NetworkNames());
        pane->setChainFetcher([this](const Post& top, std::function<void(const QString&)> done) {
            asked.append(top.remoteId);
            pending = std::move(done);
            return true;
        });
    }

    QString shown() const { return pane->document()->toPlainText(); }

    void storeChain()
    {
        IngestBatch chain;
        chain.context = {post(root, QStringLiteral("did:plc:brand"),
                              QStringLiteral("We changed our opening hours."), {}, PostKind::Own),
                         post(middle, QStringLiteral("did:plc:bob"), QStringLiteral("Why?"), root,
                              PostKind::Reply)};
        ASSERT_TRUE(ws->ingest().write(chain).has_value());
    }

    std::unique_ptr<Workspace> ws;
    std::unique_ptr<ThreadPane> pane;
    qint64 itemId = 0;
    QStringList asked;
    std::function<void(const QString&)> pending;
};

TEST_F(ThreadChainTest, ShowsWhatIsStoredAtOnceAndTheChainWhenItArrives)
{
    pane->showItem(itemId);
    EXPECT_TRUE(shown().contains(QLatin1String("Still closed at 9")));
    EXPECT_TRUE(shown().contains(QLatin1String("Fetching the earlier posts")));
    ASSERT_EQ(asked, QStringList{deep});
    ASSERT_TRUE(pending);

    storeChain();
    pending(QString());
    QApplication::processEvents();
    const QString text = shown();
    EXPECT_FALSE(text.contains(QLatin1String("Fetching")));
    const qsizetype rootAt = text.indexOf(QLatin1String("We changed our opening hours."));
    const qsizetype middleAt = text.indexOf(QLatin1String("Why?"));
    const qsizetype deepAt = text.indexOf(QLatin1String("Still closed at 9"));
    ASSERT_GE(rootAt, 0);
    EXPECT_LT(rootAt, middleAt);
    EXPECT_LT(middleAt, deepAt);

    // Stored now: showing the item again asks for nothing.
    pane->showItem(std::nullopt);
    pane->showItem(itemId);
    EXPECT_EQ(asked.size(), 1);
}

TEST_F(ThreadChainTest, AFailedFetchSaysSoQuietlyAndOnlyOnce)
{
    pane->showItem(itemId);
    ASSERT_TRUE(pending);
    pending(QStringLiteral("Bluesky did not answer in time."));
    QApplication::processEvents();
    const QString text = shown();
    EXPECT_TRUE(text.contains(QLatin1String(
        "The earlier posts of this conversation could not be fetched: Bluesky did not answer "
        "in time.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QLatin1String("Still closed at 9")));
    pane->showItem(std::nullopt);
    pane->showItem(itemId);
    EXPECT_EQ(asked.size(), 1);
}

TEST_F(ThreadChainTest, ANetworkWithoutTheFetchShowsTheStoredPostsOnly)
{
    pane->setChainFetcher([](const Post&, std::function<void(const QString&)>) { return false; });
    pane->showItem(itemId);
    EXPECT_TRUE(shown().contains(QLatin1String("Still closed at 9")));
    EXPECT_FALSE(shown().contains(QLatin1String("earlier posts")));
}

} // namespace
