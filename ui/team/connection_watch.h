// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "team/connection_probe.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace hearken {

class Database;

// Notices when the connection to a team database is lost, tries to connect again every
// `retryEvery` (off the window's thread first, so that a server that does not answer never
// freezes it), and says when it is back. Told of failures rather than polling: a lost
// connection shows itself on the next query.
class ConnectionWatch : public QObject {
    Q_OBJECT
public:
    // `database` must outlive the watch.
    ConnectionWatch(Database& database, std::chrono::seconds retryEvery, QObject* parent = nullptr);

    // After something failed: whether the lost connection explains it. The first time, lost()
    // is emitted and the retries start.
    bool explainsFailure();
    bool isLost() const { return m_lost; }
    std::chrono::seconds retryInterval() const { return m_retryEvery; }
    // Tries to connect again now rather than at the next retry.
    void retryNow();

Q_SIGNALS:
    void lost();
    // Connected again: what is on screen may be out of date.
    void restored();

private:
    void reconnected(const StoreResult<void>& reachable);

    Database& m_database;
    std::chrono::seconds m_retryEvery;
    QTimer m_retry;
    ConnectionProbe m_probe;
    bool m_lost = false;
};

} // namespace hearken
