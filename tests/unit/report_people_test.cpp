// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_text.h"
#include "report_fixture.h"
#include "store/event_sql.h"

using namespace hearken;
using namespace hearken::testing;

namespace {

// The team's figures on a week of items whose every figure is worked out by hand below.
class PeopleFiguresTest : public ReportWorkspace {
protected:
    // A line of the history in `actor`'s name, as the outbox and the hand-over write them.
    void wrote(const QString& actor, qint64 postId, const QString& kind, qint64 when)
    {
        ASSERT_TRUE(sql::exec(ws->database().connection(), insertEventSql,
                              {postId, when, actor, kind, QStringLiteral("…")}));
    }
};

} // namespace

TEST_P(PeopleFiguresTest, AnsweredFirstAnswerTimesThankedAndHandedOverPerPerson)
{
    const qint64 ana = ws->accounts().teammate(u"Ana"_qs).value();
    const qint64 ben = ws->accounts().teammate(u"Ben"_qs).value();
    // Ana answers first after 30 minutes.
    const qint64 i1 = item(u"i1"_qs, Tone::Criticism, at(2026, 3, 2, 10, 0));
    wrote(u"Ana"_qs, i1, u"reply-queued"_qs, at(2026, 3, 2, 10, 20));
    reply(u"r1"_qs, u"i1"_qs, at(2026, 3, 2, 10, 30));
    // Ben answers first after 2 hours; Ana answers it again later: answered for both.
    const qint64 i2 = item(u"i2"_qs, Tone::Other, at(2026, 3, 3, 9, 0), true);
    wrote(u"Ben"_qs, i2, u"reply-queued"_qs, at(2026, 3, 3, 10, 59));
    reply(u"r2"_qs, u"i2"_qs, at(2026, 3, 3, 11, 0));
    wrote(u"Ana"_qs, i2, u"reply-queued"_qs, at(2026, 3, 3, 12, 0));
    reply(u"r2b"_qs, u"i2"_qs, at(2026, 3, 3, 12, 0));
    // Praise: Ana likes it, Ben thanks in words an hour later; both thanked it.
    const qint64 i3 = item(u"i3"_qs, Tone::Praise, at(2026, 3, 4, 8, 0));
    wrote(u"Ana"_qs, i3, u"like-queued"_qs, at(2026, 3, 4, 8, 10));
    wrote(u"Ben"_qs, i3, u"reply-queued"_qs, at(2026, 3, 4, 8, 59));
    reply(u"r3"_qs, u"i3"_qs, at(2026, 3, 4, 9, 0), u"Thank you so much!"_qs, true);
    // Ana hands it to Ben, who answers after 4 hours.
    const qint64 i4 = item(u"i4"_qs, Tone::Criticism, at(2026, 3, 5, 10, 0));
    ASSERT_TRUE(actionsBy(u"Ana"_qs, at(2026, 3, 5, 10, 5)).handOver({i4}, ben, u"Ben"_qs, {}));
    wrote(u"Ben"_qs, i4, u"reply-queued"_qs, at(2026, 3, 5, 13, 59));
    reply(u"r4"_qs, u"i4"_qs, at(2026, 3, 5, 14, 0));
    // A reply Ben wrote that has not gone out counts for nothing yet.
    const qint64 i5 = item(u"i5"_qs, Tone::Criticism, at(2026, 3, 6, 10, 0));
    wrote(u"Ben"_qs, i5, u"reply-queued"_qs, at(2026, 3, 6, 10, 10));
    ASSERT_TRUE(actionsBy(u"Ben"_qs, at(2026, 3, 6, 10, 11)).assign({i5}, ana, u"Ana"_qs));
    // An item of the week before is not this period's.
    const qint64 i6 = item(u"i6"_qs, Tone::Criticism, at(2026, 2, 25, 10, 0));
    wrote(u"Ana"_qs, i6, u"reply-queued"_qs, at(2026, 2, 25, 10, 1));
    reply(u"r6"_qs, u"i6"_qs, at(2026, 2, 25, 10, 2));

    const Report r = report(QDate(2026, 3, 2), QDate(2026, 3, 8), at(2026, 3, 9, 12, 0));
    ASSERT_EQ(r.people.size(), 2);
    PersonRecord anaFigures{u"Ana"_qs, 2, {1, 30 * minute, 30 * minute}, 1, 1};
    PersonRecord benFigures{u"Ben"_qs, 3, {3, 2 * hour, 4 * hour}, 1, 0};
    EXPECT_EQ(r.people[0], anaFigures);
    EXPECT_EQ(r.people[1], benFigures);

    // Waiting now: one on Ana (i5), one on Ben (i4), the rest on nobody, oldest i6.
    ASSERT_EQ(r.waitingOn.size(), 3);
    EXPECT_EQ(r.waitingOn[0], (WaitingOn{ana, u"Ana"_qs, 1, at(2026, 3, 6, 10, 0)}));
    EXPECT_EQ(r.waitingOn[1], (WaitingOn{ben, u"Ben"_qs, 1, at(2026, 3, 5, 10, 0)}));
    EXPECT_EQ(r.waitingOn[2], (WaitingOn{0, QString(), 4, at(2026, 2, 25, 10, 0)}));
    const TextTable waiting = waitingTable(r.waitingOn, at(2026, 3, 9, 12, 0));
    EXPECT_EQ(waiting.rows[2],
              (QStringList{u"Nobody (unassigned)"_qs, u"4"_qs,
                           durationText(at(2026, 3, 9, 12, 0) - at(2026, 2, 25, 10, 0))}));

    // The assignee filter narrows both to that person's items.
    ReportFilter bens;
    bens.assigneeIds = {ben};
    const Report filtered =
        report(QDate(2026, 3, 2), QDate(2026, 3, 8), at(2026, 3, 9, 12, 0), bens);
    ASSERT_EQ(filtered.waitingOn.size(), 1);
    EXPECT_EQ(filtered.waitingOn[0].teammateId, ben);
    ASSERT_EQ(filtered.people.size(), 2) << "i4: Ana handed it over, Ben answered it";
    EXPECT_EQ(filtered.people[0].handedOver, 1);
    EXPECT_EQ(filtered.people[1].answered, 1);
    EXPECT_EQ(ReportRepository(ws->database()).openItemsOf({}, {ana, 0}).value(),
              (QList<qint64>{i6, i1, i2, i3, i5}));
}

INSTANTIATE_TEST_SUITE_P(BothEngines, PeopleFiguresTest, hearken::testing::bothEngines,
                         hearken::testing::engineName);
