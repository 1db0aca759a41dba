// SPDX-License-Identifier: GPL-3.0-or-later
#include "team/connection_watch.h"

#include "store/database.h"
#include "store/store_log.h"

namespace hearken {

ConnectionWatch::ConnectionWatch(Database& database, std::chrono::seconds retryEvery,
                                 QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_retryEvery(retryEvery)
{
    m_retry.setInterval(retryEvery);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionWatch::retryNow);
}

bool ConnectionWatch::explainsFailure()
{
    if (m_lost)
        return true;
    if (m_database.answers())
        return false;
    qCInfo(lcStore) << "Lost the connection to the team workspace" << m_database.path();
    m_lost = true;
    m_retry.start();
    Q_EMIT lost();
    return true;
}

void ConnectionWatch::retryNow()
{
    if (!m_lost || m_probe.isRunning())
        return;
    m_retry.stop();
    m_probe.start(m_database.reopener(),
                  [this](const StoreResult<void>& reachable) { reconnected(reachable); });
}

void ConnectionWatch::reconnected(const StoreResult<void>& reachable)
{
    // The server answers another connection, so this one's reconnect will not hang.
    StoreResult<void> back = reachable ? m_database.reconnect() : reachable;
    if (!back) {
        qCDebug(lcStore) << "The team workspace is still out of reach:" << back.error().message;
        m_retry.start();
        return;
    }
    m_lost = false;
    Q_EMIT restored();
}

} // namespace hearken
