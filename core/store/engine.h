// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSqlDatabase;

namespace hearken {

// The database a workspace lives in: a file of its own (one person), or a PostgreSQL
// database a team shares.
enum class Engine { Sqlite, Postgresql };

// The engine under an open connection of the store.
Engine engineOf(const QSqlDatabase& db);

} // namespace hearken
