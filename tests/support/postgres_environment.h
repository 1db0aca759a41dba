// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "support/postgres_cluster.h"

#include <gtest/gtest.h>

#include <memory>

namespace hearken::testing {

// The test binary's one PostgreSQL cluster, started when a test first asks for a database
// (tests that never do pay nothing) and stopped when the binary ends.
class PostgresEnvironment : public ::testing::Environment {
public:
    // The URI of a new, empty database of its own for one test. A missing PostgreSQL fails
    // the test that asked, with what to install; the answer is then empty.
    QString freshDatabase();
    // The same, already migrated to the newest schema (a copy of a template migrated once).
    QString freshWorkspaceDatabase();
    void TearDown() override;

    const PostgresCluster* cluster();

private:
    QString create(const QString& clause);

    std::unique_ptr<PostgresCluster> m_cluster;
    QString m_error;
    bool m_tried = false;
    int m_databases = 0;
    bool m_templateMade = false;
};

// The environment registered for this test binary.
PostgresEnvironment& postgresEnvironment();

} // namespace hearken::testing
