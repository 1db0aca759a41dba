// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/postgres_environment.h"

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

QString PostgresEnvironment::freshDatabase()
{
    const PostgresCluster* pg = cluster();
    if (!pg)
        return {};
    const QString name = QStringLiteral("test_%1").arg(++m_databases);
    QString error;
    if (!pg->run(QStringLiteral("CREATE DATABASE %1").arg(name), error)) {
        ADD_FAILURE() << error.toStdString();
        return {};
    }
    return pg->uri(name);
}

void PostgresEnvironment::TearDown()
{
    m_cluster.reset();
}

} // namespace hearken::testing
