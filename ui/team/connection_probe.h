// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/store_error.h"

#include <QObject>

#include <functional>
#include <memory>

namespace hearken {

// Connects to a team database on a thread of its own, so that a server that does not answer
// never freezes the window, and says how it went on this object's thread. The connection is
// closed again there: a Qt connection belongs to the thread that opened it.
class ConnectionProbe : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const StoreResult<void>& outcome)>;

    explicit ConnectionProbe(QObject* parent = nullptr);
    ~ConnectionProbe() override;

    // Runs `open` (Database::reopener(), or an open of a URI with a password) and calls `done`
    // with the outcome; a probe still under way is forgotten.
    void start(Database::Reopen open, Done done);
    // Forgets the probe under way: its `done` is not called. Its thread ends by itself, by the
    // connection's timeout at the latest.
    void cancel();
    bool isRunning() const { return static_cast<bool>(m_done); }

private:
    struct Receiver;
    void finish(quint64 ticket, const StoreResult<void>& outcome);

    std::shared_ptr<Receiver> m_receiver;
    quint64 m_ticket = 0;
    Done m_done;
};

} // namespace hearken
