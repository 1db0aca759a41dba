// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/event.h"
#include "store/store_error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hearken {

// The lines of a team workspace's history that other people wrote since a desk last looked,
// for the desk's notifications.
class TeamEventFeed {
public:
    // `me` is the person the desk acts as.
    TeamEventFeed(QSqlDatabase db, QString me);

    // The newest line of the history, 0 when there is none: a desk starts looking after it.
    StoreResult<qint64> newestId() const;
    // The lines about `postIds` newer than `afterId` that someone other than me wrote, oldest
    // first.
    StoreResult<QList<Event>> since(const QList<qint64>& postIds, qint64 afterId) const;
    // Whether the last approval asked for on the item was asked for by me.
    StoreResult<bool> askedForApprovalLast(qint64 postId) const;
    // Whether I am one of the team's supervisors, who approve replies.
    StoreResult<bool> isSupervisor() const;

private:
    QSqlDatabase m_db;
    QString m_me;
};

} // namespace hearken
