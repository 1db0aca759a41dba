// SPDX-License-Identifier: GPL-3.0-or-later
// `hearken team import` killed half way: the team database is left as it was.
#include "support/postgres_environment.h"
#include "support/workspace_fixture.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace hearken;
using namespace hearken::testing;

namespace {

qint64 rowsIn(const QString& uri, const QString& table)
{
    auto team = openWorkspace(uri);
    if (!team)
        return -1;
    QSqlQuery query(team->database().connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

TEST(TeamImportKilled, HalfWayLeavesTheTeamDatabaseEmptyAndReadyForAnotherImport)
{
    QTemporaryDir dir;
    const QString solo = dir.filePath(QStringLiteral("solo.hearken"));
    {
        auto ws = openWorkspace(solo);
        ASSERT_TRUE(ws);
        importSample(*ws, 6000);
    }
    const QString uri = postgresEnvironment().freshWorkspaceDatabase();
    ASSERT_FALSE(uri.isEmpty());
    const QStringList arguments{QStringLiteral("team"), QStringLiteral("import"), solo,
                                QStringLiteral("--workspace"), uri};

    QProcess import;
    import.setReadChannel(QProcess::StandardError);
    import.start(QStringLiteral(HEARKEN_EXECUTABLE), arguments);
    QByteArray progress;
    // Killed once the posts are sent and the queue is on its way.
    while (!progress.contains("queue: 0 of")) {
        ASSERT_TRUE(import.waitForReadyRead(120'000)) << progress.toStdString();
        progress += import.readAllStandardError();
    }
    import.kill();
    ASSERT_TRUE(import.waitForFinished(30'000));
    EXPECT_EQ(import.exitStatus(), QProcess::CrashExit);
    ASSERT_TRUE(progress.contains("posts: ")) << progress.toStdString();

    for (const QString& table : {QStringLiteral("accounts"), QStringLiteral("people"),
                                 QStringLiteral("posts"), QStringLiteral("queue")})
        EXPECT_EQ(rowsIn(uri, table), 0) << table.toStdString();

    QProcess again;
    again.start(QStringLiteral(HEARKEN_EXECUTABLE), arguments);
    ASSERT_TRUE(again.waitForFinished(300'000));
    EXPECT_EQ(again.exitCode(), 0) << again.readAllStandardError().toStdString();
    EXPECT_EQ(rowsIn(uri, QStringLiteral("queue")), 6000);
}
