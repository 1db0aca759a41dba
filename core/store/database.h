// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace hearken {

// One workspace database: opened with the pragmas Hearken relies on and migrated to the
// schema this build knows. A file this build cannot safely use is refused untouched.
class Database {
public:
    static constexpr auto inMemory = ":memory:";

    // Opens (creating it when missing) and migrates to the newest schema.
    static StoreResult<std::unique_ptr<Database>> open(const QString& path);
    // Opens and migrates no further than `version`; for migration tests.
    static StoreResult<std::unique_ptr<Database>> openAtVersion(const QString& path, int version);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    static int newestSchemaVersion();

    // Lets SQLite refresh its planner statistics; cheap, run after large writes.
    void optimize();

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

} // namespace hearken
