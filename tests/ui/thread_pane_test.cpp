// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui_test_support.h"
#include "inbox/thread_html.h"
#include "inbox/thread_pane.h"
#include "workflow/queue_actions.h"
#include "workflow/tone_triage.h"

#include <QApplication>
#include <QTextDocument>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

class ThreadPaneTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ws = memoryWorkspace();
        ASSERT_TRUE(ws);
        importSample(*ws, 400);
    }

    // An item whose conversation goes on below it with one of our replies.
    qint64 itemWithOurReply()
    {
        for (qint64 id : storeOrder(*ws, anyState())) {
            const auto thread = ws->posts().thread(id);
            if (!thread)
                continue;
            bool belowFocus = false;
            for (const ThreadEntry& entry : *thread) {
                if (belowFocus && entry.post.isOwn() && !entry.post.replyToRemoteId.isEmpty())
                    return id;
                belowFocus = belowFocus || entry.isFocus;
            }
        }
        return -1;
    }

    std::unique_ptr<Workspace> ws;
};

Post hostilePost()
{
    Post post;
    post.id = 1;
    post.network = QStringLiteral("mastodon");
    post.author.handle = QStringLiteral("@mallory<b>@evil.example");
    post.author.displayName = QStringLiteral("<img src=\"https://tracker.example/n.png\">");
    post.author.bio =
        QStringLiteral("<style>body{background:url(https://x.example/b.png)}</style>");
    post.author.profileUrl = QStringLiteral("javascript:alert(1)");
    post.text = QStringLiteral("Look <img src=\"https://tracker.example/p.png\"> & <a "
                               "href=\"https://phish.example\">here</a>");
    post.url = QStringLiteral("https://social.example/@mallory/1");
    return post;
}

} // namespace

TEST_F(ThreadPaneTest, ShowsTheConversationAuthorAndHistory)
{
    const qint64 id = itemWithOurReply();
    ASSERT_GT(id, 0);
    ThreadPane pane(ws->posts(), ws->queue(), nullptr, NetworkNames());
    pane.showItem(id);
    const QString text = pane.document()->toPlainText();
    const auto post = ws->posts().post(id);
    ASSERT_TRUE(post);
    EXPECT_TRUE(text.contains(post->text.left(30)));
    EXPECT_TRUE(text.contains(u"our reply"));
    EXPECT_TRUE(text.contains(post->author.handle));
    EXPECT_TRUE(text.contains(u"Items here:"));
    EXPECT_TRUE(text.contains(u"Received from"));
    EXPECT_TRUE(pane.toHtml().contains(u"margin-left:16px") ||
                pane.toHtml().contains(u"margin-left:32px"));

    QueueActions actions(ws->queue(), QStringLiteral("Ana"), fixedClock);
    ASSERT_TRUE(actions.markDone({id}));
    pane.refreshIfShown({id});
    EXPECT_TRUE(pane.document()->toPlainText().contains(u"Ana marked it done"));
}

TEST_F(ThreadPaneTest, RemoteTextIsEscapedAndLinksAreOnlyWebLinks)
{
    ThreadContent content;
    content.thread = {{hostilePost(), 0, true}};
    content.author.person = hostilePost().author;
    content.author.items = 1;
    const QString html = threadHtml(content, QApplication::palette());
    EXPECT_FALSE(html.contains(u"<img"));
    EXPECT_FALSE(html.contains(u"<style"));
    EXPECT_FALSE(html.contains(u"href=\"https://phish.example"));
    EXPECT_FALSE(html.contains(u"javascript:"));
    EXPECT_TRUE(html.contains(u"&lt;img src="));
    EXPECT_TRUE(html.contains(u"href=\"https://social.example/@mallory/1\""));

    QTextDocument document;
    document.setHtml(html);
    EXPECT_TRUE(document.toPlainText().contains(u"Look <img src="));
}

TEST_F(ThreadPaneTest, LoadsNoResourceOfAnyKind)
{
    ThreadPane pane(ws->posts(), ws->queue(), nullptr, NetworkNames());
    for (int type : {int(QTextDocument::ImageResource), int(QTextDocument::StyleSheetResource),
                     int(QTextDocument::HtmlResource)}) {
        EXPECT_TRUE(pane.loadResource(type, QUrl(QStringLiteral("https://tracker.example/p.png")))
                        .isNull());
        EXPECT_TRUE(pane.loadResource(type, QUrl(QStringLiteral("file:///etc/passwd"))).isNull());
    }
    EXPECT_FALSE(pane.openLinks());
    EXPECT_FALSE(pane.openExternalLinks());
}

TEST_F(ThreadPaneTest, SaysSoWhenNothingIsChosen)
{
    ThreadPane pane(ws->posts(), ws->queue(), nullptr, NetworkNames());
    pane.showItem(std::nullopt);
    EXPECT_TRUE(pane.document()->toPlainText().contains(u"Choose an item"));
}

TEST_F(ThreadPaneTest, ExplainsTheToneWithTheWordsThatDroveIt)
{
    auto shipped = ToneClassifier::loadShipped();
    ASSERT_TRUE(shipped) << shipped.error().toStdString();
    auto tone = ToneTriage::open(*shipped, *ws, fixedClock);
    ASSERT_TRUE(tone);
    const qint64 id = itemWithOurReply();
    ThreadPane pane(ws->posts(), ws->queue(), &*tone, NetworkNames());
    pane.showItem(id);
    const QString text = pane.document()->toPlainText();
    EXPECT_TRUE(text.contains(u"the sample data's label"));
    EXPECT_TRUE(text.contains(u"Words that weighed most:"));

    ThreadContent content;
    content.thread = {{hostilePost(), 0, true}};
    content.tone = ToneExplanation{{},
                                   tone->classify(QStringLiteral("Der Kaffee schmeckt heute "
                                                                 "wunderbar, danke")),
                                   {}};
    content.tone->triage.tone = content.tone->model.tone;
    content.tone->triage.toneSource = ToneSource::Model;
    const QString html = threadHtml(content, QApplication::palette());
    EXPECT_TRUE(html.contains(u"outside what the model knows")) << html.toStdString();
}
