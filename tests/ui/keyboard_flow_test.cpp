// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/assign_menu.h"
#include "inbox/snooze_menu.h"
#include "inbox/thread_pane.h"
#include "shell/sidebar_model.h"
#include "store/post_repository.h"
#include "window_fixture.h"

#include <QDateTimeEdit>
#include <QMenu>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

class KeyboardFlow : public WindowTest {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        showSample();
        ASSERT_GT(model().rowCount(), 10);
        ASSERT_EQ(table().currentIndex().row(), 0);
        queueTester = testModel(model());
        sidebarTester = testModel(inbox().sidebarModel());
    }

    void TearDown() override
    {
        queueTester.reset();
        sidebarTester.reset();
        WindowTest::TearDown();
    }

    QMenu* openPopup()
    {
        QMenu* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        EXPECT_TRUE(menu);
        return menu;
    }

    QList<QString> eventKinds(qint64 postId)
    {
        QList<QString> kinds;
        const auto events = workspace().posts().events(postId);
        EXPECT_TRUE(events.has_value());
        for (const Event& event : events.value_or(QList<Event>()))
            kinds << event.kind + u':' + event.detail;
        return kinds;
    }

    std::unique_ptr<QAbstractItemModelTester> queueTester;
    std::unique_ptr<QAbstractItemModelTester> sidebarTester;
};

} // namespace

TEST_F(KeyboardFlow, JAndKMoveThroughTheQueueAndTheThreadFollows)
{
    const qint64 first = currentId();
    press('j');
    EXPECT_EQ(table().currentIndex().row(), 1);
    press('j');
    EXPECT_EQ(table().currentIndex().row(), 2);
    press('k');
    EXPECT_EQ(table().currentIndex().row(), 1);
    EXPECT_EQ(inbox().threadPane().item(), currentId());
    press('k');
    EXPECT_EQ(currentId(), first);
    press('k');
    EXPECT_EQ(currentId(), first);
}

TEST_F(KeyboardFlow, EMarksDoneMovesOnAndUndoBringsItBack)
{
    const qint64 item = currentId();
    const qint64 next = model().itemAt(1).postId;
    press('e');

    EXPECT_EQ(model().rowOf(item), -1);
    EXPECT_EQ(stateOf(item).state, ItemState::Done);
    EXPECT_TRUE(eventKinds(item).contains(QStringLiteral("state:done")));
    EXPECT_EQ(currentId(), next);

    press(Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stateOf(item).state, ItemState::Open);
    EXPECT_EQ(model().rowOf(item), 0);
    EXPECT_EQ(currentId(), item);
    EXPECT_TRUE(eventKinds(item).contains(QStringLiteral("undo:state")));

    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stateOf(item).state, ItemState::Done);
    EXPECT_EQ(model().rowOf(item), -1);
}

TEST_F(KeyboardFlow, OneActionCoversEverySelectedItem)
{
    const QList<qint64> chosen = firstRows(3);
    press(Qt::Key_Down, Qt::ShiftModifier);
    press(Qt::Key_Down, Qt::ShiftModifier);
    ASSERT_EQ(inbox().triage().targets(), chosen);
    const qint64 next = model().itemAt(3).postId;

    press('e');
    for (qint64 id : chosen)
        EXPECT_EQ(stateOf(id).state, ItemState::Done);
    EXPECT_EQ(currentId(), next);

    press(Qt::Key_Z, Qt::ControlModifier);
    for (qint64 id : chosen)
        EXPECT_EQ(stateOf(id).state, ItemState::Open);
    EXPECT_EQ(inbox().triage().targets(), chosen);
}

TEST_F(KeyboardFlow, DigitsSetTheToneAsAPersonsDecision)
{
    const qint64 item = currentId();
    press('2');
    EXPECT_EQ(stateOf(item).tone, Tone::Praise);
    EXPECT_EQ(stateOf(item).toneSource, ToneSource::Person);
    EXPECT_EQ(currentId(), item);
    const int row = model().rowOf(item);
    EXPECT_EQ(model().data(model().index(row, 0), ToneSourceRole).toInt(), int(ToneSource::Person));
    press('3');
    EXPECT_EQ(stateOf(item).tone, Tone::Other);
    press('1');
    EXPECT_EQ(stateOf(item).tone, Tone::Criticism);
    EXPECT_EQ(stateOf(item).toneSource, ToneSource::Person);
    EXPECT_TRUE(eventKinds(item).contains(QStringLiteral("tone:praise")));
}

TEST_F(KeyboardFlow, QuestionMarkTogglesTheQuestionMark)
{
    const qint64 item = currentId();
    const bool before = stateOf(item).isQuestion;
    press('?');
    EXPECT_EQ(stateOf(item).isQuestion, !before);
    press('?');
    EXPECT_EQ(stateOf(item).isQuestion, before);
}

TEST_F(KeyboardFlow, DAndHashDismissAsNeedingNoReply)
{
    const qint64 first = currentId();
    press('d');
    EXPECT_EQ(stateOf(first).state, ItemState::Dismissed);
    const qint64 second = currentId();
    ASSERT_NE(second, first);
    press('#');
    EXPECT_EQ(stateOf(second).state, ItemState::Dismissed);
    EXPECT_EQ(model().rowOf(second), -1);
}

