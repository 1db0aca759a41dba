// SPDX-License-Identifier: GPL-3.0-or-later
// Commands that only read a workspace: they never change it, never create one, refuse a
// damaged one, and list one state of it while another process writes.
#include "headless_hearken.h"
#include "support/damaged_file.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct Finished {
    int exitCode = -1;
    QString out;
    QString err;
};

Finished runHearken(const QStringList& arguments)
{
    const hearken::testing::HeadlessRun ran = hearken::testing::runHeadless(arguments);
    return {ran.exitCode, QString::fromUtf8(ran.out), QString::fromUtf8(ran.err)};
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// The SQLite header's file change counter (bytes 24 to 27), which every commit moves.
quint32 changeCounter(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(100);
    return quint32(quint8(header[24])) << 24 | quint32(quint8(header[25])) << 16 |
           quint32(quint8(header[26])) << 8 | quint32(quint8(header[27]));
}

// The items of a `queue --json` listing, by id, in the order printed.
QList<qint64> listedIds(const QString& out)
{
    QList<qint64> ids;
    for (const QString& line : out.split(u'\n', Qt::SkipEmptyParts))
        ids.append(QJsonDocument::fromJson(line.toUtf8()).object()[u"id"].toInteger());
    return ids;
}

class ReadCommands : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("workspaces")));
    }

    QString path(const char* name = "w.hearken") const
    {
        return dir.filePath(QStringLiteral("workspaces/") + QString::fromLatin1(name));
    }

    void importSample(int items)
    {
        const Finished imported =
            runHearken({QStringLiteral("import-sample"), QString::number(items),
                        QStringLiteral("--workspace"), path()});
        ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    }

    QStringList workspaceFiles() const
    {
        return QDir(dir.filePath(QStringLiteral("workspaces")))
            .entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    // Every command that only reads, on `workspace`.
    QList<QStringList> readCommands(const QString& workspace) const
    {
        const QString from = QDate::currentDate().addDays(-13).toString(Qt::ISODate);
        const QString to = QDate::currentDate().toString(Qt::ISODate);
        const QStringList ws{QStringLiteral("--workspace"), workspace};
        return {
            QStringList{QStringLiteral("queue")} + ws,
            QStringList{QStringLiteral("queue"), QStringLiteral("--json")} + ws,
            QStringList{QStringLiteral("accounts"), QStringLiteral("list")} + ws,
            QStringList{QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"),
                        QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                        QStringLiteral("--output"), dir.filePath(QStringLiteral("items.csv"))} +
                ws,
            QStringList{QStringLiteral("report"), QStringLiteral("--format"),
                        QStringLiteral("json"), QStringLiteral("--from"), from,
                        QStringLiteral("--to"), to, QStringLiteral("--output"),
                        dir.filePath(QStringLiteral("review.json"))} +
                ws,
        };
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(ReadCommands, LeaveTheWorkspaceByteIdentical)
{
    importSample(600);
    const QByteArray before = fileHash(path());
    const quint32 counter = changeCounter(path());
    for (const QStringList& command : readCommands(path())) {
        const Finished ran = runHearken(command);
        ASSERT_EQ(ran.exitCode, 0)
            << command.join(u' ').toStdString() << ": " << ran.err.toStdString();
        EXPECT_EQ(changeCounter(path()), counter) << command.join(u' ').toStdString();
        EXPECT_EQ(fileHash(path()), before) << command.join(u' ').toStdString();
        EXPECT_EQ(workspaceFiles(), QStringList{QStringLiteral("w.hearken")})
            << command.join(u' ').toStdString();
    }
}

TEST_F(ReadCommands, OnAPathWithNoWorkspaceCreateNothing)
{
    QList<QStringList> commands = readCommands(path("typo.hearken"));
    commands.append({QStringLiteral("sync"), QStringLiteral("--workspace"), path("typo.hearken")});
    commands.append({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("1"),
                     QStringLiteral("--workspace"), path("typo.hearken")});
    for (const QStringList& command : std::as_const(commands)) {
        const Finished ran = runHearken(command);
        EXPECT_EQ(ran.exitCode, 1) << command.join(u' ').toStdString();
        EXPECT_TRUE(ran.err.contains(QStringLiteral("There is no workspace at")))
            << command.join(u' ').toStdString() << ": " << ran.err.toStdString();
        EXPECT_TRUE(ran.out.isEmpty()) << ran.out.toStdString();
        EXPECT_TRUE(workspaceFiles().isEmpty()) << command.join(u' ').toStdString() << " made "
                                                << workspaceFiles().join(u' ').toStdString();
    }
}

TEST_F(ReadCommands, RefuseADamagedWorkspaceWithoutAPartialListing)
{
    importSample(3000);
    hearken::testing::damageMiddleLeafOf(path(), QStringLiteral("queue"));
    const QByteArray before = fileHash(path());
    const QStringList ws{QStringLiteral("--workspace"), path()};
    for (const QStringList& command :
         {QStringList{QStringLiteral("queue"), QStringLiteral("--json")} + ws,
          QStringList{QStringLiteral("queue"), QStringLiteral("--limit"), QStringLiteral("0")} +
              ws}) {
        const Finished ran = runHearken(command);
        EXPECT_EQ(ran.exitCode, 1) << command.join(u' ').toStdString();
        EXPECT_TRUE(ran.out.isEmpty())
            << command.join(u' ').toStdString() << " printed " << ran.out.count(u'\n') << " lines";
        EXPECT_TRUE(ran.err.contains(QStringLiteral("is damaged")) &&
                    ran.err.contains(QStringLiteral("database disk image is malformed")))
            << ran.err.toStdString();
    }
    EXPECT_EQ(fileHash(path()), before);
}

TEST_F(ReadCommands, RefuseAWorkspaceWhoseSettingsAreDamagedRatherThanUseDefaults)
{
    importSample(200);
    hearken::testing::damageRootsOf(path(), QStringLiteral("settings"));
    const QByteArray before = fileHash(path());
    const QStringList ws{QStringLiteral("--workspace"), path()};
    for (const QStringList& command : readCommands(path())) {
        if (command.first() == u"accounts")
            continue; // lists accounts only: no setting changes what it prints
        const Finished ran = runHearken(command);
        EXPECT_EQ(ran.exitCode, 1) << command.join(u' ').toStdString();
        EXPECT_TRUE(ran.err.contains(QStringLiteral("is damaged")))
            << command.join(u' ').toStdString() << ": " << ran.err.toStdString();
    }
    EXPECT_EQ(fileHash(path()), before);
}

TEST_F(ReadCommands, LeaveAnOlderSchemaAsItIsAndSayHowToUpgrade)
{
    importSample(100);
    const QString connection = QStringLiteral("lower");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path());
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        const int version = query.value(0).toInt();
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version - 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    const QByteArray before = fileHash(path());
    const Finished queue =
        runHearken({QStringLiteral("queue"), QStringLiteral("--workspace"), path()});
    EXPECT_EQ(queue.exitCode, 1);
    EXPECT_TRUE(queue.err.contains(QStringLiteral("older version of Hearken")))
        << queue.err.toStdString();
    EXPECT_EQ(fileHash(path()), before);
}

TEST_F(ReadCommands, QueueJsonListsOneStateWhileAnotherProcessWrites)
{
    importSample(20000);
    const QStringList command{QStringLiteral("queue"), QStringLiteral("--json"),
                              QStringLiteral("--workspace"), path()};
    const QList<qint64> still = listedIds(runHearken(command).out);
    ASSERT_GT(still.size(), 5000) << "a listing of several pages";

    // The writer moves half of the open items to the top of the queue and back, commit after
    // commit, for as long as the listing runs: a listing that mixed two states would show
    // some item twice or leave some out.
    const QString connection = QStringLiteral("writer");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path());
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    ASSERT_TRUE(db.open());
    QSqlQuery toggle(db);
    ASSERT_TRUE(toggle.prepare(
        QStringLiteral("UPDATE queue SET tone = CASE WHEN ? THEN 'criticism' ELSE 'other' END, "
                       "answered_at = NULL WHERE state = 'open' AND post_id % 2 = 0")));
    int writes = 0;
    for (int round = 0; round < 3; ++round) {
        QProcess listing;
        listing.start(QStringLiteral(HEARKEN_EXECUTABLE), command);
        ASSERT_TRUE(listing.waitForStarted());
        while (!listing.waitForFinished(5)) {
            toggle.bindValue(0, writes % 2 == 0);
            ASSERT_TRUE(toggle.exec()) << toggle.lastError().text().toStdString();
            ++writes;
        }
        ASSERT_EQ(listing.exitCode(), 0) << listing.readAllStandardError().toStdString();
        const QList<qint64> ids = listedIds(QString::fromUtf8(listing.readAllStandardOutput()));
        EXPECT_EQ(ids.size(), still.size()) << "round " << round;
        EXPECT_EQ(QSet<qint64>(ids.cbegin(), ids.cend()),
                  QSet<qint64>(still.cbegin(), still.cend()))
            << "round " << round;
    }
    EXPECT_GT(writes, 6) << "the writer committed while the listings ran";
    toggle.finish();
    db.close();
}
