// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace in a PostgreSQL database: opened from a libpq URI, migrated to the same schema as
// an SQLite file at the same version, and refused when it is not Hearken's.
#include "store/database.h"
#include "store/migrations.h"
#include "store/sql.h"
#include "support/postgres_cluster.h"
#include "support/postgres_environment.h"

#include <QUrl>

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace hearken::testing {
namespace {

// Every table's columns as "table.column", and the names of the indexes, as the schema has
// them on either engine (the search index and the engines' own bookkeeping left out).
std::set<std::string> schemaOf(Database& database)
{
    const QSqlDatabase db = database.connection();
    const bool sqlite = database.engine() == Engine::Sqlite;
    auto listed = sql::exec(
        db, sqlite ? QStringLiteral("SELECT m.name || '.' || c.name FROM sqlite_schema m, "
                                    "pragma_table_xinfo(m.name) c WHERE m.type = 'table' AND "
                                    "m.name NOT LIKE 'posts_search%' AND m.name NOT LIKE "
                                    "'sqlite_%' UNION ALL SELECT 'index ' || name FROM "
                                    "sqlite_schema WHERE type = 'index' AND name NOT LIKE "
                                    "'sqlite_%'")
                   : QStringLiteral("SELECT table_name || '.' || column_name FROM "
                                    "information_schema.columns WHERE table_schema = "
                                    "current_schema() AND table_name NOT IN ('posts_search', "
                                    "'hearken_schema') UNION ALL SELECT 'index ' || indexname "
                                    "FROM pg_indexes WHERE schemaname = current_schema() AND "
                                    "indexname NOT LIKE '%_pkey' AND indexname NOT LIKE "
                                    "'%_key' AND indexname NOT LIKE 'posts_search%'"));
    EXPECT_TRUE(listed.has_value()) << listed.error().message.toStdString();
    std::set<std::string> names;
    if (listed) {
        auto all = sql::rows(*listed, [](const QSqlQuery& row) { return row.value(0).toString(); });
        EXPECT_TRUE(all.has_value());
        for (const QString& name : all.value_or(QStringList()))
            names.insert(name.toStdString());
    }
    return names;
}

TEST(PostgresqlWorkspace, OpensFromAUriAndMigratesToTheNewestSchema)
{
    const QString uri = postgresEnvironment().freshDatabase();
    ASSERT_FALSE(uri.isEmpty());
    auto database = Database::open(uri);
    ASSERT_TRUE(database.has_value()) << database.error().message.toStdString();
    EXPECT_EQ((*database)->engine(), Engine::Postgresql);
    EXPECT_EQ((*database)->schemaVersion(), Database::newestSchemaVersion());
    EXPECT_EQ((*database)->path(), uri);

    // Opened again, nothing is left to do and everything is where it was.
    database->reset();
    auto again = Database::open(
        QString(uri).replace(QStringLiteral("postgresql://"), QStringLiteral("postgres://")));
    ASSERT_TRUE(again.has_value()) << again.error().message.toStdString();
    EXPECT_EQ((*again)->schemaVersion(), Database::newestSchemaVersion());
}

TEST(PostgresqlWorkspace, HasTheSameStepsAndAtEachTheSameTablesColumnsAndIndexesAsSqlite)
{
    ASSERT_EQ(bundledMigrations(Engine::Postgresql).size(),
              bundledMigrations(Engine::Sqlite).size());
    for (int version = 1; version <= Database::newestSchemaVersion(); ++version) {
        auto file = Database::openAtVersion(QString::fromLatin1(Database::inMemory), version);
        auto server = Database::openAtVersion(postgresEnvironment().freshDatabase(), version);
        ASSERT_TRUE(file.has_value()) << file.error().message.toStdString();
        ASSERT_TRUE(server.has_value()) << server.error().message.toStdString();
        EXPECT_EQ((*server)->schemaVersion(), version);
        EXPECT_EQ(schemaOf(**file), schemaOf(**server)) << "at schema " << version;
    }
}

TEST(PostgresqlWorkspace, NeverShowsThePasswordOfTheUri)
{
    const QUrl plain(postgresEnvironment().freshDatabase());
    QUrl withPassword = plain;
    withPassword.setPassword(QStringLiteral("s3cret-word"));
    // The test cluster trusts every local connection, so the password is accepted unread.
    auto database = Database::open(withPassword.toString());
    ASSERT_TRUE(database.has_value()) << database.error().message.toStdString();
    EXPECT_FALSE((*database)->path().contains(u"s3cret-word"));
    EXPECT_EQ((*database)->path(), plain.toString());

    QUrl nowhere = withPassword;
    nowhere.setPath(QStringLiteral("/no_such_database"));
    auto refused = Database::open(nowhere.toString());
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, StoreError::Kind::Missing);
    EXPECT_TRUE(refused.error().message.contains(u"no_such_database"))
        << refused.error().message.toStdString();
    EXPECT_FALSE(refused.error().message.contains(u"s3cret-word"));
}

TEST(PostgresqlWorkspace, RefusesADatabaseOfAnotherProgramUntouched)
{
    const QString uri = postgresEnvironment().freshDatabase();
    {
        auto empty = Database::openAtVersion(uri, 0);
        ASSERT_TRUE(empty.has_value()) << empty.error().message.toStdString();
        ASSERT_TRUE(
            sql::exec((*empty)->connection(), QStringLiteral("CREATE TABLE invoices (id integer)"))
                .has_value());
    }
    auto refused = Database::open(uri);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, StoreError::Kind::NotAWorkspace);
    EXPECT_TRUE(refused.error().message.contains(u"another program"));
}

