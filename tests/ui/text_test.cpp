// SPDX-License-Identifier: GPL-3.0-or-later
#include "inbox/snooze_menu.h"

#include <QLocale>

#include <gtest/gtest.h>

using namespace hearken;

TEST(SnoozePresets, OfferLaterTodayTomorrowMorningAndNextMonday)
{
    const QDateTime wednesday(QDate(2026, 11, 25), QTime(10, 30));
    const QList<SnoozePreset> presets = snoozePresets(wednesday);
    ASSERT_EQ(presets.size(), 4);
    EXPECT_EQ(presets[0].until, wednesday.addSecs(3600));
    EXPECT_EQ(presets[1].until, wednesday.addSecs(3 * 3600));
    EXPECT_EQ(presets[2].until, QDateTime(QDate(2026, 11, 26), QTime(9, 0)));
    EXPECT_EQ(presets[3].until, QDateTime(QDate(2026, 11, 30), QTime(9, 0)));
}

TEST(SnoozePresets, NextMondayIsAWeekOnWhenItIsMonday)
{
    const QDateTime monday(QDate(2026, 11, 30), QTime(8, 0));
    EXPECT_EQ(snoozePresets(monday)[3].until, QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
}

TEST(SnoozePresets, SayTheTimeWithoutSeconds)
{
    const QLocale before;
    QLocale::setDefault(QLocale::c());
    const QList<SnoozePreset> presets =
        snoozePresets(QDateTime(QDate(2026, 11, 25), QTime(10, 30)));
    QLocale::setDefault(before);
    EXPECT_EQ(presets[2].label, u"Tomorrow at 09:00"_qs);
    EXPECT_EQ(presets[3].label, u"Next Monday at 09:00"_qs);
}
