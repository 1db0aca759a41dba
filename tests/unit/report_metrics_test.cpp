// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_metrics.h"
#include "report_fixture.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

// Monday 2 March 2026 to Sunday 8 March 2026, in UTC.
const QDate monday(2026, 3, 2);
const QDate sunday(2026, 3, 8);
const qint64 mondayTen = at(2026, 3, 2, 10, 0);
const qint64 now = at(2026, 3, 12, 12, 0);

class ResponseRecordTest : public ReportWorkspace {
protected:
    void SetUp() override
    {
        ReportWorkspace::SetUp();
        ASSERT_TRUE(ws->settings().setTimeZone(QStringLiteral("UTC")));
        const qint64 ana = ws->accounts().teammate(QStringLiteral("Ana")).value();

        c1 = item(QStringLiteral("c1"), Tone::Criticism, mondayTen);
        reply(QStringLiteral("r1a"), QStringLiteral("c1"), mondayTen + 30 * minute);
        reply(QStringLiteral("r1b"), QStringLiteral("c1"), mondayTen + 5 * hour);
        // Answered from the phone app: no outbox row, only the synced reply.
        c2 = item(QStringLiteral("c2"), Tone::Criticism, mondayTen + day);
        reply(QStringLiteral("r2"), QStringLiteral("c2"), mondayTen + day + 2 * hour);
        ASSERT_TRUE(actionsBy(QStringLiteral("lead"), mondayTen)
                        .assign({c1, c2}, ana, QStringLiteral("Ana")));
        c3 = item(QStringLiteral("c3"), Tone::Criticism, mondayTen + 2 * day);
        // Answered, done, reopened, answered again: the first reply is its first response.
        c4 = item(QStringLiteral("c4"), Tone::Criticism, mondayTen + 3 * day);
        reply(QStringLiteral("r4a"), QStringLiteral("c4"), mondayTen + 3 * day + 20 * minute);
        ASSERT_TRUE(actionsBy(QStringLiteral("ana"), mondayTen + 3 * day + hour).markDone({c4}));
        ASSERT_TRUE(actionsBy(QStringLiteral("bo"), mondayTen + 4 * day).reopen({c4}));
        reply(QStringLiteral("r4b"), QStringLiteral("c4"), mondayTen + 5 * day);

        q1 = item(QStringLiteral("q1"), Tone::Other, mondayTen + hour, true);
        reply(QStringLiteral("rq1"), QStringLiteral("q1"), mondayTen + 4 * hour);
        p1 = item(QStringLiteral("p1"), Tone::Praise, mondayTen + day + 2 * hour);
        reply(QStringLiteral("rp1"), QStringLiteral("p1"), mondayTen + day + 12 * hour,
              QStringLiteral("Thank you so much!"), true);
        p2 = item(QStringLiteral("p2"), Tone::Praise, mondayTen + 2 * day + 2 * hour);
        ASSERT_TRUE(
            actionsBy(QStringLiteral("ana"), mondayTen + 2 * day + 3 * hour).markDone({p2}));
        ASSERT_TRUE(actionsBy(QStringLiteral("bo"), mondayTen + 2 * day + 4 * hour).reopen({p2}));
        o1 = item(QStringLiteral("o1"), Tone::Other, mondayTen + 3 * day + 2 * hour);
        ASSERT_TRUE(actionsBy(QStringLiteral("ana"), mondayTen + 3 * day + 3 * hour).dismiss({o1}));
        o2 = item(QStringLiteral("o2"), Tone::Other, mondayTen + 4 * day + 2 * hour);
        ASSERT_TRUE(actionsBy(QStringLiteral("bo"), mondayTen + 4 * day + 3 * hour).dismiss({o2}));

        // The week before, and the week after.
        item(QStringLiteral("x1"), Tone::Criticism, mondayTen - 5 * day);
        reply(QStringLiteral("rx1"), QStringLiteral("x1"), mondayTen - 5 * day + hour);
        item(QStringLiteral("y1"), Tone::Criticism, mondayTen + 7 * day);
    }

    qint64 c1 = 0, c2 = 0, c3 = 0, c4 = 0, q1 = 0, p1 = 0, p2 = 0, o1 = 0, o2 = 0;
};

} // namespace

