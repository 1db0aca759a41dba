// SPDX-License-Identifier: GPL-3.0-or-later
// Replying like a person, on the offscreen platform over the sample workspace, whose accounts
// deliver through the sample deliverer (a short real-time pause, nothing leaves the machine).
#include "compose/compose_edit.h"
#include "compose/composer.h"
#include "compose/desktop_notifier.h"
#include "compose/follow_ups_dialog.h"
#include "compose/notes_panel.h"
#include "compose/outbox_dialog.h"
#include "compose/reply_column.h"
#include "compose/topic_tagger.h"
#include "inbox/assign_menu.h"
#include "inbox/thread_pane.h"
#include "outbox/reply_length.h"
#include "outbox/thanks.h"
#include "reply_fixture.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

TEST_F(ReplyFlow, RWritesAReplyCtrlEnterSendsItAndTheItemIsAnswered)
{
    const qint64 item = chooseItemOn(u"mastodon"_qs);
    press('r');
    ASSERT_EQ(QApplication::focusWidget(), composer().editor());
    EXPECT_TRUE(composer().counter()->text().endsWith(u"/ 500"_qs));
    EXPECT_TRUE(composer().visibility()->isVisibleTo(&composer()));
    // Mastodon tells only the people a reply mentions: the author is already addressed.
    const Post post = workspace().posts().post(item).value();
    EXPECT_TRUE(composer().text().startsWith(post.author.handle + u' '))
        << composer().text().toStdString();
    const int mentions = int(composer().text().size());
    const ReplyRules mastodonRules = providers.replyRules(u"mastodon");
    type(u"Sorry about that, we are on it."_qs);
    EXPECT_EQ(composer().counter()->text(),
              QStringLiteral("%1 / 500").arg(replyLength(composer().text(), mastodonRules)));
    EXPECT_EQ(replyLength(composer().text(), mastodonRules),
              replyLength(composer().text().left(mentions), mastodonRules) + 31);
    press(Qt::Key_Return, Qt::ControlModifier);

    EXPECT_EQ(QApplication::focusWidget(), &table()) << "the keyboard goes back to the queue";
    EXPECT_NE(composer().item(), item) << "on to the next item that needs attention";
    EXPECT_FALSE(composer().text().contains(u"we are on it"_qs));
    ASSERT_EQ(entriesFor(item).size(), 1);
    EXPECT_NE(entriesFor(item).first().state, OutboxState::Sent) << "it goes out after a pause";
    ASSERT_TRUE(waitUntilSent(item));
    EXPECT_TRUE(row(item).facts.answeredAt.has_value());
    EXPECT_TRUE(eventKinds(item).contains(u"reply-queued"_qs));
    EXPECT_TRUE(eventKinds(item).contains(u"answered"_qs));
    inbox().openItem(item);
    EXPECT_TRUE(composer().outboxStatus()->text().contains(u"Reply sent"_qs))
        << composer().outboxStatus()->text().toStdString();
}

TEST_F(ReplyFlow, CtrlShiftEnterRepliesAndMarksDoneAndUndoReopens)
{
    const qint64 item = chooseItemOn(u"bluesky"_qs);
    press('r');
    EXPECT_TRUE(composer().counter()->text().endsWith(u"/ 300"_qs));
    EXPECT_FALSE(composer().visibility()->isVisibleTo(&composer())) << "Mastodon only";
    type(u"Thanks for telling us, fixed now."_qs);
    press(Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stateOf(item).state, ItemState::Done);
    EXPECT_NE(currentId(), item);
    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stateOf(item).state, ItemState::Open);
    ASSERT_TRUE(waitUntilSent(item)) << "undo reopens the item; the reply still goes out";
}

