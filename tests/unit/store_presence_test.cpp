// SPDX-License-Identifier: GPL-3.0-or-later
// Who is on which item, on both engines: announcing, moving on, leaving, and rows that expire.
#include "store/presence_repository.h"
#include "support/outbox_fixture.h"
#include "support/postgres_workspace.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

class PresenceStore : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = workspaceOn(GetParam());
        ASSERT_TRUE(ws);
        OutboxWorld world = OutboxWorld::create(*ws);
        first = world.item(u"m1"_qs, u"wen"_qs, u"Wen"_qs, u"Where is my order?"_qs);
        second = world.item(u"m2"_qs, u"lou"_qs, u"Lou"_qs, u"Love it"_qs, Tone::Praise);
    }

    QList<Presence> othersThan(const QString& person, qint64 at)
    {
        auto others = ws->presence().others(person, at);
        EXPECT_TRUE(others.has_value()) << others.error().message.toStdString();
        return others.value_or(QList<Presence>());
    }

    std::unique_ptr<Workspace> ws;
    qint64 first = 0;
    qint64 second = 0;
};

} // namespace

TEST_P(PresenceStore, OthersSeeWhoIsOnAnItemButNobodySeesThemself)
{
    PresenceRepository& presence = ws->presence();
    ASSERT_TRUE(
        presence.announce(u"ana"_qs, first, PresenceActivity::Viewing, fixedNow, fixedNow + 30));
    ASSERT_TRUE(presence.announce(u"bo"_qs, first, PresenceActivity::Replying, fixedNow + 5,
                                  fixedNow + 35));
    const QList<Presence> forCy = othersThan(u"cy"_qs, fixedNow + 10);
    ASSERT_EQ(forCy.size(), 2);
    EXPECT_EQ(forCy[0], (Presence{u"bo"_qs, first, PresenceActivity::Replying, fixedNow + 5}))
        << "those replying come first";
    EXPECT_EQ(forCy[1], (Presence{u"ana"_qs, first, PresenceActivity::Viewing, fixedNow}));
    const QList<Presence> forAna = othersThan(u"ana"_qs, fixedNow + 10);
    ASSERT_EQ(forAna.size(), 1);
    EXPECT_EQ(forAna[0].person, u"bo"_qs);
}

TEST_P(PresenceStore, AHeartbeatKeepsTheActivitysStartAndANewActivityStartsAgain)
{
    PresenceRepository& presence = ws->presence();
    ASSERT_TRUE(
        presence.announce(u"ana"_qs, first, PresenceActivity::Viewing, fixedNow, fixedNow + 30));
    ASSERT_TRUE(presence.announce(u"ana"_qs, first, PresenceActivity::Replying, fixedNow + 4,
                                  fixedNow + 34));
    ASSERT_TRUE(presence.announce(u"ana"_qs, first, PresenceActivity::Replying, fixedNow + 14,
                                  fixedNow + 44));
    const QList<Presence> seen = othersThan(u"bo"_qs, fixedNow + 40);
    ASSERT_EQ(seen.size(), 1) << "the heartbeat moved the expiry on";
    EXPECT_EQ(seen[0].activity, PresenceActivity::Replying);
    EXPECT_EQ(seen[0].since, fixedNow + 4) << "replying since it began, not since the heartbeat";
}

TEST_P(PresenceStore, MovingOnLeavesThePreviousItemAndLeavingLeavesAll)
{
    PresenceRepository& presence = ws->presence();
    QSignalSpy changed(&ws->changes(), &ChangeNotifier::presenceChanged);
    ASSERT_TRUE(
        presence.announce(u"ana"_qs, first, PresenceActivity::Replying, fixedNow, fixedNow + 30));
    ASSERT_TRUE(presence.announce(u"ana"_qs, second, PresenceActivity::Viewing, fixedNow + 1,
                                  fixedNow + 31));
    QList<Presence> seen = othersThan(u"bo"_qs, fixedNow + 2);
    ASSERT_EQ(seen.size(), 1);
    EXPECT_EQ(seen[0].postId, second);
    ASSERT_EQ(changed.size(), 2);
    const auto moved = changed.at(1).at(0).value<QList<qint64>>();
    EXPECT_TRUE(moved.contains(first) && moved.contains(second)) << "both items changed";

    ASSERT_TRUE(presence.withdraw(u"ana"_qs));
    EXPECT_TRUE(othersThan(u"bo"_qs, fixedNow + 2).isEmpty());
    ASSERT_EQ(changed.size(), 3);
    EXPECT_EQ(changed.at(2).at(0).value<QList<qint64>>(), QList<qint64>{second});
}

TEST_P(PresenceStore, ARowNobodyRefreshesExpiresByItself)
{
    ASSERT_TRUE(ws->presence().announce(u"ana"_qs, first, PresenceActivity::Replying, fixedNow,
                                        fixedNow + 30));
    EXPECT_EQ(othersThan(u"bo"_qs, fixedNow + 29).size(), 1);
    EXPECT_TRUE(othersThan(u"bo"_qs, fixedNow + 30).isEmpty());
}

INSTANTIATE_TEST_SUITE_P(BothEngines, PresenceStore, bothEngines, engineName);
