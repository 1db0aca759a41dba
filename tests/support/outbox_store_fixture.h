// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/workspace.h"
#include "support/outbox_fixture.h"
#include "support/postgres_workspace.h"

#include <gtest/gtest.h>

namespace hearken::testing {

// The outbox of a workspace on either engine, with an item of Ana's to answer.
class OutboxStoreTest : public ::testing::TestWithParam<Engine> {
protected:
    void SetUp() override
    {
        ws = workspaceOn(GetParam());
        ASSERT_TRUE(ws);
        world = std::make_unique<OutboxWorld>(OutboxWorld::create(*ws));
        item = world->item(u"m1"_qs, u"ana"_qs, u"Ana Ortiz"_qs, u"Where is my order?"_qs);
    }

    OutboxEntry enqueue(const QString& text)
    {
        auto entry = ws->outbox().enqueue(world->reply(item, text), fixedNow);
        EXPECT_TRUE(entry.has_value()) << entry.error().message.toStdString();
        return entry.value_or(OutboxEntry{});
    }

    // Claims the entry for `claimant` as delivery does, for `seconds` from `at`; std::nullopt
    // when it was not due for that claimant then.
    std::optional<OutboxEntry> claim(qint64 entryId, const QString& claimant, qint64 at,
                                     qint64 seconds = 60)
    {
        auto claimed = ws->outbox().claim(entryId, {claimant, at + seconds}, at);
        EXPECT_TRUE(claimed) << claimed.error().message.toStdString();
        return claimed.value_or(std::nullopt);
    }

    std::unique_ptr<Workspace> ws;
    std::unique_ptr<OutboxWorld> world;
    qint64 item = 0;
};

} // namespace hearken::testing
