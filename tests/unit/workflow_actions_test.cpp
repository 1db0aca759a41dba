// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/postgres_workspace.h"
#include "support/workspace_fixture.h"
#include "workflow/event_text.h"
#include "workflow/queue_actions.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace hearken;
using hearken::testing::fixedNow;

namespace {

class QueueActionsTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = hearken::testing::workspaceOn(GetParam());
        ASSERT_TRUE(ws);
        hearken::testing::importSample(*ws, 300);
        actions = std::make_unique<QueueActions>(ws->queue(), QStringLiteral("Ana Ortiz"),
                                                 [] { return fixedNow; });
        auto page = ws->queue().page(QueueQuery({}, fixedNow, {}), std::nullopt, 3);
        ASSERT_TRUE(page && page->size() == 3);
        for (const QueueItem& item : *page)
            ids << item.postId;
    }

    TriageState stateOf(qint64 id) { return ws->queue().triageStates({id}).value().value(0); }

    std::unique_ptr<Workspace> ws;
    std::unique_ptr<QueueActions> actions;
    QList<qint64> ids;
};

} // namespace

TEST_P(QueueActionsTest, MarkDoneRecordsWhoAndAnnouncesOnlyTheseItems)
{
    QSignalSpy changed(&ws->changes(), &ChangeNotifier::itemsChanged);
    auto change = actions->markDone({ids[0]});
    ASSERT_TRUE(change.has_value());
    EXPECT_EQ(stateOf(ids[0]).state, ItemState::Done);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed[0][0].value<QList<qint64>>(), QList<qint64>{ids[0]});

    const auto events = ws->posts().events(ids[0]).value();
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(events.last().actor, QStringLiteral("Ana Ortiz"));
    EXPECT_EQ(events.last().at, fixedNow);
    EXPECT_EQ(describeEvent(events.last(), NetworkNames()),
              QStringLiteral("Ana Ortiz marked it done"));
}

TEST_P(QueueActionsTest, UndoRestoresEveryFieldAndRedoReappliesIt)
{
    const QList<TriageState> before = ws->queue().triageStates(ids).value();
    auto change = actions->snooze(ids, fixedNow + 3600);
    ASSERT_TRUE(change.has_value());
    for (qint64 id : ids) {
        EXPECT_EQ(stateOf(id).state, ItemState::Snoozed);
        EXPECT_EQ(stateOf(id).snoozedUntil, fixedNow + 3600);
    }
    ASSERT_TRUE(actions->undo(*change).has_value());
    EXPECT_EQ(ws->queue().triageStates(ids).value(), before);
    ASSERT_TRUE(actions->redo(*change).has_value());
    EXPECT_EQ(ws->queue().triageStates(ids).value(), change->after);
}

TEST_P(QueueActionsTest, ToneSetByAPersonIsMarkedAsTheirs)
{
    ASSERT_TRUE(actions->setTone({ids[1]}, Tone::Praise).has_value());
    const TriageState state = stateOf(ids[1]);
    EXPECT_EQ(state.tone, Tone::Praise);
    EXPECT_EQ(state.toneSource, ToneSource::Person);
    EXPECT_DOUBLE_EQ(state.toneConfidence, 1.0);
    EXPECT_EQ(describeEvent(ws->posts().events(ids[1]).value().last(), NetworkNames()),
              QStringLiteral("Ana Ortiz set the tone to Praise"));
}

TEST_P(QueueActionsTest, AssignAndUnassign)
{
    const qint64 ben = ws->accounts().teammate(QStringLiteral("Ben Okafor")).value();
    ASSERT_TRUE(actions->assign({ids[2]}, ben, QStringLiteral("Ben Okafor")).has_value());
    EXPECT_EQ(stateOf(ids[2]).assigneeId, ben);
    ASSERT_TRUE(actions->assign({ids[2]}, std::nullopt, {}).has_value());
    EXPECT_FALSE(stateOf(ids[2]).assigneeId.has_value());
    const auto events = ws->posts().events(ids[2]).value();
    EXPECT_EQ(describeEvent(events[events.size() - 2], NetworkNames()),
              QStringLiteral("Ana Ortiz assigned it to Ben Okafor"));
    EXPECT_EQ(describeEvent(events.last(), NetworkNames()),
              QStringLiteral("Ana Ortiz unassigned it"));
}

TEST_P(QueueActionsTest, SnoozedItemsWakeWhenTheirTimeComes)
{
    ASSERT_TRUE(actions->snooze({ids[0]}, fixedNow + 600).has_value());
    ASSERT_TRUE(actions->snooze({ids[1]}, fixedNow + 7200).has_value());
    auto woken = ws->queue().wakeSnoozed(fixedNow + 601);
    ASSERT_TRUE(woken.has_value());
    EXPECT_TRUE(woken->contains(ids[0]));
    EXPECT_FALSE(woken->contains(ids[1]));
    EXPECT_EQ(stateOf(ids[0]).state, ItemState::Open);
    EXPECT_EQ(stateOf(ids[1]).state, ItemState::Snoozed);
}

TEST_P(QueueActionsTest, DismissedCriticismLeavesTheUnansweredView)
{
    QueueFilter unanswered;
    unanswered.flag = Flag::UnansweredCriticism;
    unanswered.states.clear();
    const QueueQuery query(unanswered, fixedNow, {});
    const qint64 before = ws->queue().count(query).value();
    ASSERT_GT(before, 0);
    const qint64 first = ws->queue().page(query, std::nullopt, 1).value().first().postId;
    ASSERT_TRUE(actions->dismiss({first}).has_value());
    EXPECT_EQ(ws->queue().count(query).value(), before - 1);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, QueueActionsTest, hearken::testing::bothEngines,
                         hearken::testing::engineName);

// A network writes the history line of a deletion by its id; the line shows the label the
// network's provider gives, and a line stored with a label (before ids) shows it as it is.
TEST(EventText, ADeletionNamesTheNetworkByItsProvidersLabel)
{
    const NetworkNames names({{u"echo"_qs, u"Echo Net"_qs, {}}});
    Event deleted;
    deleted.kind = u"deleted"_qs;
    deleted.actor = u"echo"_qs;
    EXPECT_EQ(describeEvent(deleted, names),
              u"Deleted by its author on Echo Net; Hearken retired it from the queue"_qs);
    deleted.actor = u"Bluesky"_qs;
    EXPECT_EQ(describeEvent(deleted, names),
              u"Deleted by its author on Bluesky; Hearken retired it from the queue"_qs);
    // Only the network's own lines are looked up: a person's name stays a name.
    Event done;
    done.kind = u"state"_qs;
    done.detail = u"done"_qs;
    done.actor = u"echo"_qs;
    EXPECT_EQ(describeEvent(done, names), u"echo marked it done"_qs);
}