TEST_P(ResponseRecordTest, RatesResponseTimesAndTargetsWorkedOutByHand)
{
    const Report r = report(monday, sunday, now);
    EXPECT_EQ(r.record.received, 9);
    EXPECT_EQ(r.record.criticismAnswered, (Rate{4, 3}));
    EXPECT_EQ(r.record.questionsAnswered, (Rate{1, 1}));
    EXPECT_EQ(r.record.praiseThanked, (Rate{2, 1}));
    // c4 1200, c1 1800, c2 7200, q1 10800, p1 36000: only each item's first reply counts.
    EXPECT_EQ(r.record.firstResponse.count, 5);
    EXPECT_EQ(r.record.firstResponse.median, 7200);
    EXPECT_EQ(r.record.firstResponse.p90, 36000);
    EXPECT_EQ(r.record.criticismTarget.met, 2);
    EXPECT_EQ(r.record.criticismTarget.missed, 2) << "c2 late, c3 never";
    EXPECT_EQ(r.record.criticismTarget.pending, 0);
    EXPECT_EQ(r.record.questionTarget.met, 1);
    EXPECT_EQ(r.record.praiseTarget.met, 1);
    EXPECT_EQ(r.record.praiseTarget.missed, 1);
}

TEST_P(ResponseRecordTest, DismissedReopenedAndRepliedTwice)
{
    const Report r = report(monday, sunday, now);
    EXPECT_EQ(r.record.dismissed, 2);
    ASSERT_EQ(r.record.dismissedBy.size(), 2);
    EXPECT_EQ(r.record.dismissedBy[0].actor, QStringLiteral("ana"));
    EXPECT_EQ(r.record.dismissedBy[0].items, 1);
    EXPECT_EQ(r.record.dismissedBy[1].actor, QStringLiteral("bo"));
    EXPECT_EQ(r.record.reopened, 2) << "c4 and p2 were done, then reopened";
    EXPECT_EQ(r.record.severalReplies, 2) << "c1 and c4";
}

TEST_P(ResponseRecordTest, ItemsPerAssignee)
{
    const Report r = report(monday, sunday, now);
    ASSERT_EQ(r.record.assignees.size(), 2);
    const AssigneeRecord& ana = r.record.assignees[0];
    EXPECT_EQ(ana.name, QStringLiteral("Ana"));
    EXPECT_EQ(ana.items, 2);
    EXPECT_EQ(ana.answered, 2);
    EXPECT_EQ(ana.medianFirstResponse, 1800);
    const AssigneeRecord& nobody = r.record.assignees[1];
    EXPECT_EQ(nobody.teammateId, 0);
    EXPECT_EQ(nobody.items, 7);
    EXPECT_EQ(nobody.answered, 3);
    EXPECT_EQ(nobody.dismissed, 2);
    EXPECT_EQ(nobody.done, 0) << "both done items were reopened";
}

TEST_P(ResponseRecordTest, PreviousPeriodAndDailyTrends)
{
    const Report r = report(monday, sunday, now);
    EXPECT_EQ(r.previousRecord.received, 1);
    EXPECT_EQ(r.previousRecord.firstResponse.median, hour);
    EXPECT_EQ(r.trends.step, TrendStep::Day);
    ASSERT_EQ(r.trends.current.size(), 7);
    ASSERT_EQ(r.trends.previous.size(), 7);
    const qint64 received[] = {2, 2, 2, 2, 1, 0, 0};
    for (int d = 0; d < 7; ++d)
        EXPECT_EQ(r.trends.current[d].received, received[d]) << "day " << d;
    EXPECT_EQ(r.trends.current[0].start, monday);
    EXPECT_EQ(r.trends.current[0].responded, 2);
    EXPECT_EQ(r.trends.current[0].medianFirstResponse, 1800);
    EXPECT_EQ(r.trends.current[0].criticismAnswerRate, 1.0);
    EXPECT_EQ(r.trends.current[2].criticismAnswerRate, 0.0) << "c3";
    EXPECT_EQ(r.trends.previous[2].received, 1) << "Wednesday of the week before";
    EXPECT_EQ(r.trends.previous[2].start, QDate(2026, 2, 25));
}

TEST_P(ResponseRecordTest, WeeksForLongPeriods)
{
    const Report r = report(QDate(2026, 2, 1), QDate(2026, 3, 31), now);
    EXPECT_EQ(r.trends.step, TrendStep::Week);
    EXPECT_EQ(r.trends.current.first().start, QDate(2026, 1, 26)) << "weeks begin on Monday";
    qint64 total = 0;
    for (const TrendPoint& p : r.trends.current)
        total += p.received;
    EXPECT_EQ(total, 11);
}

TEST_P(ResponseRecordTest, FiltersByAccountNetworkAndAssignee)
{
    const qint64 sky = addAccount(QStringLiteral("bluesky"), QStringLiteral("brand.bsky.social"));
    item(QStringLiteral("b1"), Tone::Criticism, mondayTen, false, QStringLiteral("sky"), sky);
    EXPECT_EQ(report(monday, sunday, now).record.received, 10);
    ReportFilter filter;
    filter.accountIds = {brand};
    EXPECT_EQ(report(monday, sunday, now, filter).record.received, 9);
    filter = {};
    filter.networks = {QStringLiteral("bluesky")};
    EXPECT_EQ(report(monday, sunday, now, filter).record.received, 1);
    filter.networks = {QStringLiteral("it's")};
    EXPECT_EQ(report(monday, sunday, now, filter).record.received, 0) << "quotes are data";
    filter = {};
    filter.assigneeIds = {ws->accounts().teammate(QStringLiteral("Ana")).value()};
    EXPECT_EQ(report(monday, sunday, now, filter).record.received, 2);
    filter.assigneeIds = {0};
    EXPECT_EQ(report(monday, sunday, now, filter).record.received, 8);
}

