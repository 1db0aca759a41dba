// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace hearken {

// The SQLite connection under a QSQLITE connection, for what Qt's SQL module cannot do
// (prepared statements without binding overhead, online backups, the file's own header);
// nullptr when the connection is not open or not SQLite.
sqlite3* sqliteHandle(const QSqlDatabase& db);

} // namespace hearken
