// SPDX-License-Identifier: GPL-3.0-or-later
// The throwaway PostgreSQL the store's tests run on: it starts, takes Qt's connections, and
// gives every test a database of its own.
#include "support/postgres_environment.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <gtest/gtest.h>

namespace hearken::testing {
namespace {

QString connectAndAsk(const QString& uri, const QString& question)
{
    const QUrl url(uri);
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), uri);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(question)) << query.lastError().text().toStdString();
        if (query.next())
            answer = query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(uri);
    return answer;
}

TEST(PostgresCluster, GivesEachTestItsOwnDatabaseOverQtsDriver)
{
    const QString first = postgresEnvironment().freshDatabase();
    const QString second = postgresEnvironment().freshDatabase();
    ASSERT_FALSE(first.isEmpty());
    EXPECT_NE(first, second);
    EXPECT_EQ(connectAndAsk(first, QStringLiteral("SELECT current_database()")),
              QUrl(first).path().mid(1));
    EXPECT_EQ(connectAndAsk(second, QStringLiteral("SELECT current_database()")),
              QUrl(second).path().mid(1));
    EXPECT_EQ(connectAndAsk(first, QStringLiteral("SHOW listen_addresses")), u"127.0.0.1"_qs);
}

} // namespace
} // namespace hearken::testing
