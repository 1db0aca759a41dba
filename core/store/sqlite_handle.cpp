// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlite_handle.h"

#include <QSqlDriver>
#include <QVariant>

namespace hearken {

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (!db.isOpen())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace hearken
