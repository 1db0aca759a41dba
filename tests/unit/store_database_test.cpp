// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "support/damaged_file.h"
#include "support/workspace_fixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList schemaOf(const Database& db)
{
    QStringList schema;
    auto query = sql::exec(db.connection(),
                           QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                          "ORDER BY type, name"));
    EXPECT_TRUE(query.has_value());
    while (query && query->next()) {
        schema << query->value(0).toString() + u'|' + query->value(1).toString() + u'|' +
                      query->value(2).toString() + u'|' + query->value(3).toString();
    }
    return schema;
}

class DatabaseFile : public ::testing::Test {
protected:
    QString path(const char* name = "workspace.hearken") const
    {
        return dir.filePath(QString::fromLatin1(name));
    }
    QTemporaryDir dir;
};

} // namespace

TEST(Migrations, SplitKeepsTriggerBodiesWhole)
{
    const QStringList statements = splitStatements(QStringLiteral(
        "-- a comment\nCREATE TABLE t (a);\nCREATE TRIGGER x AFTER INSERT ON t BEGIN\n"
        "  INSERT INTO t VALUES (1);\n  INSERT INTO t VALUES (2);\nEND;\nINSERT INTO t VALUES "
        "('a;b');\n"));
    ASSERT_EQ(statements.size(), 3);
    EXPECT_TRUE(statements[1].endsWith(QStringLiteral("END;")));
    EXPECT_TRUE(statements[2].contains(QStringLiteral("'a;b'")));
}

TEST(Migrations, BundledStepsAreContiguous)
{
    const QList<Migration> steps = bundledMigrations();
    ASSERT_GE(steps.size(), 3);
    for (qsizetype i = 0; i < steps.size(); ++i)
        EXPECT_EQ(steps[i].version, i + 1);
    EXPECT_EQ(Database::newestSchemaVersion(), steps.size());
    EXPECT_EQ(newestBundledVersion(), steps.last().version);
}

TEST(Migrations, AnUpgradeReadsOnlyTheStepsAfterTheWorkspacesVersion)
{
    const int newest = newestBundledVersion();
    const QList<Migration> newer = bundledMigrations(Engine::Sqlite, newest - 2);
    ASSERT_EQ(newer.size(), 2);
    EXPECT_EQ(newer[0].version, newest - 1);
    EXPECT_EQ(newer[1].version, newest);
    EXPECT_FALSE(newer[1].statements.isEmpty());
    EXPECT_TRUE(bundledMigrations(Engine::Postgresql, newest).isEmpty());
}

TEST_F(DatabaseFile, UpgradedWorkspaceEqualsAFreshOneAndKeepsItsData)
{
    const int newest = Database::newestSchemaVersion();
    {
        auto old = Database::openAtVersion(path("old.hearken"), 1);
        ASSERT_TRUE(old.has_value()) << old.error().message.toStdString();
        EXPECT_EQ((*old)->schemaVersion(), 1);
        const QSqlDatabase db = (*old)->connection();
        ASSERT_TRUE(
            sql::exec(db, QStringLiteral("INSERT INTO accounts (network, remote_id, handle, "
                                         "created_at) VALUES ('mastodon', '1', '@us', 0)")));
        ASSERT_TRUE(sql::exec(db, QStringLiteral("INSERT INTO people (network, remote_id, handle, "
                                                 "display_name) VALUES ('mastodon', '2', "
                                                 "'@zoe', 'Zoë')")));
        ASSERT_TRUE(
            sql::exec(db, QStringLiteral("INSERT INTO posts (account_id, network, remote_id, "
                                         "kind, author_id, text, created_at) VALUES "
                                         "(1, 'mastodon', '3', 'mention', 1, "
                                         "'The crème brûlée latte is great', 10)")));
    }
    auto upgraded = Database::open(path("old.hearken"));
    ASSERT_TRUE(upgraded.has_value()) << upgraded.error().message.toStdString();
    auto fresh = Database::open(path("fresh.hearken"));
    ASSERT_TRUE(fresh.has_value());
    EXPECT_EQ((*upgraded)->schemaVersion(), newest);
    EXPECT_EQ(schemaOf(**upgraded), schemaOf(**fresh));

    auto found = sql::exec((*upgraded)->connection(),
                           QStringLiteral("SELECT rowid FROM posts_search WHERE posts_search MATCH "
                                          "'creme AND zoe'"));
    ASSERT_TRUE(found.has_value());
    EXPECT_TRUE(found->next()) << "posts written before search existed are indexed by the upgrade";
}

