// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/report_csv.h"
#include "report_fixture.h"

#include <QBuffer>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

ReportRequest period(QDate from, QDate to)
{
    ReportRequest request;
    request.from = from;
    request.to = to;
    return request;
}

// A leap year: 366 days, the longest period a report covers.
const QDate firstDay(2028, 1, 1);
const QDate lastDay(2028, 12, 31);

using PeriodLimit = ReportWorkspace;

} // namespace

TEST(CheckPeriod, AcceptsAYearAndSaysWhyWhenNot)
{
    EXPECT_TRUE(checkPeriod(firstDay, firstDay));
    EXPECT_TRUE(checkPeriod(firstDay, lastDay));
    const auto tooLong = checkPeriod(firstDay, lastDay.addDays(1));
    ASSERT_FALSE(tooLong);
    EXPECT_EQ(tooLong.error(), QStringLiteral("A report covers at most 366 days; 2028-01-01 to "
                                              "2029-01-01 is 367 days. Choose a shorter period."));
    EXPECT_FALSE(checkPeriod(QDate(1, 1, 1), QDate(9999, 12, 31)));
    EXPECT_FALSE(checkPeriod(lastDay, firstDay)) << "the last day before the first";
    EXPECT_FALSE(checkPeriod(QDate(), lastDay));
}

TEST_P(PeriodLimit, TheBuilderAndTheCsvRefuseMoreThanAYear)
{
    item(QStringLiteral("c1"), Tone::Criticism, at(2028, 3, 2, 10, 0));
    const ReportRepository repository(ws->database());
    const ReportSettings settings = ReportSettings::read(ws->settings()).value();

    auto year = ReportBuilder(repository, settings).build(period(firstDay, lastDay), fixedNow);
    ASSERT_TRUE(year) << year.error().message.toStdString();
    EXPECT_EQ(year->record.received, 1);

    const ReportRequest ages = period(QDate(1, 1, 1), QDate(9999, 12, 31));
    auto refused = ReportBuilder(repository, settings).build(ages, fixedNow);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("A report covers at most")));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto rows = TimelineCsv::write(repository, ages, settings, fixedNow, buffer);
    ASSERT_FALSE(rows);
    EXPECT_TRUE(rows.error().startsWith(QStringLiteral("A report covers at most")));
    EXPECT_TRUE(buffer.data().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(BothEngines, PeriodLimit, hearken::testing::bothEngines,
                         hearken::testing::engineName);
