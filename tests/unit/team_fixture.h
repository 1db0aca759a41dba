// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/sql.h"
#include "support/cli_run.h"
#include "support/postgres_cluster.h"
#include "support/workspace_fixture.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

#include <memory>

namespace hearken::testing {

// A team workspace on a PostgreSQL cluster of the test's own that asks every role but the
// superuser for its password over TCP, as a team's server does. Roles belong to the whole
// cluster, so no two tests share one.
class TeamFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        QString error;
        m_cluster = PostgresCluster::start(error, PostgresCluster::Authentication::Password);
        ASSERT_TRUE(m_cluster) << error.toStdString();
    }
    void TearDown() override { m_cluster.reset(); }

    // Makes the empty database `name`; its admin's URI.
    QString emptyDatabase(const QString& name = QStringLiteral("brand"))
    {
        QString error;
        EXPECT_TRUE(m_cluster->run(QStringLiteral("CREATE DATABASE \"%1\"").arg(name), error))
            << error.toStdString();
        m_database = name;
        return adminUri();
    }
    // Makes the empty database `name` a team workspace with `hearken team init`.
    QString teamDatabase(const QString& name = QStringLiteral("brand"))
    {
        const QString uri = emptyDatabase(name);
        const CommandRun init = runHearken({QStringLiteral("team"), QStringLiteral("init"), uri});
        EXPECT_EQ(init.exitCode, 0) << init.err.toStdString();
        return uri;
    }
    // Makes a team workspace with `teamDatabase` and fills it with `items` sample items; the
    // admin's workspace, null after a failure of the test.
    std::unique_ptr<Workspace> sampleTeamWorkspace(int items)
    {
        auto admin = openWorkspace(teamDatabase());
        EXPECT_TRUE(admin);
        if (admin)
            importSample(*admin, items);
        return admin;
    }
    QString adminUri() const { return m_cluster->uri(m_database); }
    QString uriAs(const QString& person, const QString& password) const
    {
        return m_cluster->uri(m_database, person, password);
    }

    // Adds a person with a generated password through the command line; their URI.
    QString addPerson(const QString& name, const QString& role)
    {
        const CommandRun added =
            runHearken({QStringLiteral("team"), QStringLiteral("add-person"), name,
                        QStringLiteral("--role"), role, QStringLiteral("--generate-password"),
                        QStringLiteral("--workspace"), adminUri()});
        EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
        static const QRegularExpression shown(QStringLiteral("shown only this once: (\\S+)"));
        return uriAs(name, shown.match(added.out).captured(1));
    }

    // A connection to the team workspace as `uri` says; null after a failure of the test.
    static std::unique_ptr<Database> connect(const QString& uri)
    {
        auto database = Database::open(uri, OpenMode::MustExist);
        if (!database) {
            ADD_FAILURE() << database.error().message.toStdString();
            return nullptr;
        }
        return std::move(*database);
    }

    // Runs one statement; the error's words, or empty when it succeeded.
    static QString refusal(const Database& database, const QString& statement)
    {
        auto ran = sql::exec(database.connection(), statement);
        return ran ? QString() : ran.error().message;
    }

    std::unique_ptr<PostgresCluster> m_cluster;
    QString m_database;
};

} // namespace hearken::testing