TEST_F(DatabaseFile, NewerSchemaIsRefusedUntouched)
{
    {
        auto db = Database::open(path());
        ASSERT_TRUE(db.has_value());
        ASSERT_TRUE(sql::exec(
            (*db)->connection(),
            QStringLiteral("PRAGMA user_version = %1").arg(Database::newestSchemaVersion() + 1)));
    }
    const QByteArray before = fileHash(path());
    auto reopened = Database::open(path());
    ASSERT_FALSE(reopened.has_value());
    EXPECT_EQ(reopened.error().kind, StoreError::Kind::TooNew);
    EXPECT_TRUE(reopened.error().message.contains(QStringLiteral("newer version of Hearken")));
    EXPECT_EQ(fileHash(path()), before);
}

TEST_F(DatabaseFile, GarbageFileIsRefusedUntouched)
{
    writeFile(path(), QByteArray(4096, '\x5a'));
    const QByteArray before = fileHash(path());
    auto db = Database::open(path());
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().kind, StoreError::Kind::NotAWorkspace);
    EXPECT_EQ(fileHash(path()), before);
}

TEST_F(DatabaseFile, DamagedDatabaseIsRefusedUntouched)
{
    {
        auto ws = hearken::testing::openWorkspace(path());
        ASSERT_TRUE(ws);
        hearken::testing::importSample(*ws, 300);
    }
    hearken::testing::scribbleAfterHeader(path());
    const QByteArray before = fileHash(path());
    auto db = Database::open(path());
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().kind, StoreError::Kind::Corrupt) << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("damaged")));
    EXPECT_EQ(fileHash(path()), before);
}

TEST_F(DatabaseFile, ForeignSqliteDatabaseIsRefused)
{
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        other.setDatabaseName(path());
        ASSERT_TRUE(other.open());
        QSqlQuery(QStringLiteral("CREATE TABLE recipes (name TEXT)"), other).exec();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QByteArray before = fileHash(path());
    auto db = Database::open(path());
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().kind, StoreError::Kind::NotAWorkspace);
    EXPECT_EQ(fileHash(path()), before);
}

TEST_F(DatabaseFile, ReadOnlyWorkspaceIsRefusedWithAClearMessage)
{
    {
        auto db = Database::open(path());
        ASSERT_TRUE(db.has_value());
    }
    QFile::setPermissions(path(), QFileDevice::ReadOwner | QFileDevice::ReadGroup);
    const QByteArray before = fileHash(path());
    auto db = Database::open(path());
    ASSERT_FALSE(db.has_value());
    EXPECT_EQ(db.error().kind, StoreError::Kind::ReadOnly);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("read-only")));
    EXPECT_EQ(fileHash(path()), before);
}

TEST_F(DatabaseFile, FileIsInWalModeWithForeignKeys)
{
    auto db = Database::open(path());
    ASSERT_TRUE(db.has_value());
    auto mode = sql::exec((*db)->connection(), QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(mode && mode->next());
    EXPECT_EQ(mode->value(0).toString(), QStringLiteral("wal"));
    auto keys = sql::exec((*db)->connection(), QStringLiteral("PRAGMA foreign_keys"));
    ASSERT_TRUE(keys && keys->next());
    EXPECT_EQ(keys->value(0).toInt(), 1);
}
