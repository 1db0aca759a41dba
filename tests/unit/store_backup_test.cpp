// SPDX-License-Identifier: GPL-3.0-or-later
// Backups of a workspace: consistent copies SQLite finds whole, the newest few kept, one made
// before every schema upgrade, and a damaged workspace never pushing a good one out.
#include "store/backup_schedule.h"
#include "store/database.h"
#include "store/sql.h"
#include "store/workspace_backup.h"
#include "support/damaged_file.h"
#include "support/workspace_fixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

const QDateTime monday = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qint64 itemCount(const QString& path)
{
    auto db = Database::open(path);
    if (!db) {
        ADD_FAILURE() << db.error().message.toStdString();
        return -1;
    }
    auto count = sql::exec((*db)->connection(), QStringLiteral("SELECT count(*) FROM queue"));
    return count && count->next() ? count->value(0).toLongLong() : -1;
}

class Backups : public ::testing::Test {
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("team.hearken"));
        auto ws = hearken::testing::openWorkspace(path);
        ASSERT_TRUE(ws);
        hearken::testing::importSample(*ws, 200);
    }

    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_F(Backups, CopyIsAWholeWorkspaceBesideTheOriginal)
{
    // Made while the workspace is open and has just been written, as the window does.
    auto open = hearken::testing::openWorkspace(path);
    ASSERT_TRUE(open);
    hearken::testing::importSample(*open, 50, 3);
    const WorkspaceBackups backups(path);
    auto made = backups.make(monday);
    ASSERT_TRUE(made.has_value()) << made.error().message.toStdString();
    EXPECT_EQ(QFileInfo(*made).absolutePath(),
              dir.filePath(QStringLiteral("team.hearken.backups")));
    EXPECT_EQ(WorkspaceBackups::madeAt(*made), monday);
    EXPECT_EQ(backups.backups(), QStringList{*made});
    open.reset();
    EXPECT_EQ(itemCount(*made), 250);
}

TEST_F(Backups, KeepsTheNewestFive)
{
    const WorkspaceBackups backups(path);
    QStringList made;
    for (int day = 0; day < 7; ++day) {
        auto backup = backups.make(monday.addDays(day));
        ASSERT_TRUE(backup.has_value()) << backup.error().message.toStdString();
        made.prepend(*backup);
    }
    EXPECT_EQ(backups.backups(), made.mid(0, WorkspaceBackups::kept));
}

TEST_F(Backups, AreDueOnceADay)
{
    const WorkspaceBackups backups(path);
    EXPECT_TRUE(backups.isDue(monday));
    auto first = backups.makeIfDue(monday);
    ASSERT_TRUE(first && first->has_value());
    auto again = backups.makeIfDue(monday.addSecs(23 * 60 * 60));
    ASSERT_TRUE(again.has_value());
    EXPECT_FALSE(again->has_value());
    EXPECT_TRUE(backups.isDue(monday.addDays(1)));
}

TEST_F(Backups, DamagedWorkspaceNeverPushesAGoodBackupOut)
{
    const WorkspaceBackups backups(path);
    auto good = backups.make(monday);
    ASSERT_TRUE(good.has_value());
    hearken::testing::scribbleAfterHeader(path);
    for (int day = 1; day <= WorkspaceBackups::kept + 1; ++day) {
        auto made = backups.make(monday.addDays(day));
        EXPECT_FALSE(made.has_value()) << "a copy of a damaged workspace was kept";
    }
    EXPECT_EQ(backups.backups(), QStringList{*good});
    EXPECT_EQ(backups.newestGood(), *good);
}

TEST_F(Backups, NewestGoodSkipsADamagedBackup)
{
    const WorkspaceBackups backups(path);
    auto older = backups.make(monday);
    auto newer = backups.make(monday.addDays(1));
    ASSERT_TRUE(older && newer);
    hearken::testing::scribbleAfterHeader(*newer);
    EXPECT_EQ(backups.newestGood(), *older);
}

TEST_F(Backups, RestoringOpensACopyAndLeavesTheDamagedFileAsItIs)
{
    const WorkspaceBackups backups(path);
    auto good = backups.make(monday);
    ASSERT_TRUE(good.has_value());
    hearken::testing::scribbleAfterHeader(path);
    const QByteArray damaged = fileHash(path);
    const QByteArray backupBefore = fileHash(*good);

    auto restored = backups.restore(*good, monday.addDays(1));
    ASSERT_TRUE(restored.has_value()) << restored.error().message.toStdString();
    EXPECT_EQ(QFileInfo(*restored).absolutePath(), dir.path());
    EXPECT_NE(*restored, path);
    EXPECT_EQ(itemCount(*restored), 200);
    EXPECT_EQ(fileHash(path), damaged);
    EXPECT_EQ(fileHash(*good), backupBefore);
}

TEST_F(Backups, UpgradeBacksTheOldSchemaUpFirst)
{
    const QString old = dir.filePath(QStringLiteral("old.hearken"));
    ASSERT_TRUE(Database::openAtVersion(old, 1).has_value());
    EXPECT_TRUE(WorkspaceBackups(old).backups().isEmpty()) << "a new workspace has nothing to keep";

    ASSERT_TRUE(Database::open(old).has_value());
    const QStringList made = WorkspaceBackups(old).backups();
    ASSERT_EQ(made.size(), 1);
    auto copy = Database::openAtVersion(made.first(), 1);
    ASSERT_TRUE(copy.has_value()) << copy.error().message.toStdString();
    EXPECT_EQ((*copy)->schemaVersion(), 1);

    ASSERT_TRUE(Database::open(old).has_value());
    EXPECT_EQ(WorkspaceBackups(old).backups().size(), 1) << "no upgrade, no backup";
}

TEST_F(Backups, ScheduleMakesADueBackupOffTheCallersThread)
{
    BackupSchedule schedule(path);
    QSignalSpy made(&schedule, &BackupSchedule::made);
    QSignalSpy failed(&schedule, &BackupSchedule::failed);
    schedule.start();
    ASSERT_TRUE(made.wait(20000));
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_EQ(WorkspaceBackups(path).backups(), QStringList{made.first().first().toString()});
}
