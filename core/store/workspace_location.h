// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/engine.h"

#include <QString>

namespace hearken {

// Where a workspace lives: an SQLite file (or ":memory:"), or a PostgreSQL database named by
// a libpq URI, postgresql://user@host:port/dbname?sslmode=require (postgres:// too).
struct WorkspaceLocation {
    Engine engine = Engine::Sqlite;
    QString file;
    QString host;
    int port = -1;
    QString user;
    QString password;
    QString database;
    // libpq's connection parameters from the URI's query, as "key=value;key=value".
    QString connectOptions;

    static WorkspaceLocation parse(const QString& text);
    // How the location is shown and passed on: the file path, or the URI without a password.
    QString shown() const;
};

} // namespace hearken
