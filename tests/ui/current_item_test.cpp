// SPDX-License-Identifier: GPL-3.0-or-later
// One current item: whichever way it changes (opened from the Review or a notification, a filter
// change, a send, a thank, an undo, a sync that takes the row away or moves it), the queue's
// selected row, the thread pane, the composer with its "To" line and the item actions all point
// at the same post, and a reply goes to the person on screen.
#include "compose/compose_edit.h"
#include "compose/desktop_notifier.h"
#include "inbox/filter_bar.h"
#include "inbox/item_roles.h"
#include "inbox/thread_pane.h"
#include "reply_fixture.h"
#include "review/review_sections.h"
#include "review/review_window.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

class CurrentItemFlow : public ReplyFlow {
protected:
    // The line over the reply text that says who it goes to.
    QString toLine()
    {
        for (const QLabel* label : composer().findChildren<QLabel*>()) {
            if (label->text().startsWith(u"To "_qs))
                return label->text();
        }
        return {};
    }

    QString authorOf(qint64 postId)
    {
        return workspace().posts().post(postId).value().author.handle;
    }

    // The first row after the top one whose item has the attention rank; -1 when none has.
    int rowOfRank(int rank)
    {
        for (int row = 1; row < model().rowCount(); ++row) {
            if (model().itemAt(row).rank == rank)
                return row;
        }
        return -1;
    }

    bool needsAttention(int row) { return model().index(row, 0).data(FlagsRole).toInt() != 0; }

    // Everything that acts on the current item points at `postId`.
    void expectCurrent(qint64 postId, const char* when)
    {
        SCOPED_TRACE(when);
        EXPECT_EQ(currentId(), postId) << "the queue's current row";
        EXPECT_EQ(inbox().triage().targets(), QList<qint64>{postId}) << "what actions act on";
        EXPECT_EQ(inbox().threadPane().item(), postId) << "the thread pane";
        EXPECT_EQ(composer().item(), postId) << "the composer";
        EXPECT_TRUE(toLine().contains(authorOf(postId))) << toLine().toStdString();
        EXPECT_TRUE(window->actions().markDone->isEnabled()) << "toolbar and Item menu";
        EXPECT_FALSE(window->statusText().contains(u"not in this view"_qs)) << "status bar";
    }

    static QueueFilter flagView(Flag flag)
    {
        QueueFilter filter;
        filter.flag = flag;
        return filter;
    }

    void replyWith(const QString& words)
    {
        composer().editor()->setFocus();
        QTest::keyClicks(composer().editor(), words);
        QTest::keyClick(composer().editor(), Qt::Key_Return, Qt::ControlModifier);
    }
};

} // namespace

TEST_F(CurrentItemFlow, AnItemOpenedFromTheReviewIsSelectedInTheInboxAndTheReplyGoesToIt)
{
    inbox().filterBar().setFilter(flagView(Flag::UnthankedPraise));
    const qint64 top = currentId();
    ASSERT_NE(top, -1);

    window->actions().review->trigger();
    ReviewWindow* review = window->review();
    ASSERT_TRUE(review);
    QSignalSpy shown(review, &ReviewWindow::reportShown);
    ASSERT_TRUE(review->report() || shown.wait(10000));
    QTreeWidget& oldest = review->backlog().oldest();
    QTreeWidgetItem* waiting = nullptr;
    for (int i = 0; i < oldest.topLevelItemCount() && !waiting; ++i) {
        if (model().rowOf(oldest.topLevelItem(i)->data(0, Qt::UserRole).toLongLong()) < 0)
            waiting = oldest.topLevelItem(i);
    }
    ASSERT_TRUE(waiting) << "a waiting item outside the inbox's view";
    const qint64 item = waiting->data(0, Qt::UserRole).toLongLong();
    Q_EMIT oldest.itemActivated(waiting, 0);

    expectCurrent(item, "opened from the Review");
    EXPECT_NE(inbox().filter(), flagView(Flag::UnthankedPraise)) << "a view that holds it";
    replyWith(u"We are sorry, a fix is on its way."_qs);
    ASSERT_EQ(entriesFor(item).size(), 1);
    EXPECT_TRUE(entriesFor(top).isEmpty()) << "nothing lands under the other person's post";
}

