// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/queue_filter.h"
#include "store/store_error.h"

#include <QList>
#include <QString>

namespace hearken {

class ChangeNotifier;
class Database;

struct SavedView {
    qint64 id = 0;
    QString name;
    QueueFilter filter;
};

// The named queue views of the sidebar, in the order the user keeps them.
class SavedViewRepository {
public:
    SavedViewRepository(Database& database, ChangeNotifier& changes);

    StoreResult<QList<SavedView>> views() const;
    // Saves under `name`, replacing the filter of a view with that name.
    StoreResult<qint64> save(const QString& name, const QueueFilter& filter);
    StoreResult<void> rename(qint64 id, const QString& name);
    StoreResult<void> remove(qint64 id);

private:
    Database& m_database;
    ChangeNotifier& m_changes;
};

} // namespace hearken