TEST_F(ReplyFlow, TThanksWithALikeOrAsTheWorkspaceSaysWithBoth)
{
    const qint64 first = chooseItemOn(u"mastodon"_qs);
    window->actions().thanksLike->trigger();
    press('t');
    ASSERT_TRUE(waitUntilSent(first));
    ASSERT_EQ(entriesFor(first).first().kind, OutboxKind::Like);
    EXPECT_TRUE(row(first).facts.thankedAt.has_value()) << "likes count as thanks by default";

    window->actions().thanksBoth->trigger();
    EXPECT_EQ(thanksMode(workspace().settings()), ThanksMode::Both);
    const qint64 second = chooseItemOn(u"bluesky"_qs);
    press('t');
    ASSERT_TRUE(waitUntilSent(second, 2));
    const auto entries = entriesFor(second);
    EXPECT_EQ(entries[0].kind, OutboxKind::Like);
    EXPECT_EQ(entries[1].kind, OutboxKind::Reply);
    EXPECT_TRUE(entries[1].text.startsWith(u"Thank you so much, "_qs));
    EXPECT_FALSE(entries[1].text.contains(u'{')) << "the name is filled in";
}

TEST_F(ReplyFlow, AAssignsToMeAssignedToMeShowsItAndUndoTakesItBack)
{
    const qint64 item = currentId();
    const auto before = stateOf(item).assigneeId;
    ASSERT_NE(before, window->session()->me());
    press('a');
    auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    ASSERT_TRUE(menu);
    QTest::keyClick(menu, 'm');
    ASSERT_EQ(stateOf(item).assigneeId, window->session()->me());
    EXPECT_TRUE(eventKinds(item).contains(u"assigned"_qs));

    press(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(inbox().filter().assigneeId, window->session()->me());
    ASSERT_GE(model().rowOf(item), 0);

    table().setFocus();
    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stateOf(item).assigneeId, before);
    EXPECT_EQ(model().rowOf(item), -1) << "no longer assigned to me";
}

TEST_F(ReplyFlow, NAddsAnInternalNoteAndUndoRemovesIt)
{
    const qint64 item = currentId();
    press('n');
    NotesPanel& notes = inbox().replyColumn().notes();
    ASSERT_EQ(QApplication::focusWidget(), notes.field());
    type(u"Called her, refund on its way"_qs);
    press(Qt::Key_Return);
    EXPECT_EQ(QApplication::focusWidget(), &table());
    auto stored = workspace().notes().notes(item).value();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].author, u"Sam"_qs);
    EXPECT_EQ(notes.list()->count(), 1);
    EXPECT_TRUE(notes.list()->item(0)->text().contains(u"refund on its way"_qs));
    EXPECT_TRUE(entriesFor(item).isEmpty()) << "a note is never sent";

    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_TRUE(workspace().notes().notes(item).value().isEmpty());
    EXPECT_EQ(notes.list()->count(), 0);
    EXPECT_TRUE(eventKinds(item).contains(u"note-removed"_qs));
}

TEST_F(ReplyFlow, ASavedReplyBlocksSendingUntilEveryPlaceholderIsFilled)
{
    const qint64 item = chooseItemOn(u"mastodon"_qs);
    QComboBox* saved = composer().savedReplies();
    const int request = saved->findText(u"Feature request noted"_qs);
    ASSERT_GT(request, 0);
    saved->setCurrentIndex(request);
    Q_EMIT saved->activated(request);
    const Person author = workspace().posts().post(item).value().author;
    EXPECT_TRUE(composer().text().startsWith(author.handle + u" Thanks for the idea, "_qs +
                                             author.displayName.section(u' ', 0, 0)))
        << composer().text().toStdString();
    EXPECT_TRUE(composer().text().contains(u"{product}"_qs));
    EXPECT_TRUE(composer().placeholderWarning()->isVisibleTo(&composer()));
    EXPECT_TRUE(composer().placeholderWarning()->text().contains(u"{product}"_qs));
    EXPECT_FALSE(composer().sendButton()->isEnabled());

    composer().editor()->setFocus();
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(entriesFor(item).isEmpty()) << "Ctrl+Enter is refused too";

    composer().editor()->setPlainText(composer().text().replace(u"{product}"_qs, u"Lumen"_qs));
    EXPECT_FALSE(composer().placeholderWarning()->isVisibleTo(&composer()));
    EXPECT_TRUE(composer().sendButton()->isEnabled());
    QTest::mouseClick(composer().sendButton(), Qt::LeftButton);
    ASSERT_EQ(entriesFor(item).size(), 1);
    EXPECT_TRUE(entriesFor(item).first().text.contains(u"Lumen team"_qs));
}

