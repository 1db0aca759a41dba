// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui_environment.h"
#include "sync/sync_engine.h"

#include <QObject>

namespace hearken {

class Session;

// The open workspace's accounts kept in sync while the window is open: every account on a
// schedule, live where the network streams, paused or stopped per account as its server says.
class AccountSync : public QObject {
    Q_OBJECT
public:
    explicit AccountSync(Session& session, QObject* parent = nullptr);
    ~AccountSync() override;

    // Whether the window can sign in and sync (the network pieces are there).
    static bool isAvailable(const GuiEnvironment& environment);
    SyncEngine& engine();
    // Syncs the accounts, or says that the team's service does.
    void start();

Q_SIGNALS:
    // One line for the status bar: what is being synced, or the last problem.
    void statusChanged(const QString& text);

private:
    Session& m_session;
};

} // namespace hearken