TEST_F(CurrentItemFlow, ANotificationForAnItemASearchHidesClearsTheSearchAndSelectsIt)
{
    const qint64 item = model().itemAt(5).postId;
    QueueFilter nothing;
    nothing.search = u"zzqqxx"_qs;
    inbox().filterBar().setFilter(nothing);
    ASSERT_EQ(model().rowCount(), 0);

    Q_EMIT window->notifier()->openItemRequested(item);
    expectCurrent(item, "opened from a notification");
    EXPECT_TRUE(inbox().filter().search.isEmpty());
}

TEST_F(CurrentItemFlow, AFilterChangeKeepsTheItemWhenTheNewViewHoldsItElseTakesTheFirstRow)
{
    const int row = rowOfRank(0);
    ASSERT_GT(row, 0);
    const qint64 criticism = model().itemAt(row).postId;
    table().focusRow(row);
    expectCurrent(criticism, "chosen in Needs attention");

    inbox().filterBar().setFilter(flagView(Flag::UnansweredCriticism));
    ASSERT_GT(model().rowOf(criticism), 0);
    expectCurrent(criticism, "the criticism view holds it");

    inbox().filterBar().setFilter(flagView(Flag::UnthankedPraise));
    ASSERT_EQ(model().rowOf(criticism), -1);
    expectCurrent(model().itemAt(0).postId, "the praise view does not hold it");
}

TEST_F(CurrentItemFlow, ThankMovesToTheNextPraiseWhichStaysCurrentWhenTheThankedOneLeaves)
{
    inbox().filterBar().setFilter(flagView(Flag::UnthankedPraise));
    ASSERT_GT(model().rowCount(), 2);
    const qint64 thanked = model().itemAt(0).postId;
    const qint64 next = model().itemAt(1).postId;
    table().setFocus();
    press('t');
    expectCurrent(next, "after Thank");

    ASSERT_TRUE(waitUntilSent(thanked));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowOf(thanked) < 0; }, deliveryWaitMs));
    expectCurrent(next, "after the thanked item left the view");
    press('e');
    EXPECT_EQ(stateOf(next).state, ItemState::Done);
    EXPECT_EQ(stateOf(thanked).state, ItemState::Open);
}

TEST_F(CurrentItemFlow, SendingMovesToTheNextFlaggedItemAndJKeepsToTheFlaggedOnes)
{
    ASSERT_EQ(model().itemAt(0).rank, 0) << "Needs attention starts with criticism";
    ASSERT_TRUE(needsAttention(1) && needsAttention(2));
    const qint64 answered = model().itemAt(0).postId;
    const qint64 second = model().itemAt(1).postId;
    const qint64 third = model().itemAt(2).postId;
    press('r');
    replyWith(u"Sorry about that, we are on it."_qs);
    expectCurrent(second, "after Ctrl+Enter");

    ASSERT_TRUE(waitUntilSent(answered));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().rowOf(answered) != 0; }, deliveryWaitMs));
    expectCurrent(second, "after the answered item moved down");
    table().setFocus();
    press('j');
    expectCurrent(third, "j from there");
}

TEST_F(CurrentItemFlow, DoneOnTheLastFlaggedItemMovesBackToTheFlaggedOneBeforeIt)
{
    int last = 0;
    while (last + 1 < model().rowCount() && needsAttention(last + 1))
        ++last;
    ASSERT_GT(last, 0);
    ASSERT_LT(last + 1, model().rowCount()) << "rows that need nothing follow";
    const qint64 item = model().itemAt(last).postId;
    const qint64 before = model().itemAt(last - 1).postId;
    table().focusRow(last);
    press('e');
    EXPECT_EQ(stateOf(item).state, ItemState::Done);
    expectCurrent(before, "after e on the last flagged item");

    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stateOf(item).state, ItemState::Open);
    expectCurrent(item, "after undo");
}