TEST_P(ReportWorkspace, BacklogByFlagAndAgeOldestFirst)
{
    const qint64 t = fixedNow;
    const qint64 fresh = item(QStringLiteral("a"), Tone::Criticism, t - 30 * minute);
    item(QStringLiteral("b"), Tone::Other, t - 2 * hour, true);
    item(QStringLiteral("c"), Tone::Praise, t - 10 * hour);
    item(QStringLiteral("d"), Tone::Criticism, t - 2 * day, true);
    const qint64 oldest = item(QStringLiteral("e"), Tone::Criticism, t - 5 * day);
    item(QStringLiteral("answered"), Tone::Criticism, t - 3 * day);
    reply(QStringLiteral("r"), QStringLiteral("answered"), t - 3 * day + hour);
    const qint64 snoozed = item(QStringLiteral("snoozed"), Tone::Criticism, t - 4 * day);
    ASSERT_TRUE(actionsBy(QStringLiteral("ana"), t).snooze({snoozed}, t + day));
    item(QStringLiteral("other"), Tone::Other, t - hour);

    const Backlog b = report(QDate(2026, 1, 1), QDate(2026, 1, 7), t).backlog;
    EXPECT_EQ(b.open, 5) << "snoozed, answered and nothing-to-do items are not waiting";
    EXPECT_EQ(b.overdue, 2) << "d and e; a, b and c are within their targets";
    const std::array<qint64, 5> criticism{1, 0, 0, 1, 1};
    const std::array<qint64, 5> questions{0, 1, 0, 1, 0};
    const std::array<qint64, 5> praise{0, 0, 1, 0, 0};
    EXPECT_EQ(b.byFlagAndAge[0], criticism);
    EXPECT_EQ(b.byFlagAndAge[1], questions);
    EXPECT_EQ(b.byFlagAndAge[2], praise);
    ASSERT_EQ(b.oldest.size(), 5);
    EXPECT_EQ(b.oldest.first().postId, oldest);
    EXPECT_EQ(b.oldest.first().authorHandle, QStringLiteral("@fan"));
    EXPECT_EQ(b.oldest.first().flags, Flags(Flag::UnansweredCriticism));
    EXPECT_EQ(b.oldest[1].flags, Flag::UnansweredCriticism | Flag::UnansweredQuestion);
    EXPECT_EQ(b.oldest.last().postId, fresh);
}

TEST_P(ReportWorkspace, RepeatedRepliesByFingerprintAndHowManyPeopleGotThem)
{
    ASSERT_TRUE(ws->settings().setTimeZone(QStringLiteral("UTC")));
    const qint64 t = mondayTen;
    item(QStringLiteral("i1"), Tone::Criticism, t, false, QStringLiteral("ana"));
    item(QStringLiteral("i2"), Tone::Criticism, t, false, QStringLiteral("ana"));
    item(QStringLiteral("i3"), Tone::Criticism, t, false, QStringLiteral("bo"));
    item(QStringLiteral("i4"), Tone::Criticism, t, false, QStringLiteral("cy"));
    reply(QStringLiteral("r1"), QStringLiteral("i1"), t + hour,
          QStringLiteral("Hi @ana, sorry! We're on it."));
    reply(QStringLiteral("r2"), QStringLiteral("i2"), t + hour,
          QStringLiteral("Hi @ana sorry, we're on it!"));
    reply(QStringLiteral("r3"), QStringLiteral("i3"), t + hour,
          QStringLiteral("Hi @bo, sorry!! We're on it 🙏 https://status.example.com"));
    reply(QStringLiteral("r4"), QStringLiteral("i4"), t + hour,
          QStringLiteral("Thanks for telling us, Cy. Fixed in 2.1."));
    // Names written out, not @mentioned, are the recipient's: the same canned words.
    item(QStringLiteral("i5"), Tone::Criticism, t, false, QStringLiteral("dev"));
    reply(QStringLiteral("r5"), QStringLiteral("i5"), t + hour,
          QStringLiteral("Hi Dev, sorry! We're on it."));
    const Report r = report(monday, sunday, now);
    ASSERT_EQ(r.repeatedReplies.size(), 1) << "a reply sent once is not repeated";
    EXPECT_EQ(r.repeatedReplies[0].replies, 4);
    EXPECT_EQ(r.repeatedReplies[0].people, 3) << "ana got it twice";
    EXPECT_EQ(r.repeatedReplies[0].example, QStringLiteral("Hi @ana, sorry! We're on it."));
}

