// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/workspace.h"
#include "support/postgres_environment.h"
#include "support/workspace_fixture.h"

#include <gtest/gtest.h>

#include <memory>
#include <ostream>
#include <string>

namespace hearken {

inline void PrintTo(Engine engine, std::ostream* out)
{
    *out << (engine == Engine::Sqlite ? "SQLite" : "PostgreSQL");
}

} // namespace hearken

namespace hearken::testing {

// The store's tests run on both engines: a fixture derives from ::testing::TestWithParam<Engine>,
// opens its workspace with workspaceOn(GetParam()), and is instantiated with
// INSTANTIATE_TEST_SUITE_P(BothEngines, Fixture, bothEngines, engineName).

// A new, empty workspace: SQLite in memory, or a PostgreSQL database of the test's own.
inline std::unique_ptr<Workspace> workspaceOn(Engine engine)
{
    if (engine == Engine::Sqlite)
        return memoryWorkspace();
    const QString uri = postgresEnvironment().freshWorkspaceDatabase();
    return uri.isEmpty() ? nullptr : openWorkspace(uri);
}

inline const auto bothEngines = ::testing::Values(Engine::Sqlite, Engine::Postgresql);

inline std::string engineName(const ::testing::TestParamInfo<Engine>& info)
{
    return info.param == Engine::Sqlite ? "Sqlite" : "Postgresql";
}

} // namespace hearken::testing
