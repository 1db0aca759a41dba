// SPDX-License-Identifier: GPL-3.0-or-later
// A long import commits in small parts, so that a person acting in the window or from the
// command line meanwhile waits for one part at most and is never refused as "locked".
#include "store/workspace.h"
#include "support/workspace_fixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;

TEST(ImportParts, ALongImportCommitsAFewHundredItemsAtATime)
{
    QTemporaryDir dir;
    auto ws = hearken::testing::openWorkspace(dir.filePath(QStringLiteral("parts.hearken")));
    ASSERT_TRUE(ws);
    // Every commit announces the items it added.
    QSignalSpy commits(&ws->changes(), &ChangeNotifier::itemsArrived);
    hearken::testing::importSample(*ws, 2500);

    ASSERT_GE(commits.size(), 5);
    qsizetype items = 0;
    for (const QList<QVariant>& commit : commits) {
        const auto ids = commit.first().value<QList<qint64>>();
        EXPECT_LE(ids.size(), 500);
        items += ids.size();
    }
    EXPECT_EQ(items, 2500);
}