TEST_F(ReplyFlow, TheSameWordsSentToOtherPeopleShowTheRobotWarningWithTheCount)
{
    const QString canned = u"We hear you, {name}. Our team is looking into it right now."_qs;
    QList<qint64> others;
    for (int row = 0; others.size() < 3; ++row) {
        const QueueItem item = model().itemAt(row);
        if (item.network == u"mastodon")
            others << item.postId;
    }
    for (qint64 other : others.mid(0, 2)) {
        inbox().openItem(other);
        composer().setText(canned);
        ASSERT_TRUE(composer().send(false));
    }
    inbox().openItem(others[2]);
    composer().setText(canned);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return composer().robotWarning()->isVisibleTo(&composer()); }, 2000));
    EXPECT_TRUE(composer().robotWarning()->text().contains(u"2 other people"_qs))
        << composer().robotWarning()->text().toStdString();
    EXPECT_TRUE(composer().sendButton()->isEnabled()) << "a warning, not a block";

    composer().setText(u"Ana, I checked your order myself: it left the roastery today."_qs);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !composer().robotWarning()->isVisibleTo(&composer()); }, 2000));
}

TEST_F(ReplyFlow, AFailedReplyIsEditedFromTheItemAndSentAgainWithTheSameKey)
{
    const qint64 item = chooseItemOn(u"mastodon"_qs);
    const Post post = workspace().posts().post(item).value();
    auto queued = window->session()->outbox().send(
        {post.accountId, item, OutboxKind::Reply, QString(510, u'x'), {}, u"Sam"_qs, {}});
    ASSERT_TRUE(queued);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return entriesFor(item).value(0).state == OutboxState::Failed; }, deliveryWaitMs));
    inbox().openItem(item);
    QLabel* status = composer().outboxStatus();
    EXPECT_TRUE(status->text().contains(u"Reply failed"_qs)) << status->text().toStdString();
    EXPECT_TRUE(status->text().contains(u"longer than 500"_qs));
    Q_EMIT status->linkActivated(u"edit:"_qs + QString::number(queued->id));
    EXPECT_EQ(composer().text().size(), 510);
    composer().editor()->setPlainText(u"Shorter, and to the point."_qs);
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(waitUntilSent(item));
    const OutboxEntry sent = entriesFor(item).first();
    EXPECT_EQ(sent.id, queued->id);
    EXPECT_EQ(sent.idempotencyKey, queued->idempotencyKey);
    EXPECT_EQ(sent.text, u"Shorter, and to the point."_qs);
}