TEST(PostgresqlWorkspace, ReadOnlyRefusesAnOlderSchemaAndEveryWrite)
{
    const QString uri = postgresEnvironment().freshDatabase();
    ASSERT_TRUE(Database::openAtVersion(uri, Database::newestSchemaVersion() - 1).has_value());
    auto older = Database::open(uri, OpenMode::ReadOnly);
    ASSERT_FALSE(older.has_value());
    EXPECT_EQ(older.error().kind, StoreError::Kind::TooOld);

    ASSERT_TRUE(Database::open(uri).has_value());
    auto readOnly = Database::open(uri, OpenMode::ReadOnly);
    ASSERT_TRUE(readOnly.has_value()) << readOnly.error().message.toStdString();
    EXPECT_TRUE((*readOnly)->isReadOnly());
    EXPECT_FALSE(sql::exec((*readOnly)->connection(),
                           QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')"))
                     .has_value());
}

TEST(PostgresqlWorkspace, ADeskDoesNotCreateATeamsSchemaAndSaysWhoDoes)
{
    const QString uri = postgresEnvironment().freshDatabase();
    auto refused = Database::open(uri, OpenMode::MustExist);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().kind, StoreError::Kind::Missing);
    EXPECT_TRUE(refused.error().message.contains(u"Ask your admin to run `hearken team init"))
        << refused.error().message.toStdString();

    auto untouched = Database::openAtVersion(uri, 0);
    ASSERT_TRUE(untouched.has_value());
    EXPECT_EQ((*untouched)->schemaVersion(), 0);
}

TEST(PostgresqlWorkspace, AServerThatGoesAwayIsSaidToBeUnreachableAndReconnectedToOnceBack)
{
    // A cluster of the test's own: stopping the binary's shared one would fail other tests.
    QString error;
    const auto cluster = PostgresCluster::start(error);
    ASSERT_TRUE(cluster) << error.toStdString();
    auto database = Database::open(cluster->uri(u"postgres"_qs));
    ASSERT_TRUE(database.has_value()) << database.error().message.toStdString();
    Database& db = **database;
    EXPECT_FALSE(db.connectionLost());

    ASSERT_TRUE(cluster->stop(error)) << error.toStdString();
    auto read = sql::exec(db.connection(), u"SELECT count(*) FROM settings"_qs);
    ASSERT_FALSE(read.has_value());
    EXPECT_EQ(read.error().kind, StoreError::Kind::Unreachable)
        << read.error().message.toStdString();
    EXPECT_FALSE(db.answers());
    auto stillGone = db.reconnect();
    ASSERT_FALSE(stillGone.has_value());
    EXPECT_EQ(stillGone.error().kind, StoreError::Kind::Unreachable);
    EXPECT_EQ(stillGone.error().message,
              QStringLiteral("No database server answers on 127.0.0.1, port %1. Check that the "
                             "server runs and that the address and port are right.")
                  .arg(cluster->port()));
    auto another = db.reopener()();
    ASSERT_FALSE(another.has_value());
    EXPECT_EQ(another.error().kind, StoreError::Kind::Unreachable);

    ASSERT_TRUE(cluster->startAgain(error)) << error.toStdString();
    auto back = db.reconnect();
    ASSERT_TRUE(back.has_value()) << back.error().message.toStdString();
    EXPECT_FALSE(db.connectionLost());
    EXPECT_TRUE(db.answers());
    EXPECT_TRUE(sql::exec(db.connection(), u"SELECT count(*) FROM settings"_qs).has_value());
    EXPECT_TRUE(db.reopener()().has_value());
}

TEST(PostgresqlWorkspace, ASqliteFileIsNeverLostNorReconnected)
{
    auto database = Database::open(QString::fromLatin1(Database::inMemory));
    ASSERT_TRUE(database.has_value());
    EXPECT_FALSE((*database)->connectionLost());
    EXPECT_TRUE((*database)->reconnect().has_value());
    EXPECT_TRUE(
        sql::exec((*database)->connection(), u"SELECT count(*) FROM settings"_qs).has_value());
}

} // namespace
} // namespace hearken::testing
