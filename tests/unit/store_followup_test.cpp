// SPDX-License-Identifier: GPL-3.0-or-later
// Follow-up topics, notes, saved replies and assignment, each in the item's history.
#include "outbox/delivery_engine.h"
#include "outbox/sample_deliverer.h"
#include "support/outbox_fixture.h"
#include "support/postgres_workspace.h"
#include "workflow/event_text.h"
#include "workflow/queue_actions.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

class FollowUp : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = workspaceOn(GetParam());
        ASSERT_TRUE(ws);
        world = std::make_unique<OutboxWorld>(OutboxWorld::create(*ws));
        ana = world->item(u"m1"_qs, u"ana"_qs, u"Ana Ortiz"_qs, u"Please add export to PDF!"_qs,
                          Tone::Other, fixedNow - 7200);
        bo = world->item(u"m2"_qs, u"bo"_qs, u"Bo Berg"_qs, u"PDF export would save my week"_qs,
                         Tone::Other, fixedNow - 3600);
    }

    QStringList history(qint64 postId)
    {
        QStringList lines;
        for (const Event& e : ws->posts().events(postId).value_or(QList<Event>()))
            lines << describeEvent(e, NetworkNames());
        return lines;
    }

    std::unique_ptr<Workspace> ws;
    std::unique_ptr<OutboxWorld> world;
    qint64 ana = 0;
    qint64 bo = 0;
};

} // namespace

TEST_P(FollowUp, ATopicIsTaggedShippedAndEveryoneWhoRaisedItIsToldOnce)
{
    QSignalSpy topicsChanged(&ws->changes(), &ChangeNotifier::topicsChanged);
    const qint64 pdf = ws->topics().topic(u"Export to PDF"_qs, fixedNow).value();
    EXPECT_EQ(ws->topics().topic(u" Export to PDF "_qs, fixedNow).value(), pdf) << "one per name";
    ASSERT_TRUE(ws->topics().tag(pdf, ana, u"Sam"_qs, fixedNow));
    ASSERT_TRUE(ws->topics().tag(pdf, bo, u"Sam"_qs, fixedNow));
    ASSERT_TRUE(ws->topics().tag(pdf, bo, u"Sam"_qs, fixedNow)) << "tagging twice is harmless";
    EXPECT_GE(topicsChanged.size(), 3);

    auto topics = ws->topics().topics().value();
    ASSERT_EQ(topics.size(), 1);
    EXPECT_EQ(topics[0].items, 2);
    EXPECT_EQ(topics[0].status, TopicStatus::Open);
    EXPECT_EQ(ws->topics().topicsOf(ana).value().size(), 1);

    const auto tagged = ws->topics().setStatus(pdf, TopicStatus::Shipped, u"Sam"_qs, fixedNow + 60);
    ASSERT_TRUE(tagged);
    EXPECT_EQ(tagged->size(), 2);
    EXPECT_EQ(ws->topics().topics().value()[0].status, TopicStatus::Shipped);
    EXPECT_EQ(ws->topics().topics().value()[0].closedAt, fixedNow + 60);

    auto raisers = ws->topics().raisers(pdf).value();
    ASSERT_EQ(raisers.size(), 2);
    EXPECT_EQ(raisers[0].postId, ana) << "oldest first";
    EXPECT_EQ(raisers[0].text, u"Please add export to PDF!"_qs) << "their own words";
    EXPECT_EQ(raisers[0].person.displayName, u"Ana Ortiz"_qs);
    EXPECT_FALSE(raisers[0].toldAt.has_value());

    // A personal note to Ana goes through the outbox; sending it marks her told.
    SampleDeliverer deliverer(
        [] { return fixedNow + 120; },
        {[](const QString& id) { return id; }, [](const QString&) { return ReplyRules{}; }}, 0);
    DeliveryEngine engine(
        *ws, [&](const Account&) -> Deliverer* { return &deliverer; },
        [] { return fixedNow + 120; });
    OutboxDraft note = world->reply(ana, u"Hi Ana, PDF export shipped today!"_qs);
    note.topicId = pdf;
    QSignalSpy delivered(&engine, &DeliveryEngine::delivered);
    ASSERT_TRUE(engine.send(note));
    ASSERT_TRUE(QTest::qWaitFor([&] { return delivered.size() == 1; }, 5000));
    raisers = ws->topics().raisers(pdf).value();
    EXPECT_EQ(raisers[0].toldAt, fixedNow + 120);
    EXPECT_FALSE(raisers[1].toldAt.has_value());
    EXPECT_EQ(ws->topics().topics().value()[0].told, 1);

    // Bo was told elsewhere.
    ASSERT_TRUE(ws->topics().markTold(pdf, bo, u"Sam"_qs, fixedNow + 200));
    EXPECT_EQ(ws->topics().topics().value()[0].told, 2);

    const QStringList anaHistory = history(ana);
    EXPECT_TRUE(anaHistory.contains(u"Sam tagged it with the follow-up topic “Export to PDF”"_qs))
        << anaHistory.join(u'\n').toStdString();
    EXPECT_TRUE(anaHistory.contains(u"Sam marked the topic “Export to PDF” shipped"_qs));
    EXPECT_TRUE(anaHistory.contains(u"Sam told them about “Export to PDF”"_qs));
    EXPECT_TRUE(history(bo).contains(u"Sam told them about “Export to PDF”"_qs));
}

