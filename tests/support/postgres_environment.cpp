// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/postgres_environment.h"

#include "store/database.h"

namespace hearken::testing {

namespace {

// gtest owns the environment once registered; tests reach it through postgresEnvironment().
PostgresEnvironment* const registered =
    static_cast<PostgresEnvironment*>(::testing::AddGlobalTestEnvironment(new PostgresEnvironment));

} // namespace

PostgresEnvironment& postgresEnvironment()
{
    return *registered;
}

const PostgresCluster* PostgresEnvironment::cluster()
{
    if (!m_tried) {
        m_tried = true;
        m_cluster = PostgresCluster::start(m_error);
    }
    if (!m_cluster)
        ADD_FAILURE() << m_error.toStdString();
    return m_cluster.get();
}

QString PostgresEnvironment::create(const QString& clause)
{
    const PostgresCluster* pg = cluster();
    if (!pg)
        return {};
    const QString name = QStringLiteral("test_%1").arg(++m_databases);
    QString error;
    if (!pg->run(QStringLiteral("CREATE DATABASE %1 %2").arg(name, clause), error)) {
        ADD_FAILURE() << error.toStdString();
        return {};
    }
    return pg->uri(name);
}

QString PostgresEnvironment::freshDatabase()
{
    return create(QString());
}

QString PostgresEnvironment::freshWorkspaceDatabase()
{
    static const QString templateName = QStringLiteral("hearken_template");
    if (!m_templateMade) {
        const PostgresCluster* pg = cluster();
        QString error;
        if (!pg)
            return {};
        if (!pg->run(QStringLiteral("CREATE DATABASE ") + templateName, error)) {
            ADD_FAILURE() << error.toStdString();
            return {};
        }
        // Closed again before it is copied: PostgreSQL copies only a database nobody uses.
        if (auto migrated = Database::open(pg->uri(templateName)); !migrated) {
            ADD_FAILURE() << migrated.error().message.toStdString();
            return {};
        }
        m_templateMade = true;
    }
    return create(QStringLiteral("TEMPLATE ") + templateName);
}

void PostgresEnvironment::TearDown()
{
    m_cluster.reset();
}

} // namespace hearken::testing