TEST_F(ReplyFlow, TheOutboxViewResendsAnEditedFailedReplyAndDiscardsAnother)
{
    const qint64 item = chooseItemOn(u"mastodon"_qs);
    const Post post = workspace().posts().post(item).value();
    auto queued = window->session()->outbox().send(
        {post.accountId, item, OutboxKind::Reply, QString(600, u'y'), {}, u"Sam"_qs, {}});
    ASSERT_TRUE(queued);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return entriesFor(item).value(0).state == OutboxState::Failed; }, deliveryWaitMs));
    press(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = window->findChild<OutboxDialog*>(u"outbox"_qs);
    ASSERT_TRUE(dialog);
    ASSERT_EQ(dialog->list()->topLevelItemCount(), 1);
    EXPECT_EQ(dialog->list()->topLevelItem(0)->text(0), u"Failed"_qs);
    dialog->editSelected(u"Short."_qs);
    ASSERT_TRUE(waitUntilSent(item));
    EXPECT_EQ(dialog->list()->topLevelItem(0)->text(0), u"Sent"_qs);

    auto second = window->session()->outbox().send(
        {post.accountId, item, OutboxKind::Reply, QString(600, u'w'), {}, u"Sam"_qs, {}});
    ASSERT_TRUE(second);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return dialog->list()->topLevelItem(0)->text(0) == u"Failed"_qs; }, deliveryWaitMs));
    dialog->list()->setCurrentItem(dialog->list()->topLevelItem(0));
    dialog->discardSelected();
    EXPECT_EQ(dialog->list()->topLevelItemCount(), 1) << "the discarded entry is gone";
    EXPECT_FALSE(workspace().outbox().entry(second->id).value().has_value());
    dialog->close();
}

TEST_F(ReplyFlow, TheOutboxViewSaysWhoEachEntryIsForAndWhatALikeLiked)
{
    const qint64 item = chooseItemOn(u"mastodon"_qs);
    const Post post = workspace().posts().post(item).value();
    ASSERT_TRUE(window->session()->outbox().send(
        {post.accountId, item, OutboxKind::Like, {}, {}, u"Sam"_qs, {}}));
    press(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = window->findChild<OutboxDialog*>(u"outbox"_qs);
    ASSERT_TRUE(dialog);
    ASSERT_EQ(dialog->list()->topLevelItemCount(), 1);
    const QTreeWidgetItem* row = dialog->list()->topLevelItem(0);
    const QTreeWidgetItem* header = dialog->list()->headerItem();
    QHash<QString, QString> shown;
    for (int c = 0; c < dialog->list()->columnCount(); ++c)
        shown.insert(header->text(c), row->text(c));
    EXPECT_EQ(shown.value(u"What"_qs), u"Like"_qs);
    EXPECT_EQ(shown.value(u"To"_qs), post.author.handle);
    EXPECT_TRUE(shown.value(u"Text"_qs).contains(post.text.simplified().left(30)))
        << shown.value(u"Text"_qs).toStdString();
    dialog->close();
}

TEST_F(ReplyFlow, QuittingWithRepliesStillQueuedAsksAndQuitNowKeepsThemForNextTime)
{
    const qint64 item = chooseItemOn(u"mastodon"_qs);
    composer().setText(u"On its way."_qs);
    ASSERT_TRUE(composer().send(false));
    window->close();
    auto* box = window->findChild<QMessageBox*>(u"pendingOutbox"_qs);
    ASSERT_TRUE(box);
    EXPECT_TRUE(window->isVisible());
    EXPECT_EQ(box->text(), u"One reply or like has not gone out yet."_qs);
    QPushButton* quitNow = nullptr;
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            quitNow = qobject_cast<QPushButton*>(button);
    }
    ASSERT_TRUE(quitNow);
    quitNow->click();
    EXPECT_FALSE(window->isVisible());
    EXPECT_NE(entriesFor(item).value(0).state, OutboxState::Sent) << "kept for the next start";
}

TEST_F(ReplyFlow, WaitingBeforeQuittingClosesOnceTheOutboxIsEmpty)
{
    chooseItemOn(u"mastodon"_qs);
    composer().setText(u"On its way."_qs);
    ASSERT_TRUE(composer().send(false));
    window->close();
    auto* box = window->findChild<QMessageBox*>(u"pendingOutbox"_qs);
    ASSERT_TRUE(box);
    box->defaultButton()->click();
    EXPECT_TRUE(window->isVisible());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !window->isVisible(); }, deliveryWaitMs));
}