TEST_P(FollowUp, UntaggingTakesAnItemOffTheTopic)
{
    const qint64 pdf = ws->topics().topic(u"Export to PDF"_qs, fixedNow).value();
    ASSERT_TRUE(ws->topics().tag(pdf, ana, u"Sam"_qs, fixedNow));
    ASSERT_TRUE(ws->topics().untag(pdf, ana, u"Sam"_qs, fixedNow));
    EXPECT_TRUE(ws->topics().raisers(pdf).value().isEmpty());
    EXPECT_TRUE(history(ana).contains(u"Sam took it off the follow-up topic “Export to PDF”"_qs));
    EXPECT_FALSE(ws->topics().tag(9999, ana, u"Sam"_qs, fixedNow)) << "no such topic";
}

TEST_P(FollowUp, NotesAreKeptInOrderAndRemovingOneIsInTheHistory)
{
    QSignalSpy notesChanged(&ws->changes(), &ChangeNotifier::notesChanged);
    auto first = ws->notes().add(ana, u"Sam"_qs, u"Asked twice already"_qs, fixedNow);
    auto second = ws->notes().add(ana, u"Ben"_qs, u"Escalated to support"_qs, fixedNow + 5);
    ASSERT_TRUE(first && second);
    auto notes = ws->notes().notes(ana).value();
    ASSERT_EQ(notes.size(), 2);
    EXPECT_EQ(notes[0].text, u"Asked twice already"_qs);
    EXPECT_EQ(notes[1].author, u"Ben"_qs);
    EXPECT_TRUE(ws->notes().notes(bo).value().isEmpty());
    ASSERT_TRUE(ws->notes().remove(first->id, u"Sam"_qs, fixedNow + 10));
    EXPECT_FALSE(ws->notes().remove(first->id, u"Sam"_qs, fixedNow + 10)) << "already gone";
    EXPECT_EQ(ws->notes().notes(ana).value().size(), 1);
    EXPECT_EQ(notesChanged.size(), 3);
    const QStringList lines = history(ana);
    EXPECT_TRUE(lines.contains(u"Sam noted: “Asked twice already”"_qs));
    EXPECT_TRUE(lines.contains(u"Sam removed the note “Asked twice already”"_qs));
    // Notes never enter the outbox.
    EXPECT_TRUE(ws->outbox().entries().value().isEmpty());
}

TEST_P(FollowUp, SavedRepliesComeWithTheWorkspaceAndCanBeReplacedByTitle)
{
    auto replies = ws->notes().savedReplies().value();
    ASSERT_GE(replies.size(), 3);
    const qint64 id =
        ws->notes().saveReply(u"Shipping"_qs, u"It ships {when}, {name}."_qs, fixedNow).value();
    EXPECT_EQ(ws->notes().saveReply(u"Shipping"_qs, u"Soon, {name}."_qs, fixedNow).value(), id);
    replies = ws->notes().savedReplies().value();
    const auto shipping = std::find_if(replies.cbegin(), replies.cend(),
                                       [](const SavedReply& r) { return r.title == u"Shipping"; });
    ASSERT_NE(shipping, replies.cend());
    EXPECT_EQ(shipping->body, u"Soon, {name}."_qs);
    ASSERT_TRUE(ws->notes().removeReply(id));
    EXPECT_EQ(ws->notes().savedReplies().value().size(), replies.size() - 1);
}

TEST_P(FollowUp, AssigningAndReassigningAreInTheHistoryAndAssignedToMeFindsThem)
{
    const qint64 sam = ws->accounts().teammate(u"Sam"_qs).value();
    const qint64 ben = ws->accounts().teammate(u"Ben"_qs).value();
    QueueActions actions(ws->queue(), u"Sam"_qs, [] { return fixedNow; });
    ASSERT_TRUE(actions.assign({ana, bo}, sam, u"Sam"_qs));
    ASSERT_TRUE(actions.assign({bo}, ben, u"Ben"_qs));

    QueueFilter mine;
    mine.assigneeId = sam;
    const auto assigned = ws->queue().page(QueueQuery(mine, fixedNow, {}), std::nullopt, 10);
    ASSERT_TRUE(assigned);
    ASSERT_EQ(assigned->size(), 1);
    EXPECT_EQ(assigned->first().postId, ana);
    EXPECT_TRUE(history(bo).contains(u"Sam assigned it to Sam"_qs));
    EXPECT_TRUE(history(bo).contains(u"Sam assigned it to Ben"_qs));
}

INSTANTIATE_TEST_SUITE_P(BothEngines, FollowUp, hearken::testing::bothEngines,
                         hearken::testing::engineName);
