// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/business_hours.h"
#include "report/report_builder.h"
#include "report/report_metrics.h"
#include "report_fixture.h"

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));

WeeklyHours hoursOf(const char* text)
{
    QString error;
    auto parsed = WeeklyHours::parse(QString::fromLatin1(text), &error);
    EXPECT_TRUE(parsed.has_value()) << error.toStdString();
    return parsed.value_or(WeeklyHours());
}

} // namespace

TEST(WeeklyHours, ParsesDayRangesAndSeveralSpansAndWritesThemBack)
{
    const WeeklyHours hours = hoursOf("mon-fri 09:00-12:00 13:00-17:00; sat 10:00-14:00");
    EXPECT_EQ(hours.days[0].size(), 2);
    EXPECT_EQ(hours.days[4].value(1).endMinute, 17 * 60);
    EXPECT_EQ(hours.days[5].value(0).startMinute, 10 * 60);
    EXPECT_TRUE(hours.days[6].isEmpty());
    EXPECT_EQ(hours.toText(), QStringLiteral("mon 09:00-12:00 13:00-17:00; tue 09:00-12:00 "
                                             "13:00-17:00; wed 09:00-12:00 13:00-17:00; thu "
                                             "09:00-12:00 13:00-17:00; fri 09:00-12:00 "
                                             "13:00-17:00; sat 10:00-14:00"));
    EXPECT_EQ(WeeklyHours::parse(hours.toText()), hours);
    EXPECT_EQ(hoursOf("sat-mon 00:00-24:00").days[6].value(0).endMinute, 24 * 60)
        << "a range may wrap past Sunday";
    EXPECT_TRUE(hoursOf("").isEmpty());
}

TEST(WeeklyHours, RefusesWhatItCannotRead)
{
    for (const char* bad :
         {"monday 09:00-17:00", "mon-fri", "mon 17:00-09:00", "mon 9-17", "mon 09:00-25:00",
          "mon 09:00-12:00 11:00-13:00", "mon-tue-wed 09:00-10:00"}) {
        QString error;
        EXPECT_FALSE(WeeklyHours::parse(QString::fromLatin1(bad), &error).has_value()) << bad;
        EXPECT_FALSE(error.isEmpty()) << bad;
    }
}

TEST(BusinessClock, WithoutHoursEverySecondCounts)
{
    const BusinessClock clock;
    EXPECT_EQ(clock.seconds(100, 7300), 7200);
    EXPECT_EQ(clock.seconds(7300, 100), 0);
}

TEST(BusinessClock, CountsOnlyOfficeHoursAcrossAWeekendAndTheSpringChangeInBerlin)
{
    // Clocks go forward on Sunday 29 March 2026 in Berlin; Friday is UTC+1, Monday UTC+2.
    const qint64 fridayFour = at(2026, 3, 27, 16, 0, berlin);
    const qint64 mondayTen = at(2026, 3, 30, 10, 0, berlin);
    ASSERT_EQ(mondayTen - fridayFour, 65 * hour) << "66 wall-clock hours, one of them skipped";
    const BusinessClock clock(hoursOf("mon-fri 09:00-17:00"), berlin, fridayFour - day,
                              mondayTen + day);
    EXPECT_EQ(clock.seconds(fridayFour, mondayTen), 2 * hour) << "Friday 16–17 and Monday 9–10";
    EXPECT_EQ(clock.seconds(at(2026, 3, 28, 12, 0, berlin), at(2026, 3, 29, 12, 0, berlin)), 0)
        << "nothing on the weekend";
    EXPECT_EQ(clock.seconds(at(2026, 3, 30, 7, 0, berlin), at(2026, 3, 30, 20, 0, berlin)),
              8 * hour);
}

