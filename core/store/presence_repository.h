// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store_error.h"

#include <QList>
#include <QString>

namespace hearken {

class ChangeNotifier;
class Database;

enum class PresenceActivity { Viewing, Replying };

// One person on one item: looking at it, or writing a reply to it since `since`.
struct Presence {
    QString person;
    qint64 postId = 0;
    PresenceActivity activity = PresenceActivity::Viewing;
    qint64 since = 0;

    friend bool operator==(const Presence&, const Presence&) = default;
};

// Who is on which item right now. Each desk says where its person is, again and again while
// they stay (a row lives until `expiresAt`, so a desk that dies leaves nothing behind for
// long), and takes its rows away when it moves on or closes.
class PresenceRepository {
public:
    PresenceRepository(Database& database, ChangeNotifier& changes);

    // `person` is on `postId` doing `activity` until `expiresAt`, and on no other item. The
    // activity keeps its `since` while it goes on; a new one starts at `now`.
    StoreResult<void> announce(const QString& person, qint64 postId, PresenceActivity activity,
                               qint64 now, qint64 expiresAt);
    // `person` is on no item any more.
    StoreResult<void> withdraw(const QString& person);
    // Everyone but `person` on any item at `now`, by item, those replying first. A person is on
    // one item at a time, so these are as many rows as people at their desks.
    StoreResult<QList<Presence>> others(const QString& person, qint64 now) const;

private:
    Database& m_database;
    ChangeNotifier& m_changes;
};

} // namespace hearken