TEST_F(KeyboardFlow, ShiftUReopens)
{
    inbox().filterBar().setFilter([] {
        QueueFilter done;
        done.states = {ItemState::Done};
        return done;
    }());
    const qint64 item = currentId();
    ASSERT_EQ(stateOf(item).state, ItemState::Done);
    press(Qt::Key_U, Qt::ShiftModifier);
    EXPECT_EQ(stateOf(item).state, ItemState::Open);
    EXPECT_EQ(model().rowOf(item), -1);
}

TEST_F(KeyboardFlow, SSnoozesFromThePresetMenuAndTheItemWakesLater)
{
    const qint64 item = currentId();
    press('s');
    QMenu* menu = openPopup();
    ASSERT_TRUE(menu);
    QTest::keyClick(menu, '1');

    EXPECT_EQ(stateOf(item).state, ItemState::Snoozed);
    EXPECT_EQ(stateOf(item).snoozedUntil, fixedNow + 60 * 60);
    EXPECT_EQ(model().rowOf(item), -1);

    now += 2 * 60 * 60;
    window->session()->wakeSnoozed();
    EXPECT_EQ(stateOf(item).state, ItemState::Open);
    EXPECT_GE(model().rowOf(item), 0);
}

TEST_F(KeyboardFlow, SnoozeUntilAPickedDateAndTime)
{
    const qint64 item = currentId();
    press('s');
    QMenu* menu = openPopup();
    ASSERT_TRUE(menu);
    QTest::keyClick(menu, 'p');
    auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
    ASSERT_TRUE(dialog);
    auto* edit = dialog->findChild<QDateTimeEdit*>();
    ASSERT_TRUE(edit);
    const QDateTime until = QDateTime::fromSecsSinceEpoch(fixedNow + 3 * 24 * 60 * 60);
    edit->setDateTime(until);
    dialog->accept();
    EXPECT_EQ(stateOf(item).state, ItemState::Snoozed);
    EXPECT_EQ(stateOf(item).snoozedUntil, until.toSecsSinceEpoch());
}

TEST_F(KeyboardFlow, AAssignsToATeammateSomeoneNewOrNobody)
{
    const qint64 item = currentId();
    press('a');
    QMenu* menu = openPopup();
    ASSERT_TRUE(menu);
    QAction* ben = nullptr;
    for (QAction* action : menu->actions()) {
        if (action->text() == u"Ben Okafor")
            ben = action;
    }
    ASSERT_TRUE(ben);
    ben->trigger();
    menu->close();
    EXPECT_EQ(model().itemAt(model().rowOf(item)).assigneeName, QStringLiteral("Ben Okafor"));

    press('a');
    menu = openPopup();
    ASSERT_TRUE(menu);
    QTest::keyClick(menu, 'e');
    answerPrompt(QStringLiteral("Robin"));
    EXPECT_EQ(model().itemAt(model().rowOf(item)).assigneeName, QStringLiteral("Robin"));
    EXPECT_TRUE(eventKinds(item).contains(QStringLiteral("assigned:Robin")));

    press('a');
    menu = openPopup();
    ASSERT_TRUE(menu);
    QTest::keyClick(menu, 'u');
    EXPECT_FALSE(stateOf(item).assigneeId.has_value());
}

TEST_F(KeyboardFlow, OAndReturnOpenTheItemInTheThreadPane)
{
    press('o');
    EXPECT_EQ(QApplication::focusWidget(), &inbox().threadPane());
    press(Qt::Key_Escape);
    EXPECT_EQ(QApplication::focusWidget(), &table());
    press(Qt::Key_Return);
    EXPECT_EQ(QApplication::focusWidget(), &inbox().threadPane());
}

TEST_F(KeyboardFlow, SlashSearchesAndTheListNarrows)
{
    const int before = int(storeOrder(workspace(), QueueFilter()).size());
    press('/');
    ASSERT_EQ(QApplication::focusWidget(), inbox().filterBar().searchField());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("oat"));
    EXPECT_TRUE(model().filter().search.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return model().filter().search == u"oat"; }, 2000));
    QueueFilter search;
    search.search = QStringLiteral("oat");
    const QList<qint64> expected = storeOrder(workspace(), search);
    ASSERT_FALSE(expected.isEmpty());
    EXPECT_LT(expected.size(), before);
    fetchAll(model());
    EXPECT_EQ(model().rowCount(), expected.size());

    press(Qt::Key_Escape);
    EXPECT_EQ(QApplication::focusWidget(), &table());
    EXPECT_TRUE(model().filter().search.isEmpty());
}

TEST_F(KeyboardFlow, ControlFFocusesTheSearch)
{
    press(Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), inbox().filterBar().searchField());
}

TEST_F(KeyboardFlow, TheSelectionSurvivesAReloadOfTheQueue)
{
    press('j');
    press('j');
    const qint64 item = currentId();
    Q_EMIT workspace().changes().queueReset();
    EXPECT_EQ(currentId(), item);
    EXPECT_EQ(inbox().threadPane().item(), item);
}
