// SPDX-License-Identifier: GPL-3.0-or-later
#include "snooze_menu.h"
#include "time_text.h"

#include <gtest/gtest.h>

using namespace hearken;

TEST(AgeText, FitsInANarrowColumn) {
    EXPECT_EQ(ageText(20), QStringLiteral("now"));
    EXPECT_EQ(ageText(5 * 60 + 10), QStringLiteral("5 min"));
    EXPECT_EQ(ageText(3 * 3600 + 59 * 60), QStringLiteral("3 h"));
    EXPECT_EQ(ageText(2 * 86400 + 5), QStringLiteral("2 d"));
}

TEST(SnoozePresets, OfferLaterTodayTomorrowMorningAndNextMonday) {
    const QDateTime wednesday(QDate(2026, 11, 25), QTime(10, 30));
    const QList<SnoozePreset> presets = snoozePresets(wednesday);
    ASSERT_EQ(presets.size(), 4);
    EXPECT_EQ(presets[0].until, wednesday.addSecs(3600));
    EXPECT_EQ(presets[1].until, wednesday.addSecs(3 * 3600));
    EXPECT_EQ(presets[2].until, QDateTime(QDate(2026, 11, 26), QTime(9, 0)));
    EXPECT_EQ(presets[3].until, QDateTime(QDate(2026, 11, 30), QTime(9, 0)));
}

TEST(SnoozePresets, NextMondayIsAWeekOnWhenItIsMonday) {
    const QDateTime monday(QDate(2026, 11, 30), QTime(8, 0));
    EXPECT_EQ(snoozePresets(monday)[3].until, QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
}