TEST_P(ReportWorkspace, FollowUpTopicsRaisedByHowManyAndHowManyTold)
{
    ASSERT_TRUE(ws->settings().setTimeZone(QStringLiteral("UTC")));
    const qint64 t = mondayTen;
    const qint64 i1 = item(QStringLiteral("i1"), Tone::Criticism, t, false, QStringLiteral("ana"));
    const qint64 i2 = item(QStringLiteral("i2"), Tone::Criticism, t, false, QStringLiteral("ana"));
    const qint64 i3 = item(QStringLiteral("i3"), Tone::Other, t, true, QStringLiteral("bo"));
    const qint64 old = item(QStringLiteral("old"), Tone::Criticism, t - 30 * day);
    const QSqlDatabase db = ws->database().connection();
    ASSERT_TRUE(sql::exec(db,
                          QStringLiteral("INSERT INTO topics (id, name, status, created_at, "
                                         "closed_at) VALUES (1, 'Dark mode', 'shipped', ?, ?), "
                                         "(2, 'Export', 'open', ?, NULL)"),
                          {t, t + day, t}));
    for (auto [topic, post, told] : {std::tuple{1, i1, true}, std::tuple{1, i2, false},
                                     std::tuple{1, i3, false}, std::tuple{2, old, false}}) {
        ASSERT_TRUE(sql::exec(db,
                              QStringLiteral("INSERT INTO topic_items (topic_id, post_id, "
                                             "tagged_at, tagged_by, told_at) VALUES (?, ?, ?, "
                                             "'ana', ?)"),
                              {topic, post, t, told ? QVariant(t + day) : QVariant()}));
    }
    const Report r = report(monday, sunday, now);
    ASSERT_EQ(r.followUps.size(), 1) << "Export was raised before the period";
    EXPECT_EQ(r.followUps[0].name, QStringLiteral("Dark mode"));
    EXPECT_EQ(r.followUps[0].status, QStringLiteral("shipped"));
    EXPECT_EQ(r.followUps[0].items, 3);
    EXPECT_EQ(r.followUps[0].people, 2);
    EXPECT_EQ(r.followUps[0].told, 1);
}

TEST(AgeBuckets, Boundaries)
{
    EXPECT_EQ(ageBucketOf(0), 0);
    EXPECT_EQ(ageBucketOf(hour - 1), 0);
    EXPECT_EQ(ageBucketOf(hour), 1);
    EXPECT_EQ(ageBucketOf(4 * hour), 2);
    EXPECT_EQ(ageBucketOf(day), 3);
    EXPECT_EQ(ageBucketOf(3 * day), 4);
}

TEST(ReportBuilderTest, ASecondConnectionGivesTheSameFiguresAndStopsOnCancel)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.hearken"));
    auto ws = openWorkspace(path);
    ASSERT_TRUE(ws);
    importSample(*ws, 1500);
    ReportRequest request;
    request.to = QDateTime::fromSecsSinceEpoch(fixedNow, QTimeZone::utc()).date();
    request.from = request.to.addDays(-13);
    ASSERT_TRUE(ws->settings().setTimeZone(QStringLiteral("UTC")));
    const ReportRepository repository(ws->database());
    const ReportSettings settings = ReportSettings::read(ws->settings()).value();
    const Report alone = ReportBuilder(repository, settings).build(request, fixedNow).value();
    int opened = 0;
    const ReportBuilder twoConnections(repository, settings, [&] {
        ++opened;
        return Database::open(path);
    });
    const Report together = twoConnections.build(request, fixedNow).value();
    EXPECT_EQ(opened, 1);
    ASSERT_FALSE(alone.repeatedReplies.isEmpty());
    ASSERT_EQ(together.repeatedReplies.size(), alone.repeatedReplies.size());
    for (qsizetype i = 0; i < alone.repeatedReplies.size(); ++i) {
        EXPECT_EQ(together.repeatedReplies[i].fingerprint, alone.repeatedReplies[i].fingerprint);
        EXPECT_EQ(together.repeatedReplies[i].people, alone.repeatedReplies[i].people);
    }
    EXPECT_EQ(together.record.severalReplies, alone.record.severalReplies);
    EXPECT_EQ(together.record.received, alone.record.received);

    auto cancelled = twoConnections.build(request, fixedNow, [](int) { return false; });
    ASSERT_FALSE(cancelled.has_value());
    EXPECT_EQ(cancelled.error().message, reportCancelled);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, ResponseRecordTest, hearken::testing::bothEngines,
                         hearken::testing::engineName);

INSTANTIATE_TEST_SUITE_P(BothEngines, ReportWorkspace, hearken::testing::bothEngines,
                         hearken::testing::engineName);
