// SPDX-License-Identifier: GPL-3.0-or-later
// A long import commits in parts of about 200 ms, so that a person acting in the window or from
// the command line meanwhile waits for one part at most and is never refused as "locked". The
// parts start small and at most double, so a slow machine never starts with a long one.
#include "store/workspace.h"
#include "support/workspace_fixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;

TEST(ImportParts, ALongImportCommitsInPartsThatStartAtFiveHundredItemsAndAtMostDouble)
{
    QTemporaryDir dir;
    auto ws = hearken::testing::openWorkspace(dir.filePath(QStringLiteral("parts.hearken")));
    ASSERT_TRUE(ws);
    // Every commit announces the items it added.
    QSignalSpy commits(&ws->changes(), &ChangeNotifier::itemsArrived);
    hearken::testing::importSample(*ws, 2500);

    ASSERT_GE(commits.size(), 3);
    qsizetype items = 0;
    qsizetype previous = 250;
    for (const QList<QVariant>& commit : commits) {
        const auto ids = commit.first().value<QList<qint64>>();
        EXPECT_LE(ids.size(), 2 * previous);
        previous = ids.size();
        items += ids.size();
    }
    EXPECT_EQ(items, 2500);
}
