// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/engine.h"
#include "store/store_error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hearken {

// One numbered schema step from resources/sql/<engine> (NNNN_name.sql). Both engines have
// the same steps: one version is one schema on either.
struct Migration {
    int version = 0;
    QString name;
    // SQLite's, one by one; PostgreSQL's script whole, as one (its function bodies hold
    // semicolons that only the server knows how to read).
    QStringList statements;
};

// The steps this build ships for `engine` after version `after`, in order; versions are
// contiguous from 1. Only these steps' scripts are read.
QList<Migration> bundledMigrations(Engine engine = Engine::Sqlite, int after = 0);

// The newest step this build ships, told from the steps' resource names alone: reading the
// compressed scripts cost every start of the program a few milliseconds.
int newestBundledVersion();

// The schema version the database reached; 0 for an empty one.
StoreResult<int> schemaVersionOf(const QSqlDatabase& db);

// Splits a script into complete SQL statements (triggers keep their inner semicolons).
QStringList splitStatements(const QString& script);

// Applies the steps after the database's schema version up to `target`, each in its own
// transaction together with the version bump.
StoreResult<void> migrate(const QSqlDatabase& db, int target);

} // namespace hearken
