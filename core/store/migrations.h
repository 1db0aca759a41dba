// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hearken {

// One numbered schema step from resources/sql/sqlite (NNNN_name.sql).
struct Migration {
    int version = 0;
    QString name;
    QStringList statements;
};

// Every step this build ships, in order; versions are contiguous from 1.
QList<Migration> bundledMigrations();

// Splits a script into complete SQL statements (triggers keep their inner semicolons).
QStringList splitStatements(const QString& script);

// Applies the steps after the database's user_version up to `target`, each in its own
// transaction together with the version bump.
StoreResult<void> migrate(const QSqlDatabase& db, int target);

} // namespace hearken
