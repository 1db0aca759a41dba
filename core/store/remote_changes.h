// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <optional>

namespace hearken {

class ChangeNotifier;

// What one change notification of a team workspace says (resources/sql/postgresql/
// 0013_live_changes.sql): a kind and the post ids it changed, or a reset.
struct ChangePayload {
    QString kind;
    QList<qint64> ids;
    bool reset = false;
};
// Reads "<kind>:<id>,<id>,..." or "reset"; nothing for anything else (an unknown kind, a
// missing or non-numeric id).
std::optional<ChangePayload> parseChangePayload(const QString& payload);

// Tells this desk what other desks changed in a team workspace, within a few milliseconds:
// a connection of its own, on a thread of its own (so that connecting again after the server
// went away never freezes the window), LISTENs to the channel the database's triggers notify,
// and what arrives is announced through `changes` on this object's thread, a burst as one
// signal per kind. Changes made through the desk's own `database` connection are skipped:
// its repositories announced them already. After the connection was lost it connects again
// every `retryEvery` and, once back, announces queueReset: what changed meanwhile is unknown.
class RemoteChanges : public QObject {
    Q_OBJECT
public:
    static constexpr auto channel = "hearken_changes";
    // How long a burst of notifications is gathered before it is announced.
    static constexpr std::chrono::milliseconds burst{5};

    // `database` is the desk's own connection to the team workspace; both it and `changes`
    // must outlive this object.
    RemoteChanges(Database& database, ChangeNotifier& changes,
                  std::chrono::milliseconds retryEvery = std::chrono::seconds(2),
                  QObject* parent = nullptr);
    ~RemoteChanges() override;

    // Connects and listens, off this thread; listening() says when it does.
    void start();

Q_SIGNALS:
    // The listening connection is subscribed (again, after `afterLoss`).
    void listening(bool afterLoss);
    // The listening connection was lost; it is tried again every retryEvery.
    void lost();

private:
    class Listener;

    void subscribed(bool afterLoss);
    void receive(const QString& payload, int senderPid);
    void announce();

    Database& m_database;
    ChangeNotifier& m_changes;
    QTimer m_burst;
    QHash<QString, QSet<qint64>> m_pending;
    bool m_resetPending = false;
    QThread m_thread;
    // Lives on m_thread.
    Listener* m_listener = nullptr;
};

} // namespace hearken
