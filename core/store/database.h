// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/engine.h"
#include "store/store_error.h"
#include "store/workspace_location.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace hearken {

// What opening may do to the file.
enum class OpenMode {
    // Creates an empty workspace when there is no file, and migrates an older one.
    CreateIfMissing,
    // Refuses a path with no file (so that a typo creates nothing); migrates an older one.
    MustExist,
    // Refuses a missing file and an older schema, and never writes: no migration, no pragma
    // that changes the file, no statistics on close. SQLite refuses any write on it.
    ReadOnly,
};

// One workspace database: an SQLite file opened with the pragmas Hearken relies on, or a
// PostgreSQL database, migrated to the schema this build knows. A workspace this build
// cannot safely use is refused untouched.
class Database {
public:
    static constexpr auto inMemory = ":memory:";

    // Opens as `mode` allows and, unless read-only, migrates to the newest schema. `path` is
    // a file, or a libpq URI (postgresql://user@host:port/dbname?sslmode=...) whose
    // password, if any, is `password` (from the keychain), else the URI's, PGPASSWORD's or
    // ~/.pgpass's. MustExist refuses a PostgreSQL database that holds no workspace yet: a
    // team's schema is created by its admin (`hearken team init`), not by a desk.
    static StoreResult<std::unique_ptr<Database>> open(const QString& path,
                                                       OpenMode mode = OpenMode::CreateIfMissing,
                                                       const QString& password = {});
    // Opens and migrates no further than `version`; for migration tests.
    static StoreResult<std::unique_ptr<Database>> openAtVersion(const QString& path, int version);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    // Opens another connection to the same workspace, as this one was opened (a password
    // given to open() included); for another thread, which calls it there.
    using Reopen = std::function<StoreResult<std::unique_ptr<Database>>()>;
    Reopen reopener() const;
    // Whether the connection to a team database's server is gone (the server stopped, the
    // network dropped); never for a file. Asks the server nothing.
    bool connectionLost() const;
    // Asks the server whether this connection still works (one round trip): after a failure,
    // libpq may not have noticed yet that the server went away. Always true for a file.
    bool answers() const;
    // Connects to the team database's server again after the connection was lost; the
    // repositories go on using this Database. Does nothing for a file.
    StoreResult<void> reconnect();
    // The file, or the URI without its password: safe to show and to open again.
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    int schemaVersion() const;
    static int newestSchemaVersion();

    bool isReadOnly() const { return m_mode == OpenMode::ReadOnly; }
    // Whether Hearken copies the workspace aside as files (WorkspaceBackups): a SQLite file
    // does; a workspace in memory has no file, and a team's database is backed up by its
    // server's own tools (pg_dump).
    bool keepsFileBackups() const;

    // Lets SQLite refresh its planner statistics; cheap, run after large writes. Does
    // nothing on a read-only workspace, nor on PostgreSQL (autovacuum does it).
    void optimize();

private:
    Database(QString path, QString connectionName, OpenMode mode, Engine engine);
    static StoreResult<std::unique_ptr<Database>> openAs(const QString& path, OpenMode mode,
                                                         int version, const QString& password = {});
    static StoreResult<std::unique_ptr<Database>> openFile(const QString& path, OpenMode mode,
                                                           int version);
    static StoreResult<std::unique_ptr<Database>> openServer(const WorkspaceLocation& location,
                                                             OpenMode mode, int version);
    StoreResult<void> reconnectServer();

    QString m_path;
    Engine m_engine;
    QString m_connectionName;
    OpenMode m_mode;
};

} // namespace hearken
