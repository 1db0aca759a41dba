// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workspace.h"
#include "support/cli_run.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

using Ran = hearken::testing::CommandRun;

Ran run(const QStringList& arguments)
{
    return hearken::testing::runHearken(arguments);
}

} // namespace

TEST(CliAccounts, UsageMistakesSayHowToCallIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.hearken"));
    const Ran noAction = run({QStringLiteral("accounts"), QStringLiteral("--workspace"), path});
    EXPECT_EQ(noAction.exitCode, cli::UsageError);
    EXPECT_TRUE(noAction.err.contains(u"accounts add NETWORK --OPTION VALUE"));
    EXPECT_TRUE(noAction.err.contains(u"networks: mastodon, bluesky"));
    const Ran noServer = run({QStringLiteral("accounts"), QStringLiteral("add"),
                              QStringLiteral("mastodon"), QStringLiteral("--workspace"), path});
    EXPECT_EQ(noServer.exitCode, cli::UsageError);
    const Ran otherNetwork =
        run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("friendster"),
             QStringLiteral("--server"), QStringLiteral("x"), QStringLiteral("--workspace"), path});
    EXPECT_EQ(otherNetwork.exitCode, cli::UsageError);
    // A mistake in the command creates no workspace; the ones below need one to look in.
    EXPECT_FALSE(QFileInfo::exists(path));
    ASSERT_TRUE(Workspace::open(path, OpenMode::CreateIfMissing));
    const Ran missing = run({QStringLiteral("accounts"), QStringLiteral("remove"),
                             QStringLiteral("42"), QStringLiteral("--workspace"), path});
    EXPECT_EQ(missing.exitCode, cli::Failure);
    EXPECT_TRUE(missing.err.contains(u"There is no account 42"));
    const Ran badSync = run({QStringLiteral("sync"), QStringLiteral("--account"),
                             QStringLiteral("x"), QStringLiteral("--workspace"), path});
    EXPECT_EQ(badSync.exitCode, cli::Failure);
    EXPECT_TRUE(badSync.err.contains(u"There is no account x"));
}

TEST(CliAccounts, AnEmptyWorkspaceListsNothingAndSyncsNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.hearken"));
    ASSERT_TRUE(Workspace::open(path, OpenMode::CreateIfMissing));
    const Ran listed = run({QStringLiteral("accounts"), QStringLiteral("list"),
                            QStringLiteral("--json"), QStringLiteral("--workspace"), path});
    EXPECT_EQ(listed.exitCode, cli::Success);
    EXPECT_TRUE(listed.out.isEmpty());
    const Ran synced = run({QStringLiteral("sync"), QStringLiteral("--workspace"), path});
    EXPECT_EQ(synced.exitCode, cli::Success) << synced.err.toStdString();
}