TEST_F(ReplyFlow, NewCriticismNotifiesOnlyWhenTurnedOnAndOpensTheItem)
{
    DesktopNotifier* notifier = window->notifier();
    ASSERT_TRUE(notifier);
    QSignalSpy notified(notifier, &DesktopNotifier::notified);
    const qint64 accountId = model().itemAt(0).accountId;
    auto arrive = [&](const QString& remoteId, const QString& text) {
        InboundItem i;
        i.post.accountId = accountId;
        i.post.network = model().itemAt(0).network;
        i.post.remoteId = remoteId;
        i.post.author = {0,  i.post.network, u"zed"_qs, u"zed@people.example"_qs, u"Zed"_qs, {},
                         {}, std::nullopt};
        i.post.text = text;
        i.post.createdAt = now;
        i.tone = Tone::Criticism;
        IngestBatch batch;
        batch.items = {i};
        auto written = workspace().ingest().write(batch);
        EXPECT_TRUE(written && written->newItemIds.size() == 1);
        return written ? written->newItemIds.value(0) : 0;
    };
    arrive(u"n1"_qs, u"Broken again"_qs);
    EXPECT_EQ(notified.size(), 0) << "off until turned on";

    window->actions().notifyCriticism->trigger();
    EXPECT_TRUE(notifier->isEnabled(DesktopNotifier::Kind::Criticism));
    const qint64 item = arrive(u"n2"_qs, u"The app crashes every time I open my orders"_qs);
    ASSERT_EQ(notified.size(), 1);
    EXPECT_EQ(notified[0][0].toLongLong(), item);
    EXPECT_EQ(notified[0][1].toString(), u"New criticism — Zed"_qs);
    EXPECT_EQ(notified[0][2].toString(), u"The app crashes every time I open my orders"_qs);

    Q_EMIT notifier->openItemRequested(item);
    EXPECT_EQ(inbox().threadPane().item(), item);
    EXPECT_EQ(composer().item(), item);
}

TEST_F(ReplyFlow, AShippedTopicListsWhoRaisedItAndAPersonalNoteMarksThemTold)
{
    const qint64 ana = model().itemAt(0).postId;
    const qint64 ben = model().itemAt(1).postId;
    ASSERT_TRUE(inbox().topicTagger().tag(u"Oat milk option"_qs, {ana, ben}));
    press(Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = window->findChild<FollowUpsDialog*>(u"followUps"_qs);
    ASSERT_TRUE(dialog);
    ASSERT_EQ(dialog->topicList()->count(), 1);
    EXPECT_EQ(dialog->raiserList()->topLevelItemCount(), 2);
    EXPECT_FALSE(dialog->composer().item().has_value()) << "nothing to tell while it is open";
    for (QPushButton* button : dialog->composer().findChildren<QPushButton*>())
        EXPECT_TRUE(button->text() == u"Send"_qs || !button->isVisibleTo(&dialog->composer()))
            << "only Send in a follow-up, found " << button->text().toStdString();

    dialog->setStatus(TopicStatus::Shipped);
    ASSERT_TRUE(dialog->composer().item().has_value());
    const qint64 first = *dialog->composer().item();
    const QString text = dialog->composer().text();
    EXPECT_TRUE(text.contains(u"Oat milk option"_qs)) << text.toStdString();
    EXPECT_FALSE(text.contains(u"{name}"_qs));
    EXPECT_EQ(dialog->raiserList()->topLevelItem(0)->text(1),
              workspace().posts().post(first).value().text.simplified())
        << "their own words";
    ASSERT_TRUE(dialog->composer().send(false));
    ASSERT_TRUE(waitUntilSent(first));
    const auto raisers =
        workspace().topics().raisers(workspace().topics().topics().value().first().id).value();
    const auto told = std::count_if(raisers.cbegin(), raisers.cend(),
                                    [](const TopicRaiser& r) { return r.toldAt.has_value(); });
    EXPECT_EQ(told, 1);
    EXPECT_TRUE(eventKinds(first).contains(u"told"_qs));
    dialog->close();
}