TEST(BusinessClock, TheMissingAndTheRepeatedHourAreCountedAsTheyHappened)
{
    const BusinessClock clock(hoursOf("sun 01:00-04:00"), berlin, at(2026, 3, 1, 0, 0),
                              at(2026, 11, 1, 0, 0));
    // 29 March: 01:00–02:00 CET, then 03:00–04:00 CEST; 02:xx never happens.
    EXPECT_EQ(clock.seconds(at(2026, 3, 28, 0, 0), at(2026, 3, 30, 0, 0)), 2 * hour);
    // 25 October: 01:00–03:00 CEST, then 02:00–04:00 CET again.
    EXPECT_EQ(clock.seconds(at(2026, 10, 24, 0, 0), at(2026, 10, 26, 0, 0)), 4 * hour);
    // An ordinary Sunday.
    EXPECT_EQ(clock.seconds(at(2026, 4, 4, 0, 0), at(2026, 4, 6, 0, 0)), 3 * hour);
}

TEST(BusinessClock, RoundTheClockHoursFollowTheShortDay)
{
    const BusinessClock clock(hoursOf("mon-sun 00:00-24:00"), berlin, at(2026, 3, 20, 0, 0),
                              at(2026, 4, 5, 0, 0));
    EXPECT_EQ(clock.seconds(at(2026, 3, 28, 0, 0, berlin), at(2026, 3, 30, 0, 0, berlin)),
              47 * hour);
}

TEST(ReportPeriod, WholeLocalDaysInTheWorkspaceZone)
{
    const TimeSpan changeDay = periodSpan(QDate(2026, 3, 29), QDate(2026, 3, 29), berlin);
    EXPECT_EQ(changeDay.start, at(2026, 3, 28, 23, 0));
    EXPECT_EQ(changeDay.end - changeDay.start, 23 * hour);
    const auto [from, to] = previousPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    EXPECT_EQ(from, QDate(2026, 1, 29));
    EXPECT_EQ(to, QDate(2026, 2, 28));
}

TEST(Percentile, NearestRank)
{
    std::vector<qint64> values{40, 10, 30, 20};
    EXPECT_EQ(percentile(values, 50), 20);
    EXPECT_EQ(percentile(values, 90), 40);
    std::vector<qint64> one{5};
    EXPECT_EQ(percentile(one, 90), 5);
    std::vector<qint64> none;
    EXPECT_EQ(percentile(none, 50), std::nullopt);
}

class BusinessHoursReport : public ReportWorkspace {};

TEST_P(BusinessHoursReport, FirstResponseCountsOnlyBusinessHoursInTheWorkspaceZone)
{
    ASSERT_TRUE(ws->settings().setTimeZone(QStringLiteral("Europe/Berlin")));
    ASSERT_TRUE(ws->settings().setBusinessHours(QStringLiteral("mon-fri 09:00-17:00")));
    // Friday 16:00 before the spring change, answered Monday 10:00 after it.
    item(QStringLiteral("c1"), Tone::Criticism, at(2026, 3, 27, 16, 0, berlin));
    reply(QStringLiteral("r1"), QStringLiteral("c1"), at(2026, 3, 30, 10, 0, berlin));
    // Late Sunday evening (Berlin), which is still Sunday: in the period that ends Sunday.
    item(QStringLiteral("c2"), Tone::Criticism, at(2026, 3, 29, 23, 30, berlin));
    reply(QStringLiteral("r2"), QStringLiteral("c2"), at(2026, 3, 30, 9, 30, berlin));

    const qint64 now = at(2026, 4, 2, 12, 0);
    const Report figures = report(QDate(2026, 3, 23), QDate(2026, 3, 29), now);
    EXPECT_EQ(figures.timeZone, QStringLiteral("Europe/Berlin"));
    EXPECT_EQ(figures.record.received, 2);
    EXPECT_EQ(figures.record.firstResponse.median, 30 * minute);
    EXPECT_EQ(figures.record.firstResponse.p90, 2 * hour);
    EXPECT_EQ(figures.record.criticismTarget.met, 1) << "30 business minutes";
    EXPECT_EQ(figures.record.criticismTarget.missed, 1) << "2 business hours, target 1 h";

    ASSERT_TRUE(ws->settings().setBusinessHours(QString()));
    const Report wallClock = report(QDate(2026, 3, 23), QDate(2026, 3, 29), now);
    EXPECT_EQ(wallClock.record.firstResponse.p90, 65 * hour) << "without business hours";
}

INSTANTIATE_TEST_SUITE_P(BothEngines, BusinessHoursReport, hearken::testing::bothEngines,
                         hearken::testing::engineName);
