// SPDX-License-Identifier: GPL-3.0-or-later
// Saved views, settings and the tone model's adaptation layer, on both engines.
#include "support/outbox_fixture.h"
#include "support/postgres_workspace.h"

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

class WorkspaceSettings : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = workspaceOn(GetParam());
        ASSERT_TRUE(ws);
    }

    std::unique_ptr<Workspace> ws;
};

} // namespace

TEST_P(WorkspaceSettings, SavedViewsKeepTheirOrderAndANameIsSavedOnce)
{
    const QList<SavedView> defaults = ws->savedViews().views().value();
    ASSERT_FALSE(defaults.isEmpty());
    QueueFilter praise;
    praise.tone = Tone::Praise;
    const qint64 id = ws->savedViews().save(u" Praise "_qs, praise).value();
    QueueFilter mine;
    mine.search = u"refund"_qs;
    EXPECT_EQ(ws->savedViews().save(u"Praise"_qs, mine).value(), id) << "same name, same view";

    QList<SavedView> views = ws->savedViews().views().value();
    ASSERT_EQ(views.size(), defaults.size() + 1);
    EXPECT_EQ(views.last().id, id) << "a new view comes last";
    EXPECT_EQ(views.last().name, u"Praise"_qs);
    EXPECT_EQ(views.last().filter.search, u"refund"_qs);

    ASSERT_TRUE(ws->savedViews().rename(id, u"Refunds"_qs));
    ASSERT_TRUE(ws->savedViews().remove(defaults[0].id));
    views = ws->savedViews().views().value();
    ASSERT_EQ(views.size(), defaults.size());
    EXPECT_EQ(views.first().id, defaults[1].id);
    EXPECT_EQ(views.last().name, u"Refunds"_qs);
}

TEST_P(WorkspaceSettings, SettingsAreReplacedAndUnsetOnesFallBack)
{
    EXPECT_EQ(ws->settings().value(u"x/y"_qs, u"none"_qs).value(), u"none"_qs);
    ASSERT_TRUE(ws->settings().setValue(u"x/y"_qs, u"1"_qs));
    ASSERT_TRUE(ws->settings().setValue(u"x/y"_qs, u"2"_qs));
    EXPECT_EQ(ws->settings().value(u"x/y"_qs).value(), u"2"_qs);

    ResponseTargets targets;
    targets.criticism = 600;
    targets.question = 1200;
    targets.praise = 86400;
    ASSERT_TRUE(ws->settings().setResponseTargets(targets));
    const ResponseTargets read = ws->settings().responseTargets().value();
    EXPECT_EQ(read.criticism, 600);
    EXPECT_EQ(read.question, 1200);
    EXPECT_EQ(read.praise, 86400);

    ASSERT_TRUE(ws->settings().setTimeZone(u"Europe/Berlin"_qs));
    ASSERT_TRUE(ws->settings().setBusinessHours(u"mon-fri 09:00-17:00"_qs));
    EXPECT_EQ(ws->settings().timeZone().value(), u"Europe/Berlin"_qs);
    EXPECT_EQ(ws->settings().businessHours().value(), u"mon-fri 09:00-17:00"_qs);
    EXPECT_TRUE(ws->settings().likesCountAsThanks().value());
    ASSERT_TRUE(ws->settings().setLikesCountAsThanks(false));
    EXPECT_FALSE(ws->settings().likesCountAsThanks().value());
}

TEST_P(WorkspaceSettings, TheToneLayerIsKeptByteForByteAndReplacedOnlyFromWhatWasRead)
{
    EXPECT_TRUE(ws->toneAdaptation().load().value().isEmpty());
    const QByteArray layer("\x00\x01\xff\xfe\\x00 layer\n", 15);
    ASSERT_TRUE(ws->toneAdaptation().save(layer, 3, fixedNow));
    EXPECT_EQ(ws->toneAdaptation().load().value(), layer);

    const QByteArray next("next", 4);
    EXPECT_FALSE(ws->toneAdaptation().replace(QByteArray("stale"), next, 4, fixedNow).value());
    EXPECT_EQ(ws->toneAdaptation().load().value(), layer);
    EXPECT_TRUE(ws->toneAdaptation().replace(layer, next, 4, fixedNow).value());
    EXPECT_EQ(ws->toneAdaptation().load().value(), next);
    ASSERT_TRUE(ws->toneAdaptation().reset());
    EXPECT_TRUE(ws->toneAdaptation().load().value().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(BothEngines, WorkspaceSettings, bothEngines, engineName);
