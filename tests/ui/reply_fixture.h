// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compose/composer.h"
#include "compose/reply_column.h"
#include "store/workspace.h"
#include "window_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace hearken::testing {

// How long the sample deliverer may take to send a reply or a like (a short real-time pause).
constexpr int deliveryWaitMs = 8000;

// The main window over the sample workspace, whose accounts deliver through the sample
// deliverer (nothing leaves the machine), with the composer and the outbox at hand.
class ReplyFlow : public WindowTest {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        showSample();
        ASSERT_GT(model().rowCount(), 10);
    }

    Composer& composer() { return inbox().replyColumn().composer(); }

    // Moves to the first item of the view on `network`.
    qint64 chooseItemOn(const QString& network)
    {
        for (int row = 0; row < model().rowCount(); ++row) {
            if (model().itemAt(row).network == network) {
                table().focusRow(row);
                table().setFocus();
                return currentId();
            }
        }
        ADD_FAILURE() << "no item on " << network.toStdString();
        return -1;
    }

    QList<OutboxEntry> entriesFor(qint64 postId)
    {
        return workspace().outbox().entriesFor(postId).value_or(QList<OutboxEntry>());
    }

    bool waitUntilSent(qint64 postId, int count = 1)
    {
        return QTest::qWaitFor(
            [&] {
                const auto entries = entriesFor(postId);
                return entries.size() == count &&
                       std::all_of(entries.cbegin(), entries.cend(), [](const OutboxEntry& e) {
                           return e.state == OutboxState::Sent;
                       });
            },
            deliveryWaitMs);
    }

    QueueItem row(qint64 postId)
    {
        const auto items =
            workspace().queue().matching(QueueQuery(anyState(), now, {}), {postId}).value();
        EXPECT_EQ(items.size(), 1);
        return items.value(0);
    }

    QStringList eventKinds(qint64 postId)
    {
        QStringList kinds;
        for (const Event& e : workspace().posts().events(postId).value_or(QList<Event>()))
            kinds << e.kind;
        return kinds;
    }

    void type(const QString& text) { QTest::keyClicks(QApplication::focusWidget(), text); }
};

} // namespace hearken::testing
