// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/workspace_location.h"

#include <QFile>
#include <QString>

namespace hearken::bench {

// Whether the benchmark workspace is there to reuse: a file that exists, or a team workspace
// (postgresql://...), which a benchmark never fills itself (load it with bench_team_import,
// or hearken team import).
inline bool reusesWorkspace(const QString& path)
{
    return QFile::exists(path) || WorkspaceLocation::parse(path).engine == Engine::Postgresql;
}

} // namespace hearken::bench