TEST_F(CurrentItemFlow, SendAndDoneMarksOnlyTheRepliedItemDoneAndMovesOn)
{
    const qint64 item = model().itemAt(0).postId;
    const qint64 other = model().itemAt(3).postId;
    const qint64 next = model().itemAt(1).postId;
    table().focusRow(0);
    inbox().triage().selectIds({item, other});
    composer().editor()->setFocus();
    QTest::keyClicks(composer().editor(), u"Thanks, fixed now."_qs);
    QTest::keyClick(composer().editor(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stateOf(item).state, ItemState::Done);
    EXPECT_EQ(stateOf(other).state, ItemState::Open) << "only the item replied to";
    expectCurrent(next, "after Send & done");
}

TEST_F(CurrentItemFlow, ADraftStaysWithItsItemWhenASyncTakesTheRowAway)
{
    const qint64 item = model().itemAt(2).postId;
    const qint64 neighbour = model().itemAt(1).postId;
    table().focusRow(2);
    press('r');
    QTest::keyClicks(composer().editor(), u"Checking this with the roastery now."_qs);
    const QString draft = composer().text();

    // A teammate in another window marks it done.
    ASSERT_TRUE(window->session()->actions().markDone({item}));
    ASSERT_EQ(model().rowOf(item), -1);
    EXPECT_EQ(inbox().threadPane().item(), item);
    EXPECT_EQ(composer().item(), item);
    EXPECT_EQ(composer().text(), draft);
    EXPECT_TRUE(toLine().contains(authorOf(item))) << toLine().toStdString();
    EXPECT_EQ(inbox().triage().targets(), QList<qint64>{item});
    EXPECT_TRUE(window->statusText().contains(u"not in this view"_qs))
        << window->statusText().toStdString();

    QTest::keyClick(composer().editor(), Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(entriesFor(item).size(), 1);
    EXPECT_TRUE(entriesFor(neighbour).isEmpty());
}

TEST_F(CurrentItemFlow, ASyncThatMovesTheRowKeepsTheSameItem)
{
    const int row = rowOfRank(2);
    ASSERT_GT(row, 0);
    const qint64 item = model().itemAt(row).postId;
    table().focusRow(row);
    ASSERT_TRUE(window->session()->actions().setTone({item}, Tone::Criticism));
    ASSERT_LT(model().rowOf(item), row) << "criticism now, it moves up";
    expectCurrent(item, "after the row moved");
}

TEST_F(CurrentItemFlow, AMastodonReplyHoldingOnlyTheMentionsIsNotSent)
{
    const qint64 item = chooseItemOn(u"mastodon"_qs);
    press('r');
    ASSERT_TRUE(composer().text().startsWith(u'@'));
    EXPECT_FALSE(composer().sendButton()->isEnabled());
    EXPECT_FALSE(composer().blockReason().isEmpty());
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(entriesFor(item).isEmpty());

    const Post post = workspace().posts().post(item).value();
    auto queued = window->session()->outbox().send(
        {post.accountId, item, OutboxKind::Reply, composer().text(), {}, u"Sam"_qs, {}});
    ASSERT_FALSE(queued) << "refused below the window too";
    EXPECT_TRUE(queued.error().message.contains(u"mentions"_qs))
        << queued.error().message.toStdString();
    EXPECT_TRUE(entriesFor(item).isEmpty());
}

TEST_F(CurrentItemFlow, JAndKGoOnFromWhereTheItemWasWhenASyncTookItsRowAway)
{
    const qint64 top = model().itemAt(0).postId;
    const qint64 second = model().itemAt(1).postId;
    const qint64 third = model().itemAt(2).postId;
    table().setFocus();
    ASSERT_TRUE(window->session()->actions().markDone({top}));
    ASSERT_EQ(model().rowOf(top), -1);
    EXPECT_TRUE(table().selectionModel()->selectedRows().isEmpty()) << "it is not in the view";
    press('j');
    expectCurrent(second, "j after the top row left");

    press('j');
    ASSERT_TRUE(window->session()->actions().markDone({third}));
    press('k');
    expectCurrent(second, "k after the row left");
}
