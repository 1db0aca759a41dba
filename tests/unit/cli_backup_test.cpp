// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's side of backups: a writing command backs the workspace up once a day,
// and a damaged workspace is answered with its newest good backup and how to use it.
#include "store/workspace_backup.h"
#include "support/cli_run.h"
#include "support/damaged_file.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

using hearken::testing::CommandRun;

class CliBackups : public ::testing::Test {
protected:
    CommandRun run(QStringList arguments)
    {
        arguments << QStringLiteral("--workspace") << path;
        return hearken::testing::runHearken(arguments);
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cli.hearken"));
};

} // namespace

TEST_F(CliBackups, AWritingCommandBacksUpOnceADay)
{
    ASSERT_EQ(run({QStringLiteral("import-sample"), QStringLiteral("50")}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("import-sample"), QStringLiteral("50")}).exitCode, 0);
    EXPECT_EQ(WorkspaceBackups(path).backups().size(), 1);
}

TEST_F(CliBackups, ADamagedWorkspaceIsAnsweredWithItsNewestGoodBackup)
{
    ASSERT_EQ(run({QStringLiteral("import-sample"), QStringLiteral("50")}).exitCode, 0);
    auto backup = WorkspaceBackups(path).make(QDateTime::currentDateTimeUtc().addSecs(1));
    ASSERT_TRUE(backup.has_value());
    hearken::testing::scribbleAfterHeader(path);

    const CommandRun queue = run({QStringLiteral("queue")});
    EXPECT_EQ(queue.exitCode, 1);
    EXPECT_TRUE(queue.err.contains(QStringLiteral("damaged"))) << queue.err.toStdString();
    EXPECT_TRUE(queue.err.contains(QStringLiteral("cp \"%1\"").arg(*backup)))
        << queue.err.toStdString();
}

TEST_F(CliBackups, ADamagedWorkspaceWithoutBackupsSaysWhereItLooked)
{
    ASSERT_EQ(run({QStringLiteral("import-sample"), QStringLiteral("50")}).exitCode, 0);
    for (const QString& backup : WorkspaceBackups(path).backups())
        ASSERT_TRUE(QFile::remove(backup));
    hearken::testing::scribbleAfterHeader(path);

    const CommandRun queue = run({QStringLiteral("queue")});
    EXPECT_EQ(queue.exitCode, 1);
    EXPECT_TRUE(queue.err.contains(
        QStringLiteral("There is no backup of it in %1").arg(WorkspaceBackups(path).folder())))
        << queue.err.toStdString();
}
