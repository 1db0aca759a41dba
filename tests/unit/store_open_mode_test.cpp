// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/queue_query.h"
#include "store/sql.h"
#include "store/transaction.h"
#include "support/workspace_fixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;
using hearken::testing::fixedNow;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

class WorkspaceOpening : public ::testing::Test {
protected:
    QString path(const char* name = "w.hearken") const
    {
        return dir.filePath(QString::fromLatin1(name));
    }

    // A closed workspace of the newest schema with some items in it.
    void makeWorkspace(int items = 300)
    {
        auto ws = hearken::testing::openWorkspace(path());
        ASSERT_TRUE(ws);
        hearken::testing::importSample(*ws, items);
    }

    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files, QDir::Name); }

    QTemporaryDir dir;
};

} // namespace

TEST_F(WorkspaceOpening, OnlyCreateIfMissingMakesAWorkspace)
{
    for (const OpenMode mode : {OpenMode::MustExist, OpenMode::ReadOnly}) {
        auto db = Database::open(path("typo.hearken"), mode);
        ASSERT_FALSE(db.has_value());
        EXPECT_EQ(db.error().kind, StoreError::Kind::Missing);
        EXPECT_TRUE(db.error().message.contains(QStringLiteral("There is no workspace")))
            << db.error().message.toStdString();
        EXPECT_TRUE(files().isEmpty()) << files().join(u' ').toStdString();
    }
    EXPECT_TRUE(Database::open(path("new.hearken"), OpenMode::CreateIfMissing).has_value());
    EXPECT_EQ(files(), QStringList{QStringLiteral("new.hearken")});
}

TEST_F(WorkspaceOpening, ReadingLeavesTheFileByteIdentical)
{
    makeWorkspace();
    const QByteArray before = fileHash(path());
    {
        auto ws = Workspace::open(path(), OpenMode::ReadOnly);
        ASSERT_TRUE(ws) << ws.error().message.toStdString();
        const QueueQuery query(QueueFilter{}, fixedNow,
                               (*ws)->settings().responseTargets().value());
        auto page = (*ws)->queue().page(query, std::nullopt, 100);
        ASSERT_TRUE(page && page->size() == 100);
        EXPECT_TRUE((*ws)->queue().count(query).has_value());
        EXPECT_TRUE((*ws)->accounts().accounts().has_value());
        EXPECT_TRUE((*ws)->posts().thread(page->first().postId).has_value());
    }
    EXPECT_EQ(fileHash(path()), before);
    EXPECT_EQ(files(), QStringList{QStringLiteral("w.hearken")});
}

TEST_F(WorkspaceOpening, OpeningAWorkspaceToWriteChangesNothingUntilItWrites)
{
    makeWorkspace();
    const QByteArray before = fileHash(path());
    for (const OpenMode mode : {OpenMode::CreateIfMissing, OpenMode::MustExist}) {
        auto db = Database::open(path(), mode);
        ASSERT_TRUE(db) << db.error().message.toStdString();
    }
    EXPECT_EQ(fileHash(path()), before);
}

TEST_F(WorkspaceOpening, ReadOnlyRefusesEveryWrite)
{
    makeWorkspace();
    const QByteArray before = fileHash(path());
    {
        auto ws = Workspace::open(path(), OpenMode::ReadOnly);
        ASSERT_TRUE(ws) << ws.error().message.toStdString();
        EXPECT_FALSE((*ws)->accounts().teammate(QStringLiteral("Robin")).has_value());
        EXPECT_FALSE((*ws)->settings().setTimeZone(QStringLiteral("Europe/Paris")).has_value());
        EXPECT_FALSE((*ws)->queue().wakeSnoozed(fixedNow * 2).has_value());
    }
    EXPECT_EQ(fileHash(path()), before);
}

TEST_F(WorkspaceOpening, ReadOnlyLeavesAnOlderSchemaAsItIsAndSaysHowToUpgrade)
{
    {
        auto old = Database::openAtVersion(path(), Database::newestSchemaVersion() - 1);
        ASSERT_TRUE(old);
    }
    const QByteArray before = fileHash(path());
    auto read = Database::open(path(), OpenMode::ReadOnly);
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().kind, StoreError::Kind::TooOld);
    EXPECT_TRUE(read.error().message.contains(QStringLiteral("older version")))
        << read.error().message.toStdString();
    EXPECT_EQ(fileHash(path()), before);

    auto upgraded = Database::open(path(), OpenMode::MustExist);
    ASSERT_TRUE(upgraded) << upgraded.error().message.toStdString();
    EXPECT_EQ((*upgraded)->schemaVersion(), Database::newestSchemaVersion());
}

TEST_F(WorkspaceOpening, AReadTransactionSeesOneStateWhileAnotherConnectionWrites)
{
    makeWorkspace(600);
    auto reader = Workspace::open(path(), OpenMode::ReadOnly);
    auto writer = Workspace::open(path(), OpenMode::MustExist);
    ASSERT_TRUE(reader && writer);
    const QueueQuery query(QueueFilter{}, fixedNow, ResponseTargets{});
    auto before = (*reader)->queue().page(query, std::nullopt, 1000);
    ASSERT_TRUE(before);

    QList<QueueItem> listed;
    {
        const ReadTransaction snapshot((*reader)->database().connection());
        ASSERT_TRUE(snapshot.isActive()) << snapshot.error().message.toStdString();
        auto first = (*reader)->queue().page(query, std::nullopt, 100);
        ASSERT_TRUE(first);
        listed += *first;
        // Every item listed so far becomes the least urgent, every other one the most.
        QStringList ids;
        for (const QueueItem& item : std::as_const(listed))
            ids.append(QString::number(item.postId));
        auto moved = sql::exec((*writer)->database().connection(),
                               QStringLiteral("UPDATE queue SET tone = CASE WHEN post_id IN (%1) "
                                              "THEN 'other' ELSE 'criticism' END")
                                   .arg(ids.join(u',')));
        ASSERT_TRUE(moved) << moved.error().message.toStdString();
        auto rest = (*reader)->queue().page(query, QueueRepository::cursorOf(listed.last()), 1000);
        ASSERT_TRUE(rest);
        listed += *rest;
    }
    ASSERT_EQ(listed.size(), before->size());
    for (qsizetype i = 0; i < listed.size(); ++i)
        EXPECT_EQ(listed[i].postId, before->at(i).postId) << "at " << i;
}
