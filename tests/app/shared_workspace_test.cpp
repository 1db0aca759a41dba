// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace used by several processes at once, as the window and the command line do.
// Afterwards nothing is damaged, no process was refused, and every action of each is there.
#include "support/shared_workspace.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken::testing;

namespace {

class SharedWorkspace : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("shared.hearken"));
        const auto created = createSampleWorkspace(hearken, path, sampleItems);
        ASSERT_EQ(created.exitCode, 0) << created.errors.toStdString();
    }

    const QString hearken = QStringLiteral(HEARKEN_EXECUTABLE);
    const QString actor = QStringLiteral(WORKSPACE_ACTOR);
    static constexpr int sampleItems = 2000;
    QTemporaryDir dir;
    QString path;
};

} // namespace

// A process holding two connections (the window's and its worker's) marks items done, adds
// notes and queues replies while `hearken` runs queue, report, import-sample and sync.
TEST_F(SharedWorkspace, WindowAndCommandLineAtOnceLoseNothing)
{
    const SharedRun run = windowBesideCommandLine(hearken, actor, path, sampleItems,
                                                  {QStringLiteral("Sam"), 0, 60, 30});
    EXPECT_GE(run.commandLineRuns, 4);
    EXPECT_TRUE(run.problems.isEmpty()) << run.problems.join(u'\n').toStdString();
}

// Two people act while an import of many items runs: neither is refused as "locked".
TEST_F(SharedWorkspace, ImportNeverRefusesPeopleActing)
{
    const SharedRun run = writersBesideImport(
        hearken, actor, path, sampleItems,
        {{QStringLiteral("Ana"), 0, 40, 100}, {QStringLiteral("Bo"), 300, 40, 100}}, 20000);
    EXPECT_TRUE(run.problems.isEmpty()) << run.problems.join(u'\n').toStdString();
}
