// SPDX-License-Identifier: GPL-3.0-or-later
// An item retired because its author deleted the post says so, on either network: in its queue
// row and above its conversation.
#include "composition/composition.h"
#include "gui_test_support.h"
#include "inbox/queue_model.h"
#include "inbox/thread_pane.h"
#include "workflow/queue_actions.h"

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

class RetiredNoteTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ws = memoryWorkspace();
        ASSERT_TRUE(ws);
        importSample(*ws, 300);
    }

    // The focus post of the first open item on `network`.
    Post openPostOn(const QString& network)
    {
        QueueFilter open;
        open.network = network;
        for (qint64 id : storeOrder(*ws, open)) {
            const QList<ThreadEntry> thread = ws->posts().thread(id).value();
            for (const ThreadEntry& entry : thread) {
                if (entry.isFocus)
                    return entry.post;
            }
        }
        ADD_FAILURE() << "no open item on " << network.toStdString();
        return {};
    }

    QString excerptOf(QueueModel& model, qint64 postId)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.itemAt(row).postId == postId)
                return model.index(row, int(QueueColumn::Excerpt)).data().toString();
        }
        return {};
    }

    std::unique_ptr<Workspace> ws;
};

TEST_F(RetiredNoteTest, ADeletedPostSaysSoInTheQueueRowAndTheConversation)
{
    const NetworkNames names = shippedProviders().names();
    const std::pair<QString, QString> networks[] = {{u"bluesky"_qs, u"Bluesky"_qs},
                                                    {u"mastodon"_qs, u"Mastodon"_qs}};
    for (const auto& [network, label] : networks) {
        const Post post = openPostOn(network);
        ASSERT_GT(post.id, 0);
        IngestBatch batch;
        batch.retired.append({network, post.remoteId, fixedNow + 60});
        ASSERT_EQ(ws->ingest().write(batch).value().retired, 1);

        QueueModel model(ws->queue(), ws->changes(), ws->settings().responseTargets().value(),
                         fixedClock, names);
        QueueFilter dismissed = anyState();
        dismissed.network = network;
        model.setFilter(dismissed);
        const QString excerpt = excerptOf(model, post.id);
        EXPECT_TRUE(excerpt.startsWith(QStringLiteral("Deleted by its author · ")))
            << excerpt.toStdString();

        ThreadPane pane(ws->posts(), ws->queue(), nullptr, names);
        pane.showItem(post.id);
        const QString shown = pane.toPlainText();
        const QString note =
            QStringLiteral("Deleted by its author on %1; Hearken retired it from the queue")
                .arg(label);
        // Above the conversation, and in the history.
        EXPECT_LT(shown.indexOf(note), shown.indexOf(post.text.left(20))) << shown.toStdString();
        EXPECT_EQ(shown.count(note), 2) << shown.toStdString();
    }

    // An item a person dismissed carries no such note.
    const Post other = openPostOn(QStringLiteral("bluesky"));
    ASSERT_TRUE(QueueActions(ws->queue(), QStringLiteral("Ana"), fixedClock).dismiss({other.id}));
    QueueModel model(ws->queue(), ws->changes(), ws->settings().responseTargets().value(),
                     fixedClock, names);
    model.setFilter(anyState());
    EXPECT_FALSE(excerptOf(model, other.id).startsWith(QLatin1String("Deleted")));
}

} // namespace
